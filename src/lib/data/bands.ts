/**
 * Records → pay bands: quantiles of total pay per (company type, company, track, std_level),
 * with roll-ups per company type (company '') and overall (company type 'all').
 *
 * Quantiles are d3-array's `quantileSorted`, which interpolates linearly between order
 * statistics (the R-7 / Excel PERCENTILE.INC method): the median of [1, 2, 3, 4] is 2.5.
 *
 * The accumulator keeps only numbers, so the CLI can stream a million-row file through it
 * without holding the records themselves.
 */
import { quantileSorted } from 'd3-array';
import type { Band, CompanyType, PayRecord, StdLevel, Track } from './domain.ts';

/**
 * Groups with fewer reports than this are kept but flagged `lowN`: five reports give a median,
 * but their p10 and p90 are just the extremes, so the chart draws them faded and labelled.
 */
export const DEFAULT_MIN_N = 5;

/** Lists up to this long are sorted by insertion (see sortValues). */
const SMALL_LIST = 16;

/** Numbers in ascending order: a plain list, or a typed array made for a sort or a merge. */
type Sorted = ArrayLike<number>;

/**
 * A list's values in ascending order. Most lists (one company at one level) hold a handful of
 * values: those are sorted in place by insertion, which beats a call into the engine's sort for
 * each of thousands of lists; longer ones are copied into a typed array and sorted natively.
 */
function sortValues(values: number[]): Sorted {
	if (values.length > SMALL_LIST) return Float64Array.from(values).sort();
	for (let i = 1; i < values.length; i++) {
		const value = values[i]!;
		let j = i - 1;
		while (j >= 0 && values[j]! > value) {
			values[j + 1] = values[j]!;
			j--;
		}
		values[j + 1] = value;
	}
	return values;
}

/**
 * d3's quantileSorted reads any array-like by index; its types ask for an array, so the sorted
 * values are passed through once here.
 */
function quantileOf(sorted: Sorted, p: number): number {
	return quantileSorted(sorted as number[], p)!;
}

/**
 * The values of one (company, track, level) group, in the order they came. Plain arrays: cheap
 * to make for each of thousands of small groups (a typed array per list was a fifth of the
 * aggregation), and stored as unboxed numbers by the engine.
 */
interface Lists {
	total: number[];
	base: number[];
	stock: number[];
	bonus: number[];
}

function createLists(): Lists {
	return { total: [], base: [], stock: [], bonus: [] };
}

/** One slot per (track, level): IC levels 3–9 at 0–6, EM levels 3–9 at 7–13. */
const SLOTS = 14;
const slotOf = (track: Track, stdLevel: StdLevel) => (track === 'ic' ? 0 : 7) + stdLevel - 3;
const slotTrack = (slot: number): Track => (slot < 7 ? 'ic' : 'em');
const slotLevel = (slot: number) => ((slot % 7) + 3) as StdLevel;

/** The values of one group (a company, or a roll-up), each component sorted ascending. */
interface GroupValues {
	total: Sorted;
	base: Sorted;
	stock: Sorted;
	bonus: Sorted;
}

/** Merge two ascending arrays into one, in linear time. */
function mergeTwo(a: Sorted, b: Sorted): Sorted {
	const out = new Float64Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
	while (i < a.length) out[k++] = a[i++]!;
	while (j < b.length) out[k++] = b[j++]!;
	return out;
}

/** Many arrays copied end to end into one. */
function concat(arrays: readonly Sorted[]): Float64Array {
	let length = 0;
	for (const a of arrays) length += a.length;
	const out = new Float64Array(length);
	let at = 0;
	for (const a of arrays) {
		out.set(a, at);
		at += a.length;
	}
	return out;
}

/** Above this many runs, copying them end to end and sorting natively beats merging pairwise. */
const MERGE_MAX_RUNS = 8;

/**
 * Many ascending arrays → one ascending array. A few runs (the company types of the overall
 * roll-up) are merged pairwise; many runs (the companies of one type) are copied end to end and
 * sorted by the engine, which is quicker than the log2(k) passes and k arrays of a pairwise merge.
 */
function mergeSorted(arrays: readonly Sorted[]): Sorted {
	if (arrays.length > MERGE_MAX_RUNS) return concat(arrays).sort();
	let merged = arrays[0] ?? new Float64Array(0);
	for (let i = 1; i < arrays.length; i++) merged = mergeTwo(merged, arrays[i]!);
	return merged;
}

/** One company's values, each list sorted. */
function companyValues(lists: Lists): GroupValues {
	return { total: sortValues(lists.total), base: sortValues(lists.base), stock: sortValues(lists.stock), bonus: sortValues(lists.bonus) };
}

/** The roll-up of several groups, each component merged in order. */
function rollUp(groups: readonly GroupValues[]): GroupValues {
	return {
		total: mergeSorted(groups.map((g) => g.total)),
		base: mergeSorted(groups.map((g) => g.base)),
		stock: mergeSorted(groups.map((g) => g.stock)),
		bonus: mergeSorted(groups.map((g) => g.bonus))
	};
}

/** Median of sorted values, or null when there are none. */
function medianOf(values: Sorted): number | null {
	return values.length === 0 ? null : quantileOf(values, 0.5);
}

/** The band of one slot from its group's values (one company, or a roll-up). */
function toBand(
	companyType: CompanyType | 'all',
	company: string,
	slot: number,
	parts: GroupValues,
	{ minN, source, currency }: { minN: number; source: string; currency: string }
): Band {
	const totals = parts.total;
	return {
		companyType,
		company,
		track: slotTrack(slot),
		stdLevel: slotLevel(slot),
		n: totals.length,
		p10: quantileOf(totals, 0.1),
		p25: quantileOf(totals, 0.25),
		p50: quantileOf(totals, 0.5),
		p75: quantileOf(totals, 0.75),
		p90: quantileOf(totals, 0.9),
		baseP50: medianOf(parts.base),
		stockP50: medianOf(parts.stock),
		bonusP50: medianOf(parts.bonus),
		currency,
		source,
		lowN: totals.length < minN
	};
}

export interface BandAccumulator {
	add(record: PayRecord): void;
	/** The bands so far, roll-ups included, sorted by type, company, level, track. */
	bands(options?: { minN?: number; source?: string }): Band[];
}

/**
 * Collect records one at a time; read the bands at the end.
 *
 * Each value is stored once, under its company; the roll-ups per company type and overall are
 * merged from the companies' lists when `bands()` is called. Records reach their lists through
 * two Map lookups on strings they already hold, so adding builds no keys.
 *
 *     const acc = createBandAccumulator();
 *     for (const r of records) acc.add(r);
 *     acc.bands({ minN: 5 }) → [{ companyType: 'all', company: '', track: 'ic', stdLevel: 5, n: …, p50: … }, …]
 */
export function createBandAccumulator(): BandAccumulator {
	const byType = new Map<CompanyType, Map<string, (Lists | undefined)[]>>();
	const currencies = new Set<string>();
	let lastCurrency = '';

	return {
		add(record) {
			// Nearly every record repeats the previous one's currency; skip the set when it does.
			if (record.currency !== lastCurrency) {
				currencies.add(record.currency);
				lastCurrency = record.currency;
			}
			let companies = byType.get(record.companyType);
			if (!companies) byType.set(record.companyType, (companies = new Map()));
			let slots = companies.get(record.company);
			if (!slots) companies.set(record.company, (slots = new Array(SLOTS).fill(undefined)));
			const slot = slotOf(record.track, record.stdLevel);
			const lists = (slots[slot] ??= createLists());
			lists.total.push(record.total);
			if (record.base !== null) lists.base.push(record.base);
			if (record.stock !== null) lists.stock.push(record.stock);
			if (record.bonus !== null) lists.bonus.push(record.bonus);
		},
		bands({ minN = DEFAULT_MIN_N, source = '' } = {}) {
			// Mixed currencies cannot share a quantile; the import report warns, and the bands say so.
			const currency = currencies.size === 1 ? [...currencies][0]! : currencies.size === 0 ? 'USD' : 'MIXED';
			const bands: Band[] = [];
			const options = { minN, source, currency };
			// Each company's values are sorted once; the roll-ups merge those sorted runs.
			for (let slot = 0; slot < SLOTS; slot++) {
				const everyType: GroupValues[] = [];
				for (const [companyType, companies] of byType) {
					const ofType: GroupValues[] = [];
					for (const [company, slots] of companies) {
						const lists = slots[slot];
						if (!lists) continue;
						const parts = companyValues(lists);
						bands.push(toBand(companyType, company, slot, parts, options));
						ofType.push(parts);
					}
					if (ofType.length === 0) continue;
					const typeParts = rollUp(ofType);
					bands.push(toBand(companyType, '', slot, typeParts, options));
					everyType.push(typeParts);
				}
				if (everyType.length > 0) bands.push(toBand('all', '', slot, rollUp(everyType), options));
			}
			return bands.sort(compareBands);
		}
	};
}

/** Records → bands in one call. */
export function aggregateBands(records: readonly PayRecord[], options?: { minN?: number; source?: string }): Band[] {
	const acc = createBandAccumulator();
	for (const record of records) acc.add(record);
	return acc.bands(options);
}

const TYPE_ORDER = ['all', 'big-tech', 'tech-first', 'startup', 'enterprise', 'finance', 'unclassified'];

/** Roll-ups first ('all', then each type), companies alphabetically, then level, IC before EM. */
export function compareBands(a: Band, b: Band): number {
	return (
		TYPE_ORDER.indexOf(a.companyType) - TYPE_ORDER.indexOf(b.companyType) ||
		(a.company === b.company ? 0 : a.company === '' ? -1 : b.company === '' ? 1 : a.company < b.company ? -1 : 1) ||
		a.stdLevel - b.stdLevel ||
		(a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1)
	);
}
