/**
 * Writing CSV that is safe to open in a spreadsheet.
 *
 * Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is run as a formula by Excel and Sheets (OWASP, "CSV Injection"). Such text cells get a leading
 * `'`, which spreadsheets show as text. A multi-line cell is neutralised too when any of its lines
 * starts so: a tool that splits the file on line breaks without honouring quotes would otherwise
 * hand that line to a spreadsheet as a row of its own (papaparse's `escapeFormulae` misses both
 * this and a trigger followed by a line break). Numbers are written as numbers and never
 * prefixed, so a negative figure stays a number.
 */
import type { Band, PayRecord } from './domain.ts';
import type { ImportReport } from './ingest.ts';
import { BAND_COLUMNS, RECORD_COLUMNS } from './schema.ts';

const FORMULA_START = /^[=+\-@\t\r\n]|[\r\n][=+\-@\t]/;

/**
 * Text as an export writes it: with a leading `'` when a spreadsheet could run it as a formula.
 *
 *     toSafeText('=SUM(A1)') → "'=SUM(A1)"     toSafeText('-5') → "'-5"     toSafeText('Acme') → 'Acme'
 */
export function toSafeText(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell: numbers as they are, text neutralised and quoted when needed.
 *
 *     toCsvCell(-5) → '-5'     toCsvCell('-5') → "'-5"     toCsvCell('=SUM(A1)') → "'=SUM(A1)"
 *     toCsvCell('a,b') → '"a,b"'     toCsvCell(null) → ''
 */
export function toCsvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = toSafeText(value);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells → CSV text with a header line, CRLF-free, ending in a newline. */
export function toCsv(header: readonly string[], rows: Iterable<readonly (string | number | null)[]>): string {
	const lines = [header.map(toCsvCell).join(',')];
	for (const row of rows) lines.push(row.map(toCsvCell).join(','));
	return lines.join('\n') + '\n';
}

/** Round money to whole dollars for export (quantiles interpolate to fractions). */
const dollars = (v: number | null) => (v === null ? null : Math.round(v));

/**
 * Bands → the bands CSV format (data/README.md), header first.
 *
 *     toBandsCsv([band]) → 'company_type,company,track,std_level,n,p10,…\nall,,IC,5,575,…\n'
 */
export function toBandsCsv(bands: Iterable<Band>): string {
	const rows = [...bands].map((b) => [
		b.companyType,
		b.company,
		b.track.toUpperCase(),
		b.stdLevel,
		b.n,
		dollars(b.p10),
		dollars(b.p25),
		dollars(b.p50),
		dollars(b.p75),
		dollars(b.p90),
		dollars(b.baseP50),
		dollars(b.stockP50),
		dollars(b.bonusP50),
		b.currency,
		b.source
	]);
	return toCsv(BAND_COLUMNS, rows);
}

/**
 * Records → the records CSV format (data/README.md), header first; ingesting it gives the same
 * records back (text cells that look like formulas come back with the documented `'` prefix).
 *
 *     toRecordsCsv([record]) → 'company,company_type,track,level,std_level,…\nAcme,big-tech,IC,L5,5,…\n'
 */
export function toRecordsCsv(records: readonly PayRecord[]): string {
	return toCsv(
		RECORD_COLUMNS,
		records.map((r) => [
			r.company,
			r.companyType,
			r.track.toUpperCase(),
			r.level,
			r.stdLevel,
			r.location,
			r.yearsExperience,
			r.base,
			r.stock,
			r.bonus,
			r.total,
			r.currency,
			r.year
		])
	);
}

/**
 * An import report's rejected rows → CSV for the user to fix their file: row number, column, the
 * value as found and the reason. Values are text and neutralised like every other cell.
 *
 *     toRejectsCsv(report) → 'row,column,value,reason\n9,total,\'-5,pay cannot be negative\n'
 */
export function toRejectsCsv(report: Pick<ImportReport, 'rejects'>): string {
	return toCsv(
		['row', 'column', 'value', 'reason'],
		report.rejects.map((r) => [r.row, r.column, r.value, r.reason])
	);
}
