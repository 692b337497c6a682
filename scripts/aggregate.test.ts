/**
 * The forkline CLI, run as a user runs it (the compiled dist/forkline.js that `npx forkline`
 * and `npm run aggregate` start), on the real levels.fyi file from ../shared/data and on files
 * the tests write. CI has ../shared beside the clone; a local checkout without it skips the
 * real-data tests.
 */
import { quantile } from 'd3-array';
import { execFileSync, spawnSync } from 'node:child_process';
import {
	existsSync,
	linkSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCompanyCatalog } from '../src/lib/data/companies.ts';
import { toCompanyKey } from '../src/lib/data/companyKey.ts';
import { parseCsvText } from '../src/lib/data/csv.ts';
import { inferStdLevel, parseLevelCatalog } from '../src/lib/data/levels.ts';
import type { Track } from '../src/lib/data/domain.ts';
import { createRandom } from '../tests/fixtures/bands.ts';
import { LEVELSFYI_CSV, ROOT } from './node-catalogs.ts';

const CLI = resolve(ROOT, 'dist/forkline.js');

// Each test starts the CLI as a process, some on files of tens of megabytes.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
	// The tests run the compiled CLI; build it when a source is newer than it.
	execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.js'), '--if-stale'], {
		cwd: ROOT
	});
}, 60_000);

function runCli(args: string[], nodeOptions: string[] = []) {
	return spawnSync(process.execPath, [...nodeOptions, CLI, 'aggregate', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'forkline-'));

/** A records file written by the test: SYNTHETIC pay, not real. */
function syntheticFile(text: string, name = 'pay.csv'): string {
	const file = join(tempDir(), name);
	writeFileSync(file, text);
	return file;
}

const count = (stderr: string, label: string) =>
	Number(new RegExp(`^${label}\\s+(\\d+)`, 'm').exec(stderr)![1]);

const haveRawData = existsSync(LEVELSFYI_CSV);

describe('npm run aggregate on the levels.fyi file', () => {
	// In CI the raw file must be there: a missing file fails the test instead of skipping it.
	it.skipIf(!haveRawData && !process.env.CI)(
		'gives IC and EM medians for Google, Amazon, Microsoft and Facebook at levels 5–7 that match a direct computation',
		() => {
			const out = join(mkdtempSync(join(tmpdir(), 'forkline-')), 'bands.csv');
			const run = runCli([LEVELSFYI_CSV, '--out', out]);
			expect(run.status).toBe(0);
			const { header, rows } = parseCsvText(readFileSync(out, 'utf8'), 'bands.csv');
			const col = (name: string) => header.indexOf(name);

			// The direct computation: papaparse in header mode (a different reading path), the level
			// catalog's labels for each company, and the same fallback for the few labels it lacks.
			const levels = parseLevelCatalog(readFileSync(resolve(ROOT, 'data/levels.csv'), 'utf8'));
			const companies = parseCompanyCatalog(
				readFileSync(resolve(ROOT, 'data/companies.csv'), 'utf8')
			);
			const raw = Papa.parse<Record<string, string>>(readFileSync(LEVELSFYI_CSV, 'utf8'), {
				header: true,
				skipEmptyLines: true
			}).data;
			const tracks: Record<string, Track> = {
				'Software Engineer': 'ic',
				'Software Engineering Manager': 'em'
			};
			const pay = new Map<string, number[]>();
			let fromFallback = 0;
			for (const r of raw) {
				const track = tracks[r.title ?? ''];
				if (!track) continue;
				const key = companies.toCanonicalKey(toCompanyKey(r.company ?? ''));
				if (!['google', 'amazon', 'microsoft', 'facebook'].includes(key)) continue;
				const label = r.level === 'NA' ? '' : (r.level ?? '');
				let level = levels.lookup(key, label, track);
				if (level === undefined) {
					const years = r.yearsofexperience === 'NA' ? null : Number(r.yearsofexperience);
					level = inferStdLevel(label, track, years)?.stdLevel;
					fromFallback++;
				}
				const id = `${key}|${track}|${level}`;
				pay.set(id, [...(pay.get(id) ?? []), Number(r.totalyearlycompensation)]);
			}

			const checked: string[] = [];
			for (const [company, key] of [
				['Google', 'google'],
				['Amazon', 'amazon'],
				['Microsoft', 'microsoft'],
				['Facebook', 'facebook']
			]) {
				for (const level of [5, 6, 7]) {
					for (const track of ['ic', 'em'] as const) {
						const row = rows.find(
							(r) =>
								r[col('company')] === company &&
								r[col('track')] === track.toUpperCase() &&
								r[col('std_level')] === String(level)
						);
						const values = pay.get(`${key}|${track}|${level}`) ?? [];
						expect(row, `${company} ${track} L${level}`).toBeDefined();
						expect(Number(row![col('n')])).toBe(values.length);
						expect(Number(row![col('p50')])).toBe(Math.round(quantile(values, 0.5)!));
						checked.push(
							`${company} ${track} L${level}: n ${values.length}, p50 ${row![col('p50')]}`
						);
					}
				}
			}
			expect(checked).toHaveLength(24);
			// The catalog, not the fallback, places nearly all of these companies' rows.
			expect(fromFallback).toBeLessThan(0.02 * [...pay.values()].reduce((s, v) => s + v.length, 0));
		},
		60_000
	);
});

describe('npm run aggregate, errors and summary', () => {
	it('fails with one clear line and a non-zero exit for a missing file', () => {
		const run = runCli(['/nonexistent/pay.csv']);
		expect(run.status).not.toBe(0);
		expect(run.stderr.trim()).toBe(
			'forkline aggregate: cannot read /nonexistent/pay.csv: no such file'
		);
	});

	it('fails with usage when no input is given', () => {
		const run = runCli([]);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/no input file\nusage: forkline aggregate/);
	});

	it('writes bands CSV to stdout and a summary whose counts add up to stderr', () => {
		// Synthetic rows, written here: not real pay.
		const file = syntheticFile(
			'company,track,level,std_level,total\nA,IC,,5,100000\nA,IC,,5,120000\nA,EM,,5,-1\n\n'
		);
		const run = runCli([file]);
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe(
			'company_type,company,track,std_level,n,p10,p25,p50,p75,p90,base_p50,stock_p50,bonus_p50,currency,source'
		);
		expect(run.stdout).toContain('all,,IC,5,2,102000,105000,110000,115000,118000');
		expect(count(run.stderr, 'rows read')).toBe(4);
		expect(count(run.stderr, 'imported')).toBe(2);
		expect(count(run.stderr, 'rejected')).toBe(1);
		expect(count(run.stderr, 'skipped')).toBe(1);
	});
});

describe('forkline --help and exit codes', () => {
	it('prints usage, the engines, the limits and every exit code on --help, with exit code 0', () => {
		const run = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('forkline aggregate INPUT [--out FILE]');
		expect(run.stdout).toContain('--engine');
		for (const code of [
			'0  bands written',
			'1  input unreadable',
			'2  usage',
			'3  output not written'
		])
			expect(run.stdout).toContain(code);
		expect(runCli(['--help']).stdout).toBe(run.stdout);
	});

	it('exits 2 on an unknown option or command, naming it', () => {
		const run = runCli(['--frobnicate', 'x.csv']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('unknown option --frobnicate');
		const command = spawnSync(process.execPath, [CLI, 'aggregat'], { encoding: 'utf8' });
		expect(command.status).toBe(2);
		expect(command.stderr).toContain('unknown command aggregat');
	});

	it('exits 1 with one line on a file that is not CSV', () => {
		const file = join(tempDir(), 'picture.csv');
		writeFileSync(
			file,
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
		);
		const run = runCli([file]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/PNG/);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('forkline aggregate --out', () => {
	const text = 'company,track,level,std_level,total\nA,IC,,5,100000\nA,IC,,5,120000\n';

	it('refuses to write over its input (same path, a symlink, a hard link) and leaves it intact', () => {
		const file = syntheticFile(text);
		const dir = resolve(file, '..');
		symlinkSync(file, join(dir, 'link.csv'));
		linkSync(file, join(dir, 'hard.csv'));
		for (const out of [
			file,
			join(dir, 'link.csv'),
			join(dir, 'hard.csv'),
			join(dir, '.', 'pay.csv')
		]) {
			const run = runCli([file, '--out', out]);
			expect(run.status, out).toBe(3);
			expect(run.stderr).toContain('is the input file');
			expect(readFileSync(file, 'utf8')).toBe(text);
		}
	});

	it('says a missing folder is missing, with exit code 3 and no stack trace', () => {
		const file = syntheticFile(text);
		const run = runCli([file, '--out', '/nonexistent-folder/bands.csv']);
		expect(run.status).toBe(3);
		expect(run.stderr.trim()).toBe(
			'forkline aggregate: cannot write /nonexistent-folder/bands.csv: the folder /nonexistent-folder ' +
				'does not exist. Create it first (mkdir -p) or choose another --out.'
		);
	});

	it('writes into a device such as /dev/null without replacing it', () => {
		const run = runCli([syntheticFile(text), '--out', '/dev/null']);
		expect(run.status).toBe(0);
		expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
	});

	it('replaces an existing output whole and leaves no temporary file behind', () => {
		const file = syntheticFile(text);
		const dir = resolve(file, '..');
		const out = join(dir, 'bands.csv');
		writeFileSync(out, 'old bands\n');
		const run = runCli([file, '--out', out]);
		expect(run.status).toBe(0);
		expect(readFileSync(out, 'utf8')).toMatch(/^company_type,company,track/);
		expect(readdirSync(dir).sort()).toEqual(['bands.csv', 'pay.csv']);
	});
});

describe('forkline aggregate on a file that is not UTF-8', () => {
	it('reads it again as windows-1252 from the start, counting each row once', () => {
		// Synthetic rows, written here: not real pay. The Latin-1 é comes after the first chunk.
		const rows = ['company,track,level,std_level,total'];
		for (let i = 0; i < 80_000; i++) rows.push(`Acme,IC,,5,${100_000 + (i % 1000)}`);
		rows.push('Caf\u00e9,IC,,5,120000');
		const file = join(tempDir(), 'latin1.csv');
		writeFileSync(file, Buffer.from(rows.join('\n') + '\n', 'latin1'));
		const run = runCli([file, '--engine', 'js']);
		expect(run.status).toBe(0);
		expect(count(run.stderr, 'imported')).toBe(80_001);
		expect(run.stderr).toContain('read as windows-1252');
		expect(run.stdout).toContain('all,,IC,5,80001,');
		expect(run.stdout).toContain('unclassified,Café,IC,5,1,');
	});
});

describe('forkline aggregate on a terminal-hostile file', () => {
	it('escapes control characters from the file in every message', () => {
		const esc = '\x1b';
		// A title-setting sequence, a screen clear and a recolour in a company name and a rejected
		// value (synthetic rows).
		const file = syntheticFile(
			'company,track,level,std_level,total\n' +
				`"Acme${esc}]0;pwned\x07${esc}[2J",IC,,5,100000\n` +
				`Beta,IC,,5,"${esc}[31m-5"\n`
		);
		for (const engine of ['js', 'duckdb']) {
			const run = runCli([file, '--engine', engine]);
			expect(run.status, engine).toBe(0);
			expect(run.stderr, engine).not.toContain(esc);
			expect(run.stderr, engine).not.toContain('\x07');
			expect(run.stderr, engine).toContain('\\x1b[31m-5');
			expect(count(run.stderr, 'rejected')).toBe(1);
		}
	}, 30_000);
});

describe('forkline aggregate keeps its memory bounded', () => {
	// Run under a small heap: a file past a limit must stop with a message, not run out of memory.
	const smallHeap = ['--max-old-space-size=192'];

	it('stops at a 50 MB header of commas with exit code 1 and a short message', () => {
		const file = join(tempDir(), 'commas.csv');
		writeFileSync(file, Buffer.alloc(50_000_000, ','));
		for (const engine of ['js', 'duckdb']) {
			const run = runCli([file, '--engine', engine], smallHeap);
			expect(run.status, engine).toBe(1);
			expect(run.stderr, engine).toContain('line 1: ');
			expect(run.stderr, engine).toContain('65,536 bytes');
			expect(run.stderr.length, engine).toBeLessThan(600);
		}
	}, 60_000);

	it('stops at a line of 1 MB with no line break, naming the line', () => {
		const file = syntheticFile(
			'company,track,level,std_level,total\nA,IC,,5,100000\n' + 'x'.repeat(1_000_000)
		);
		const run = runCli([file, '--engine', 'js'], smallHeap);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('line 3: the line runs on past 65,536 bytes');
	});

	it('reads a file of lines ended by CR alone, longer than the line limit in all, to the end', () => {
		// Synthetic rows, written here: not real pay.
		const rows = ['company,track,level,std_level,total'];
		for (let i = 0; i < 10_000; i++) rows.push(`A${i % 50},IC,,5,${100_000 + i}`);
		const file = syntheticFile(rows.join('\r') + '\r');
		for (const engine of ['js', 'duckdb']) {
			const run = runCli([file, '--engine', engine]);
			expect(run.status, engine).toBe(0);
			expect(count(run.stderr, 'imported'), engine).toBe(10_000);
		}
	});

	it('stops at a company name over 1,000 characters, naming the row and column', () => {
		const file = syntheticFile(
			`company,track,level,std_level,total\nA,IC,,5,100000\n${'B'.repeat(5000)},IC,,5,100000\n`
		);
		const run = runCli([file, '--engine', 'js']);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('row 3, column company');
		expect(run.stderr.length).toBeLessThan(600);
	});

	describe('300,000 distinct company names', () => {
		let file = '';
		beforeAll(() => {
			// SYNTHETIC: one report per made-up company, log-normal pay around $150k (seeded).
			const random = createRandom(16);
			const lines = ['company,track,level,std_level,total'];
			for (let i = 0; i < 300_000; i++) {
				const total = Math.round(150_000 * Math.exp(0.3 * (random() + random() + random() - 1.5)));
				lines.push(`Synthetic company ${i},${i % 4 === 0 ? 'EM' : 'IC'},,${3 + (i % 7)},${total}`);
			}
			file = syntheticFile(lines.join('\n') + '\n', 'companies.csv');
		});

		it('stops the JavaScript engine at its documented limit with exit code 1', () => {
			const run = runCli([file, '--engine', 'js'], smallHeap);
			expect(run.status).toBe(1);
			expect(run.stderr).toContain('more than 100,000 different companies');
			expect(run.stderr).toContain('--engine duckdb');
		});

		it('reads the file whole when the engine is chosen automatically (DuckDB takes over)', () => {
			const out = join(tempDir(), 'bands.csv');
			const run = runCli([file, '--out', out], smallHeap);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stderr).toContain('reading the file again with the DuckDB engine');
			expect(count(run.stderr, 'imported')).toBe(300_000);
			const { rows } = parseCsvText(readFileSync(out, 'utf8'), 'bands.csv');
			// Each company's band, one roll-up per (type, level, track) and one overall.
			expect(rows.filter((r) => r[1] !== '')).toHaveLength(300_000);
		}, 120_000);
	});
});

describe('forkline aggregate keeps one currency', () => {
	it('bands the currency most rows use, sets the others aside named and counted, on both engines alike', () => {
		// Synthetic rows, written here: not real pay. The euro rows repeat one row ten times, so
		// the DuckDB engine (which places each distinct row once) must weigh them to agree.
		const file = syntheticFile(
			'company,track,level,std_level,total,currency\n' +
				'A,IC,,5,250000,USD\n' +
				'A,IC,,5,260000,USD\n' +
				'A,IC,,5,265000,USD\n' +
				'A,IC,,5,90000,EUR\n'.repeat(10)
		);
		const js = runCli([file, '--engine', 'js']);
		const duck = runCli([file, '--engine', 'duckdb']);
		expect(js.status).toBe(0);
		expect(duck.status).toBe(0);
		expect(duck.stdout).toBe(js.stdout);
		for (const run of [js, duck]) {
			expect(count(run.stderr, 'rows read')).toBe(13);
			expect(count(run.stderr, 'imported')).toBe(10);
			expect(count(run.stderr, 'skipped')).toBe(3);
			expect(run.stderr).toContain(
				'3 rows in USD set aside: Forkline compares pay within one currency'
			);
			expect(run.stderr).toContain('(EUR; set aside 3 USD)');
		}
		const { header, rows } = parseCsvText(js.stdout, 'bands.csv');
		const at = (name: string) => header.indexOf(name);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row[at('currency')]).toBe('EUR');
			expect(Number(row[at('p50')])).toBe(90000);
		}
	}, 30_000);
});

describe('the DuckDB engine', () => {
	it('accounts for every row: ragged rows rejected with their line, titles skipped, read = imported + rejected + skipped', () => {
		// Synthetic rows, written here: not real pay.
		const file = syntheticFile(
			'company,track,level,std_level,total\n' +
				'A,IC,,5,100000\n' +
				'A,IC,,5,120000,extra\n' +
				'A,EM,,5,-1\n' +
				'A,EM,,5\n' +
				'A,IC,,5,110000\n' +
				'A,IC,,5,100000\n'
		);
		const js = runCli([file, '--engine', 'js']);
		const duck = runCli([file, '--engine', 'duckdb']);
		expect(duck.status).toBe(0);
		expect(duck.stdout).toBe(js.stdout);
		for (const label of ['rows read', 'imported', 'rejected', 'skipped'])
			expect(count(duck.stderr, label), label).toBe(count(js.stderr, label));
		expect(count(duck.stderr, 'rows read')).toBe(6);
		expect(count(duck.stderr, 'rejected')).toBe(3);
		expect(duck.stderr).toContain('e.g. row 3, column (whole row): "A,IC,,5,…"');
		expect(duck.stderr).toContain('row has 6 cells but the header has 5');
		expect(duck.stderr).toContain('e.g. row 4, column total: "-1"');
	}, 30_000);

	it('reads Parquet to the same bands as the CSV it was made from', async () => {
		const { DuckDBInstance } = await import('@duckdb/node-api');
		// Synthetic rows, written here: not real pay.
		const csv = syntheticFile(
			'company,track,level,std_level,total\nGoogle,IC,L5,,200000\nGoogle,IC,L5,,230000\nAcme,EM,,6,180000\n'
		);
		const parquet = join(resolve(csv, '..'), 'pay.parquet');
		const instance = await DuckDBInstance.create(':memory:');
		const con = await instance.connect();
		await con.run(
			`COPY (FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`
		);
		con.closeSync();
		instance.closeSync();
		const fromCsv = runCli([csv, '--engine', 'js']);
		const fromParquet = runCli([parquet]);
		expect(fromParquet.status, fromParquet.stderr).toBe(0);
		expect(fromParquet.stderr).toContain('engine     duckdb');
		expect(fromParquet.stdout.replaceAll('pay.parquet', 'pay.csv')).toBe(fromCsv.stdout);
	}, 30_000);

	it.skipIf(!haveRawData && !process.env.CI)(
		'gives the same bands as the JavaScript engine on the levels.fyi file, n for n and quantile for quantile',
		() => {
			const dir = tempDir();
			const js = runCli([LEVELSFYI_CSV, '--engine', 'js', '--out', join(dir, 'js.csv')]);
			const duck = runCli([LEVELSFYI_CSV, '--engine', 'duckdb', '--out', join(dir, 'duckdb.csv')]);
			expect(js.status).toBe(0);
			expect(duck.status).toBe(0);
			const jsBands = readFileSync(join(dir, 'js.csv'), 'utf8');
			expect(jsBands.split('\n').length).toBeGreaterThan(3000);
			expect(readFileSync(join(dir, 'duckdb.csv'), 'utf8')).toBe(jsBands);
			// And the same account of every row, examples included.
			const summary = (stderr: string) => stderr.replace(/^engine .*\n/m, '');
			expect(summary(duck.stderr)).toBe(summary(js.stderr));
		},
		120_000
	);
});
