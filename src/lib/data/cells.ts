/**
 * Mergeable pay aggregates: the form in which Forkline ships its bundled data.
 *
 * A cell is every pay report of one (company, track, std_level, placement, region, report year,
 * experience band), kept as counts per $5,000 bin of total pay and of each component (a dataset
 * may say another width: $50 for monthly pay, $1 for a small upload kept exact). Cells add up, so
 * any filter's percentiles follow from the cells it selects, without raw rows.
 *
 * Quantile method: the d3-array rule applied to the binned values, where the j-th of c
 * values in a bin is placed at the bin's start + width × (j + ½) / c. Each order statistic then
 * lies in the same $5,000 bin as the true one, so every published percentile is within one bin
 * width ($5,000) of the exact figure; data/SOURCES.md states the measured error.
 */
import type { Band, CompanyType, PayComponent, PayRecord, StdLevel, Track } from './domain.ts';
import { DEFAULT_MIN_N } from './bands.ts';
import { ALL, fromTrackLevelKey, groupByTrackLevel, type Reducer } from './group.ts';

/** Width of a pay bin in dollars. */
export const BIN_WIDTH = 5000;

/**
 * The width that keeps amounts exact: a $1 bin is one whole-dollar amount (toBin rounds to the
 * dollar), and every report in it sits at that amount, so quantiles over $1 bins are the exact
 * R-7 quantiles of the amounts. Small uploads are binned at this width (see dataset.ts).
 */
export const EXACT_BIN_WIDTH = 1;

/** Years-of-experience bands; a record falls in the first whose upper bound exceeds its years. */
export const YOE_BANDS = [
	{ id: 0, label: '0–1 years', min: 0, max: 2 },
	{ id: 1, label: '2–4 years', min: 2, max: 5 },
	{ id: 2, label: '5–9 years', min: 5, max: 10 },
	{ id: 3, label: '10–14 years', min: 10, max: 15 },
	{ id: 4, label: '15+ years', min: 15, max: Infinity }
] as const;
/** Index into YOE_BANDS, or -1 when the report gives no years of experience. */
export type YoeBand = -1 | 0 | 1 | 2 | 3 | 4;

/**
 * Which experience band a number of years falls in.
 *
 *     toYoeBand(0.5) → 0    toYoeBand(7) → 2    toYoeBand(null) → -1
 */
export function toYoeBand(years: number | null): YoeBand {
	if (years === null) return -1;
	for (const band of YOE_BANDS) if (years < band.max) return band.id;
	return 4;
}

/**
 * How a report's common level was found: 'catalog' when the file gave it or a catalog or title
 * rule placed the label (the level rests on the company's own ladder or title), 'fallback' when
 * only years of experience placed it, 'withheld' when a published cell does not say (folded
 * for privacy, see fold.ts).
 */
export type Placement = 'catalog' | 'fallback' | 'withheld';
export const PLACEMENTS: readonly Placement[] = ['catalog', 'fallback', 'withheld'];

/** A record's placement: 'fallback' for a level from years of experience, 'catalog' otherwise. */
export function toPlacement(levelSource: PayRecord['levelSource']): Placement {
	return levelSource === 'experience' ? 'fallback' : 'catalog';
}

/** Sparse histogram: [bin, count, bin, count, …] with bins ascending; bin b covers [b·W, (b+1)·W). */
export type Histogram = number[];

export interface PayCell {
	/** Company display name; '' for "other companies of this type" (folded for privacy). */
	company: string;
	companyType: CompanyType;
	track: Track;
	stdLevel: StdLevel;
	/** How the reports' level was found (see Placement). */
	placement: Placement;
	region: string;
	/** Report year, or 0 when unknown. */
	year: number;
	yoe: YoeBand;
	n: number;
	total: Histogram;
	base: Histogram;
	stock: Histogram;
	bonus: Histogram;
}

/**
 * The bin a dollar amount falls in. `toBin(184_999) → 36`, `toBin(185_000) → 37`; a source whose
 * measure is smaller (net pay a month) passes its own width: `toBin(1_240, 50) → 24`. At the
 * exact width a bin is the amount to the nearest dollar: `toBin(260_000.4, 1) → 260000`.
 */
export function toBin(value: number, binWidth = BIN_WIDTH): number {
	return binWidth === EXACT_BIN_WIDTH ? Math.round(value) : Math.floor(value / binWidth);
}

/** Turn a bin → count map into a sorted sparse histogram. */
function toHistogram(counts: Map<number, number>): Histogram {
	const out: Histogram = [];
	for (const bin of [...counts.keys()].sort((a, b) => a - b)) out.push(bin, counts.get(bin)!);
	return out;
}

/**
 * The identity of the cell a record falls in. Without `placement`, the record's own (from its
 * levelSource) is used.
 */
export interface CellKey {
	company: string;
	companyType: CompanyType;
	track: Track;
	stdLevel: StdLevel;
	placement?: Placement;
	region: string;
	year: number;
	yoe: YoeBand;
}

/**
 * Records → cells, one per distinct key.
 *
 *     createCells(records, (r) => ({ …, region: inferRegion(r.location) }))
 *       → [{ company: 'Google', track: 'ic', stdLevel: 5, …, n: 12, total: [38, 2, 41, 5, …] }, …]
 */
export function createCells(
	records: Iterable<PayRecord>,
	keyOf: (r: PayRecord) => CellKey,
	binWidth = BIN_WIDTH
): PayCell[] {
	interface Building extends Required<CellKey> {
		n: number;
		hists: Record<PayComponent, Map<number, number>>;
	}
	const cells = new Map<string, Building>();
	for (const record of records) {
		const key = keyOf(record);
		const placement = key.placement ?? toPlacement(record.levelSource);
		const id =
			`${key.company}\u0000${key.companyType}\u0000${key.track}\u0000${key.stdLevel}\u0000` +
			`${placement}\u0000${key.region}\u0000${key.year}\u0000${key.yoe}`;
		let cell = cells.get(id);
		if (!cell) {
			cell = {
				...key,
				placement,
				n: 0,
				hists: { total: new Map(), base: new Map(), stock: new Map(), bonus: new Map() }
			};
			cells.set(id, cell);
		}
		cell.n++;
		for (const component of ['total', 'base', 'stock', 'bonus'] as const) {
			const value = record[component];
			if (value === null) continue;
			const bin = toBin(value, binWidth);
			const hist = cell.hists[component];
			hist.set(bin, (hist.get(bin) ?? 0) + 1);
		}
	}
	return [...cells.values()].map(({ hists, ...key }) => ({
		...key,
		total: toHistogram(hists.total),
		base: toHistogram(hists.base),
		stock: toHistogram(hists.stock),
		bonus: toHistogram(hists.bonus)
	}));
}

/**
 * A dense histogram that many sparse ones are added into. Bins past the last are kept in a
 * sparse overflow map so one $100M typo cannot allocate a huge array.
 */
export class HistogramSum {
	private static readonly DENSE_BINS = 2000; // $10M at $5k bins
	/** The smallest dense array allocated: $1.28M at $5k bins covers most groups' pay. */
	private static readonly MIN_DENSE_BINS = 256;
	/**
	 * Grows on demand (doubling, up to DENSE_BINS) to the highest bin added so far: a filter
	 * change builds dozens of sums, and most never reach $1M, so allocating and scanning a full
	 * $10M array for each would be mostly zeros (and garbage to collect).
	 */
	private dense = new Float64Array(0);
	/** One past the highest dense bin added, so reading the sum scans no empty tail. */
	private denseEnd = 0;
	private overflow = new Map<number, number>();
	/** Non-empty bins and the running count up to each, built on first use after an add. */
	private index: { bins: number[]; counts: number[]; cumulative: number[] } | undefined;
	n = 0;

	/** @param binWidth the width the histograms added were binned with (the bundle's meta.binWidth). */
	constructor(private readonly binWidth = BIN_WIDTH) {}

	add(hist: Histogram): void {
		const length = hist.length;
		if (length === 0) return;
		// Bins are ascending, so the last one says how far the dense array has to reach.
		const top = hist[length - 2]!;
		if (top >= this.dense.length && this.dense.length < HistogramSum.DENSE_BINS) this.grow(top);
		// This loop runs for every bin of every selected cell on each filter change (about 100,000
		// times for all the bundled data), so it works on locals rather than on fields.
		const dense = this.dense;
		const denseBins = HistogramSum.DENSE_BINS;
		let n = 0;
		for (let i = 0; i < length; i += 2) {
			const bin = hist[i]!;
			const count = hist[i + 1]!;
			if (bin < denseBins) dense[bin]! += count;
			else this.overflow.set(bin, (this.overflow.get(bin) ?? 0) + count);
			n += count;
		}
		this.n += n;
		this.denseEnd = Math.max(this.denseEnd, Math.min(top + 1, dense.length));
		this.index = undefined;
	}

	private grow(bin: number): void {
		let size = Math.max(HistogramSum.MIN_DENSE_BINS, this.dense.length);
		while (size <= bin && size < HistogramSum.DENSE_BINS) size *= 2;
		const next = new Float64Array(Math.min(size, HistogramSum.DENSE_BINS));
		next.set(this.dense);
		this.dense = next;
	}

	/**
	 * The p-quantile (0 ≤ p ≤ 1) by the R-7 rule over binned values; undefined when empty.
	 * For one bin [0, 5000) holding 2 values, they sit at 1250 and 3750, so the median is 2500;
	 * at the exact width ($1) both sit at the bin's own amount.
	 */
	quantile(p: number): number | undefined {
		if (this.n === 0) return undefined;
		const h = (this.n - 1) * p;
		const lo = Math.floor(h);
		const a = this.orderStatistic(lo);
		if (lo + 1 >= this.n || h === lo) return a;
		return a + (h - lo) * (this.orderStatistic(lo + 1) - a);
	}

	private buildIndex() {
		const bins: number[] = [];
		const counts: number[] = [];
		const cumulative: number[] = [];
		let seen = 0;
		const push = (bin: number, c: number) => {
			bins.push(bin);
			counts.push(c);
			cumulative.push(seen);
			seen += c;
		};
		for (let bin = 0; bin < this.denseEnd; bin++)
			if (this.dense[bin]! > 0) push(bin, this.dense[bin]!);
		for (const bin of [...this.overflow.keys()].sort((a, b) => a - b))
			push(bin, this.overflow.get(bin)!);
		return (this.index = { bins, counts, cumulative });
	}

	/**
	 * The i-th smallest value (0-based): a binary search over the non-empty bins. Within a bin
	 * the values are spread evenly (approximate), except at the exact width, where a bin's values
	 * all are its amount.
	 */
	private orderStatistic(i: number): number {
		const { bins, counts, cumulative } = this.index ?? this.buildIndex();
		let lo = 0;
		let hi = bins.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (cumulative[mid]! <= i) lo = mid;
			else hi = mid - 1;
		}
		const c = counts[lo]!;
		if (this.binWidth === EXACT_BIN_WIDTH) return bins[lo]!;
		return bins[lo]! * this.binWidth + (this.binWidth * (i - cumulative[lo]! + 0.5)) / c;
	}
}

/** Which cells a view uses. Absent fields match everything. */
export interface CellFilter {
	companyType?: CompanyType | 'all';
	company?: string;
	region?: readonly string[];
	years?: readonly number[];
	yoe?: readonly YoeBand[];
	/** e.g. ['catalog'] to read only reports whose level a catalog or title rule placed. */
	placement?: readonly Placement[];
}

export function matchesFilter(cell: PayCell, filter: CellFilter): boolean {
	if (filter.companyType && filter.companyType !== 'all' && cell.companyType !== filter.companyType)
		return false;
	if (filter.company !== undefined && filter.company !== '' && cell.company !== filter.company)
		return false;
	if (filter.region && filter.region.length > 0 && !filter.region.includes(cell.region))
		return false;
	if (filter.years && filter.years.length > 0 && !filter.years.includes(cell.year)) return false;
	if (filter.yoe && filter.yoe.length > 0 && !filter.yoe.includes(cell.yoe)) return false;
	if (filter.placement && filter.placement.length > 0 && !filter.placement.includes(cell.placement))
		return false;
	return true;
}

/** One HistogramSum per pay component: what a group of cells adds up to. */
export type ComponentSums = Record<PayComponent, HistogramSum>;

export function createComponentSums(binWidth = BIN_WIDTH): ComponentSums {
	return {
		total: new HistogramSum(binWidth),
		base: new HistogramSum(binWidth),
		stock: new HistogramSum(binWidth),
		bonus: new HistogramSum(binWidth)
	};
}

/** Adds a cell's four histograms into a group's sums. */
export function addCell(sums: ComponentSums, cell: PayCell): void {
	// Written out rather than looped over the component names: a fixed property read is several
	// times faster than one by a computed key, and this runs for every selected cell.
	sums.total.add(cell.total);
	sums.base.add(cell.base);
	sums.stock.add(cell.stock);
	sums.bonus.add(cell.bonus);
}

/**
 * The grouping reducer (group.ts) that adds each cell's four histograms into its group's sums,
 * for cells binned at `binWidth` (a bundle's meta.binWidth).
 */
export function sumComponentsAt(binWidth: number): Reducer<PayCell, ComponentSums> {
	return { create: () => createComponentSums(binWidth), add: addCell };
}

/** The grouping reducer for cells in the default $5,000 bins. */
export const SUM_COMPONENTS: Reducer<PayCell, ComponentSums> = sumComponentsAt(BIN_WIDTH);

/**
 * The grouping reducer that adds one pay component's histograms.
 *
 *     groupByTrackLevel(cells, { reduce: sumComponent('base') }).get(ALL)?.get(toTrackLevelKey('ic', 5))?.n → 575
 */
export function sumComponent(
	component: PayComponent,
	binWidth = BIN_WIDTH
): Reducer<PayCell, HistogramSum> {
	return { create: () => new HistogramSum(binWidth), add: (sum, cell) => sum.add(cell[component]) };
}

/** Options shared by every function that turns sums into bands. */
export interface BandOptions {
	/** Groups under this many reports are flagged lowN (drawn faded and labelled). */
	minN?: number;
	source?: string;
	/** Which pay component the quantiles describe: percentiles of that component itself. */
	component?: PayComponent;
	/** The width the cells' histograms were binned with (the bundle's meta.binWidth). */
	binWidth?: number;
}

/**
 * A group's sums → its band, with the quantiles of `component`; undefined when no report of the
 * group gives that component (stock and bonus are often left out).
 *
 *     toBand(sums, { companyType: 'all', company: '', track: 'ic', stdLevel: 5 }) → { n: 575, p50: 185000, … }
 */
export function toBand(
	sums: ComponentSums,
	group: Pick<Band, 'companyType' | 'company' | 'track' | 'stdLevel'>,
	{ minN = DEFAULT_MIN_N, source = '', component = 'total' }: BandOptions = {}
): Band | undefined {
	const main = sums[component];
	if (main.n === 0) return undefined;
	return {
		...group,
		n: main.n,
		p10: main.quantile(0.1)!,
		p25: main.quantile(0.25)!,
		p50: main.quantile(0.5)!,
		p75: main.quantile(0.75)!,
		p90: main.quantile(0.9)!,
		baseP50: sums.base.quantile(0.5) ?? null,
		stockP50: sums.stock.quantile(0.5) ?? null,
		bonusP50: sums.bonus.quantile(0.5) ?? null,
		currency: 'USD',
		source,
		lowN: main.n < minN
	};
}

/** Bands by level, IC before EM. */
export function compareBandOrder(a: Band, b: Band): number {
	return a.stdLevel - b.stdLevel || (a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1);
}

/**
 * The band of each (track, std_level) over the cells a filter selects.
 *
 *     bandsFromCells(cells, { companyType: 'finance' }, { source: 'levels.fyi' })
 *       → [{ companyType: 'finance', company: '', track: 'ic', stdLevel: 3, n: 120, p50: 132500, … }, …]
 */
export function bandsFromCells(
	cells: readonly PayCell[],
	filter: CellFilter,
	options: BandOptions = {}
): Band[] {
	const byTrackLevel = groupByTrackLevel(cells, {
		where: (cell) => matchesFilter(cell, filter),
		reduce: options.binWidth ? sumComponentsAt(options.binWidth) : SUM_COMPONENTS
	}).get(ALL);
	const bands: Band[] = [];
	for (const [key, sums] of byTrackLevel ?? []) {
		const group = { companyType: filter.companyType ?? 'all', company: filter.company ?? '' };
		const band = toBand(sums, { ...group, ...fromTrackLevelKey(key) }, options);
		if (band) bands.push(band);
	}
	return bands.sort(compareBandOrder);
}
