/**
 * `npm run bench` — speed figures, printed, never asserted.
 *
 * 1. Ingest of the real levels.fyi file (parse, validate, map levels, aggregate bands) against
 *    bare papaparse (array mode) decoding and parsing the same bytes in the same run.
 * 2. The aggregate CLI on files of 250k, 500k and 1M rows made by repeating the real rows
 *    (written to the temp folder, never committed): wall time and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { createBandAccumulator } from '../src/lib/data/bands.ts';
import { chunkBytes } from '../src/lib/data/csv.ts';
import { ingestBytes } from '../src/lib/data/ingest.ts';
import { LEVELSFYI_CSV, loadCatalogs, ROOT } from './node-catalogs.ts';

const ingestOnly = process.argv.includes('--ingest-only');
if (!existsSync(LEVELSFYI_CSV)) {
	console.error(`bench: the raw levels.fyi file is not at ${LEVELSFYI_CSV}`);
	process.exit(2);
}
const bytes = readFileSync(LEVELSFYI_CSV);
const catalogs = loadCatalogs();
const CHUNK = 1 << 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function bare(): number {
	const start = performance.now();
	const text = new TextDecoder().decode(bytes);
	Papa.parse(text, { header: false });
	return performance.now() - start;
}

/** The CLI's ingest: stream, validate, map, aggregate; `warnings` adds the upload page's per-row checks. */
async function ours(warnings = false): Promise<number> {
	const start = performance.now();
	const acc = createBandAccumulator();
	await ingestBytes(chunkBytes(bytes, CHUNK), {
		file: 'levels.csv',
		catalogs,
		onRecord: (r) => acc.add(r),
		warnings
	});
	acc.bands();
	return performance.now() - start;
}

// Warm up both paths, then alternate them so machine noise hits both alike.
bare();
await ours();
const bareTimes: number[] = [];
const oursTimes: number[] = [];
const checkedTimes: number[] = [];
for (let i = 0; i < 7; i++) {
	bareTimes.push(bare());
	oursTimes.push(await ours());
	checkedTimes.push(await ours(true));
}
console.log(
	`Ingest of ${(bytes.byteLength / 1e6).toFixed(1)} MB levels.fyi file (median of 7 runs)`
);
console.log(`  papaparse alone (decode + array-mode parse): ${ms(median(bareTimes))}`);
console.log(`  Forkline ingest (stream, validate, map, aggregate): ${ms(median(oursTimes))}`);
console.log(`  ratio: ${(median(oursTimes) / median(bareTimes)).toFixed(2)}× (target ≤ 1.5×)`);
console.log(
	`  with the upload page's per-row warning checks (range, parts, ` +
		`repeats): ${ms(median(checkedTimes))}, ` +
		`${(median(checkedTimes) / median(bareTimes)).toFixed(2)}×`
);

if (ingestOnly) process.exit(0);

// A big file made by repeating the real data rows after the header.
const text = bytes.toString('utf8');
const headerEnd = text.indexOf('\n') + 1;
const header = text.slice(0, headerEnd);
const body = text.slice(headerEnd);
const rowsPerCopy = body.split('\n').filter((l) => l !== '').length;

console.log('\nCLI `npm run aggregate` on generated files (real rows repeated)');
for (const rows of [250_000, 500_000, 1_000_000]) {
	const file = join(tmpdir(), `forkline-bench-${rows}.csv`);
	const fd = openSync(file, 'w');
	writeSync(fd, header);
	let written = 0;
	while (written < rows) {
		const take = Math.min(rowsPerCopy, rows - written);
		writeSync(fd, take === rowsPerCopy ? body : body.split('\n').slice(0, take).join('\n') + '\n');
		written += take;
	}
	closeSync(fd);
	const start = performance.now();
	// Run the CLI exactly as a user does; the preload reports the node process's peak RSS.
	const run = spawnSync('npm', ['run', '--silent', 'aggregate', '--', file, '--out', '/dev/null'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, NODE_OPTIONS: `--import ${resolve(ROOT, 'scripts/bench-rss.js')}` }
	});
	const wall = performance.now() - start;
	const rss = /bench:maxrss-kb=(\d+)/.exec(run.stderr)?.[1];
	const size = (readFileSync(file).byteLength / 1e6).toFixed(0);
	rmSync(file);
	if (run.status !== 0) {
		console.log(`  ${rows} rows: failed (${run.status}): ${run.stderr.slice(0, 300)}`);
		continue;
	}
	console.log(
		`  ${rows.toLocaleString('en-US')} rows (${size} MB): ` +
			`wall ${(wall / 1000).toFixed(1)} s, peak RSS ` +
			`${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MB (target < 300 MB)`
	);
}
