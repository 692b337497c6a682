/**
 * Where one person's pay sits among the reports: their percentile in their own track's band and
 * in the other track's band, at the same level and company type. Pure functions over pay cells;
 * the person's figures are arguments only and are never stored here.
 */
import { DEFAULT_MIN_N } from './bands.ts';
import {
	BIN_WIDTH,
	HistogramSum,
	matchesFilter,
	sumComponent,
	type CellFilter,
	type PayCell
} from './cells.ts';
import {
	COMPANY_TYPE_LABELS,
	TRACKS,
	TRACK_LABELS,
	type CompanyType,
	type PayComponent,
	type StdLevel,
	type Track
} from './domain.ts';
import { ALL, groupByTrackLevel, toTrackLevelKey } from './group.ts';

/**
 * Add up the cells of one track and level that a filter selects, for one pay component, read at
 * the width the cells were binned with (the dataset's binWidth).
 *
 *     createLevelSum(cells, { companyType: 'big-tech' }, 'ic', 6).n → 2262
 */
export function createLevelSum(
	cells: readonly PayCell[],
	filter: CellFilter,
	track: Track,
	stdLevel: StdLevel,
	{
		component = 'total',
		binWidth = BIN_WIDTH
	}: { component?: PayComponent; binWidth?: number } = {}
): HistogramSum {
	const sums = groupByTrackLevel(cells, {
		where: (cell) =>
			cell.track === track && cell.stdLevel === stdLevel && matchesFilter(cell, filter),
		reduce: sumComponent(component, binWidth)
	}).get(ALL);
	return sums?.get(toTrackLevelKey(track, stdLevel)) ?? new HistogramSum(binWidth);
}

/**
 * The share (0–1) of a group's reports paid less than `pay`: the inverse of the binned quantile
 * function, found by bisection on `quantile(p)`. Undefined for an empty group. Pay below the
 * lowest report gives 0 and above the highest gives 1. Forty halvings take the interval far
 * below one percentile point, more precision than the bins hold.
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

/** The one group of reports a person is compared with on /me and in the brief. */
export interface ComparisonGroup {
	/** 'company' when the named company has enough reports at the level, else 'type'. */
	scope: 'company' | 'type';
	/** The reports the group selects. */
	filter: CellFilter;
	/** The group's name as figures cite it: 'Google', 'big tech companies', 'all company types'. */
	name: string;
	/** The same, as a title ends: 'Google', 'Big tech', 'All company types'. */
	title: string;
	/** The company type the group is or falls back to ('all' when the source lacks the one asked for). */
	companyType: CompanyType | 'all';
	/** When a company was named but not used, why: 'Google has 3 EM reports at level 8 …'. */
	fallback: string | undefined;
	/** When the company type asked for has no reports in the cells, why another is used. */
	typeFallback: string | undefined;
}

/**
 * How a company type is named as a group: in a sentence and at the end of a title.
 *
 *     nameTypeGroup('big-tech') → { name: 'big tech companies', title: 'Big tech' }
 */
export function nameTypeGroup(companyType: CompanyType | 'all'): { name: string; title: string } {
	return companyType === 'all'
		? { name: 'all company types', title: 'All company types' }
		: {
				name: `${COMPANY_TYPE_LABELS[companyType].toLowerCase()} companies`,
				title: COMPANY_TYPE_LABELS[companyType]
			};
}

/**
 * The group every figure of /me and the brief uses: the named company when it has at least
 * `minN` reports on both tracks at the level (the page compares the tracks, so both must be
 * there), else the company type; a company type the cells have no report of (big tech in a
 * survey that names no big tech company) gives way to all company types, with a sentence saying
 * so, so no figure is an empty group's. One group for the percentiles, the ladder, the switch
 * table and the career paths, so the page gives one answer and names whom it compares with.
 *
 *     chooseComparisonGroup(cells, { companyType: 'big-tech', company: 'Google', stdLevel: 6 })
 *       → { scope: 'company', name: 'Google', filter: { company: 'Google' }, … }
 */
export function chooseComparisonGroup(
	cells: readonly PayCell[],
	{
		companyType,
		company,
		stdLevel
	}: { companyType: CompanyType | 'all'; company: string; stdLevel: StdLevel },
	minN: number = DEFAULT_MIN_N
): ComparisonGroup {
	const present = companyType === 'all' || cells.some((c) => c.companyType === companyType);
	const shownType = present ? companyType : 'all';
	const byType: ComparisonGroup = {
		scope: 'type',
		filter: { companyType: shownType },
		...nameTypeGroup(shownType),
		companyType: shownType,
		fallback: undefined,
		typeFallback: present
			? undefined
			: `This source has no reports from ${nameTypeGroup(companyType).name}, so the figures compare with all company types.`
	};
	if (company === '') return byType;
	const filter: CellFilter = { company };
	const counts = TRACKS.map((track) => ({
		track,
		n: createLevelSum(cells, filter, track, stdLevel).n
	}));
	const short = counts.filter((c) => c.n < minN);
	if (short.length === 0)
		return {
			scope: 'company',
			filter,
			name: company,
			title: company,
			companyType: shownType,
			fallback: undefined,
			typeFallback: undefined
		};
	const what = short
		.map((c) => `${c.n === 0 ? 'no' : c.n} ${TRACK_LABELS[c.track]} report${c.n === 1 ? '' : 's'}`)
		.join(' and ');
	const quoted = company.length > 60 ? `${company.slice(0, 60)}…` : company;
	const hasAny = cells.some((c) => c.company === company);
	return {
		...byType,
		fallback: hasAny
			? `${quoted} has ${what} at level ${stdLevel} (fewer than ${minN}), so the figures compare with ${byType.name}.`
			: `The data has no reports from ${quoted}, so the figures compare with ${byType.name}.`
	};
}

/** A person's own figures. Pay components are optional; total is what percentiles use. */
export interface Position {
	companyType: CompanyType | 'all';
	/** A company's display name, or '' to compare with the whole company type. */
	company: string;
	track: Track;
	stdLevel: StdLevel;
	/** The company's own label for the level as the user typed it, e.g. 'L6'; '' when none. */
	companyLevel: string;
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
 * The person's percentile in their own track's band and in the other track's band at their level,
 * among their comparison group (chooseComparisonGroup): their company when it has enough reports
 * on both tracks there, else their company type. `binWidth` is the width the cells were binned with.
 *
 *     comparePosition(cells, { companyType: 'big-tech', company: 'Google', track: 'ic', stdLevel: 6, total: 450000, … })
 *       → { group: { scope: 'company', name: 'Google', … }, own: { track: 'ic', n: 122, … }, other: { track: 'em', … } }
 */
export function comparePosition(
	cells: readonly PayCell[],
	position: Position,
	binWidth = BIN_WIDTH
): { group: ComparisonGroup; own: Standing; other: Standing } {
	const group = chooseComparisonGroup(cells, position);
	return { group, ...compareWithin(cells, group.filter, position, binWidth) };
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
	position: Pick<Position, 'track' | 'stdLevel' | 'total'>,
	binWidth = BIN_WIDTH
): { own: Standing; other: Standing } {
	const standing = (track: Track): Standing => {
		const sum = createLevelSum(cells, filter, track, position.stdLevel, { binWidth });
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
