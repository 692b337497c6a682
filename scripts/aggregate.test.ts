/**
 * The aggregate CLI, run as a user runs it, on the real levels.fyi file from ../shared/data.
 * CI has ../shared beside the clone; a local checkout without it skips the real-data test.
 */
import { quantile } from 'd3-array';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCompanyCatalog } from '../src/lib/data/companies.ts';
import { toCompanyKey } from '../src/lib/data/companyKey.ts';
import { parseCsvText } from '../src/lib/data/csv.ts';
import { inferStdLevel, parseLevelCatalog } from '../src/lib/data/levels.ts';
import type { Track } from '../src/lib/data/domain.ts';
import { LEVELSFYI_CSV, ROOT } from './node-catalogs.ts';

function runCli(args: string[]) {
	return spawnSync(
		process.execPath,
		['--import', 'tsx', resolve(ROOT, 'scripts/aggregate.ts'), ...args],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
}

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
		expect(run.stderr).toMatch(/no input file\nusage: npm run aggregate/);
	});

	it('writes bands CSV to stdout and a summary whose counts add up to stderr', () => {
		const dir = mkdtempSync(join(tmpdir(), 'forkline-'));
		const file = join(dir, 'pay.csv');
		// Synthetic rows, written here: not real pay.
		const text =
			'company,track,level,std_level,total\nA,IC,,5,100000\nA,IC,,5,120000\nA,EM,,5,-1\n\n';
		writeFileSync(file, text);
		const run = runCli([file]);
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe(
			'company_type,company,track,std_level,n,p10,p25,p50,p75,p90,base_p50,stock_p50,bonus_p50,currency,source'
		);
		expect(run.stdout).toContain('all,,IC,5,2,102000,105000,110000,115000,118000');
		const count = (label: string) =>
			Number(new RegExp(`^${label}\\s+(\\d+)`, 'm').exec(run.stderr)![1]);
		expect(count('rows read')).toBe(4);
		expect(count('imported')).toBe(2);
		expect(count('rejected')).toBe(1);
		expect(count('skipped')).toBe(1);
	});
});
