/**
 * One currency an upload: the house rule that amounts in different currencies are never added,
 * averaged or compared. Forkline converts no currency (it has no rate for an upload's month), so
 * a file that mixes currencies keeps the records of one of them and sets the others aside,
 * counted as skipped under a reason that names their currency, for the user to upload as their
 * own file. The import (ingest.ts), the upload page and the CLI all decide with these functions.
 */
import { sourceInfo, type SourceId } from './sources/registry.ts';

/** Imported records of one currency. */
export interface CurrencyCount {
	currency: string;
	count: number;
}

/**
 * The currency an upload keeps: the one the user chose when the file has it, else the one most
 * records use; on a tie, the one met first in the file. `counts` are in the order each currency
 * first occurs in the file. Null when nothing was imported.
 *
 *     chooseCurrency([{ currency: 'USD', count: 5 }, { currency: 'EUR', count: 5 }]) → 'USD'
 *     chooseCurrency([{ currency: 'USD', count: 5 }, { currency: 'EUR', count: 6 }]) → 'EUR'
 *     chooseCurrency([{ currency: 'USD', count: 5 }, { currency: 'EUR', count: 6 }], 'USD') → 'USD'
 *     chooseCurrency([{ currency: 'USD', count: 5 }], 'GBP') → 'USD' (the file has no GBP)
 */
export function chooseCurrency(counts: readonly CurrencyCount[], chosen?: string): string | null {
	if (chosen !== undefined && counts.some((c) => c.currency === chosen && c.count > 0))
		return chosen;
	let kept: CurrencyCount | null = null;
	for (const c of counts) if (c.count > 0 && (kept === null || c.count > kept.count)) kept = c;
	return kept?.currency ?? null;
}

/**
 * The skip reason of every record set aside in `currency`, the same for each of its rows so the
 * report counts them together.
 *
 *     setAsideReason('EUR', 'USD') → 'in EUR, set aside: Forkline compares pay within one currency and this upload keeps USD; upload them as their own file'
 */
export function setAsideReason(currency: string, kept: string): string {
	return (
		`in ${currency}, set aside: Forkline compares pay within one currency and this upload ` +
		`keeps ${kept}; upload them as their own file`
	);
}

/**
 * The report's sentence on one currency set aside, with its count.
 *
 *     describeSetAside({ currency: 'EUR', count: 12 }, 'USD')
 *       → '12 rows in EUR set aside: Forkline compares pay within one currency, and this upload keeps USD (…); upload them as their own file.'
 */
export function describeSetAside(setAside: CurrencyCount, kept: string, keptCount: number): string {
	const rows = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`;
	return (
		`${rows(setAside.count)} in ${setAside.currency} set aside: Forkline compares pay within ` +
		`one currency, and this upload keeps ${kept} (${rows(keptCount)}); upload them as their own file.`
	);
}

/** What toDataCurrency reads of a dataset: its bundled source, or an upload's report. */
export interface CurrencyHolder {
	sourceId?: SourceId;
	report?: { currency?: string | null; currencies?: readonly CurrencyCount[] };
}

/**
 * The currency of a dataset's amounts, for every label of its money: a bundled source's (all
 * US dollars), an upload's kept currency. An upload kept before the kept currency was recorded
 * has its most frequent one; a report with no currency at all is the records format's default.
 *
 *     toDataCurrency({ sourceId: 'dou' }) → 'USD'
 *     toDataCurrency({ report: { currency: 'EUR', currencies: [...] } }) → 'EUR'
 */
export function toDataCurrency(data: CurrencyHolder | undefined): string {
	if (data?.sourceId) return sourceInfo(data.sourceId).currency;
	return data?.report?.currency ?? data?.report?.currencies?.[0]?.currency ?? DEFAULT_CURRENCY;
}

/** The currency of a records file without a `currency` column (schema.ts reads it so). */
export const DEFAULT_CURRENCY = 'USD';
