/**
 * The DuckDB engine, for files too big to stream through JavaScript quickly.
 *
 * Forkline's own code stays the one place that reads and places a row; DuckDB does the work that
 * grows with the file:
 *
 *   1. DuckDB scans the CSV (or Parquet) file once and groups its rows by the cells the layout
 *      reads (company, title, level, years, location, timestamp, pay…): each distinct row once,
 *      with how many times it occurs. Structural errors (a row with too many or too few cells)
 *      go to DuckDB's reject table with their line.
 *   2. Each distinct row goes through the same import as the JavaScript engine (layout, schema,
 *      catalogs), in batches; placed rows go back to DuckDB as a table of (company type,
 *      company, track and level, pay) with their counts, and every rejected or skipped row's
 *      reason is counted as often as the row occurs.
 *   3. DuckDB adds the counts up per company, per company type and overall, and finds the exact
 *      order statistics that each quantile reads; the quantiles are the same R-7 interpolation
 *      as d3's (bands.ts). Memory follows the distinct values, not the rows.
 *
 * One currency is kept (currency.ts), chosen on the rows each distinct row stands for: the
 * placed rows of the others are deleted before step 3 and counted as skipped.
 *
 * Rows read = imported + rejected + skipped holds as in the JavaScript engine, except that
 * DuckDB passes over blank lines without counting them.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { compareBands } from '../lib/data/bands.ts';
import { chooseCurrency, describeSetAside, setAsideReason } from '../lib/data/currency.ts';
import { CsvError, CsvStreamParser, inferDelimiter } from '../lib/data/csv.ts';
import type { Band, CompanyType, PayRecord, StdLevel } from '../lib/data/domain.ts';
import { ingestBytes, type RowReject } from '../lib/data/ingest.ts';
import { describeLookalikes, detectLayout } from '../lib/data/layouts.ts';
import { loadCatalogs } from './catalogs.ts';
import { checkCompany } from './engineJs.ts';
import { LIMITS, LimitError } from './limits.ts';
import {
	ReasonBudget,
	REJECT_EXAMPLES,
	type AggregateReport,
	type AggregateResult,
	type EngineOptions
} from './report.ts';
import { escapeControl } from './terminal.ts';

/**
 * Rejected distinct rows kept to find the examples' rows in the file. The first rejected rows of
 * the file are nearly always among the first few hundred distinct ones.
 */
const KEPT_REJECTED_ROWS = 500;

/** Distinct rows read from DuckDB and placed at a time. */
const PAGE = 16_384;

/** How far into the file the rows of the example rejects are looked for (see exampleRows). */
const EXAMPLE_SCAN_BYTES = 64 * 1024 * 1024;

/** A SQL string literal. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Whether the file is Parquet, by its magic number. */
function isParquet(input: string): boolean {
	const fd = openSync(input, 'r');
	try {
		const head = Buffer.alloc(4);
		return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === 'PAR1';
	} finally {
		closeSync(fd);
	}
}

/**
 * The header row, read by Forkline's own CSV reader from the start of the file (so a binary
 * file, a blank header or a broken quote gets the same message as in the browser).
 */
function readCsvHeader(input: string): string[] {
	const fd = openSync(input, 'r');
	let header: string[] | undefined;
	try {
		const parser = new CsvStreamParser(input, {
			header: (names) => (header = names),
			rows: () => {}
		});
		const chunk = Buffer.alloc(64 * 1024);
		let offset = 0;
		while (!header) {
			const read = readSync(fd, chunk, 0, chunk.byteLength, offset);
			if (read === 0) break;
			parser.push(chunk.subarray(0, read));
			offset += read;
			if (!header && offset > LIMITS.lineBytes) {
				throw new LimitError(
					`${escapeControl(input)}, line 1: the header runs on past ${LIMITS.lineBytes.toLocaleString('en-US')} bytes ` +
						'without a line break. The file is not a CSV export, or a quote (") in the header is never closed.',
					'lineBytes'
				);
			}
		}
		if (!header) parser.end();
	} finally {
		closeSync(fd);
	}
	if (!header)
		throw new CsvError(
			`${input} is empty: there is no header and no data.`,
			{ file: input, row: 1 },
			'empty'
		);
	return header;
}

/** The delimiter from the file's first line, chosen as csv.ts chooses it. */
function sniffDelimiter(input: string): string {
	const fd = openSync(input, 'r');
	try {
		const head = Buffer.alloc(LIMITS.lineBytes);
		const read = readSync(fd, head, 0, head.byteLength, 0);
		let text = head.subarray(0, read).toString('utf8');
		if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		const end = text.search(/[\r\n]/);
		return inferDelimiter(end === -1 ? text : text.slice(0, end));
	} finally {
		closeSync(fd);
	}
}

/**
 * A CSV cell as the distinct rows are written for the import: quoted only when it must be (the
 * reader takes a slower path through quoted cells), so any text comes back as it was.
 */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Slot of a (track, level) as bands.ts numbers them: IC 3–9 at 0–6, EM 3–9 at 7–13. */
const slotOf = (record: PayRecord) => (record.track === 'ic' ? 0 : 7) + record.stdLevel - 3;

const BAND_PS = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** DuckDB's error types for rows it could not split into the header's cells, as Forkline words them. */
function rejectReason(errorType: string, cells: number, width: number): string {
	if (errorType === 'TOO MANY COLUMNS' || errorType === 'MISSING COLUMNS')
		return `row has ${cells} cells but the header has ${width}; nothing was filled in or dropped`;
	if (errorType === 'UNQUOTED VALUE')
		return 'damaged quoting: a quoted cell has text after its closing quote';
	if (errorType === 'INVALID ENCODING' || errorType === 'INVALID UNICODE')
		return 'not valid UTF-8 text';
	if (errorType === 'LINE SIZE OVER MAXIMUM')
		return `line longer than ${LIMITS.lineBytes.toLocaleString('en-US')} bytes`;
	return `could not be read (${errorType.toLowerCase()})`;
}

export async function aggregateWithDuckdb(options: EngineOptions): Promise<AggregateResult> {
	const { input } = options;
	const size = statSync(input).size;
	const spill = mkdtempSync(join(tmpdir(), 'forkline-duckdb-'));
	const instance = await DuckDBInstance.create(':memory:', {
		threads: String(Math.max(1, Math.min(availableParallelism(), 4))),
		memory_limit: '256MB',
		temp_directory: spill,
		preserve_insertion_order: 'false'
	});
	const con = await instance.connect();
	// Progress is read by the CLI (con.progress), never printed by DuckDB itself.
	await con.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
	try {
		return await run(instance, con, options, size);
	} finally {
		con.closeSync();
		instance.closeSync();
		rmSync(spill, { recursive: true, force: true });
	}
}

async function run(
	instance: DuckDBInstance,
	con: DuckDBConnection,
	options: EngineOptions,
	size: number
): Promise<AggregateResult> {
	const { input } = options;
	const parquet = isParquet(input);
	let header: string[];
	let source: string;
	let delimiter = ',';
	let width: number;
	if (parquet) {
		const described = await con.runAndReadAll(
			`DESCRIBE SELECT * FROM read_parquet(${literal(input)})`
		);
		header = described.getRowsJS().map((row) => String(row[0]));
		width = header.length;
		source = `(SELECT ${header.map((name, i) => `CAST(${quoteIdent(name)} AS VARCHAR) AS c${i}`).join(', ')} FROM read_parquet(${literal(input)}))`;
	} else {
		header = readCsvHeader(input);
		delimiter = sniffDelimiter(input);
		width = header.length;
		const columns = header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
		source =
			`read_csv(${literal(input)}, header = false, skip = 1, delim = ${literal(delimiter)}, quote = '"', escape = '"', ` +
			`columns = {${columns}}, auto_detect = false, store_rejects = true, max_line_size = ${LIMITS.lineBytes}, null_padding = false)`;
	}
	const detected = detectLayout(header, input);
	if (detected.id === 'bands') throw new BandsFileError();
	const ignored = new Set(detected.layout.ignoredColumns);
	const used = header.flatMap((name, i) => (name.trim() !== '' && !ignored.has(name) ? [i] : []));

	// 1. Each distinct row of the cells the layout reads, and how often it occurs.
	const ticker = setInterval(() => {
		const { percentage } = con.progress;
		if (percentage >= 0) options.onProgress?.((size * percentage) / 100, null);
	}, 250);
	try {
		await con.run(
			`CREATE TABLE tuples AS SELECT ${used.map((i) => `coalesce(c${i}, '') AS c${i}`).join(', ')}, ` +
				'count(*)::DOUBLE AS n, min(row_number) AS first_row ' +
				`FROM (SELECT ${used.map((i) => `c${i}`).join(', ')}, row_number() OVER () AS row_number FROM ${source}) GROUP BY ALL`
		);
	} finally {
		clearInterval(ticker);
	}
	options.onProgress?.(size, null);

	// 2. Forkline reads and places each distinct row; placed rows go back as a table.
	await con.run(
		'CREATE TABLE placed (company_type VARCHAR, company VARCHAR, slot INTEGER, ' +
			'total DOUBLE, base DOUBLE, stock DOUBLE, bonus DOUBLE, currency VARCHAR, n DOUBLE)'
	);
	const appender = await con.createAppender('placed');
	const catalogs = loadCatalogs();
	const reasons = new ReasonBudget(input);
	const rejectedCounts = new Map<string, number>();
	const skippedCounts = new Map<string, number>();
	// Rows placed and how their levels were found, per currency in the order first met; the
	// currency kept is chosen once every row is placed.
	const byCurrency = new Map<
		string,
		{ imported: number; levelSources: Record<PayRecord['levelSource'], number> }
	>();
	const laneOf = (currency: string) => {
		let lane = byCurrency.get(currency);
		if (!lane)
			byCurrency.set(
				currency,
				(lane = { imported: 0, levelSources: { given: 0, catalog: 0, title: 0, experience: 0 } })
			);
		return lane;
	};
	let rowsRead = 0;
	let rejected = 0;
	let skipped = 0;
	// Rejected distinct rows (their cells) for the examples, in the order first met.
	const rejectedExamples: { key: string; row: number }[] = [];
	const add = (counts: Map<string, number>, reason: string, n: number) =>
		counts.set(reason, (counts.get(reason) ?? 0) + n);

	// The distinct rows, in the order each first occurs in the file, go through one import as a
	// CSV of their own (row r of it is distinct row r − 2), so the import's first spelling of a
	// company is the file's. Its callbacks count each outcome as often as the row occurs.
	// Numbered in that order and read a page at a time (a page is a range scan of the numbers).
	await con.run(
		'CREATE TABLE ordered AS SELECT *, row_number() OVER (ORDER BY first_row) AS ord FROM tuples ORDER BY ord; DROP TABLE tuples'
	);
	const columns = `${used.map((i) => `c${i}`).join(', ')}, n`;
	async function* pages(): AsyncGenerator<unknown[][]> {
		for (let from = 0; ; from += PAGE) {
			const page = await con.runAndReadAll(
				`SELECT ${columns} FROM ordered WHERE ord > ${from} AND ord <= ${from + PAGE} ORDER BY ord`
			);
			const rows = page.getRowsJS();
			if (rows.length === 0) return;
			yield rows;
		}
	}
	// Weights of the last few blocks of distinct rows: the reader holds back at most one row
	// from a block until the next arrives.
	const blocks: { start: number; n: Float64Array; cells: string[][] }[] = [];
	const blockOf = (row: number) => {
		const index = row - 2;
		const block = blocks.find((b) => index >= b.start && index < b.start + b.n.length)!;
		return { n: block.n[index - block.start]!, cells: block.cells[index - block.start]! };
	};
	const encoder = new TextEncoder();
	// Only the columns the layout reads are written out: the layout is recognised from them
	// alone, and the reader has a third of the cells to split.
	async function* distinctRowsAsCsv(): AsyncGenerator<Uint8Array> {
		yield encoder.encode(used.map((column) => cell(header[column]!)).join(',') + '\n');
		let start = 0;
		for await (const rows of pages()) {
			const n = new Float64Array(rows.length);
			const cells: string[][] = [];
			let text = '';
			rows.forEach((row, k) => {
				n[k] = Number(row[used.length]);
				rowsRead += n[k]!;
				const values = row.slice(0, used.length) as string[];
				cells.push(values);
				text += values.map(cell).join(',') + '\n';
			});
			blocks.push({ start, n, cells });
			if (blocks.length > 3) blocks.shift();
			start += rows.length;
			yield encoder.encode(text);
		}
	}
	const { report: distinctReport } = await ingestBytes(distinctRowsAsCsv(), {
		file: input,
		catalogs,
		onRecord(record, row) {
			const { n } = blockOf(row);
			if (record.company.length > LIMITS.companyChars)
				checkCompany(record.company, 0, input, 0, Infinity);
			const lane = laneOf(record.currency);
			lane.imported += n;
			lane.levelSources[record.levelSource] += n;
			appender.appendVarchar(record.companyType);
			appender.appendVarchar(record.company);
			appender.appendInteger(slotOf(record));
			appender.appendDouble(record.total);
			for (const part of [record.base, record.stock, record.bonus]) {
				if (part === null) appender.appendNull();
				else appender.appendDouble(part);
			}
			appender.appendVarchar(record.currency);
			appender.appendDouble(n);
			appender.endRow();
		},
		onRowNotImported(row, outcome, reason) {
			const { n, cells } = blockOf(row);
			reasons.note(reason);
			if (outcome === 'rejected') {
				rejected += n;
				add(rejectedCounts, reason, n);
				if (rejectedExamples.length < KEPT_REJECTED_ROWS)
					rejectedExamples.push({ key: cells.join('\u0000'), row });
			} else {
				skipped += n;
				add(skippedCounts, reason, n);
			}
		},
		maxRejectsKept: KEPT_REJECTED_ROWS,
		warnings: false
	});
	// One currency is kept, chosen on the rows the distinct rows stand for; the import's own
	// sentences on currencies set aside count distinct rows, so they give way to these.
	const counts = [...byCurrency].map(([currency, lane]) => ({ currency, count: lane.imported }));
	const kept = chooseCurrency(counts);
	const keptLane = kept === null ? undefined : byCurrency.get(kept)!;
	const imported = keptLane?.imported ?? 0;
	const levelSources = keptLane?.levelSources ?? { given: 0, catalog: 0, title: 0, experience: 0 };
	const setAside = counts.filter((c) => c.currency !== kept);
	const distinctSetAside = new Set(
		distinctReport.setAside.map((c) =>
			describeSetAside(c, distinctReport.currency!, distinctReport.imported)
		)
	);
	// Warnings about the header are the whole header's, not only the columns read.
	const fileWarnings = [
		...describeLookalikes(header),
		...distinctReport.fileWarnings.filter(
			(w) => !w.startsWith('The header ') && !distinctSetAside.has(w)
		)
	];
	for (const other of setAside) {
		skipped += other.count;
		add(skippedCounts, setAsideReason(other.currency, kept!), other.count);
		fileWarnings.push(describeSetAside(other, kept!, imported));
	}
	// The import's rejects name distinct rows; the examples carry the column, value and reason.
	const rejectsByRow = new Map(distinctReport.rejects.map((r) => [r.row, r]));
	const rejectedRows = rejectedExamples.flatMap(({ key, row }) => {
		const reject = rejectsByRow.get(row);
		return reject ? [{ key, reject }] : [];
	});
	appender.closeSync();
	if (setAside.length > 0) await con.run(`DELETE FROM placed WHERE currency <> ${literal(kept!)}`);

	// Rows DuckDB could not split into the header's cells, with their lines.
	const structural: RowReject[] = [];
	if (!parquet) {
		const errors = await con.runAndReadAll(
			'SELECT line, any_value(error_type), any_value(csv_line) FROM reject_errors GROUP BY line ORDER BY line'
		);
		for (const [line, errorType, csvLine] of errors.getRowsJS() as [bigint, string, string][]) {
			const text = String(csvLine).replace(/^[\r\n]+/, '');
			const cells = (Papa.parse<string[]>(text, { delimiter }).data[0] ?? []) as string[];
			const reason = rejectReason(String(errorType), cells.length, width);
			reasons.note(reason);
			rejected++;
			rowsRead++;
			add(rejectedCounts, reason, 1);
			if (structural.length < REJECT_EXAMPLES)
				structural.push({
					row: Number(line),
					column: '(whole row)',
					value: cells.slice(0, 4).join(',') + (cells.length > 4 ? ',…' : ''),
					reason
				});
		}
	}

	const companies = Number(
		(await con.runAndReadAll('SELECT count(DISTINCT company) FROM placed')).getRowsJS()[0]![0]
	);
	if (companies > LIMITS.duckdbCompanies) {
		throw new LimitError(
			`${escapeControl(input)}: more than ${LIMITS.duckdbCompanies.toLocaleString('en-US')} different companies ` +
				`(${companies.toLocaleString('en-US')}); the CLI writes bands for at most that many.`,
			'duckdbCompanies'
		);
	}

	// 3. Counts and the order statistics each quantile reads, per company, type and overall.
	const examples = parquet
		? rejectedRows.map((e) => ({ ...e.reject, row: 0 }))
		: exampleRows(input, used, rejectedRows);
	const rejects = [...structural, ...examples]
		.sort((a, b) => (a.row || Infinity) - (b.row || Infinity))
		.slice(0, REJECT_EXAMPLES);
	const byReason = (counts: Map<string, number>) =>
		[...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
	const report: AggregateReport = {
		file: input,
		layoutLabel: detected.layout.label,
		rowsRead,
		imported,
		rejected,
		skipped,
		rejects,
		rejectedByReason: byReason(rejectedCounts),
		skippedByReason: byReason(skippedCounts),
		levelSources,
		ignoredColumns: detected.layout.ignoredColumns,
		fileWarnings,
		currency: kept,
		setAside
	};
	return { engine: 'duckdb', report, bands: await emitBands(con, options) };
}

/** A bands file is already aggregated: the caller reads it with the JavaScript engine. */
export class BandsFileError extends Error {}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Company types in the order compareBands lists them ('all' first). */
function typeRanks(types: string[]): Map<string, number> {
	const probe = (companyType: string) =>
		({ companyType, company: '', stdLevel: 3, track: 'ic' }) as unknown as Band;
	const ordered = [...new Set(['all', ...types])].sort((a, b) => compareBands(probe(a), probe(b)));
	return new Map(ordered.map((type, rank) => [type, rank]));
}

/**
 * The bands from the placed rows, handed to `emit` in compareBands order a chunk at a time: for
 * each group (company, company type roll-up, overall) and pay part, n and the two order
 * statistics around each quantile's position (n − 1)·p, found from the running count of the
 * sorted distinct values. The interpolation between them is d3's `quantileSorted` arithmetic,
 * done here in JavaScript on the same doubles. Companies are ordered by DuckDB's binary
 * collation, which is JavaScript's string order for every name without characters beyond
 * U+FFFF. Returns how many bands were emitted.
 */
async function emitBands(con: DuckDBConnection, options: EngineOptions): Promise<number> {
	const picks = BAND_PS.flatMap((p, k) => [
		`min(v) FILTER (WHERE upto > floor((n - 1) * ${p}::DOUBLE)) AS lo${k}`,
		`min(v) FILTER (WHERE upto > floor((n - 1) * ${p}::DOUBLE) + 1) AS hi${k}`
	]).join(', ');
	const parts = ['total', 'base', 'stock', 'bonus']
		.map(
			(part) =>
				`SELECT company_type, company, slot, '${part}' AS part, ${part} AS v, sum(n) AS w FROM placed WHERE ${part} IS NOT NULL GROUP BY ALL`
		)
		.join(' UNION ALL ');
	const types = (await con.runAndReadAll('SELECT DISTINCT company_type FROM placed'))
		.getRowsJS()
		.map((r) => String(r[0]));
	const ranks = typeRanks(types);
	const rankCase = `CASE t.company_type ${[...ranks].map(([type, rank]) => `WHEN ${literal(type)} THEN ${rank}`).join(' ')} END`;
	const median = (alias: string) =>
		`${alias}.n AS ${alias}_n, ${alias}.lo2 AS ${alias}_lo, ${alias}.hi2 AS ${alias}_hi`;
	const join = (alias: string, part: string) =>
		`LEFT JOIN stats ${alias} ON ${alias}.part = '${part}' AND ${alias}.company_type = t.company_type ` +
		`AND ${alias}.company = t.company AND ${alias}.slot = t.slot`;
	// Mixed currencies cannot share a quantile (as in bands.ts); asked before the stream starts,
	// since another statement on the connection would end the stream.
	const currencies = (await con.runAndReadAll('SELECT DISTINCT currency FROM placed'))
		.getRowsJS()
		.map((r) => String(r[0]));
	const currency =
		currencies.length === 1 ? currencies[0]! : currencies.length === 0 ? 'USD' : 'MIXED';
	const result = await con.stream(`
		WITH vals AS (${parts}),
		grouped AS (
			SELECT CASE WHEN grouping(company_type) = 1 THEN 'all' ELSE company_type END AS company_type,
				CASE WHEN grouping(company) = 1 THEN '' ELSE company END AS company,
				slot, part, v, sum(w) AS w
			FROM vals
			GROUP BY GROUPING SETS ((company_type, company, slot, part, v), (company_type, slot, part, v), (slot, part, v))
		),
		running AS (
			SELECT *, sum(w) OVER (PARTITION BY company_type, company, slot, part ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto,
				sum(w) OVER (PARTITION BY company_type, company, slot, part) AS n
			FROM grouped
		),
		stats AS (
			SELECT company_type, company, slot, part, any_value(n)::DOUBLE AS n, ${picks}
			FROM running GROUP BY company_type, company, slot, part
		)
		SELECT t.company_type, t.company, t.slot, t.n, ${BAND_PS.map((_, k) => `t.lo${k}, t.hi${k}`).join(', ')},
			${median('b')}, ${median('s')}, ${median('o')}
		FROM stats t ${join('b', 'base')} ${join('s', 'stock')} ${join('o', 'bonus')}
		WHERE t.part = 'total'
		ORDER BY ${rankCase}, t.company, t.slot % 7, t.slot >= 7`);

	// d3's quantileSorted on the order statistics: value0 + (value1 − value0) · (i − i0).
	const quantile = (n: number, p: number, lo: unknown, hi: unknown) => {
		const value0 = Number(lo);
		if (n < 2) return value0;
		const i = (n - 1) * p;
		const i0 = Math.floor(i);
		return value0 + (hi === null ? 0 : Number(hi) - value0) * (i - i0);
	};
	const medianAt = (row: unknown[], at: number) =>
		row[at] === null ? null : quantile(Number(row[at]), 0.5, row[at + 1], row[at + 2]);
	let emitted = 0;
	for await (const rows of result.yieldRowsJs()) {
		const bands = rows.map((row): Band => {
			const [companyType, company, slot, n] = row as [string, string, number, number];
			const stat = (k: number) => quantile(n, BAND_PS[k]!, row[4 + 2 * k], row[5 + 2 * k]);
			return {
				companyType: companyType as CompanyType | 'all',
				company,
				track: slot < 7 ? 'ic' : 'em',
				stdLevel: ((slot % 7) + 3) as StdLevel,
				n,
				p10: stat(0),
				p25: stat(1),
				p50: stat(2),
				p75: stat(3),
				p90: stat(4),
				baseP50: medianAt(row, 14),
				stockP50: medianAt(row, 17),
				bonusP50: medianAt(row, 20),
				currency,
				source: options.source,
				lowN: n < options.minN
			};
		});
		options.emit(bands);
		emitted += bands.length;
	}
	return emitted;
}

/**
 * The rows of the first rejected rows, looked up in the file: the JavaScript reader goes through
 * the start of the file (at most `EXAMPLE_SCAN_BYTES`) until it has met the first
 * `REJECT_EXAMPLES` rows whose cells are those of a rejected distinct row, which are the
 * examples the JavaScript engine would show. Rows past the scan are shown without a row number.
 */
function exampleRows(
	input: string,
	used: number[],
	rejected: { key: string; reject: RowReject }[]
): RowReject[] {
	if (rejected.length === 0) return [];
	const wanted = new Map(rejected.map((r) => [r.key, r.reject]));
	const found: RowReject[] = [];
	const fd = openSync(input, 'r');
	try {
		const parser = new CsvStreamParser(input, {
			header() {},
			rows(batch, firstRow) {
				for (let i = 0; i < batch.length && found.length < REJECT_EXAMPLES; i++) {
					const reject = wanted.get(used.map((c) => batch[i]![c] ?? '').join('\u0000'));
					if (reject) found.push({ ...reject, row: firstRow + i });
				}
			}
		});
		const chunk = Buffer.alloc(1 << 20);
		for (let offset = 0; offset < EXAMPLE_SCAN_BYTES && found.length < REJECT_EXAMPLES;) {
			const read = readSync(fd, chunk, 0, chunk.byteLength, offset);
			if (read === 0) break;
			parser.push(chunk.subarray(0, read));
			offset += read;
		}
	} catch {
		// The examples are a courtesy: a file that breaks the JavaScript reader keeps its counts.
	} finally {
		closeSync(fd);
	}
	if (found.length >= REJECT_EXAMPLES) return found;
	const shown = new Set(found.map((r) => r.value + r.reason));
	return [
		...found,
		...rejected.map((r) => ({ ...r.reject, row: 0 })).filter((r) => !shown.has(r.value + r.reason))
	];
}
