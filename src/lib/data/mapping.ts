/**
 * The mapping step for a file whose header is not a layout Forkline knows: the user says which
 * of the file's columns gives each records-format field, and which values of the track column
 * mean IC or EM. A mapping is a plain value (it crosses to the ingest worker by structured
 * clone), and this module turns it into an ordinary layout, so a mapped file goes through the
 * same schema, placement and report as a records file.
 *
 * Columns are referred to by position, never by name: header names are the user's text and never
 * become object keys (a column called `__proto__` is just a string here too).
 */
import { HeaderError, SkippedRow, toColumnKey, type CanonicalRow, type Layout } from './layouts.ts';
import { RECORD_COLUMNS, recordRowSchema, type RecordColumn, type RecordRow } from './schema.ts';
import type { Track } from './domain.ts';
import { CsvStreamParser } from './csv.ts';
import { memoize } from './memo.ts';

/** What a value of the track column means: a track, or "not a software-engineering row, skip it". */
export type TrackMeaning = Track | 'skip';

export interface ColumnMapping {
	/** For each records-format field, the position of the file column that gives it (absent: none). */
	columns: Partial<Record<RecordColumn, number>>;
	/**
	 * Values of the track column (as written, trimmed) and what each means. A value not listed is
	 * read as written, so `IC`, `EM` and `Manager` still work and anything else is rejected.
	 */
	trackValues: [value: string, meaning: TrackMeaning][];
}

/** The fields the mapping form offers, in its order, with whether the records format needs them. */
export const MAPPED_FIELDS: readonly { column: RecordColumn; label: string; hint: string }[] = [
	{ column: 'company', label: 'Company', hint: 'required' },
	{ column: 'track', label: 'Track (IC or manager)', hint: 'required' },
	{ column: 'level', label: 'Level (the company’s own label)', hint: 'level or common level' },
	{ column: 'std_level', label: 'Common level (3–9)', hint: 'level or common level' },
	{ column: 'total', label: 'Total pay a year', hint: 'total, or base + stock + bonus' },
	{ column: 'base', label: 'Base salary', hint: 'optional' },
	{ column: 'stock', label: 'Stock a year', hint: 'optional' },
	{ column: 'bonus', label: 'Bonus', hint: 'optional' },
	{ column: 'company_type', label: 'Company type', hint: 'optional' },
	{ column: 'location', label: 'Location', hint: 'optional' },
	{ column: 'years_experience', label: 'Years of experience', hint: 'optional' },
	{ column: 'currency', label: 'Currency', hint: 'optional (USD when absent)' },
	{ column: 'year', label: 'Year', hint: 'optional' }
];

/**
 * Header words that suggest a field, matched against the folded header name (`toColumnKey`).
 * Exact names first, then words the name contains; the first field to claim a column keeps it.
 */
const GUESSES: readonly [RecordColumn, RegExp][] = [
	['company', /^(company|company_name|employer|organi[sz]ation|org|firm)$/],
	['track', /^(track|role_type|ic_or_em|ic\/em|path|ladder)$/],
	['std_level', /^(std_level|common_level|standard_level)$/],
	['level', /^(level|grade|seniority|job_level|band|rank)$/],
	[
		'total',
		/^(total|total_comp|total_compensation|tc|total_pay|salary|pay|compensation|annual_pay|yearly_pay)$/
	],
	['base', /^(base|base_salary|base_pay)$/],
	['stock', /^(stock|equity|rsu|rsus|stock_grant)$/],
	['bonus', /^(bonus|annual_bonus)$/],
	['company_type', /^(company_type|type|sector|industry_type)$/],
	['location', /^(location|city|country|office|region)$/],
	['years_experience', /^(years_experience|yoe|years|yrs|experience|years_of_experience)$/],
	['currency', /^(currency|ccy)$/],
	['year', /^(year|survey_year|report_year)$/],
	// Looser words, tried only for fields still unmapped.
	['company', /employer|company/],
	['track', /role|title|position|job/],
	['total', /total|comp|salary|pay/],
	['level', /level|seniority|grade/],
	['years_experience', /experience|yoe/],
	['location', /location|city|country/]
];

/** Track words a value of the track column is guessed from. */
const IC_WORDS = /\b(ic|individual|engineer|developer|programmer|swe|sde|architect)\b/i;
const EM_WORDS = /\b(em|manager|management|people lead|head of|director|vp)\b/i;

/**
 * A first guess from the header's names, for the user to check.
 *
 *     guessMapping(['Employer', 'Role', 'Grade', 'Salary']).columns
 *       → { company: 0, track: 1, level: 2, total: 3 }
 */
export function guessMapping(
	header: readonly string[],
	rows: readonly string[][] = []
): ColumnMapping {
	const keys = header.map(toColumnKey);
	const columns: Partial<Record<RecordColumn, number>> = {};
	const taken = new Set<number>();
	for (const [column, pattern] of GUESSES) {
		if (columns[column] !== undefined) continue;
		const i = keys.findIndex((key, j) => !taken.has(j) && key !== '' && pattern.test(key));
		if (i === -1) continue;
		columns[column] = i;
		taken.add(i);
	}
	const mapping: ColumnMapping = { columns, trackValues: [] };
	return { ...mapping, trackValues: guessTrackValues(distinctValues(rows, columns.track)) };
}

/**
 * The distinct trimmed values of one column in the sample rows, most frequent first (at most `limit`).
 *
 *     distinctValues([['a'], ['b'], ['a']], 0) → ['a', 'b']
 */
export function distinctValues(
	rows: readonly string[][],
	column: number | undefined,
	limit = 50
): string[] {
	if (column === undefined) return [];
	const counts = new Map<string, number>();
	for (const row of rows) {
		const value = (row[column] ?? '').trim();
		if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([value]) => value);
}

/**
 * What each track value probably means: manager words → EM, engineer words → IC, anything else
 * skipped (the user can change each one).
 *
 *     guessTrackValues(['Software Engineer', 'Engineering Manager', 'Designer'])
 *       → [['Software Engineer', 'ic'], ['Engineering Manager', 'em'], ['Designer', 'skip']]
 */
export function guessTrackValues(values: readonly string[]): [string, TrackMeaning][] {
	return values.map((value) => [
		value,
		EM_WORDS.test(value) ? 'em' : IC_WORDS.test(value) ? 'ic' : 'skip'
	]);
}

/**
 * What the mapping still lacks for the records format, as sentences for the form; empty when it
 * can be imported.
 *
 *     missingFields({ columns: { company: 0 }, trackValues: [] })
 *       → ['Track', 'Level or common level', 'Total pay (or base, stock and bonus)']
 */
export function missingFields(mapping: ColumnMapping): string[] {
	const has = (c: RecordColumn) => mapping.columns[c] !== undefined;
	const missing: string[] = [];
	if (!has('company')) missing.push('Company');
	if (!has('track')) missing.push('Track');
	if (!has('level') && !has('std_level')) missing.push('Level or common level');
	if (!has('total') && !(has('base') && has('stock') && has('bonus')))
		missing.push('Total pay (or base, stock and bonus)');
	return missing;
}

/**
 * The layout a mapping makes: each row's cells → a canonical records row, the track value
 * translated as the user said. Throws a `HeaderError` when the mapping names a column the file
 * does not have (a mapping made for another file) or lacks a required field.
 */
export function createMappedLayout(
	header: readonly string[],
	mapping: ColumnMapping
): Layout<RecordColumn> {
	const missing = missingFields(mapping);
	if (missing.length > 0)
		throw new HeaderError(`The column mapping has no column for: ${missing.join(', ')}.`);
	const present: [RecordColumn, number][] = [];
	for (const column of RECORD_COLUMNS) {
		const i = mapping.columns[column];
		if (i === undefined) continue;
		if (!Number.isInteger(i) || i < 0 || i >= header.length) {
			throw new HeaderError(
				`The column mapping reads ${column} from column ${i + 1}, but the file has ${header.length} columns.`
			);
		}
		present.push([column, i]);
	}
	const used = new Set(present.map(([, i]) => i));
	const meanings = new Map(mapping.trackValues.map(([value, meaning]) => [value.trim(), meaning]));
	const trackAt = mapping.columns.track!;
	const skipTrack = memoize(
		(trackValue: string) =>
			new SkippedRow(`track "${trackValue.slice(0, 80)}" was mapped to "not IC or EM"`)
	);
	const names = present
		.map(([column, i]) => `${column} ← ${header[i]?.trim() || `column ${i + 1}`}`)
		.join(', ');
	return {
		id: 'records',
		label: `Your column mapping (${names})`,
		ignoredColumns: header.flatMap((name, i) =>
			used.has(i) ? [] : [name.trim() === '' ? `(blank header, column ${i + 1})` : name]
		),
		read(cells) {
			const trackValue = (cells[trackAt] ?? '').trim();
			const meaning = meanings.get(trackValue);
			if (meaning === 'skip') {
				return skipTrack(trackValue);
			}
			const row = emptyRecordRow();
			for (const [column, i] of present) row[column] = cells[i] ?? '';
			if (meaning) row.track = meaning.toUpperCase();
			return row;
		}
	};
}

function emptyRecordRow(): CanonicalRow<RecordColumn> {
	const row = {} as CanonicalRow<RecordColumn>;
	for (const c of RECORD_COLUMNS) row[c] = '';
	return row;
}

/** One cell of the preview: the value as read, or why the import would refuse it. */
export type PreviewCell = { ok: true; text: string } | { ok: false; text: string; reason: string };

/**
 * One previewed row: skipped or rejected as a whole (with the reason, as the import report would
 * count it), or a cell per mapped field.
 */
export type PreviewRow =
	| { row: number; kind: 'skip'; reason: string }
	| { row: number; kind: 'reject'; reason: string }
	| { row: number; kind: 'row'; cells: Partial<Record<RecordColumn, PreviewCell>> };

/**
 * The first rows as the import would read them, through the same layout and schema: each mapped
 * field's typed value, or the rejection reason for the cell the schema refuses.
 *
 *     previewMapping(['Employer','Role','Grade','Salary'], [['Acme','IC','L4','abc']], mapping)
 *       → [{ row: 2, kind: 'row', cells: { company: { ok: true, text: 'Acme' }, …,
 *            total: { ok: false, text: 'abc', reason: '…' } } }]
 */
export function previewMapping(
	header: readonly string[],
	rows: readonly string[][],
	mapping: ColumnMapping
): PreviewRow[] {
	const layout = createMappedLayout(header, mapping);
	const mapped = RECORD_COLUMNS.filter((c) => mapping.columns[c] !== undefined);
	return rows.map((cells, index): PreviewRow => {
		const row = index + 2;
		if (cells.length !== header.length) {
			return {
				row,
				kind: 'reject',
				reason: `row has ${cells.length} cells but the header has ${header.length}`
			};
		}
		const reading = layout.read(cells);
		if (reading instanceof SkippedRow) return { row, kind: 'skip', reason: reading.reason };
		const parsed = recordRowSchema.safeParse(reading);
		const reasons = new Map<string, string>();
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const column = String(issue.path[0] ?? '');
				if (!reasons.has(column)) reasons.set(column, issue.message);
			}
		}
		const out: Partial<Record<RecordColumn, PreviewCell>> = {};
		for (const column of mapped) {
			const raw = reading[column];
			const reason = reasons.get(column);
			out[column] = reason
				? { ok: false, text: raw, reason }
				: { ok: true, text: parsed.success ? formatTyped(parsed.data, column) : raw.trim() };
		}
		return { row, kind: 'row', cells: out };
	});
}

/** A typed value as the preview shows it: tracks as IC/EM, numbers plainly, missing as "—". */
function formatTyped(row: RecordRow, column: RecordColumn): string {
	const value = row[column];
	if (value === null || value === '') return '—';
	if (column === 'track') return String(value).toUpperCase();
	return String(value);
}

/**
 * The header and first rows of a CSV's opening text, for the mapping form. `complete` says the
 * text is the whole file; otherwise a record cut off at the end of the text is left out.
 *
 *     sampleCsvText('a,b\n1,2\n3,', 'x.csv', false, 10) → { header: ['a', 'b'], rows: [['1', '2']] }
 */
export function sampleCsvText(
	text: string,
	file: string,
	complete: boolean,
	limit: number
): { header: string[]; rows: string[][] } {
	let header: string[] = [];
	const rows: string[][] = [];
	const parser = new CsvStreamParser(file, {
		header: (names) => (header = names),
		rows: (batch) => {
			for (const row of batch) if (rows.length < limit) rows.push(row);
		}
	});
	parser.pushText(text);
	if (complete) parser.end();
	return { header, rows };
}
