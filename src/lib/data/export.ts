/**
 * The dataset's file formats written out: bands, records and an import's rejected rows as CSV
 * (data/README.md), with every cell made safe for spreadsheets by tables.ts.
 */
import type { Band, PayRecord } from './domain.ts';
import type { ImportReport } from './ingest.ts';
import { BAND_COLUMNS, RECORD_COLUMNS } from './schema.ts';
import { toCsv, toWholeDollars } from './tables.ts';

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
		toWholeDollars(b.p10),
		toWholeDollars(b.p25),
		toWholeDollars(b.p50),
		toWholeDollars(b.p75),
		toWholeDollars(b.p90),
		toWholeDollars(b.baseP50),
		toWholeDollars(b.stockP50),
		toWholeDollars(b.bonusP50),
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
			r.companyLevel,
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
