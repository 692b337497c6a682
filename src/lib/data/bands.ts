/**
 * Records → pay bands: quantiles of total pay per (company type, company, track, std_level),
 * with roll-ups per company type (company '') and overall (company type 'all').
 *
 * Quantiles are d3-array's (`quantileSorted` of the sorted values), which interpolate linearly
 * between order statistics (the R-7 / Excel PERCENTILE.INC method): the median of [1, 2, 3, 4]
 * is 2.5. quantiles.ts finds those order statistics without sorting every value.
 *
 * The accumulator keeps only numbers, so the CLI can stream a million-row file through it
 * without holding the records themselves.
 */
import { quantilesInPlace, type NumberList } from './quantiles.ts';
import type { Band, CompanyType, PayRecord, StdLevel, Track } from './domain.ts';

/**
 * Groups with fewer reports than this are kept but flagged `lowN`: five reports give a median,
 * but their p10 and p90 are just the extremes, so the chart draws them faded and labelled.
 */
export const DEFAULT_MIN_N = 5;

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
/** Slots in the order bands are listed: level 3 to 9, IC before EM at each. */
const SLOTS_IN_ORDER = Array.from({ length: SLOTS }, (_, i) => (i % 2 === 0 ? i / 2 : 7 + (i - 1) / 2));

/** The values of one group (a company, or a roll-up), each component in any order. */
interface GroupValues {
	total: NumberList;
	base: NumberList;
	stock: NumberList;
	bonus: NumberList;
}

/** Many lists copied end to end into one. */
function concat(lists: readonly NumberList[]): Float64Array {
	let length = 0;
	for (const list of lists) length += list.length;
	const out = new Float64Array(length);
	let at = 0;
	for (const list of lists) {
		out.set(list as ArrayLike<number>, at);
		at += list.length;
	}
	return out;
}

/** The roll-up of several groups: each component's values end to end. */
function rollUp(groups: readonly GroupValues[]): GroupValues {
	return {
		total: concat(groups.map((g) => g.total)),
		base: concat(groups.map((g) => g.base)),
		stock: concat(groups.map((g) => g.stock)),
		bonus: concat(groups.map((g) => g.bonus))
	};
}

const BAND_PS = [0.1, 0.25, 0.5, 0.75, 0.9];
const MEDIAN_PS = [0.5];

/** Median of the values (reordered in place), or null when there are none. */
function medianOf(values: NumberList): number | null {
	return values.length === 0 ? null : quantilesInPlace(values, MEDIAN_PS)[0]!;
}

/** The band of one slot from its group's values (one company, or a roll-up), reordered in place. */
function toBand(
	companyType: CompanyType | 'all',
	company: string,
	slot: number,
	parts: GroupValues,
	{ minN, source, currency }: { minN: number; source: string; currency: string }
): Band {
	const n = parts.total.length;
	const [p10, p25, p50, p75, p90] = quantilesInPlace(parts.total, BAND_PS) as [number, number, number, number, number];
	return {
		companyType,
		company,
		track: slotTrack(slot),
		stdLevel: slotLevel(slot),
		n,
		p10,
		p25,
		p50,
		p75,
		p90,
		baseP50: medianOf(parts.base),
		stockP50: medianOf(parts.stock),
		bonusP50: medianOf(parts.bonus),
		currency,
		source,
		lowN: n < minN
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
 * copied together from the companies' lists when `bands()` is called. Records reach their lists through
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
			const options = { minN, source, currency };
			// Listed in order as they are made (see compareBands), so nothing is sorted afterwards:
			// the overall roll-up first, then each type's roll-up followed by its companies A–Z.
			const typeBands: Band[] = [];
			const everyType: GroupValues[][] = Array.from({ length: SLOTS }, () => []);
			const types = [...byType.keys()].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
			for (const companyType of types) {
				const companies = byType.get(companyType)!;
				const ofType: GroupValues[][] = Array.from({ length: SLOTS }, () => []);
				const companyBands: Band[] = [];
				for (const company of [...companies.keys()].sort()) {
					const slots = companies.get(company)!;
					for (const slot of SLOTS_IN_ORDER) {
						const lists = slots[slot];
						if (!lists) continue;
						companyBands.push(toBand(companyType, company, slot, lists, options));
						ofType[slot]!.push(lists);
					}
				}
				for (const slot of SLOTS_IN_ORDER) {
					if (ofType[slot]!.length === 0) continue;
					const typeParts = rollUp(ofType[slot]!);
					typeBands.push(toBand(companyType, '', slot, typeParts, options));
					everyType[slot]!.push(typeParts);
				}
				typeBands.push(...companyBands);
			}
			const bands: Band[] = [];
			for (const slot of SLOTS_IN_ORDER) {
				if (everyType[slot]!.length > 0) bands.push(toBand('all', '', slot, rollUp(everyType[slot]!), options));
			}
			for (const band of typeBands) bands.push(band);
			return bands;
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
