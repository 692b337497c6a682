/**
 * Which dollars the app shows, as it lives in the URL (`?dollars=reported`): today's dollars (the
 * default, left out of the URL) or the dollars each report was made in. Pure functions, so the
 * explorer's filters, /me, /brief and /claims read and write it the same way, beside the shipped
 * CPI-U factors and exchange rates every page adjusts with.
 *
 * Verdicts never follow this switch: claims are evaluated on the dollars as reported (their
 * verdicts rest on ratios within one source); only the figures drawn and printed do.
 */
// Only the latest month is in the page's JavaScript (every label names it); the factors and
// exchange rates are fetched with the first dataset (loadDollarsFactors), which needs them.
import { latest } from '$data/bundled/us-cpi.json';
import cpiUrl from '$data/bundled/us-cpi.json?url';
import ratesUrl from '$data/bundled/exchange-rates.json?url';
import type { PayCell } from '$lib/data/cells';
import type { Dataset } from '$lib/data/dataset';
import {
	adjustCellsOnce,
	describeDollars,
	formatCpiMonth,
	type CpiFactors,
	type DollarsBasis,
	type DollarsMode
} from '$lib/data/sources/dollars';
import type { ExchangeRates } from '$lib/data/sources/exchangeRates';
import { sourceInfo, type SourceId } from '$lib/data/sources/registry';
import { toFigureStep } from '$lib/format';

export type { DollarsBasis, DollarsMode };

/** The shipped CPI-U series' factors to its latest month, and the Fed's yearly exchange rates. */
export interface DollarsFactors {
	cpi: CpiFactors;
	rates: ExchangeRates;
}

/** The latest month of the shipped CPI-U series (data/bundled/us-cpi.json): `2026-05`. */
export const CPI_LATEST_MONTH: string = latest.month;

let factors: DollarsFactors | undefined;
let loading: Promise<void> | undefined;

/** Use these factors from now on (the server and node tests read the JSON files themselves). */
export function useDollarsFactors(next: DollarsFactors): void {
	factors = next;
}

/**
 * Fetch the factors once (us-cpi.json and exchange-rates.json, about 10 KB before gzip); the
 * dataset loader awaits this beside the cells, so a dataset never arrives without them.
 */
export function loadDollarsFactors(fetcher: typeof fetch = fetch): Promise<void> {
	const read = (url: string, name: string) =>
		fetcher(url).then((response) => {
			if (!response.ok) throw new Error(`${name} answered ${response.status}`);
			return response.json() as Promise<Record<string, unknown>>;
		});
	loading ??= Promise.all([read(cpiUrl, 'us-cpi.json'), read(ratesUrl, 'exchange-rates.json')])
		.then(([cpi, fx]) => {
			if (
				typeof cpi.latest !== 'object' ||
				!Array.isArray(cpi.years) ||
				typeof fx.rates !== 'object'
			)
				throw new Error('us-cpi.json or exchange-rates.json is not in the shipped format');
			useDollarsFactors({
				cpi: { latest: cpi.latest, years: cpi.years, months: cpi.months } as CpiFactors,
				rates: fx.rates as ExchangeRates
			});
		})
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}

/** Absent `?dollars=` means today's dollars. */
export const DEFAULT_DOLLARS: DollarsMode = 'today';

/** The two choices the switch offers, in its order. */
export const DOLLARS_CHOICES: readonly { id: DollarsMode; label: string }[] = [
	{ id: 'today', label: 'Today’s dollars' },
	{ id: 'reported', label: 'As reported' }
];

/**
 * URL search params → the dollars shown; anything but `reported` (absent, empty, a typo, an old
 * link) is today's dollars.
 *
 *     parseDollars(new URLSearchParams('dollars=reported')) → 'reported'
 *     parseDollars(new URLSearchParams('dollars=yen')) → 'today'
 */
export function parseDollars(params: URLSearchParams): DollarsMode {
	return params.get('dollars')?.trim() === 'reported' ? 'reported' : DEFAULT_DOLLARS;
}

/**
 * A page's search with the dollars set, every other parameter kept; the default is left out.
 *
 *     withDollars('?view=gap', 'reported') → '?view=gap&dollars=reported'
 *     withDollars('?dollars=reported', 'today') → ''
 */
export function withDollars(search: string, mode: DollarsMode): string {
	const params = new URLSearchParams(search);
	if (mode === DEFAULT_DOLLARS) params.delete('dollars');
	else params.set('dollars', mode);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** What the shown cells are and whose they are: a bundled source's id, or none for an upload. */
export interface ShownCells {
	cells: readonly PayCell[];
	sourceId?: SourceId;
	firstYear: number | null;
	lastYear: number | null;
}

/**
 * The cells to draw in the chosen dollars, and the words saying which. A bundled source is
 * adjusted report year by report year (by survey month where the source names it; computed once
 * per source); an upload is shown as uploaded, in whatever currency and years its file has.
 * Adjusted figures are printed to the step of the source's bin width (`dollars.step`, see
 * toFigureStep: $1,000 for $5,000 bins); figures as reported or uploaded keep the dollar.
 *
 *     toCellsInDollars({ cells, sourceId: 'so2024', firstYear: 2024, lastYear: 2024 }, 'today')
 *       → { cells: [...×1.0683...], dollars: { label: 'in May 2026 dollars; reported 2024', … } }
 */
export function toCellsInDollars(
	shown: ShownCells,
	mode: DollarsMode
): { cells: readonly PayCell[]; dollars: DollarsBasis } {
	if (!shown.sourceId)
		return {
			cells: shown.cells,
			// Whatever the switch says, an upload's amounts are as the file gives them.
			dollars: {
				mode: 'reported',
				label: 'as uploaded, not adjusted for inflation',
				note: 'Your upload is shown in its own amounts and currency: Forkline does not know their month, so it adjusts nothing.'
			}
		};
	const facts = sourceInfo(shown.sourceId).dollars ?? {};
	const years = { firstYear: shown.firstYear ?? 0, lastYear: shown.lastYear ?? 0 };
	const from = facts.convertedFrom;
	const perDollar = from ? factors?.rates[from.ratesKey]?.[from.year] : undefined;
	const describe = (as: DollarsMode, adjusted?: Parameters<typeof describeDollars>[4]) =>
		describeDollars(as, CPI_LATEST_MONTH, years, facts, { perDollar, ...adjusted });
	// Before any cells arrive there is nothing to adjust: the words alone.
	if (mode === 'reported' || shown.cells.length === 0)
		return { cells: shown.cells, dollars: describe(mode) };
	if (!factors) {
		// The factors load with the dataset, so this is only reached if they could not be read:
		// the amounts are then shown as reported, and say so.
		const dollars = describe('reported');
		return {
			cells: shown.cells,
			dollars: { ...dollars, note: `${dollars.note} The price index could not be loaded.`.trim() }
		};
	}
	const adjusted = adjustCellsOnce(shown.cells, factors.cpi, facts);
	return {
		cells: adjusted.cells,
		dollars: {
			...describe(mode, { adjusted }),
			step: toFigureStep(sourceInfo(shown.sourceId).binWidth)
		}
	};
}

// One shown dataset per loaded dataset and setting, so a page's $derived chain sees the same
// object on every read and recomputes only when the dataset or the setting changes.
const todayDatasets = new WeakMap<Dataset, { dataset: Dataset; dollars: DollarsBasis }>();

/**
 * A dataset with its cells in the chosen dollars, for the pages that take a whole dataset (/me,
 * /brief): the same cells and words as the explorer's (toCellsInDollars).
 *
 *     toDatasetInDollars(dataset, 'reported') → { dataset, dollars: { label: 'in dollars as reported (2017–2021)', … } }
 */
export function toDatasetInDollars(
	dataset: Dataset,
	mode: DollarsMode
): { dataset: Dataset; dollars: DollarsBasis } {
	const shown = () => {
		const { cells, dollars } = toCellsInDollars(
			{
				cells: dataset.cells,
				sourceId: dataset.sourceId,
				firstYear: dataset.source.firstYear,
				lastYear: dataset.source.lastYear
			},
			mode
		);
		return {
			dataset: cells === dataset.cells ? dataset : { ...dataset, cells: [...cells] },
			dollars
		};
	};
	if (mode === 'reported') return shown();
	let found = todayDatasets.get(dataset);
	if (!found) todayDatasets.set(dataset, (found = shown()));
	return found;
}

/** The one rule of the switch for claims, as pages state it. */
export const CLAIMS_DOLLARS = 'Claims are checked on the dollars as reported.';

/**
 * The caveat on the dollars for the claims page, saying exactly which amounts are in which
 * dollars: the ladder in the dollars chosen (`ladder`), the cards' figures in the dollars as
 * reported (`reported`, the words toCellsInDollars gives for them), since the claims are checked
 * on those, a verdict resting on ratios within one source.
 *
 *     formatDollarsCaveat(todayBasis, 'in dollars as reported (2017–2021)')
 *       → 'The ladder is in May 2026 dollars; reported 2017–2021: each report is adjusted … The
 *          cards’ figures are in dollars as reported (2017–2021), as the claims are checked, so
 *          no verdict moves with this switch.'
 */
export function formatDollarsCaveat(ladder: DollarsBasis, reported: string): string {
	if (ladder.mode === 'today' && ladder.label !== reported)
		return [
			`The ladder is ${ladder.label}: each report is adjusted by the US CPI-U from its year (or survey month) to ${formatCpiMonth(CPI_LATEST_MONTH)}.`,
			ladder.note,
			`The cards’ figures are ${reported}, as the claims are checked, so no verdict moves with this switch.`
		]
			.filter(Boolean)
			.join(' ');
	const adjusted = /not adjusted/.test(reported) ? '' : ', not adjusted for inflation';
	return [`The ladder and the cards’ figures are ${reported}${adjusted}.`, ladder.note]
		.filter(Boolean)
		.join(' ');
}
