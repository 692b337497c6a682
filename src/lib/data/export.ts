/**
 * Writing CSV that is safe to open in a spreadsheet.
 *
 * Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is run as a formula by Excel and Sheets (OWASP, "CSV Injection"). Such text cells get a leading
 * `'`, which spreadsheets show as text. Numbers are written as numbers and never prefixed, so a
 * negative figure stays a number.
 */
import type { Band } from './domain.ts';
import { BAND_COLUMNS } from './schema.ts';

const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell: numbers as they are, text neutralised and quoted when needed.
 *
 *     toCsvCell(-5) → '-5'     toCsvCell('-5') → "'-5"     toCsvCell('=SUM(A1)') → "'=SUM(A1)"
 *     toCsvCell('a,b') → '"a,b"'     toCsvCell(null) → ''
 */
export function toCsvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
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
