/**
 * Federal Reserve H.10 yearly average exchange rates (shared/data/exchange-rates/annual.csv,
 * public domain). SOURCE.md's trap: **every value is units of the currency per US dollar, the
 * euro included** (2020: 0.8764 euros a dollar), so euros become dollars by dividing.
 */
import { parseCsvText } from '../csv.ts';
import { HeaderError } from '../layouts.ts';

/** Currency (as the file names it: 'Euro', 'Japan', …) → year → units per US dollar. */
export type ExchangeRates = Record<string, Record<number, number>>;

/**
 * Read annual.csv (`Date,Country,Exchange rate`) from `fromYear` on.
 *
 *     readExchangeRates(text, 2015).Euro[2020] → 0.8764
 */
export function readExchangeRates(text: string, fromYear: number): ExchangeRates {
	const { header, rows } = parseCsvText(text, 'annual.csv');
	if (header.map((h) => h.trim()).join(',') !== 'Date,Country,Exchange rate')
		throw new HeaderError('annual.csv: the header is not Date,Country,Exchange rate');
	const rates: ExchangeRates = {};
	for (const [i, row] of rows.entries()) {
		const year = Number(/^(\d{4})-01-01$/.exec(row[0]?.trim() ?? '')?.[1]);
		const rate = Number(row[2]);
		if (!Number.isInteger(year) || !Number.isFinite(rate) || rate <= 0)
			throw new Error(
				`annual.csv, row ${i + 2}: "${row.join(',').slice(0, 80)}" is not a year, a currency and a rate`
			);
		if (year < fromYear) continue;
		(rates[row[1]!.trim()] ??= {})[year] = rate;
	}
	return rates;
}
