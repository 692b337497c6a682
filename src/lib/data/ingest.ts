/**
 * The import pipeline: CSV bytes → typed pay records (or bands) plus a report that accounts for
 * every row.
 *
 *   1. read: `CsvStreamParser` streams rows of strings out of the bytes, chunk by chunk;
 *   2. recognise: the header picks a layout (records, bands, levels.fyi);
 *   3. validate: the layout builds a canonical row and the records schema's reading types it
 *      (zod lists the issues of a row it refuses);
 *   4. place: company → catalog key and type; level label → common level (given, catalog,
 *      title keywords, then years of experience), counting how each row was placed;
 *   5. hand each record to the caller's sink (an array, or the CLI's streaming aggregator);
 *   6. keep one currency (currency.ts): when the file mixes currencies, the records of the one
 *      most rows use (or the one the user chose) are imported and the others are set aside,
 *      counted as skipped under a reason naming their currency. Each currency's counts are kept
 *      apart until the end, when the choice is made.
 *
 * Invariant, checked by the tests: rowsRead = imported + rejected + skipped.
 */
import type { z } from 'zod';
import { CsvError, CsvStreamParser, type CsvSummary } from './csv.ts';
import { ownString } from './ownString.ts';
import type { Catalogs } from './catalogs.ts';
import type { Band, CompanyType, PayRecord } from './domain.ts';
import {
	describeLookalikes,
	detectLayout,
	HeaderError,
	SkippedRow,
	type DetectedLayout,
	type LayoutId
} from './layouts.ts';
import { bandRowSchema, readRecordCells, recordRowSchema, type RecordRow } from './schema.ts';
import { DEFAULT_MIN_N } from './bands.ts';
import { hashCells, RowHashSet } from './rowHashes.ts';
import { createMappedLayout, type ColumnMapping } from './mapping.ts';
import { excerpt } from './excerpt.ts';
import { LEGACY_ENCODING } from './encoding.ts';
import {
	chooseCurrency,
	describeSetAside,
	setAsideReason,
	type CurrencyCount
} from './currency.ts';

/** One rejected row: where, what was found, and why it was refused. */
export interface RowReject {
	row: number;
	column: string;
	value: string;
	reason: string;
}

export interface ImportReport {
	file: string;
	/**
	 * Set when the file could not be read at all (empty, binary, an unterminated quote, a header
	 * Forkline does not know): what is wrong and the row where it was found. Nothing is imported
	 * then, and every count is 0.
	 */
	fatal: {
		message: string;
		row: number | null;
		/**
		 * `header` when the header is one Forkline does not know, which the column mapping can
		 * fix; `file` for everything else (not text, empty, damaged), where mapping cannot help.
		 */
		kind: 'header' | 'file';
	} | null;
	layout: LayoutId | null;
	layoutLabel: string;
	/** Data rows in the file (blank lines included, the header not). */
	rowsRead: number;
	imported: number;
	rejected: number;
	skipped: number;
	/** Rejected rows in file order: every one, unless `maxRejectsKept` capped the list. */
	rejects: RowReject[];
	/** Rejected rows counted by reason, always complete, most frequent first. */
	rejectedByReason: { reason: string; count: number }[];
	/**
	 * Rows imported with something worth a second look (pay out of range, a total that is not
	 * base + stock + bonus, a duplicate, damaged quoting): the first `MAX_WARNINGS_KEPT`, in file order.
	 */
	warnings: RowReject[];
	/** Warnings counted by reason, always complete, most frequent first. */
	warningsByReason: { reason: string; count: number }[];
	/** Warnings about the file as a whole (encoding fallback, currencies set aside, look-alike header letters). */
	fileWarnings: string[];
	/**
	 * Records read per currency (imported and set aside), most frequent first: the choices of
	 * currency a mixed file offers.
	 */
	currencies: CurrencyCount[];
	/** The currency of every imported record (currency.ts); null when nothing was imported. */
	currency: string | null;
	/** Records of other currencies than `currency`, set aside and counted as skipped. */
	setAside: CurrencyCount[];
	/** Skipped rows grouped by reason, most frequent first. */
	skippedByReason: { reason: string; count: number }[];
	/** How imported records got their common level. */
	levelSources: Record<PayRecord['levelSource'], number>;
	/** Header columns the layout does not use (listed, never silently dropped). */
	ignoredColumns: string[];
	/** Records whose company is not in the company catalog. */
	unclassifiedCompanies: number;
	encoding: string;
	delimiter: string;
	bytes: number;
}

export interface IngestOptions {
	file: string;
	catalogs: Catalogs;
	/**
	 * Receives each placed record and its row number as it is read; when absent, records are
	 * collected into the result. The currency is chosen only once the file is read, so this gets
	 * the records of every currency: only those in `report.currency` are imported, and a
	 * streaming consumer keeps one sink per currency and uses that one (the collected records
	 * are already only those).
	 */
	onRecord?: (record: PayRecord, row: number) => void;
	/**
	 * The currency to keep when the file mixes currencies (the user's choice on the upload page);
	 * absent, or not in the file, the one most records use (currency.ts).
	 */
	currency?: string;
	/**
	 * Told of each row that is rejected or skipped, with its row number. The CLI's DuckDB engine
	 * reads each distinct row once and weighs the outcome by how often the row occurs.
	 */
	onRowNotImported?: (row: number, outcome: 'rejected' | 'skipped', reason: string) => void;
	/** Bytes and data rows read so far, for progress bars. */
	onProgress?: (bytes: number, rows: number) => void;
	/** Force the decoder (the upload path re-reads a file as `windows-1252` when UTF-8 breaks late). */
	encoding?: string;
	/** Minimum n for bands read from a bands file (they are flagged below it). */
	minN?: number;
	/**
	 * Keep at most this many rejected rows in `report.rejects` (the counts stay complete). The app
	 * keeps them all; the CLI, which prints only counts, caps them so a bad file of any size
	 * streams in bounded memory.
	 */
	maxRejectsKept?: number;
	/**
	 * Run the per-row warning checks (pay out of range, parts that do not add up, repeated rows).
	 * On by default: the upload page shows them. The CLI prints only counts and turns them off,
	 * which also keeps its memory flat (the repeat check remembers a hash of every row).
	 */
	warnings?: boolean;
	/** The user's column mapping, for a header that is not a known layout (see mapping.ts). */
	mapping?: ColumnMapping;
}

export interface IngestResult {
	report: ImportReport;
	/** Collected records (empty when `onRecord` was given or the file is a bands file). */
	records: PayRecord[];
	/** Bands read from a bands file. */
	bands: Band[];
}

/** How many warned rows the report lists one by one (the counts by reason stay complete). */
export const MAX_WARNINGS_KEPT = 1000;

/**
 * Yearly totals outside this range are imported but flagged: under $10k is rarely a full-time
 * salary (a monthly figure, a typo), over $5M is rarely anyone's pay (a company valuation, a
 * misplaced digit). The range is in the file's own currency units.
 */
export const PLAUSIBLE_TOTAL = { min: 10_000, max: 5_000_000 } as const;

/** A total further than this share from base + stock + bonus is flagged. */
export const PARTS_TOLERANCE = 0.05;

/**
 * How many distinct reasons the report counts one by one. Some reasons quote the row (a level
 * label and its company, a title), so a file can make one per row; past this many, further
 * reasons are counted together, and the counts still add up.
 */
export const MAX_REASONS = 1000;
const OTHER_REASONS = `other reasons (more than ${MAX_REASONS.toLocaleString('en-US')} different ones)`;

function countReason(counts: Map<string, number>, reason: string): void {
	const key = counts.size < MAX_REASONS || counts.has(reason) ? reason : OTHER_REASONS;
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** A report with nothing read yet. */
function emptyReport(file: string): ImportReport {
	return {
		file,
		fatal: null,
		layout: null,
		layoutLabel: '',
		rowsRead: 0,
		imported: 0,
		rejected: 0,
		skipped: 0,
		rejects: [],
		rejectedByReason: [],
		warnings: [],
		warningsByReason: [],
		fileWarnings: [],
		currencies: [],
		currency: null,
		setAside: [],
		skippedByReason: [],
		levelSources: { given: 0, catalog: 0, title: 0, experience: 0 },
		ignoredColumns: [],
		unclassifiedCompanies: 0,
		encoding: 'utf-8',
		delimiter: ',',
		bytes: 0
	};
}

/** Build the reader for one file; feed it bytes or text, then `finish()`. */
function createIngest(options: IngestOptions) {
	const { file, catalogs } = options;
	const records: PayRecord[] = [];
	const bands: Band[] = [];
	const onRecord = options.onRecord ?? ((r: PayRecord) => records.push(r));
	const skipCounts = new Map<string, number>();
	const rejectCounts = new Map<string, number>();
	// Each currency's records are counted apart (imported, how levels were placed, warnings),
	// in the order the currencies first occur; the one kept becomes the report's at the end.
	const lanes = new Map<string, CurrencyLane>();
	// A bands file's warnings belong to no currency and are always kept.
	const bandLane = createLane('');
	// Nearly every record repeats the previous one's currency: the last lane is looked up once.
	let lane = bandLane;
	function laneOf(currency: string): CurrencyLane {
		if (lane !== bandLane && lane.currency === currency) return lane;
		let found = lanes.get(currency);
		if (!found) lanes.set(currency, (found = createLane(currency)));
		return (lane = found);
	}
	// Duplicate records are found by a 53-bit hash of the imported values: a set of numbers stays
	// small on a million-row file where a set of row strings would not.
	const seen = new RowHashSet();
	const maxRejectsKept = options.maxRejectsKept ?? Infinity;
	const runWarnings = options.warnings ?? true;
	const report = emptyReport(file);
	let detected: DetectedLayout | undefined;
	let headerWidth = 0;
	// A layout that computes std_level itself (the surveys, from years) says so in the report.
	let givenLevelSource: PayRecord['levelSource'] = 'given';
	// Display names: the catalog's, else the first spelling seen in this file.
	const names = new Map<string, string>();
	// A row's company: its key (the catalogs fold each spelling once), display name and type.
	function placeCompany(spelling: string): { key: string; name: string; catalogType: CompanyType } {
		const key = catalogs.companyKey(spelling);
		let name = names.get(key);
		if (name === undefined) {
			name = catalogs.companyName(key) ?? ownString(spelling);
			names.set(key, name);
		}
		return { key, name, catalogType: catalogs.companyType(key) };
	}

	function skip(row: number, reason: string): void {
		options.onRowNotImported?.(row, 'skipped', reason);
		report.skipped++;
		reason = withQuoting(reason);
		countReason(skipCounts, reason);
	}

	/**
	 * Damaged quoting papaparse found in the row being read, if any. The row is still delivered;
	 * what becomes of it decides where the problem is told: with its rejection or skip reason,
	 * or as a warning when it is imported.
	 */
	const quotingByRow = new Map<number, string>();
	let rowQuoting: string | undefined;
	const withQuoting = (reason: string) =>
		rowQuoting === undefined ? reason : `${reason} (its quoting is damaged too: ${rowQuoting})`;

	function reject(row: number, column: string, value: string, reason: string): void {
		options.onRowNotImported?.(row, 'rejected', reason);
		report.rejected++;
		reason = withQuoting(reason);
		countReason(rejectCounts, reason);
		if (report.rejects.length < maxRejectsKept)
			report.rejects.push({ row, column, value: ownString(excerpt(value)), reason });
	}

	// Which lane each kept warning is of, beside report.warnings.
	const warningLanes: CurrencyLane[] = [];
	function warn(
		row: number,
		column: string,
		value: string,
		reason: string,
		of: CurrencyLane = bandLane
	): void {
		countReason(of.warnCounts, reason);
		if (report.warnings.length < MAX_WARNINGS_KEPT) {
			report.warnings.push({ row, column, value: ownString(excerpt(value)), reason });
			warningLanes.push(of);
		}
	}

	/** Flag what is imported but odd: pay out of range, parts that do not add up, a repeat. */
	function checkRecord(
		r: PayRecord,
		rowNumber: number,
		raw: Record<string, string>,
		cells: string[],
		of: CurrencyLane
	): void {
		if (!runWarnings) return;
		const rawTotal = raw.total ?? '';
		if (r.total > PLAUSIBLE_TOTAL.max)
			warn(rowNumber, 'total', rawTotal || String(r.total), 'total over 5,000,000 a year', of);
		else if (r.total < PLAUSIBLE_TOTAL.min)
			warn(rowNumber, 'total', rawTotal || String(r.total), 'total under 10,000 a year', of);
		if (r.base !== null && r.stock !== null && r.bonus !== null && rawTotal !== '') {
			const parts = r.base + r.stock + r.bonus;
			if (Math.abs(r.total - parts) > PARTS_TOLERANCE * r.total) {
				warn(
					rowNumber,
					'total',
					rawTotal,
					'total differs from base + stock + bonus by more than 5%',
					of
				);
			}
		}
		if (!seen.add(hashCells(cells)))
			warn(
				rowNumber,
				'(whole row)',
				cells.slice(0, 4).join(',') + (cells.length > 4 ? ',…' : ''),
				'same cells as an earlier imported row (a duplicate?)',
				of
			);
	}

	function warnQuoting(row: number, of: CurrencyLane = bandLane): void {
		warn(row, '(quoting)', '', `damaged quoting: ${rowQuoting}`, of);
	}

	function rejectIssues(
		row: number,
		issues: z.core.$ZodIssue[],
		input: Record<string, string>
	): void {
		const first = issues[0]!;
		const column = String(first.path[0] ?? '');
		const more =
			issues.length > 1
				? ` (and ${issues.length - 1} more: ${issues
						.slice(1)
						.map((i) => String(i.path[0] ?? ''))
						.join(', ')})`
				: '';
		reject(row, column, input[column] ?? '', first.message + more);
	}

	function placeRecord(
		row: RecordRow,
		rowNumber: number,
		raw: Record<string, string>,
		cells: string[]
	): void {
		const { key, name: company, catalogType } = placeCompany(row.company);
		const companyType: CompanyType = row.company_type ?? catalogType;

		let stdLevel = row.std_level;
		let levelSource: PayRecord['levelSource'] = givenLevelSource;
		if (stdLevel === null) {
			const fromCatalog = catalogs.catalogLevel(key, row.level, row.track);
			if (fromCatalog !== undefined) {
				stdLevel = fromCatalog;
				levelSource = 'catalog';
			} else {
				const inferred = catalogs.inferLevel(row.level, row.track, row.years_experience);
				if (inferred) {
					stdLevel = inferred.stdLevel;
					levelSource = inferred.method;
				}
			}
		}
		if (stdLevel === null) {
			reject(
				rowNumber,
				'level',
				raw.level ?? '',
				`level "${excerpt(row.level, 80)}" is not in the level catalog for ${excerpt(company, 80)} ` +
					'and gives no clue (no title keyword, no years_experience); add a std_level column'
			);
			return;
		}
		// The schema guarantees a total, or base and stock (a blank bonus is no bonus).
		const total = row.total ?? row.base! + row.stock! + (row.bonus ?? 0);
		const of = laneOf(row.currency);
		of.imported++;
		of.levelSources[levelSource]++;
		if (catalogType === 'unclassified' && row.company_type === null) of.unclassifiedCompanies++;
		const record: PayRecord = {
			company,
			companyType,
			track: row.track,
			companyLevel: row.level,
			stdLevel,
			levelSource,
			location: row.location,
			yearsExperience: row.years_experience,
			base: row.base,
			stock: row.stock,
			bonus: row.bonus,
			total,
			currency: row.currency,
			year: row.year
		};
		checkRecord(record, rowNumber, raw, cells, of);
		if (rowQuoting !== undefined) warnQuoting(rowNumber, of);
		onRecord(record, rowNumber);
	}

	function readRow(cells: string[], rowNumber: number): void {
		report.rowsRead++;
		// A blank or whitespace-only line in a file with several columns is not a record.
		if (cells.length === 1 && headerWidth > 1 && cells[0]!.trim() === '') {
			skip(rowNumber, 'blank line');
			return;
		}
		if (cells.length !== headerWidth) {
			reject(
				rowNumber,
				'(whole row)',
				cells.slice(0, 4).join(',') + (cells.length > 4 ? ',…' : ''),
				`row has ${cells.length} cells but the header has ${headerWidth}; nothing was filled in or dropped`
			);
			return;
		}
		const d = detected!;
		if (d.id === 'bands') {
			const reading = d.layout.read(cells);
			if (reading instanceof SkippedRow) return skip(rowNumber, reading.reason);
			const parsed = bandRowSchema.safeParse(reading);
			if (!parsed.success) return rejectIssues(rowNumber, parsed.error.issues, reading);
			const b = parsed.data;
			report.imported++;
			if (rowQuoting !== undefined) warnQuoting(rowNumber);
			bands.push({
				companyType: b.company_type,
				company: b.company,
				track: b.track,
				stdLevel: b.std_level!,
				n: b.n!,
				p10: b.p10!,
				p25: b.p25!,
				p50: b.p50!,
				p75: b.p75!,
				p90: b.p90!,
				baseP50: b.base_p50,
				stockP50: b.stock_p50,
				bonusP50: b.bonus_p50,
				currency: b.currency,
				source: b.source,
				lowN: b.n! < (options.minN ?? DEFAULT_MIN_N)
			});
			return;
		}
		const reading = d.layout.read(cells);
		if (reading instanceof SkippedRow) return skip(rowNumber, reading.reason);
		// The schema's own reading, without zod's per-row bookkeeping (see readRecordCells); a
		// row it refuses goes through the schema for the issues that name each refused cell.
		const row = readRecordCells(reading);
		if (row) return placeRecord(row, rowNumber, reading, cells);
		const parsed = recordRowSchema.safeParse(reading);
		if (!parsed.success) return rejectIssues(rowNumber, parsed.error.issues, reading);
		placeRecord(parsed.data, rowNumber, reading, cells);
	}

	const parser = new CsvStreamParser(
		file,
		{
			header(names) {
				if (names.every((name) => name.trim() === '')) {
					throw new CsvError(
						`${file}: the first line is blank, so there is no header naming the columns. ` +
							'Delete the blank line(s) above the header and load the file again.',
						{ file, row: 1 },
						'empty'
					);
				}
				headerWidth = names.length;
				const headerQuoting = quotingByRow.get(1);
				if (headerQuoting !== undefined)
					report.fileWarnings.push(`The header's quoting is damaged: ${headerQuoting}.`);
				detected = options.mapping
					? { id: 'records', layout: createMappedLayout(names, options.mapping) }
					: detectLayout(names, file);
				report.layout = detected.id;
				report.layoutLabel = detected.layout.label;
				report.ignoredColumns = detected.layout.ignoredColumns;
				givenLevelSource = detected.layout.levelSource ?? 'given';
				report.fileWarnings.push(...describeLookalikes(names));
			},
			rows(batch, firstRow) {
				if (quotingByRow.size === 0) {
					for (let i = 0; i < batch.length; i++) readRow(batch[i]!, firstRow + i);
					return;
				}
				for (let i = 0; i < batch.length; i++) {
					rowQuoting = quotingByRow.get(firstRow + i);
					readRow(batch[i]!, firstRow + i);
				}
				rowQuoting = undefined;
				quotingByRow.clear();
			},
			problem({ row, reason }) {
				// papaparse reports each problem before it delivers the row; one a row is told.
				if (!quotingByRow.has(row)) quotingByRow.set(row, reason);
			},
			progress: options.onProgress && ((bytes) => options.onProgress!(bytes, report.rowsRead))
		},
		options.encoding
	);

	return {
		parser,
		finish(summary: CsvSummary): IngestResult {
			if (!detected)
				throw new CsvError(
					`${file} is empty: there is no header and no data.`,
					{ file, row: 1 },
					'empty'
				);
			if (report.rowsRead === 0) {
				throw new CsvError(
					`${file} has a header but no data rows below it.`,
					{ file, row: 2 },
					'empty'
				);
			}
			report.encoding = summary.encoding;
			if (summary.encodingFallback) {
				report.fileWarnings.push(
					`${file} is not UTF-8, so it was read as windows-1252 (Latin-1, ` +
						`as Excel on Windows saves it). Check that accented names look right; ` +
						`if not, save the file as UTF-8 and load it again.`
				);
			}
			keepOneCurrency();
			report.warningsByReason = byReason(
				mergeCounts(bandLane.warnCounts, lanes.get(report.currency ?? '')?.warnCounts)
			);
			report.delimiter = summary.delimiter;
			report.bytes = summary.bytes;
			report.skippedByReason = byReason(skipCounts);
			report.rejectedByReason = byReason(rejectCounts);
			return { report, records, bands };
		}
	};

	/**
	 * The currency is chosen (currency.ts); its lane's counts become the report's, and every
	 * other lane's records are set aside: skipped, under a reason naming their currency.
	 */
	function keepOneCurrency(): void {
		const counts = [...lanes.values()].map(({ currency, imported: count }) => ({
			currency,
			count
		}));
		const kept = chooseCurrency(counts, options.currency);
		report.currencies = [...counts].sort((a, b) => b.count - a.count);
		report.currency = kept;
		const keptLane = kept === null ? undefined : lanes.get(kept);
		if (!keptLane) return;
		report.imported += keptLane.imported;
		report.levelSources = { ...keptLane.levelSources };
		report.unclassifiedCompanies = keptLane.unclassifiedCompanies;
		report.setAside = report.currencies.filter((c) => c.currency !== kept);
		if (report.setAside.length === 0) return;
		for (const other of report.setAside) {
			report.skipped += other.count;
			skipCounts.set(setAsideReason(other.currency, kept!), other.count);
			report.fileWarnings.push(describeSetAside(other, kept!, keptLane.imported));
		}
		// Collected records, and the warnings listed, are the kept currency's only.
		const keep = records.filter((r) => r.currency === kept);
		records.length = 0;
		for (const r of keep) records.push(r);
		report.warnings = report.warnings.filter(
			(_, i) => warningLanes[i] === keptLane || warningLanes[i] === bandLane
		);
	}
}

/** One currency's records while the file is read (see keepOneCurrency). */
interface CurrencyLane {
	currency: string;
	imported: number;
	levelSources: Record<PayRecord['levelSource'], number>;
	unclassifiedCompanies: number;
	warnCounts: Map<string, number>;
}

function createLane(currency: string): CurrencyLane {
	return {
		currency,
		imported: 0,
		levelSources: { given: 0, catalog: 0, title: 0, experience: 0 },
		unclassifiedCompanies: 0,
		warnCounts: new Map()
	};
}

/** Two counts by reason added together. */
function mergeCounts(
	a: Map<string, number>,
	b: Map<string, number> | undefined
): Map<string, number> {
	if (!b || b.size === 0) return a;
	const merged = new Map(a);
	for (const [reason, count] of b) merged.set(reason, (merged.get(reason) ?? 0) + count);
	return merged;
}

function byReason(counts: Map<string, number>): { reason: string; count: number }[] {
	return [...counts]
		.map(([reason, count]) => ({ reason, count }))
		.sort((a, b) => b.count - a.count);
}

/** Bytes as chunks: a Node ReadStream, a browser stream reader, an array of parts. */
export type ChunkSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Import a CSV from a stream of byte chunks (a Node ReadStream, a browser `File.stream()`).
 *
 * Give a function that opens the stream (rather than the stream) and a file that breaks UTF-8
 * after its first chunk is read again from the start as windows-1252, by the rules of
 * encoding.ts; the browser and the CLI both do. Given a stream, such a file stops with a
 * `CsvError` of code `encoding`.
 *
 *     const { report, records } = await ingestBytes(() => createReadStream('pay.csv'), { file: 'pay.csv', catalogs });
 *     report.rowsRead === report.imported + report.rejected + report.skipped  // always
 */
export async function ingestBytes(
	source: ChunkSource | (() => ChunkSource),
	options: IngestOptions
): Promise<IngestResult> {
	const read = async (chunks: ChunkSource, opts: IngestOptions) => {
		const ingest = createIngest(opts);
		for await (const chunk of chunks) ingest.parser.push(chunk);
		return ingest.finish(ingest.parser.end());
	};
	if (typeof source !== 'function') return read(source, options);
	try {
		return await read(source(), options);
	} catch (error) {
		if (!(error instanceof CsvError && error.code === 'encoding' && !options.encoding)) throw error;
		return read(source(), { ...options, encoding: LEGACY_ENCODING });
	}
}

/** Import CSV text already in memory (pasted text, tests). */
export function ingestText(text: string, options: IngestOptions): IngestResult {
	const ingest = createIngest(options);
	ingest.parser.pushText(text);
	return ingest.finish(ingest.parser.end());
}

/** Blob → its bytes, chunk by chunk (a reader loop: not every browser iterates streams). */
async function* readBlob(blob: Blob): AsyncGenerator<Uint8Array> {
	const reader = blob.stream().getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}

/** A report for a file that could not be read: the message and where, all counts 0. */
function fatalResult(
	file: string,
	message: string,
	row: number | null,
	kind: 'header' | 'file' = 'file'
): IngestResult {
	return {
		report: { ...emptyReport(file), fatal: { message, row, kind }, encoding: '' },
		records: [],
		bands: []
	};
}

/**
 * Import a file the user chose, never throwing: whatever the bytes, the result is a report.
 * A file that breaks UTF-8 after its first chunk is read again from the start as windows-1252;
 * a file that cannot be read gives `report.fatal` with the reason and row, and no records.
 *
 *     await ingestFile(new Blob(['']), { file: 'empty.csv', catalogs }) → { report: { fatal: { message: 'empty.csv is empty: …', row: 1 }, … } }
 */
export async function ingestFile(blob: Blob, options: IngestOptions): Promise<IngestResult> {
	try {
		return await ingestBytes(() => readBlob(blob), options);
	} catch (error) {
		if (error instanceof CsvError)
			return fatalResult(options.file, error.message, error.location.row);
		if (error instanceof HeaderError) return fatalResult(options.file, error.message, 1, 'header');
		// Anything else is a bug in Forkline, not in the file; the report still says what happened.
		const message = error instanceof Error ? error.message : String(error);
		return fatalResult(
			options.file,
			`Forkline could not read ${options.file}: ${excerpt(message)}`,
			null
		);
	}
}
