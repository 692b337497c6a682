/**
 * `forkline` — the command line. `npx forkline aggregate FILE` and `npm run aggregate -- FILE` run
 * this same file, compiled to dist/forkline.js by scripts/build-cli.js (on `npm ci` / `npm install`,
 * through the `prepare` script).
 *
 * Exit codes (also in --help and README.md):
 *   0  bands written (rejected and skipped rows are counted in the summary, not failures)
 *   1  the input could not be read as pay data: missing, not CSV, a header Forkline does not
 *      know, a broken quote, or past one of the documented limits
 *   2  usage: an unknown option, a missing or extra argument
 *   3  the output could not be written, or would overwrite the input
 *   4  an error inside Forkline (a bug: please report it with the message)
 */
import { accessSync, constants, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_MIN_N } from '../lib/data/bands.ts';
import { CsvError } from '../lib/data/csv.ts';
import { toBandsCsv } from '../lib/data/export.ts';
import { HeaderError } from '../lib/data/layouts.ts';
import type { Band } from '../lib/data/domain.ts';
import { aggregateWithJs } from './engineJs.ts';
import { LIMITS, LimitError } from './limits.ts';
import { checkOutput, openAtomically, OutputError } from './output.ts';
import { summarise, type AggregateResult, type EngineOptions } from './report.ts';
import { createProgress, escapeControl, say } from './terminal.ts';

/** Files above this size go to the DuckDB engine when `--engine` is not given. */
export const AUTO_DUCKDB_BYTES = 64 * 1024 * 1024;

export const EXIT = { ok: 0, input: 1, usage: 2, output: 3, internal: 4 } as const;

const HELP = `forkline — IC and EM pay bands from a pay file

usage:
  forkline aggregate INPUT [--out FILE] [--min-n N] [--engine auto|js|duckdb]
  forkline --help | --version

aggregate   reads a pay file (Forkline records, the levels.fyi export, the Stack Overflow 2024
            or IT Salary Survey EU 2020 layouts; CSV, or Parquet with the DuckDB engine) and
            writes bands CSV: p10–p90 of total pay per company type, company, track and common
            level, with roll-ups. A summary of every row's fate goes to stderr.

options:
  --out FILE      write the bands to FILE (through a temporary file, renamed at the end; never
                  the input file) instead of standard output
  --min-n N       groups with fewer than N reports are kept but flagged (default ${DEFAULT_MIN_N})
  --engine E      js: Forkline's streaming reader; duckdb: DuckDB groups the file, Forkline places
                  each distinct row; auto (default): duckdb above ${AUTO_DUCKDB_BYTES / 1024 / 1024} MB or for Parquet, js
                  otherwise (and duckdb when a file has more companies than js holds)

limits (past one the run stops with exit code 1):
  a line of more than ${LIMITS.lineBytes.toLocaleString('en-US')} bytes; a company name of more than ${LIMITS.companyChars.toLocaleString('en-US')} characters;
  more than ${LIMITS.jsCompanies.toLocaleString('en-US')} companies with --engine js, ${LIMITS.duckdbCompanies.toLocaleString('en-US')} with duckdb

exit codes:
  0  bands written        1  input unreadable or past a limit     2  usage
  3  output not written (or would overwrite the input)            4  internal error

On a terminal, progress (MB, rows, rate, time left) is shown on stderr while a file is read.
`;

class UsageError extends Error {}

interface AggregateArgs {
	input: string;
	out?: string;
	minN: number;
	engine: 'auto' | 'js' | 'duckdb';
}

function parseAggregateArgs(argv: string[]): AggregateArgs | 'help' {
	let input: string | undefined;
	let out: string | undefined;
	let minN = DEFAULT_MIN_N;
	let engine: AggregateArgs['engine'] = 'auto';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new UsageError(`${arg} needs a value`);
			return next;
		};
		if (arg === '--help' || arg === '-h') return 'help';
		else if (arg === '--out' || arg === '-o') out = value();
		else if (arg === '--min-n') {
			minN = Number(value());
			if (!Number.isInteger(minN) || minN < 1)
				throw new UsageError('--min-n needs a whole number above 0');
		} else if (arg === '--engine') {
			const chosen = value();
			if (chosen !== 'auto' && chosen !== 'js' && chosen !== 'duckdb')
				throw new UsageError(`--engine is auto, js or duckdb, not ${chosen}`);
			engine = chosen;
		} else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
		else if (input === undefined) input = arg;
		else throw new UsageError(`only one input file, got ${input} and ${arg}`);
	}
	if (input === undefined) throw new UsageError('no input file');
	return { input, out, minN, engine };
}

/**
 * Where the bands CSV goes: the --out file (through a temporary file) or standard output. Each
 * batch of bands is written as it comes, header first.
 */
function openBandsOutput(out: string | undefined) {
	const file = out === undefined ? undefined : openAtomically(out);
	// Bands on a terminal are for reading: their control characters are shown, not sent.
	const write = (text: string) =>
		file
			? file.write(text)
			: process.stdout.write(process.stdout.isTTY ? escapeControl(text, true) : text);
	let started = false;
	return {
		emit(bands: Band[]) {
			const text = toBandsCsv(bands);
			write(started ? text.slice(text.indexOf('\n') + 1) : text);
			started = true;
		},
		finish() {
			if (!started) write(toBandsCsv([]));
			file?.commit();
		},
		abort: () => file?.abort()
	};
}

async function aggregate(args: AggregateArgs): Promise<void> {
	const { input, out } = args;
	try {
		accessSync(input, constants.R_OK);
		if (statSync(input).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(
			`cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))}`
		);
	}
	if (out !== undefined) checkOutput(out, input);

	const size = statSync(input).size;
	const progress = createProgress(size);
	const output = openBandsOutput(out);
	const options: EngineOptions = {
		input,
		minN: args.minN,
		source: basename(input),
		onProgress: (bytes, rows) => progress.update(bytes, rows),
		emit: (bands) => output.emit(bands)
	};
	const start = performance.now();
	let result: AggregateResult;
	try {
		result = await runEngine(args.engine, options, size);
		output.finish();
	} catch (error) {
		output.abort();
		throw error;
	} finally {
		progress.done();
	}
	const seconds = (performance.now() - start) / 1000;
	say(process.stderr, summarise(result, seconds));
}

async function runEngine(
	engine: AggregateArgs['engine'],
	options: EngineOptions,
	size: number
): Promise<AggregateResult> {
	const duckdb = async () => {
		const { aggregateWithDuckdb, BandsFileError } = await import('./engineDuckdb.ts');
		try {
			return await aggregateWithDuckdb(options);
		} catch (error) {
			// A bands file is already aggregated and small: the JavaScript engine reads it.
			if (error instanceof BandsFileError) return aggregateWithJs(options);
			throw error;
		}
	};
	if (engine === 'duckdb') return duckdb();
	if (engine === 'js') return aggregateWithJs(options);
	if (size > AUTO_DUCKDB_BYTES || isParquetName(options.input)) return duckdb();
	try {
		return await aggregateWithJs(options);
	} catch (error) {
		if (!(error instanceof LimitError && error.limit === 'jsCompanies')) throw error;
		say(
			process.stderr,
			`forkline aggregate: more than ${LIMITS.jsCompanies.toLocaleString('en-US')} companies; reading the file again with the DuckDB engine.\n`
		);
		return duckdb();
	}
}

const isParquetName = (file: string) => /\.parquet$/i.test(file);

class InputError extends Error {}

/** Run the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	const fail = (code: number, message: string) => {
		say(
			process.stderr,
			`forkline${command === 'aggregate' ? ' aggregate' : ''}: ${escapeControl(message, true)}\n`
		);
		return code;
	};
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		if (command === undefined) return fail(EXIT.usage, `no command\n${HELP}`);
		process.stdout.write(HELP);
		return EXIT.ok;
	}
	if (command === '--version' || command === '-v') {
		process.stdout.write(`forkline ${VERSION}\n`);
		return EXIT.ok;
	}
	if (command !== 'aggregate')
		return fail(EXIT.usage, `unknown command ${command}; try forkline --help`);
	let args: AggregateArgs | 'help';
	try {
		args = parseAggregateArgs(rest);
	} catch (error) {
		if (error instanceof UsageError)
			return fail(
				EXIT.usage,
				`${error.message}\nusage: forkline aggregate INPUT [--out FILE] [--min-n N] [--engine auto|js|duckdb] (see --help)`
			);
		throw error;
	}
	if (args === 'help') {
		process.stdout.write(HELP);
		return EXIT.ok;
	}
	try {
		await aggregate(args);
		return EXIT.ok;
	} catch (error) {
		if (error instanceof OutputError) return fail(EXIT.output, error.message);
		if (
			error instanceof InputError ||
			error instanceof LimitError ||
			error instanceof CsvError ||
			error instanceof HeaderError
		)
			return fail(EXIT.input, error.message);
		// DuckDB's own errors about the file (an unreadable Parquet file, an I/O error).
		if (error instanceof Error && /^(IO|Invalid Input|Conversion) Error/.test(error.message))
			return fail(EXIT.input, `${args.input}: ${error.message.slice(0, 400)}`);
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		return fail(EXIT.internal, `internal error (please report it): ${message.slice(0, 2000)}`);
	}
}

declare const FORKLINE_VERSION: string | undefined;
const VERSION = typeof FORKLINE_VERSION === 'string' ? FORKLINE_VERSION : 'dev';

process.exitCode = await main(process.argv.slice(2));
