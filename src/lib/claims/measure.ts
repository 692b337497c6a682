/**
 * The arithmetic every evaluation shares: add the filtered cells' total-pay histograms into
 * groups, compare two groups' medians with a seeded bootstrap interval, and describe a list of
 * gaps in words. Pure functions over cells; no DOM.
 */
import { BOOTSTRAP_DRAWS, medianGap } from '$lib/data/bootstrap.ts';
import {
	BIN_WIDTH,
	HistogramSum,
	matchesFilter,
	sumComponent,
	type CellFilter,
	type PayCell
} from '$lib/data/cells.ts';
import { ALL, groupByTrackLevel, type Reducer, type TrackLevelKey } from '$lib/data/group.ts';
import { STD_LEVELS, type CompanyType, type StdLevel, type Track } from '$lib/data/domain.ts';
import { formatCount, formatPercent } from '$lib/format.ts';
import { MIN_N_PER_SIDE } from './thresholds.ts';
import type { Comparison, Evaluation, Side } from './types.ts';

/**
 * Company types a claim may compare. Companies the catalog does not list are 'unclassified':
 * they are counted in every overall figure, but a group of unknown employers is not a kind of
 * employer, so no claim reads it as a company type.
 */
export function isClassified(type: CompanyType): boolean {
	return type !== 'unclassified';
}

/** How a report's level was found: from the company's own level catalog, or by the fallback. */
export type Placement = 'catalog' | 'fallback';

/**
 * A cell's placement, when the data says it; undefined for cells whose placement was withheld for
 * privacy (data/SOURCES.md). 'fallback' is the years-of-experience fallback; 'catalog' covers the
 * company's level catalog, title words and a level given in the file.
 */
export function placementOf(cell: PayCell): Placement | undefined {
	return cell.placement === 'withheld' ? undefined : cell.placement;
}

/**
 * Only the cells whose level came from the company's own level catalog, for checking that no
 * verdict rests on the years-of-experience fallback. Cells that do not say how they were placed
 * are kept (there is nothing to tell them apart by).
 *
 *     toCatalogPlaced(cells) → cells.filter((c) => c.placement !== 'fallback')
 */
export function toCatalogPlaced(cells: readonly PayCell[]): PayCell[] {
	return cells.filter((cell) => placementOf(cell) !== 'fallback');
}

/** Reports among some cells (through a filter) placed by the fallback, and in all. */
export function countFallback(
	cells: readonly PayCell[],
	filter: CellFilter
): { fallback: number; known: number; n: number } {
	let fallback = 0;
	let known = 0;
	let n = 0;
	for (const cell of cells) {
		if (!matchesFilter(cell, filter)) continue;
		n += cell.n;
		const placement = placementOf(cell);
		if (placement !== undefined) known += cell.n;
		if (placement === 'fallback') fallback += cell.n;
	}
	return { fallback, known, n };
}

/** How the reports an evaluation counted were placed at their level, per track. */
export type PlacementCounts = Pick<Evaluation, 'fallback' | 'placementWithheld'>;

/**
 * Of the reports the filter selects and `counted` keeps (the ones an evaluation used, so the
 * same reports as its n), those placed by the years-of-experience fallback and those whose cells
 * withhold their placement, per track.
 *
 *     countPlacement(cells, {}, atLevels([5, 6])) → { fallback: { ic: 2210, em: 910 }, placementWithheld: { ic: 0, em: 0 } }
 */
export function countPlacement(
	cells: readonly PayCell[],
	filter: CellFilter,
	counted: (cell: PayCell) => boolean = () => true
): PlacementCounts {
	const fallback = { ic: 0, em: 0 };
	const placementWithheld = { ic: 0, em: 0 };
	for (const cell of cells) {
		if (!matchesFilter(cell, filter) || !counted(cell)) continue;
		if (cell.placement === 'fallback') fallback[cell.track] += cell.n;
		else if (cell.placement === 'withheld') placementWithheld[cell.track] += cell.n;
	}
	return { fallback, placementWithheld };
}

/** The reports an evaluation used on each track, and how they were placed. */
export type ReportCounts = Pick<Evaluation, 'n'> & PlacementCounts;

/** The reports at some levels that a filter selects, and how they were placed. */
export function countReportsAt(
	cells: readonly PayCell[],
	filter: CellFilter,
	levels: readonly StdLevel[] = STD_LEVELS
): ReportCounts {
	return {
		n: countByTrack(cells, filter, levels),
		...countPlacement(cells, filter, atLevels(levels))
	};
}

/**
 * The reports some comparisons compared (each group once, sides on the tracks `sideTrack` says),
 * and how they were placed.
 */
export function countComparedReports(
	cells: readonly PayCell[],
	filter: CellFilter,
	comparisons: readonly Comparison[],
	sideTrack: { a: Track; b: Track }
): ReportCounts {
	return {
		n: countCompared(comparisons, sideTrack),
		...countPlacement(cells, filter, createIsCompared(comparisons))
	};
}

/** Keeps the cells at some levels (for countPlacement). */
export function atLevels(levels: readonly StdLevel[]): (cell: PayCell) => boolean {
	return (cell) => levels.includes(cell.stdLevel);
}

/**
 * Keeps the cells in the groups some comparisons compared, both sides (for countPlacement): a
 * comparison's group is what it names of company, company type, and years band or else level.
 *
 *     createIsCompared([{ companyType: 'finance', stdLevel: 6, … }])(cell) → cell.companyType === 'finance' && cell.stdLevel === 6
 */
export function createIsCompared(
	comparisons: readonly Pick<Comparison, 'company' | 'companyType' | 'stdLevel' | 'yoe'>[]
): (cell: PayCell) => boolean {
	const keyOf = (group: Pick<Comparison, 'company' | 'companyType' | 'stdLevel' | 'yoe'>) =>
		`${group.company ?? ''}|${group.companyType ?? ''}|` +
		(group.yoe !== undefined ? `y${group.yoe}` : `l${group.stdLevel ?? ''}`);
	const keys = new Set(comparisons.map(keyOf));
	const first = comparisons[0];
	if (!first) return () => false;
	// Every comparison of one evaluation names the same parts, so a cell is keyed by those.
	return (cell) =>
		keys.has(
			keyOf({
				company: first.company === undefined ? undefined : cell.company,
				companyType: first.companyType === undefined ? undefined : cell.companyType,
				stdLevel: first.stdLevel === undefined ? undefined : cell.stdLevel,
				yoe: first.yoe === undefined ? undefined : cell.yoe
			})
		);
}

/**
 * A gap or share written with just enough decimals to tell it from the limit it is judged
 * against: 25.04% beside a 25% limit, 31% beside it.
 *
 *     formatAgainst(0.2504, 0.25) → '25.04%'    formatAgainst(0.31, 0.25) → '31%'
 */
export function formatAgainst(value: number, limit: number): string {
	const a = Math.abs(value) * 100;
	const b = Math.abs(limit) * 100;
	const digits = Math.round(a) === Math.round(b) && Math.abs(a - b) > 1e-9 ? 2 : 0;
	return `${a.toFixed(digits)}%`;
}

/**
 * How far a figure is from its limit, for a lay reader: 'just' within a point, 'well' beyond ten
 * points or half the limit, '' between.
 *
 *     toNearness(0.2504, 0.25) → 'just '    toNearness(0.6, 0.25) → 'well '
 */
export function toNearness(value: number, limit: number): 'just ' | 'well ' | '' {
	const distance = Math.abs(value - limit);
	if (distance < 0.01) return 'just ';
	if (distance > Math.max(0.1, Math.abs(limit) / 2)) return 'well ';
	return '';
}

/**
 * Total-pay sums of the cells a filter selects, one per key; cells whose key is undefined are
 * left out. `binWidth` is the width the cells were binned with (a source's bundle says it: $50 a
 * month on DOU), so every quantile is in the source's own dollars.
 *
 *     createSums(cells, {}, (c) => c.track) → Map { 'ic' → HistogramSum(n 41223), 'em' → … }
 */
export function createSums(
	cells: readonly PayCell[],
	filter: CellFilter,
	keyOf: (cell: PayCell) => string | undefined,
	binWidth = BIN_WIDTH
): Map<string, HistogramSum> {
	const sums = new Map<string, HistogramSum>();
	for (const cell of cells) {
		if (!matchesFilter(cell, filter)) continue;
		const key = keyOf(cell);
		if (key === undefined) continue;
		let sum = sums.get(key);
		if (!sum) sums.set(key, (sum = new HistogramSum(binWidth)));
		sum.add(cell.total);
	}
	return sums;
}

/**
 * Total-pay sums per track and level of the cells a filter selects, keyed by group.ts
 * `toTrackLevelKey`.
 *
 *     createTrackLevelSums(cells, {}).get(toTrackLevelKey('em', 6))?.n → 980
 */
export function createTrackLevelSums(
	cells: readonly PayCell[],
	filter: CellFilter,
	binWidth = BIN_WIDTH
): Map<TrackLevelKey, HistogramSum> {
	return (
		groupByTrackLevel(cells, {
			where: (cell) => matchesFilter(cell, filter),
			reduce: sumComponent('total', binWidth)
		}).get(ALL) ?? new Map()
	);
}

/**
 * Total-pay sums per group (a company type, a company), then per track and level, of the cells
 * a filter selects; cells whose group is null are left out. Groups in the order first seen.
 */
export function createGroupTrackLevelSums<G>(
	cells: readonly PayCell[],
	filter: CellFilter,
	by: (cell: PayCell) => G | null,
	binWidth = BIN_WIDTH
): Map<G, Map<TrackLevelKey, HistogramSum>> {
	return groupByTrackLevel(cells, {
		where: (cell) => matchesFilter(cell, filter),
		by,
		reduce: sumComponent('total', binWidth)
	});
}

/**
 * The grouping reducer (group.ts) that counts a group's reports.
 *
 *     groupByTrackLevel(cells, { by: (c) => c.company, reduce: COUNT_REPORTS }).get('Google')?.get(toTrackLevelKey('em', 5))?.n → 120
 */
export const COUNT_REPORTS: Reducer<PayCell, { n: number }> = {
	create: () => ({ n: 0 }),
	add: (sum, cell) => {
		sum.n += cell.n;
	}
};

/** Reports on each track among the cells a filter selects, optionally only from some levels. */
export function countByTrack(
	cells: readonly PayCell[],
	filter: CellFilter,
	levels: readonly StdLevel[] = STD_LEVELS
): Record<Track, number> {
	const n = { ic: 0, em: 0 };
	for (const cell of cells)
		if (matchesFilter(cell, filter) && levels.includes(cell.stdLevel)) n[cell.track] += cell.n;
	return n;
}

/** Levels from `from` up to 9. */
export function levelsFrom(from: StdLevel): StdLevel[] {
	return STD_LEVELS.filter((level) => level >= from);
}

/** Whether a group has enough reports to read its median. */
export function hasEnough(sum: HistogramSum | undefined): sum is HistogramSum {
	return sum !== undefined && sum.n >= MIN_N_PER_SIDE;
}

/**
 * Compares group b with group a (b ÷ a − 1) when both have enough reports; undefined otherwise.
 * The interval is the seeded 90% bootstrap of bootstrap.ts, so it is the same on every load.
 *
 *     compareSums({ label: 'L6' }, { label: 'IC L6', sum: ic }, { label: 'EM L6', sum: em }, (c) => Math.abs(c.gap) <= 0.1)
 *       → { label: 'L6', a: { label: 'IC L6', median: 296000, n: 3048 }, b: …, gap: 0.1, low: 0.07, high: 0.13, agrees: true }
 */
export function compareSums(
	about: Pick<Comparison, 'label' | 'stdLevel' | 'companyType' | 'company' | 'yoe'>,
	a: { label: string; sum: HistogramSum | undefined },
	b: { label: string; sum: HistogramSum | undefined },
	agrees: (comparison: Pick<Comparison, 'gap' | 'low' | 'high'>) => boolean,
	draws: number = BOOTSTRAP_DRAWS
): Comparison | undefined {
	if (!hasEnough(a.sum) || !hasEnough(b.sum)) return undefined;
	const estimate = medianGap(a.sum, b.sum, { draws });
	if (!estimate) return undefined;
	const side = (label: string, sum: HistogramSum): Side => ({
		label,
		median: sum.quantile(0.5)!,
		n: sum.n
	});
	const figures = { gap: estimate.gap, low: estimate.low, high: estimate.high };
	return {
		...about,
		a: side(a.label, a.sum),
		b: side(b.label, b.sum),
		...figures,
		agrees: agrees(figures)
	};
}

/**
 * The share of a group's reports paid more than `threshold`, treating each bin's reports as
 * spread evenly across the bin (the same placement as HistogramSum's quantiles), bins `binWidth`
 * wide.
 *
 *     shareAbove(cells, { companyType: 'startup' }, (c) => c.track === 'em', 200_000) → 0.83
 */
export function shareAbove(
	cells: readonly PayCell[],
	filter: CellFilter,
	include: (cell: PayCell) => boolean,
	threshold: number,
	binWidth = BIN_WIDTH
): { share: number; n: number } {
	let above = 0;
	let n = 0;
	for (const cell of cells) {
		if (!matchesFilter(cell, filter) || !include(cell)) continue;
		for (let i = 0; i < cell.total.length; i += 2) {
			const start = cell.total[i]! * binWidth;
			const count = cell.total[i + 1]!;
			n += count;
			above += count * Math.min(1, Math.max(0, (start + binWidth - threshold) / binWidth));
		}
	}
	return { share: n === 0 ? 0 : above / n, n };
}

/** The median of some numbers (0 for none); used for "the typical gap" across groups. */
export function middle(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((x, y) => x - y);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * "level 5" or "levels 5–8" for the levels some comparisons cover.
 *
 *     toLevelSpan([5, 6, 8]) → 'levels 5–8'    toLevelSpan([7]) → 'level 7'
 */
export function toLevelSpan(levels: readonly number[]): string {
	if (levels.length === 0) return 'no level';
	const lo = Math.min(...levels);
	const hi = Math.max(...levels);
	return lo === hi ? `level ${lo}` : `levels ${lo}–${hi}`;
}

/**
 * The range of some gaps in words: 'from −2% to +9%', or just '+4%' when there is one.
 */
export function toGapRange(gaps: readonly number[]): string {
	if (gaps.length === 0) return '—';
	const lo = Math.min(...gaps);
	const hi = Math.max(...gaps);
	return formatPercent(lo) === formatPercent(hi)
		? formatPercent(lo)
		: `from ${formatPercent(lo)} to ${formatPercent(hi)}`;
}

/**
 * The evaluation to return when a claim cannot be read: the sentence names the threshold.
 *
 *     toNotEnoughData('no level from 5 up', rule, countReportsAt(cells, filter, levelsFrom(5)))
 *       → { verdict: 'not-enough-data', sentence: 'Not enough data: no level from 5 up has 10 or more reports on each side.', … }
 */
export function toNotEnoughData(what: string, rule: string, counted: ReportCounts): Evaluation {
	const { n } = counted;
	return {
		verdict: 'not-enough-data',
		sentence:
			`Not enough data: ${what} has ${MIN_N_PER_SIDE} or more reports on each side ` +
			`(${formatCount(n.ic)} IC and ${formatCount(n.em)} EM reports in this selection).`,
		decisive: `fewer than ${MIN_N_PER_SIDE} reports a side`,
		rule,
		comparisons: [],
		measures: [],
		...counted
	};
}

/** Reports counted on each track by some comparisons, each group once. */
export function countCompared(
	comparisons: readonly Comparison[],
	sideTrack: { a: Track; b: Track }
): Record<Track, number> {
	const seen = new Set<string>();
	const n = { ic: 0, em: 0 };
	for (const c of comparisons) {
		for (const key of ['a', 'b'] as const) {
			const side = c[key];
			if (seen.has(side.label)) continue;
			seen.add(side.label);
			n[sideTrack[key]] += side.n;
		}
	}
	return n;
}
