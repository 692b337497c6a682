/**
 * `npm run aggregate -- INPUT.csv [--out FILE] [--min-n N]`
 *
 * Streams a pay file (records format or the levels.fyi export) through the data layer and writes
 * bands CSV — quantiles of total pay per company type, company, track and common level, plus
 * roll-ups — to FILE or standard output. A summary of what happened to every row goes to stderr.
 * Records are never held in memory: each goes straight into the band accumulator.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createBandAccumulator, DEFAULT_MIN_N } from '../src/lib/data/bands.ts';
import { toBandsCsv } from '../src/lib/data/export.ts';
import { ingestBytes, type ImportReport } from '../src/lib/data/ingest.ts';
import { loadCatalogs } from './node-catalogs.ts';

const USAGE = 'usage: npm run aggregate -- INPUT.csv [--out FILE] [--min-n N]';

/** Fail with one clear line and a non-zero exit. */
function fail(message: string, code = 2): never {
	process.stderr.write(`forkline aggregate: ${message}\n`);
	process.exit(code);
}

function parseArgs(argv: string[]): { input: string; out?: string; minN: number } {
	let input: string | undefined;
	let out: string | undefined;
	let minN = DEFAULT_MIN_N;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--out') out = argv[++i] ?? fail(`--out needs a file name\n${USAGE}`);
		else if (arg === '--min-n') {
			minN = Number(argv[++i]);
			if (!Number.isInteger(minN) || minN < 1)
				fail(`--min-n needs a whole number above 0\n${USAGE}`);
		} else if (arg === '--help' || arg === '-h') {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		} else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
		else if (input === undefined) input = arg;
		else fail(`only one input file, got ${input} and ${arg}\n${USAGE}`);
	}
	if (input === undefined) fail(`no input file\n${USAGE}`);
	return { input, out, minN };
}

/** The stderr summary: every row accounted for. */
function summarise(report: ImportReport, bands: number): string {
	const lines = [
		`${report.file}: ${report.layoutLabel}`,
		`rows read  ${report.rowsRead}`,
		`imported   ${report.imported}  (level from catalog ` +
			`${report.levelSources.catalog}, title ${report.levelSources.title}, ` +
			`experience ${report.levelSources.experience}, ` +
			`given ${report.levelSources.given})`,
		`rejected   ${report.rejected}`,
		...report.rejectedByReason.slice(0, 10).map((r) => `  ${r.count}  ${r.reason}`),
		...report.rejects
			.slice(0, 5)
			.map((r) => `    e.g. row ${r.row}, column ${r.column}: "${r.value.slice(0, 40)}"`),
		`skipped    ${report.skipped}`,
		...report.skippedByReason.slice(0, 10).map((s) => `  ${s.count}  ${s.reason}`),
		...(report.skippedByReason.length > 10
			? [`  … ${report.skippedByReason.length - 10} more reasons`]
			: []),
		`bands      ${bands}`
	];
	if (report.ignoredColumns.length > 0)
		lines.push(`columns not used: ${report.ignoredColumns.join(', ')}`);
	return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
	const { input, out, minN } = parseArgs(process.argv.slice(2));
	try {
		await access(input, constants.R_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(
			code === 'ENOENT'
				? `cannot read ${input}: no such file`
				: `cannot read ${input}: ${code ?? String(error)}`
		);
	}
	const accumulator = createBandAccumulator();
	let result;
	try {
		result = await ingestBytes(createReadStream(input, { highWaterMark: 1 << 20 }), {
			file: input,
			catalogs: loadCatalogs(),
			onRecord: (record) => accumulator.add(record),
			maxRejectsKept: 100,
			warnings: false
		});
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error), 1);
	}
	const bands = accumulator.bands({ minN, source: input.split('/').pop() ?? input });
	const csv = toBandsCsv(bands);
	if (out) writeFileSync(out, csv);
	else process.stdout.write(csv);
	process.stderr.write(summarise(result.report, bands.length));
}

await main();
