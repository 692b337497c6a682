/**
 * The file layouts Forkline recognises from a header, and how each turns a row of strings into
 * the canonical records-format row that `recordRowSchema` validates.
 *
 * A layout never builds objects keyed by the file's own header names: it reads cells by
 * position, so odd names (`__proto__`, `constructor`) are just strings.
 */
import { BAND_COLUMNS, RECORD_COLUMNS, type BandColumn, type RecordColumn } from './schema.ts';

export type LayoutId = 'records' | 'bands' | 'levelsfyi';

/**
 * A canonical row: one string per column. Its keys are always our own column names, never the
 * file's, so a plain object is safe; it is built from a fixed template so every row has the same
 * shape (null-prototype objects fall into slow dictionary mode, which costs a third of the import).
 */
export type CanonicalRow<C extends string> = Record<C, string>;

/** What a layout makes of one data row. */
export type RowReading<C extends string> =
	| { kind: 'row'; row: CanonicalRow<C> }
	| { kind: 'skip'; reason: string };

export interface Layout<C extends string> {
	id: LayoutId;
	/** Shown in the import report, e.g. "levels.fyi salary export". */
	label: string;
	/** Header names the layout did not use; the report lists them so nothing vanishes unseen. */
	ignoredColumns: string[];
	read(cells: string[]): RowReading<C>;
}

/**
 * Normalise a header name for matching: strip BOM, NFC, trim, lower-case, spaces → `_`.
 * The file's own spelling is what the report shows.
 *
 *     toColumnKey(' Std Level ') → 'std_level'
 */
export function toColumnKey(name: string): string {
	return name.replace(/^\ufeff/, '').normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_');
}

/** The columns of the levels.fyi export (shared/data/levelsfyi-stem-salaries) we read. */
const LEVELSFYI_COLUMNS = [
	'timestamp',
	'company',
	'level',
	'title',
	'totalyearlycompensation',
	'location',
	'yearsofexperience',
	'basesalary',
	'stockgrantvalue',
	'bonus'
] as const;

/** levels.fyi titles that are our two tracks; every other title is skipped and counted. */
const LEVELSFYI_TRACKS: Record<string, 'IC' | 'EM'> = {
	'Software Engineer': 'IC',
	'Software Engineering Manager': 'EM'
};

export class HeaderError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'HeaderError';
	}
}

/** Map each wanted column to its position, or throw naming duplicates. */
function indexColumns(header: string[], file: string): Map<string, number> {
	const positions = new Map<string, number>();
	const duplicates: string[] = [];
	header.forEach((name, i) => {
		const key = toColumnKey(name);
		if (key === '') return;
		if (positions.has(key)) duplicates.push(name.trim());
		else positions.set(key, i);
	});
	if (duplicates.length > 0) {
		throw new HeaderError(
			`${file}: the header names ${duplicates.map((d) => `"${d}"`).join(', ')} more than once; rename the duplicate columns so each name is used once.`
		);
	}
	return positions;
}

function emptyRow<C extends string>(columns: readonly C[]): CanonicalRow<C> {
	const row = {} as CanonicalRow<C>;
	for (const c of columns) row[c] = '';
	return row;
}

function unusedColumns(header: string[], used: Iterable<string>): string[] {
	const usedSet = new Set(used);
	return header.filter((name) => !usedSet.has(toColumnKey(name)) && name.trim() !== '');
}

/** A layout that reads its own canonical columns by name, in any order. */
function canonicalLayout<C extends string>(
	id: LayoutId,
	label: string,
	columns: readonly C[],
	header: string[],
	positions: Map<string, number>
): Layout<C> {
	const present = columns.filter((c) => positions.has(c)).map((c) => [c, positions.get(c)!] as const);
	return {
		id,
		label,
		ignoredColumns: unusedColumns(header, columns),
		read(cells) {
			const row = emptyRow(columns);
			for (const [column, i] of present) row[column] = cells[i] ?? '';
			return { kind: 'row', row };
		}
	};
}

function levelsFyiLayout(header: string[], positions: Map<string, number>): Layout<RecordColumn> {
	const at = Object.fromEntries(LEVELSFYI_COLUMNS.map((c) => [c, positions.get(c)!])) as Record<
		(typeof LEVELSFYI_COLUMNS)[number],
		number
	>;
	const na = (value: string | undefined) => (value === undefined || value === 'NA' ? '' : value);
	return {
		id: 'levelsfyi',
		label: 'levels.fyi salary export',
		ignoredColumns: unusedColumns(header, LEVELSFYI_COLUMNS),
		read(cells) {
			const title = cells[at.title] ?? '';
			const track = LEVELSFYI_TRACKS[title];
			if (!track) return skipTitle(title);
			// levels.fyi writes base, stock and bonus as 0 when the submitter gave no breakdown
			// (SOURCE.md: 2,304 rows). That is "unknown", not zero pay.
			const base = na(cells[at.basesalary]);
			const stock = na(cells[at.stockgrantvalue]);
			const bonus = na(cells[at.bonus]);
			const noBreakdown = isZero(base) && isZero(stock) && isZero(bonus);
			// Timestamps are M/D/YYYY H:MM:SS; only the year is kept.
			const yearMatch = YEAR_IN_TIMESTAMP.exec(cells[at.timestamp] ?? '');
			// One object literal in column order, so every row has the same shape.
			const row: CanonicalRow<RecordColumn> = {
				company: cells[at.company] ?? '',
				company_type: '',
				track,
				level: na(cells[at.level]),
				std_level: '',
				location: na(cells[at.location]),
				years_experience: na(cells[at.yearsofexperience]),
				base: noBreakdown ? '' : base,
				stock: noBreakdown ? '' : stock,
				bonus: noBreakdown ? '' : bonus,
				total: na(cells[at.totalyearlycompensation]),
				currency: 'USD',
				year: yearMatch ? yearMatch[1]! : ''
			};
			return { kind: 'row', row };
		}
	};
}

const YEAR_IN_TIMESTAMP = /\/(\d{4})\b/;

/** One skip reading per title, made once: 17,842 rows of the levels.fyi file are skipped. */
const skipsByTitle = new Map<string, RowReading<RecordColumn>>();
function skipTitle(title: string): RowReading<RecordColumn> {
	let reading = skipsByTitle.get(title);
	if (!reading) {
		reading = { kind: 'skip', reason: `title "${title}" is not a software-engineering track` };
		skipsByTitle.set(title.slice(0, 200), reading);
	}
	return reading;
}

function isZero(value: string): boolean {
	return value === '0' || value === '0.0';
}

export type DetectedLayout =
	| { id: 'records' | 'levelsfyi'; layout: Layout<RecordColumn> }
	| { id: 'bands'; layout: Layout<BandColumn> };

/**
 * Recognise the layout from the header.
 *
 *     detectLayout(['timestamp','company','level','title',…]) → levels.fyi
 *     detectLayout(['company','track','level','total'])        → records
 *     detectLayout(['company_type','track','std_level','n','p10',…]) → bands
 */
export function detectLayout(header: string[], file: string): DetectedLayout {
	const positions = indexColumns(header, file);
	const has = (c: string) => positions.has(c);
	if (LEVELSFYI_COLUMNS.every(has)) {
		return { id: 'levelsfyi', layout: levelsFyiLayout(header, positions) };
	}
	if (['track', 'std_level', 'n', 'p50'].every(has)) {
		const missing = BAND_COLUMNS.filter(
			(c) => !has(c) && !['company', 'base_p50', 'stock_p50', 'bonus_p50', 'currency', 'source'].includes(c)
		);
		if (missing.length > 0) {
			throw new HeaderError(`${file} looks like a bands file but has no ${missing.join(', ')} column.`);
		}
		return { id: 'bands', layout: canonicalLayout('bands', 'Forkline bands', BAND_COLUMNS, header, positions) };
	}
	if (has('company') && has('track')) {
		const missing: string[] = [];
		if (!has('level') && !has('std_level')) missing.push('level or std_level');
		if (!has('total') && !(has('base') && has('stock') && has('bonus'))) missing.push('total (or base, stock and bonus)');
		if (missing.length > 0) {
			throw new HeaderError(`${file} looks like a records file but has no ${missing.join(' and no ')} column.`);
		}
		return {
			id: 'records',
			layout: canonicalLayout('records', 'Forkline records', RECORD_COLUMNS, header, positions)
		};
	}
	const shown = header.slice(0, 8).map((h) => `"${h.trim()}"`).join(', ');
	throw new HeaderError(
		`${file}: the header (${shown}${header.length > 8 ? ', …' : ''}) is not a layout Forkline knows. A records file needs company, track, level or std_level, and total; see data/README.md.`
	);
}
