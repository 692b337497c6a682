/**
 * The IT Salary Survey EU 2020 as a source. Its rows are read by the upload layout
 * (src/lib/data/layouts.ts, documented in data/README.md "Also recognised"): track from
 * Position, level from Seniority level (then the usual fallback), full-time employees only,
 * pay = gross yearly base + bonus and stocks, in EUR.
 *
 * As a source, amounts are turned into US dollars with the Federal Reserve's yearly average of
 * the survey year (2020: 0.8764 euros a dollar, shared/data/exchange-rates), so a chart's axis
 * is in dollars like the others; the meta says so. The survey ran from late November 2020 into
 * January 2021 and asks for the 2020 salary, so every report is filed under 2020. The company
 * size band the upload shows as the company is dropped (company ''), its type kept.
 */
import type { PayRecord } from '../domain.ts';

/** The survey year, whose exchange rate converts the euros. */
export const EU2020_YEAR = 2020;

/**
 * An upload-layout record (EUR) → this source's record (USD at `eurPerUsd`).
 *
 *     toEu2020Record({ total: 60000, base: 55000, currency: 'EUR', … }, 0.8764) → { total: 68462, base: 62757, currency: 'USD', … }
 */
export function toEu2020Record(record: PayRecord, eurPerUsd: number): PayRecord {
	const usd = (eur: number | null) => (eur === null ? null : Math.round(eur / eurPerUsd));
	return {
		...record,
		company: '',
		total: usd(record.total)!,
		base: usd(record.base),
		stock: usd(record.stock),
		bonus: usd(record.bonus),
		currency: 'USD',
		year: EU2020_YEAR
	};
}
