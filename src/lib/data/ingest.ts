/**
 * The import pipeline: CSV bytes → typed pay records (or bands) plus a report that accounts for
 * every row.
 *
 *   1. read: `CsvStreamParser` streams rows of strings out of the bytes, chunk by chunk;
 *   2. recognise: the header picks a layout (records, bands, levels.fyi);
 *   3. validate: the layout builds a canonical row and the zod schema types it;
 *   4. place: company → catalog key and type; level label → common level (given, catalog,
 *      title keywords, then years of experience), counting how each row was placed;
 *   5. hand each record to the caller's sink (an array, or the CLI's streaming aggregator).
 *
 * Invariant, checked by the tests: rowsRead = imported + rejected + skipped.
 */
import type { z } from 'zod';
import { CsvStreamParser, ownString, type CsvSummary } from './csv.ts';
import type { Catalogs } from './catalogs.ts';
import type { Band, CompanyType, PayRecord } from './domain.ts';
import { detectLayout, type DetectedLayout, type LayoutId } from './layouts.ts';
import { bandRowSchema, recordRowSchema, type RecordRow } from './schema.ts';
import { DEFAULT_MIN_N } from './bands.ts';

/** One rejected row: where, what was found, and why it was refused. */
export interface RowReject {
	row: number;
	column: string;
	value: string;
	reason: string;
}

export interface ImportReport {
	file: string;
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
	/** Problems that did not reject a row (damaged quoting papaparse could still read). */
	warnings: RowReject[];
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
	/** Receives each imported record; when absent, records are collected into the result. */
	onRecord?: (record: PayRecord) => void;
	/** Bytes read so far, for progress bars. */
	onProgress?: (bytes: number) => void;
	/** Minimum n for bands read from a bands file (they are flagged below it). */
	minN?: number;
	/**
	 * Keep at most this many rejected rows in `report.rejects` (the counts stay complete). The app
	 * keeps them all; the CLI, which prints only counts, caps them so a bad file of any size
	 * streams in bounded memory.
	 */
	maxRejectsKept?: number;
}

export interface IngestResult {
	report: ImportReport;
	/** Collected records (empty when `onRecord` was given or the file is a bands file). */
	records: PayRecord[];
	/** Bands read from a bands file. */
	bands: Band[];
}

/** Build the reader for one file; feed it bytes or text, then `finish()`. */
function createIngest(options: IngestOptions) {
	const { file, catalogs } = options;
	const records: PayRecord[] = [];
	const bands: Band[] = [];
	const onRecord = options.onRecord ?? ((r: PayRecord) => records.push(r));
	const skipCounts = new Map<string, number>();
	const rejectCounts = new Map<string, number>();
	const maxRejectsKept = options.maxRejectsKept ?? Infinity;
	const report: ImportReport = {
		file,
		layout: null,
		layoutLabel: '',
		rowsRead: 0,
		imported: 0,
		rejected: 0,
		skipped: 0,
		rejects: [],
		rejectedByReason: [],
		warnings: [],
		skippedByReason: [],
		levelSources: { given: 0, catalog: 0, title: 0, experience: 0 },
		ignoredColumns: [],
		unclassifiedCompanies: 0,
		encoding: 'utf-8',
		delimiter: ',',
		bytes: 0
	};
	let detected: DetectedLayout | undefined;
	let headerWidth = 0;
	// Display names: the catalog's, else the first spelling seen in this file.
	const names = new Map<string, string>();

	function skip(reason: string): void {
		report.skipped++;
		skipCounts.set(reason, (skipCounts.get(reason) ?? 0) + 1);
	}

	function reject(row: number, column: string, value: string, reason: string): void {
		report.rejected++;
		rejectCounts.set(reason, (rejectCounts.get(reason) ?? 0) + 1);
		if (report.rejects.length < maxRejectsKept) report.rejects.push({ row, column, value: ownString(value), reason });
	}

	function rejectIssues(row: number, issues: z.core.$ZodIssue[], input: Record<string, string>): void {
		const first = issues[0]!;
		const column = String(first.path[0] ?? '');
		const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map((i) => String(i.path[0] ?? '')).join(', ')})` : '';
		reject(row, column, input[column] ?? '', first.message + more);
	}

	function placeRecord(row: RecordRow, rowNumber: number, raw: Record<string, string>): void {
		const key = catalogs.companyKey(row.company);
		let company = names.get(key);
		if (company === undefined) {
			company = catalogs.companyName(key) ?? ownString(row.company);
			names.set(key, company);
		}
		const catalogType = catalogs.companyType(key);
		const companyType: CompanyType = row.company_type ?? catalogType;

		let stdLevel = row.std_level;
		let levelSource: PayRecord['levelSource'] = 'given';
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
				`level "${row.level}" is not in the level catalog for ${company} and gives no clue (no title keyword, no years_experience); add a std_level column`
			);
			return;
		}
		// The schema guarantees a total or all three parts.
		const total = row.total ?? row.base! + row.stock! + row.bonus!;
		report.imported++;
		report.levelSources[levelSource]++;
		if (catalogType === 'unclassified' && row.company_type === null) report.unclassifiedCompanies++;
		onRecord({
			company,
			companyType,
			track: row.track,
			level: row.level,
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
		});
	}

	function readRow(cells: string[], rowNumber: number): void {
		report.rowsRead++;
		// A blank or whitespace-only line in a file with several columns is not a record.
		if (cells.length === 1 && headerWidth > 1 && cells[0]!.trim() === '') {
			skip('blank line');
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
			if (reading.kind === 'skip') return skip(reading.reason);
			const parsed = bandRowSchema.safeParse(reading.row);
			if (!parsed.success) return rejectIssues(rowNumber, parsed.error.issues, reading.row);
			const b = parsed.data;
			report.imported++;
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
		if (reading.kind === 'skip') return skip(reading.reason);
		const parsed = recordRowSchema.safeParse(reading.row);
		if (!parsed.success) return rejectIssues(rowNumber, parsed.error.issues, reading.row);
		placeRecord(parsed.data, rowNumber, reading.row);
	}

	const parser = new CsvStreamParser(file, {
		header(names) {
			headerWidth = names.length;
			detected = detectLayout(names, file);
			report.layout = detected.id;
			report.layoutLabel = detected.layout.label;
			report.ignoredColumns = detected.layout.ignoredColumns;
		},
		rows(batch, firstRow) {
			for (let i = 0; i < batch.length; i++) readRow(batch[i]!, firstRow + i);
		},
		problem({ row, reason }) {
			// papaparse still delivers the row; we note the damaged quoting against it.
			report.warnings.push({ row, column: '(quoting)', value: '', reason: `damaged quoting: ${reason}` });
		},
		progress: options.onProgress
	});

	return {
		parser,
		finish(summary: CsvSummary): IngestResult {
			if (!detected) throw new Error(`${file} has no header row: the file is empty.`);
			report.encoding = summary.encoding;
			report.delimiter = summary.delimiter;
			report.bytes = summary.bytes;
			report.skippedByReason = byReason(skipCounts);
			report.rejectedByReason = byReason(rejectCounts);
			return { report, records, bands };
		}
	};
}

function byReason(counts: Map<string, number>): { reason: string; count: number }[] {
	return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

/**
 * Import a CSV from a stream of byte chunks (a Node ReadStream, a browser `File.stream()`).
 *
 *     const { report, records } = await ingestBytes(createReadStream('pay.csv'), { file: 'pay.csv', catalogs });
 *     report.rowsRead === report.imported + report.rejected + report.skipped  // always
 */
export async function ingestBytes(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	options: IngestOptions
): Promise<IngestResult> {
	const ingest = createIngest(options);
	for await (const chunk of chunks) ingest.parser.push(chunk);
	return ingest.finish(ingest.parser.end());
}

/** Import CSV text already in memory (pasted text, tests). */
export function ingestText(text: string, options: IngestOptions): IngestResult {
	const ingest = createIngest(options);
	ingest.parser.pushText(text);
	return ingest.finish(ingest.parser.end());
}
