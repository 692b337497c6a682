/**
 * The shipped CPI-U factors and exchange rates for code that runs in node (the pages' prerender,
 * tests): read from the JSON files directly, where the browser fetches them with the first dataset.
 */
import cpi from '$data/bundled/us-cpi.json';
import fx from '$data/bundled/exchange-rates.json';
import { useDollarsFactors } from '$lib/state/dollars.ts';

/** Use the shipped factors (idempotent). */
export function useShippedDollarsFactors(): void {
	useDollarsFactors({
		cpi: { latest: cpi.latest, years: cpi.years, months: cpi.months },
		rates: fx.rates as unknown as Record<string, Record<number, number>>
	});
}
