/**
 * `npm run bench` — speed figures, printed, never asserted.
 *
 * 1. Ingest of the real levels.fyi file (parse, validate, map levels, aggregate bands) against
 *    bare papaparse (array mode) decoding and parsing the same bytes in the same run.
 * 2. The CLI (dist/forkline.js, as `npx forkline` runs it) with each engine on files of 1M, 10M
 *    and 50M rows made by repeating the real rows (written to the temp folder, deleted after),
 *    against bare papaparse streaming the same file: wall time (process start included) and
 *    peak RSS of each. `--rows 1000000,10000000` (or BENCH_ROWS=1000000,10000000) picks the sizes.
 * 3. The CLI's start-up with each engine on a one-row file (median of 7, wall and CPU time)
 *    against the 0.3 s target, printed before the big files.
 */
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
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
console.log(`  ratio: ${(median(oursTimes) / median(bareTimes)).toFixed(2)}× (target ≤ 1.3×)`);
console.log(
	`  with the upload page's per-row warning checks (range, parts, repeats): ${ms(median(checkedTimes))}, ` +
		`${(median(checkedTimes) / median(bareTimes)).toFixed(2)}×`
);

if (ingestOnly) process.exit(0);

// Big files made by repeating the real data rows after the header. `--rows` or BENCH_ROWS picks
// the sizes (`npm run bench -- --rows …` would hand the flag to the browser bench, the script's
// last command; `BENCH_ROWS=1000000,10000000 npm run bench` reaches this one).
const rowsArg = process.argv.includes('--rows')
	? process.argv[process.argv.indexOf('--rows') + 1]
	: process.env.BENCH_ROWS;
const sizes = rowsArg ? rowsArg.split(',').map(Number) : [1_000_000, 10_000_000, 50_000_000];
if (sizes.some((rows) => !Number.isInteger(rows) || rows < 1)) {
	console.error(
		`bench: --rows (or BENCH_ROWS) is a comma-separated list of row counts, not ${rowsArg}`
	);
	process.exit(2);
}
const text = bytes.toString('utf8');
const headerEnd = text.indexOf('\n') + 1;
const header = Buffer.from(text.slice(0, headerEnd));
const lines = text
	.slice(headerEnd)
	.split('\n')
	.filter((l) => l !== '');
// Whole copies of the file's rows, then as many rows again as the size needs (a record with a
// quoted line break counts as one row; the levels.fyi file has four).
const body = Buffer.from(lines.join('\n') + '\n');

function writeRepeated(file: string, rows: number): void {
	const fd = openSync(file, 'w');
	writeSync(fd, header);
	let written = 0;
	while (written + lines.length <= rows) {
		writeSync(fd, body);
		written += lines.length;
	}
	if (written < rows) writeSync(fd, lines.slice(0, rows - written).join('\n') + '\n');
	closeSync(fd);
}

const CLI = resolve(ROOT, 'dist/forkline.js');
spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.js'), '--if-stale'], { cwd: ROOT });

/** Run a node script as its own process: wall time (start-up included) and peak RSS. */
interface Measured {
	seconds: number;
	cpuSeconds: number;
	rssMb: number;
	ok: boolean;
	stderr: string;
}

function measure(args: string[]): Measured {
	const start = performance.now();
	const run = spawnSync(
		process.execPath,
		['--import', resolve(ROOT, 'scripts/bench-rss.js'), ...args],
		{
			cwd: ROOT,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	const seconds = (performance.now() - start) / 1000;
	const rss = /bench:maxrss-kb=(\d+)/.exec(run.stderr)?.[1];
	const cpu = /bench:cpu-ms=(\d+)/.exec(run.stderr)?.[1];
	return {
		cpuSeconds: cpu ? Number(cpu) / 1000 : NaN,
		seconds,
		rssMb: rss ? Number(rss) / 1024 : NaN,
		ok: run.status === 0,
		stderr: run.stderr
	};
}

const fmt = (m: Measured) =>
	m.ok
		? `${m.seconds.toFixed(1)} s (cpu ${m.cpuSeconds.toFixed(1)} s) / ${m.rssMb.toFixed(0)} MB`
		: `failed: ${m.stderr.slice(0, 200)}`;

// Start-up: the CLI on a file of the header and one real row, so nearly all of the time is
// Node starting, the bundle loading and (with DuckDB) the native module and database opening.
// Bare `node -e 0` alongside shows what the machine gives any Node process at the moment.
const STARTS = 7;
const oneRow = join(tmpdir(), `forkline-bench-one-row-${process.pid}.csv`);
writeRepeated(oneRow, 1);
try {
	const starts = { node: [] as Measured[], js: [] as Measured[], duckdb: [] as Measured[] };
	for (let i = 0; i < STARTS; i++) {
		starts.node.push(measure(['-e', '0']));
		for (const engine of ['js', 'duckdb'] as const)
			starts[engine].push(
				measure([CLI, 'aggregate', oneRow, '--engine', engine, '--out', '/dev/null'])
			);
	}
	const mid = (runs: Measured[], key: 'seconds' | 'cpuSeconds') => median(runs.map((m) => m[key]));
	const line = (runs: Measured[]) =>
		runs.every((m) => m.ok)
			? `median ${mid(runs, 'seconds').toFixed(2)} s wall, ${mid(runs, 'cpuSeconds').toFixed(2)} s CPU`
			: `failed: ${runs.find((m) => !m.ok)!.stderr.slice(0, 200)}`;
	console.log(
		`\nCLI start-up on a one-row file (median of ${STARTS}, alternated; target < 0.3 s wall)`
	);
	console.log(`  js engine: ${line(starts.js)}`);
	console.log(`  duckdb engine: ${line(starts.duckdb)}`);
	console.log(`  bare node -e 0, for scale: ${line(starts.node)}`);
} finally {
	rmSync(oneRow);
}

console.log(
	'\nCLI on generated files (real rows repeated): wall time (start-up included; CPU time of all threads) / peak RSS'
);
console.log(
	'rows | js engine | duckdb engine | papaparse stream | js ÷ papaparse | duckdb ÷ papaparse'
);
for (const rows of sizes) {
	const file = join(tmpdir(), `forkline-bench-${rows}.csv`);
	writeRepeated(file, rows);
	const size = statSync(file).size;
	try {
		// One run each for the big files; the median of three, alternated, for the smaller ones.
		const runs = rows <= 1_000_000 ? 3 : 1;
		const results = {
			js: [] as Measured[],
			duckdb: [] as Measured[],
			papa: [] as Measured[]
		};
		for (let i = 0; i < runs; i++) {
			results.papa.push(measure([resolve(ROOT, 'scripts/bench-papaparse-stream.js'), file]));
			results.js.push(measure([CLI, 'aggregate', file, '--engine', 'js', '--out', '/dev/null']));
			results.duckdb.push(
				measure([CLI, 'aggregate', file, '--engine', 'duckdb', '--out', '/dev/null'])
			);
		}
		const pick = (ms: Measured[]) =>
			[...ms].sort((a, b) => a.seconds - b.seconds)[Math.floor(ms.length / 2)]!;
		const [js, duckdb, papa] = [pick(results.js), pick(results.duckdb), pick(results.papa)];
		console.log(
			`${rows.toLocaleString('en-US')} (${(size / 1e6).toFixed(0)} MB) | ${fmt(js)} | ${fmt(duckdb)} | ${fmt(papa)} | ` +
				`${(js.seconds / papa.seconds).toFixed(2)}× | ${(duckdb.seconds / papa.seconds).toFixed(2)}×`
		);
	} finally {
		rmSync(file);
	}
}
console.log(
	'targets: js ≤ 1.3× papaparse at 1M rows; duckdb ≤ 0.6× papaparse and < 512 MB at 10M rows; duckdb < 1.5 GB at 50M rows'
);
