/**
 * Where one person's pay sits among the reports: their percentile in their own track's band and
 * in the other track's band, at the same level and company type. Pure functions over pay cells;
 * the person's figures are arguments only and are never stored here.
 */
import { HistogramSum, matchesFilter, type CellFilter, type PayCell } from './cells.ts';
import type { CompanyType, PayComponent, StdLevel, Track } from './domain.ts';

/**
 * Add up the cells of one track and level that a filter selects, for one pay component.
 *
 *     createLevelSum(cells, { companyType: 'big-tech' }, 'ic', 6).n → 2262
 */
export function createLevelSum(
	cells: readonly PayCell[],
	filter: CellFilter,
	track: Track,
	stdLevel: StdLevel,
	component: PayComponent = 'total'
): HistogramSum {
	const sum = new HistogramSum();
	for (const cell of cells) {
		if (cell.track === track && cell.stdLevel === stdLevel && matchesFilter(cell, filter))
			sum.add(cell[component]);
	}
	return sum;
}

/**
 * The share (0–1) of a group's reports paid less than `pay`: the inverse of the binned quantile
 * function, found by bisection on `quantile(p)`. Undefined for an empty group. Pay below the
 * lowest report gives 0 and above the highest gives 1. Forty halvings take the interval far
 * below one percentile point, more precision than the $5,000 bins hold.
 *
 *     percentileOf(sum, sum.quantile(0.5)) → 0.5      percentileOf(sum, 1) → 0
 */
export function percentileOf(sum: HistogramSum, pay: number): number | undefined {
	if (sum.n === 0 || !Number.isFinite(pay)) return undefined;
	if (pay <= sum.quantile(0)!) return 0;
	if (pay >= sum.quantile(1)!) return 1;
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		if (sum.quantile(mid)! <= pay) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** A person's own figures. Pay components are optional; total is what percentiles use. */
export interface Position {
	companyType: CompanyType | 'all';
	/** A company's display name, or '' to compare with the whole company type. */
	company: string;
	track: Track;
	stdLevel: StdLevel;
	/** The company's own label for the level as the user typed it, e.g. 'L6'; '' when none. */
	levelLabel: string;
	total: number;
	base: number | null;
	stock: number | null;
	bonus: number | null;
}

/** One band the person is compared with. */
export interface Standing {
	track: Track;
	stdLevel: StdLevel;
	/** Reports in the band. */
	n: number;
	/** Share of the band paid less, 0–1; undefined when the band has no reports. */
	percentile: number | undefined;
	median: number | undefined;
}

/**
 * The person's percentile in their own track's band and in the other track's band at the same
 * level. When a company is named and has reports at that level, the comparison uses that company;
 * otherwise it uses the whole company type (`scope` says which).
 *
 *     comparePosition(cells, { companyType: 'big-tech', track: 'ic', stdLevel: 6, total: 400000, … })
 *       → { scope: 'type', own: { track: 'ic', n: 2262, percentile: 0.61, … }, other: { track: 'em', … } }
 */
export function comparePosition(
	cells: readonly PayCell[],
	position: Position
): { scope: 'company' | 'type'; filter: CellFilter; own: Standing; other: Standing } {
	const byType: CellFilter = { companyType: position.companyType };
	const byCompany: CellFilter = { ...byType, company: position.company };
	const companyHasData =
		position.company !== '' &&
		createLevelSum(cells, byCompany, position.track, position.stdLevel).n > 0;
	const filter = companyHasData ? byCompany : byType;
	return {
		scope: companyHasData ? 'company' : 'type',
		filter,
		...compareWithin(cells, filter, position)
	};
}

/**
 * The person's percentile in both tracks' bands at their level, among the reports a given filter
 * selects (e.g. the explorer's current filters), whatever company type they entered.
 *
 *     compareWithin(cells, { companyType: 'all' }, { track: 'em', stdLevel: 6, total: 400000, … })
 *       → { own: { track: 'em', n: 980, percentile: 0.55, … }, other: { track: 'ic', … } }
 */
export function compareWithin(
	cells: readonly PayCell[],
	filter: CellFilter,
	position: Pick<Position, 'track' | 'stdLevel' | 'total'>
): { own: Standing; other: Standing } {
	const standing = (track: Track): Standing => {
		const sum = createLevelSum(cells, filter, track, position.stdLevel);
		return {
			track,
			stdLevel: position.stdLevel,
			n: sum.n,
			percentile: percentileOf(sum, position.total),
			median: sum.quantile(0.5)
		};
	};
	return { own: standing(position.track), other: standing(position.track === 'ic' ? 'em' : 'ic') };
}
