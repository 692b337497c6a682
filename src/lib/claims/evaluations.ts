/**
 * One evaluation per claim: loaded cells and the current filter in, a verdict with its figures and
 * a sentence out. Pure functions; every threshold comes from thresholds.ts.
 *
 * Conventions. A "gap" is toGap(b's median, a's median); for the tracks, a is IC and b is EM, so
 * a positive gap is an EM premium. Each compared group needs MIN_N_PER_SIDE reports; groups below
 * that are left out, and a claim with nothing left to compare says "not enough data". Company
 * types are compared only among classified employers (measure.ts, isClassified). Each sentence
 * names the figure that decided the verdict against its rule (the evaluation's `decisive`).
 * `options.scale` multiplies the claim's own threshold (its `threshold` in catalog.ts), so the
 * Method page can show how the verdict moves with it.
 */
import {
	BIN_WIDTH,
	matchesFilter,
	YOE_BANDS,
	type CellFilter,
	type HistogramSum,
	type PayCell
} from '$lib/data/cells.ts';
import { toGap } from '$lib/data/bootstrap.ts';
import { groupByTrackLevel, toTrackLevelKey, type TrackLevelKey } from '$lib/data/group.ts';
import {
	COMPANY_TYPE_LABELS,
	COMPANY_TYPE_PHRASES,
	COMPANY_TYPE_SHORT_LABELS,
	type CompanyType,
	type StdLevel
} from '$lib/data/domain.ts';
import {
	formatCount,
	formatMoney,
	formatMoneyShort,
	formatPay,
	formatPercent
} from '$lib/format.ts';
import { createVarianceShares, DRIVER_LABELS, type VarianceShare } from './drivers.ts';
import {
	compareSums,
	COUNT_REPORTS,
	countComparedReports,
	countPlacement,
	countReportsAt,
	createGroupTrackLevelSums,
	createSums,
	createTrackLevelSums,
	formatAgainst,
	hasEnough,
	isClassified,
	levelsFrom,
	middle,
	placementOf,
	shareAbove,
	toGapRange,
	toLevelSpan,
	toNearness,
	toNotEnoughData
} from './measure.ts';
import {
	ASSUMED_PREMIUM,
	CLIMB_MARGIN,
	CLIMB_TOP_LEVEL,
	CULTURE_MARGIN,
	DRIVER_FACTORS,
	FEW_SHARE,
	FORK_COMPANY_CONTRADICT_SHARE,
	FORK_COMPANY_SUPPORT_SHARE,
	FORK_LEVEL,
	FORK_MIN_EM,
	FORK_MIN_SHARE,
	FROM_LEVEL,
	MID_LEVEL,
	MIN_N_PER_SIDE,
	MODEST_CUT,
	NEIGHBORHOOD_BAND,
	NEIGHBORHOOD_CONTRADICT_SHARE,
	NEIGHBORHOOD_SUPPORT_SHARE,
	OFTEN_SHARE,
	OUTEARN_CONTRADICT_SHARE,
	OUTEARN_SUPPORT_SHARE,
	PARALLEL_MIDDLE,
	PARITY_BAND,
	RARELY_SHARE
} from './thresholds.ts';
import type {
	Comparison,
	EvaluateOptions,
	Evaluation,
	Measure,
	Reading,
	Verdict
} from './types.ts';

type Evaluate = (
	cells: readonly PayCell[],
	filter: CellFilter,
	options?: EvaluateOptions
) => Evaluation;
type Agrees = (c: Pick<Comparison, 'gap' | 'low' | 'high'>) => boolean;

const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;
const TRACK_SIDES = { a: 'ic', b: 'em' } as const;
const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
/** 'k of n levels', or 'the one level' when there is one: never "0 of 1 level". */
const ofLevels = (k: number, n: number, verb: { one: [string, string]; some: string }) =>
	n === 1 ? `${verb.one[k]} at the one level measured` : `${verb.some} at ${k} of ${n} levels`;
/**
 * The premium over some gaps as a verb and its figures: 'is +28%' for one (or gaps that print
 * alike), 'ranges from −16% to +28%' for several, 'is not measured' for none.
 */
const describeGaps = (gaps: readonly number[]) =>
	gaps.length === 0
		? 'is not measured'
		: toGapRange(gaps).startsWith('from')
			? `ranges ${toGapRange(gaps)}`
			: `is ${toGapRange(gaps)}`;
/** A difference in percentage points, with enough decimals beside its limit: '1 point', '12 points'. */
const formatPoints = (x: number, limit: number) => {
	const value = +(x * 100).toFixed(Math.abs(x - limit) < 0.01 ? 2 : 0);
	return `${value} point${value === 1 ? '' : 's'}`;
};

/**
 * The reading a two-reading claim rests on: the same experience when any group there has enough
 * reports, else the same level; and why, in a sentence for the card.
 */
function chooseReading<T extends { comparisons: readonly unknown[] }>(
	experience: T,
	level: T,
	whyExperience: string
): { main: T; why: string } {
	return experience.comparisons.length
		? { main: experience, why: whyExperience }
		: {
				main: level,
				why: 'It rests on the same-level reading: no group has enough reports with years of experience to compare people with the same years.'
			};
}

/** The options with their defaults. */
function settle(options: EvaluateOptions = {}): {
	scale: number;
	draws?: number;
	binWidth: number;
	/** Dollars in a sentence, in the source's period: '$185k', or '$2.5k a month' on DOU. */
	money: (value: number | null | undefined) => string;
} {
	return {
		scale: options.scale ?? 1,
		draws: options.draws,
		binWidth: options.binWidth ?? BIN_WIDTH,
		money: (value) => `${formatMoneyShort(value)}${options.perMonth ? ' a month' : ''}`
	};
}

/** EM against IC at each level from `from` up that has enough reports on both tracks. */
function compareTracksByLevel(
	cells: readonly PayCell[],
	filter: CellFilter,
	agrees: Agrees,
	{ draws, binWidth }: { draws?: number; binWidth: number },
	from: StdLevel = FROM_LEVEL
): Comparison[] {
	const sums = createTrackLevelSums(cells, filter, binWidth);
	return levelsFrom(from).flatMap((level) => {
		const c = compareSums(
			{ label: `L${level}`, stdLevel: level },
			{ label: `IC L${level}`, sum: sums.get(toTrackLevelKey('ic', level)) },
			{ label: `EM L${level}`, sum: sums.get(toTrackLevelKey('em', level)) },
			agrees,
			draws
		);
		return c ? [c] : [];
	});
}

/**
 * EM against IC (or IC against EM, with `a: 'em'`) per classified company type and level from
 * level 5, for the types the filter allows; `types` narrows further.
 */
function compareTracksByTypeLevel(
	cells: readonly PayCell[],
	filter: CellFilter,
	agrees: (c: Pick<Comparison, 'gap' | 'low' | 'high' | 'companyType'>) => boolean,
	{
		types,
		a = 'ic',
		draws,
		binWidth
	}: { types?: readonly CompanyType[]; a?: 'ic' | 'em'; draws?: number; binWidth: number }
): Comparison[] {
	const sums = createGroupTrackLevelSums(
		cells,
		filter,
		(cell) =>
			!isClassified(cell.companyType) || (types && !types.includes(cell.companyType))
				? null
				: cell.companyType,
		binWidth
	);
	const present = [...sums.keys()];
	const b = a === 'ic' ? 'em' : 'ic';
	return present.flatMap((type) =>
		levelsFrom(FROM_LEVEL).flatMap((level) => {
			const label = `${COMPANY_TYPE_SHORT_LABELS[type]} L${level}`;
			const c = compareSums(
				{ label, stdLevel: level, companyType: type },
				{
					label: `${label} ${a.toUpperCase()}`,
					sum: sums.get(type)?.get(toTrackLevelKey(a, level))
				},
				{
					label: `${label} ${b.toUpperCase()}`,
					sum: sums.get(type)?.get(toTrackLevelKey(b, level))
				},
				(figures) => agrees({ ...figures, companyType: type }),
				draws
			);
			return c ? [c] : [];
		})
	);
}

/**
 * EM against IC per classified company type and years-of-experience band: people with the same
 * years at the same kind of employer, whatever level each track gave them. Reports without years
 * are left out. Its groups span every level, so they are not groupByTrackLevel's (track, level)
 * slots: they are summed by createSums with a key per (type, track, band).
 */
function compareTracksByTypeExperience(
	cells: readonly PayCell[],
	filter: CellFilter,
	agrees: Agrees,
	{ draws, binWidth }: { draws?: number; binWidth: number }
): Comparison[] {
	const sums = createSums(
		cells,
		filter,
		(cell) =>
			!isClassified(cell.companyType) || cell.yoe < 0
				? undefined
				: `${cell.companyType}|${cell.track}|${cell.yoe}`,
		binWidth
	);
	const present = [...new Set([...sums.keys()].map((key) => key.split('|')[0] as CompanyType))];
	return present.flatMap((type) =>
		YOE_BANDS.flatMap((band) => {
			const label = `${COMPANY_TYPE_SHORT_LABELS[type]}, ${band.label}`;
			const c = compareSums(
				{ label, companyType: type, yoe: band.id },
				{ label: `${label} IC`, sum: sums.get(`${type}|ic|${band.id}`) },
				{ label: `${label} EM`, sum: sums.get(`${type}|em|${band.id}`) },
				agrees,
				draws
			);
			return c ? [c] : [];
		})
	);
}

/** supported / mixed / contradicted from the share of groups agreeing with a claim. */
function verdictFromShare(share: number, support: number, contradict: number): Verdict {
	if (share >= support) return 'supported';
	if (share < contradict) return 'contradicted';
	return 'mixed';
}

/**
 * Where a share sits against a rule's two limits, in words.
 *
 *     againstShares(0.67, 0.75, 0.5) → 'under the 75% we ask for'
 */
function againstShares(
	share: number,
	support: number,
	contradict: number,
	{ ask = 'we ask for', fails = 'below which it fails' } = {}
): string {
	if (share >= support) return `at least the ${pct(support)} ${ask}`;
	if (share < contradict) return `under the ${pct(contradict)} ${fails}`;
	return `${side(share, support)} the ${pct(support)} ${ask}`;
}

/** 'over' or 'under' a limit, with how near: 'just over', 'well under', 'under'. */
function side(value: number, limit: number): string {
	return `${toNearness(value, limit)}${value > limit ? 'over' : value < limit ? 'under' : 'at'}`;
}

/**
 * parity-ideal: the EM/IC median ratio at each level from 5 up. A level holds parity when its gap
 * is within ±PARITY_BAND, and clearly breaks it when its whole interval lies outside the band.
 */
export const evaluateParity: Evaluate = (cells, filter, options) => {
	const settled = settle(options);
	const band = PARITY_BAND * settled.scale;
	const rule =
		`Supported when every level from ${FROM_LEVEL} up with ${MIN_N_PER_SIDE}+ ` +
		`reports a side has its EM/IC median gap within ±${pct(band)}; contradicted when ` +
		`most levels' 90% intervals lie wholly outside it; mixed otherwise.`;
	const comparisons = compareTracksByLevel(cells, filter, (c) => Math.abs(c.gap) <= band, settled);
	if (comparisons.length === 0)
		return toNotEnoughData(
			`no level from ${FROM_LEVEL} up`,
			rule,
			countReportsAt(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const holding = comparisons.filter((c) => c.agrees).length;
	const broken = comparisons.filter((c) => c.low > band || c.high < -band).length;
	const verdict: Verdict =
		holding === comparisons.length
			? 'supported'
			: broken > comparisons.length / 2
				? 'contradicted'
				: 'mixed';
	const widest = [...comparisons].sort((x, y) => Math.abs(y.gap) - Math.abs(x.gap))[0]!;
	const decisive =
		verdict === 'contradicted'
			? comparisons.length === 1
				? `even its 90% interval lies outside ±${pct(band)}`
				: `at ${broken} of ${comparisons.length} levels even the 90% interval lies outside ±${pct(band)}`
			: `the widest gap, ${formatPercent(widest.gap)} at level ${widest.stdLevel}, is ` +
				`${side(Math.abs(widest.gap), band)} the ±${pct(band)} we count as parity`;
	const span = toLevelSpan(comparisons.map((c) => c.stdLevel!));
	const holds = ofLevels(holding, comparisons.length, {
		one: ['parity does not hold', 'parity holds'],
		some: 'parity holds'
	});
	const sentence =
		`At ${span} the EM premium over IC pay ` +
		`${describeGaps(comparisons.map((c) => c.gap))}; ${holds}: ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons,
		measures: [],
		...countComparedReports(cells, filter, comparisons, TRACK_SIDES)
	};
};

/**
 * The typical premium and the share of groups under the assumed premium, as a verdict: one
 * reading of premium-smaller.
 */
function readPremium(
	id: Reading['id'],
	label: string,
	comparisons: Comparison[],
	assumed: number
): Reading {
	const smaller = comparisons.filter((c) => c.agrees).length;
	const share = comparisons.length ? smaller / comparisons.length : 0;
	const typical = middle(comparisons.map((c) => c.gap));
	const verdict: Verdict = comparisons.length
		? verdictFromShare(share, OFTEN_SHARE, RARELY_SHARE)
		: 'not-enough-data';
	const groups = id === 'level' ? 'company-type levels' : 'company-type experience bands';
	const decisive = comparisons.length
		? `the premium is below ${pct(assumed)} in ${smaller} of ${comparisons.length} ` +
			`${groups} (${pct(share)}), ` +
			againstShares(share, OFTEN_SHARE, RARELY_SHARE, {
				ask: 'we count as “often”',
				fails: 'below which it is rare'
			})
		: `no ${groups.slice(0, -1)} has ${MIN_N_PER_SIDE}+ reports a side`;
	return { id, label, comparisons, typical, verdict, decisive };
}

/**
 * premium-smaller: the manager premium read two ways, side by side: among people at the same
 * level (per company type and level) and among people with the same years of experience (per
 * company type and years band). The verdict rests on the experience reading: someone choosing a
 * track compares staying an engineer with managing after the same years, and on a shared ladder
 * the bands of one level are equal by design, so the level reading can hardly show a premium.
 */
export const evaluatePremiumSmaller: Evaluate = (cells, filter, options) => {
	const settled = settle(options);
	const assumed = ASSUMED_PREMIUM * settled.scale;
	const rule =
		`Read at the same experience (same company type and years band, ` +
		`${MIN_N_PER_SIDE}+ reports a side): supported when the EM premium is below ` +
		`${pct(assumed)} in at least ${pct(OFTEN_SHARE)} of groups; contradicted under ` +
		`${pct(RARELY_SHARE)}; mixed between. The same-level reading (company type and ` +
		`level, from ${FROM_LEVEL} up) is shown beside it. Unclassified companies are ` +
		`not a company type.`;
	const agrees: Agrees = (c) => c.gap < assumed;
	const level = readPremium(
		'level',
		'At the same level',
		compareTracksByTypeLevel(cells, filter, agrees, settled),
		assumed
	);
	const experience = readPremium(
		'experience',
		'At the same experience',
		compareTracksByTypeExperience(cells, filter, agrees, settled),
		assumed
	);
	if (level.comparisons.length === 0 && experience.comparisons.length === 0)
		return toNotEnoughData(
			'no company type and level or years band',
			rule,
			countReportsAt(cells, filter, levelsFrom(FROM_LEVEL))
		);
	// Experience first, when it can be read; the level reading stands in when no report says its
	// years (the verdict then says so).
	const { main, why } = chooseReading(
		experience,
		level,
		'It rests on the same-experience reading: someone choosing a track compares staying an ' +
			'engineer with managing after the same years, and at the same level a shared ladder pays ' +
			'alike by design.'
	);
	const sentence =
		`At the same experience the typical manager premium is ` +
		`${experience.comparisons.length ? formatPercent(experience.typical) : 'not measured'}; ` +
		`at the same level, ` +
		`${level.comparisons.length ? formatPercent(level.typical) : 'not measured'}. ` +
		`The verdict reads ` +
		`${main === experience ? 'the same experience' : 'the same level'}: ${main.decisive}.`;
	const share =
		main.comparisons.filter((c) => c.agrees).length / Math.max(1, main.comparisons.length);
	return {
		verdict: main.verdict,
		sentence,
		decisive: main.decisive,
		rule,
		readings: { shown: [experience, level], restsOn: main.id, why },
		comparisons: main.comparisons,
		measures: [
			{
				label: `Share below ${pct(assumed)}, ${main.label.toLowerCase()}`,
				value: share,
				kind: 'share',
				agrees: share >= OFTEN_SHARE
			}
		],
		...countComparedReports(cells, filter, main.comparisons, TRACK_SIDES)
	};
};

/**
 * same-neighborhood: per named company and level, the EM−IC gap; companies folded into "other
 * companies" for privacy are not companies and are left out.
 */
export const evaluateSameNeighborhood: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth } = settle(options);
	const band = NEIGHBORHOOD_BAND * scale;
	const rule =
		`Supported when at least ${pct(NEIGHBORHOOD_SUPPORT_SHARE)} of company-levels ` +
		`(named companies, from level ${FROM_LEVEL}, ${MIN_N_PER_SIDE}+ reports a side) ` +
		`have EM and IC medians within ±${pct(band)}; contradicted under ` +
		`${pct(NEIGHBORHOOD_CONTRADICT_SHARE)}; mixed between.`;
	const sums = createGroupTrackLevelSums(
		cells,
		filter,
		(cell) => (cell.company === '' || cell.stdLevel < FROM_LEVEL ? null : cell.company),
		binWidth
	);
	const companies = [...sums.keys()].sort();
	const comparisons = companies.flatMap((company) =>
		levelsFrom(FROM_LEVEL).flatMap((level) => {
			const label = `${company} L${level}`;
			const c = compareSums(
				{ label, company, stdLevel: level },
				{ label: `${label} IC`, sum: sums.get(company)?.get(toTrackLevelKey('ic', level)) },
				{ label: `${label} EM`, sum: sums.get(company)?.get(toTrackLevelKey('em', level)) },
				(f) => Math.abs(f.gap) <= band,
				draws
			);
			return c ? [c] : [];
		})
	);
	if (comparisons.length === 0)
		return toNotEnoughData(
			'no named company at any level from 5 up',
			rule,
			countReportsAt(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const inside = comparisons.filter((c) => c.agrees).length;
	const share = inside / comparisons.length;
	const more = comparisons.filter((c) => c.gap > 0).length;
	const sorted = [...comparisons].sort((x, y) => x.gap - y.gap);
	const lo = sorted[0]!;
	const hi = sorted[sorted.length - 1]!;
	const ends =
		lo === hi
			? `is ${formatPercent(lo.gap)} (${lo.label})`
			: `runs from ${formatPercent(lo.gap)} (${lo.label}) to ${formatPercent(hi.gap)} (${hi.label})`;
	const verdict = verdictFromShare(
		share,
		NEIGHBORHOOD_SUPPORT_SHARE,
		NEIGHBORHOOD_CONTRADICT_SHARE
	);
	const decisive =
		`${inside} of ${comparisons.length} company-levels ` +
		`(${formatAgainst(share, verdict === 'contradicted' ? NEIGHBORHOOD_CONTRADICT_SHARE : NEIGHBORHOOD_SUPPORT_SHARE)}) ` +
		`are within ±${pct(band)}, ` +
		againstShares(share, NEIGHBORHOOD_SUPPORT_SHARE, NEIGHBORHOOD_CONTRADICT_SHARE);
	const sentence =
		`At ${plural(comparisons.length, 'company-level')} with ${MIN_N_PER_SIDE}+ ` +
		`reports a side, the EM−IC gap ${ends}, and EMs earn more at ${more}, less at ` +
		`${comparisons.length - more}; ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons,
		measures: [{ label: `Share within ±${pct(band)}`, value: share, kind: 'share' }],
		...countComparedReports(cells, filter, comparisons, TRACK_SIDES)
	};
};

/** The employers the essay calls tech-first, and those it calls traditional or corporate. */
export const TECH_TYPES: readonly CompanyType[] = ['big-tech', 'tech-first'];
export const TRADITIONAL_TYPES: readonly CompanyType[] = ['enterprise', 'finance'];

/**
 * culture-decides: the typical EM premium (median over type-levels) at tech-first employers
 * against traditional ones. Compares company types, so it ignores the company-type filter.
 */
export const evaluateCultureDecides: Evaluate = (cells, filter, options) => {
	const settled = settle(options);
	const margin = CULTURE_MARGIN * settled.scale;
	const rule =
		`Supported when the typical EM premium at big-tech and tech-first employers is ` +
		`below zero, the one at enterprise and finance employers above zero, and the two ` +
		`differ by at least ${+(margin * 100).toFixed(1)} points; contradicted when the ` +
		`tech-first premium is not lower at all; mixed otherwise. Ignores the ` +
		`company-type filter.`;
	const { companyType: _ignored, ...rest } = filter;
	const isTech = (type: CompanyType | undefined) => type !== undefined && TECH_TYPES.includes(type);
	const comparisons = compareTracksByTypeLevel(
		cells,
		rest,
		(c) => (isTech(c.companyType) ? c.gap < 0 : c.gap > 0),
		{ ...settled, types: [...TECH_TYPES, ...TRADITIONAL_TYPES] }
	);
	const tech = comparisons.filter((c) => isTech(c.companyType)).map((c) => c.gap);
	const traditional = comparisons.filter((c) => !isTech(c.companyType)).map((c) => c.gap);
	if (tech.length === 0 || traditional.length === 0)
		return toNotEnoughData(
			'no tech-first or no traditional employer level',
			rule,
			countReportsAt(cells, rest, levelsFrom(FROM_LEVEL))
		);
	const techTypical = middle(tech);
	const tradTypical = middle(traditional);
	const difference = tradTypical - techTypical;
	const verdict: Verdict =
		difference <= 0
			? 'contradicted'
			: difference >= margin && techTypical < 0 && tradTypical > 0
				? 'supported'
				: 'mixed';
	const points = (x: number) => formatPoints(x, margin);
	const lower = `the premium is ${points(difference)} lower where engineering leads`;
	const decisive =
		difference <= 0
			? `the premium is no lower where engineering leads (${points(-difference)} higher)`
			: difference < margin
				? `${lower}, ${side(difference, margin)} the ${points(margin)} we require`
				: techTypical >= 0
					? `${lower}, but tech-first managers still earn more (${formatPercent(techTypical)})`
					: tradTypical <= 0
						? `${lower}, but traditional managers do not earn more (${formatPercent(tradTypical)})`
						: `${lower}, ${side(difference, margin)} the ${points(margin)} we require, below zero ` +
							`at tech-first employers and above at traditional ones`;
	const sentence =
		`The typical EM premium is ${formatPercent(techTypical)} at tech-first employers ` +
		`(${tech.length} type-levels) and ${formatPercent(tradTypical)} at traditional ` +
		`ones (${traditional.length}): ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons,
		measures: [
			{
				label: 'Typical EM premium, tech-first',
				value: techTypical,
				kind: 'share',
				agrees: techTypical < 0
			},
			{
				label: 'Typical EM premium, traditional',
				value: tradTypical,
				kind: 'share',
				agrees: tradTypical > 0
			}
		],
		...countComparedReports(cells, rest, comparisons, TRACK_SIDES)
	};
};

/**
 * switch-cost: what an EM would earn back on the IC track — the IC median at the same level, and
 * one level down (the essay's "ramp-up"), per classified company type, as a change from the EM
 * median.
 */
export const evaluateSwitchCost: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth } = settle(options);
	const cut = MODEST_CUT * scale;
	const rule =
		`Supported when the typical move from EM to IC costs at most ${pct(cut)} both at ` +
		`the same level and one level down; mixed when only the same-level move is that ` +
		`modest; contradicted when even the same-level move typically costs more. Per ` +
		`company type (unclassified companies left out), from level ${FROM_LEVEL}, ` +
		`${MIN_N_PER_SIDE}+ reports a side.`;
	const comparisons = compareTracksByTypeLevel(cells, filter, (c) => c.gap >= -cut, {
		a: 'em',
		draws,
		binWidth
	});
	if (comparisons.length === 0)
		return toNotEnoughData(
			'no company type and level',
			rule,
			countReportsAt(cells, filter, levelsFrom(FROM_LEVEL))
		);
	// One level down: the IC median at L−1 of the same type against the EM median at L.
	const sums = createGroupTrackLevelSums(
		cells,
		filter,
		(cell) => (isClassified(cell.companyType) ? cell.companyType : null),
		binWidth
	);
	const down = comparisons.flatMap((c) => {
		const level = (c.stdLevel! - 1) as StdLevel;
		const type = sums.get(c.companyType!);
		const em = type?.get(toTrackLevelKey('em', c.stdLevel!));
		const ic = type?.get(toTrackLevelKey('ic', level));
		if (!hasEnough(em) || !hasEnough(ic)) return [];
		return [toGap(ic.quantile(0.5)!, em.quantile(0.5)!)];
	});
	const same = middle(comparisons.map((c) => c.gap));
	const lower = down.length ? middle(down) : same;
	const verdict: Verdict = same < -cut ? 'contradicted' : lower >= -cut ? 'supported' : 'mixed';
	const change = (x: number) =>
		x < 0 ? `a ${formatAgainst(x, cut)} cut` : `a ${formatAgainst(x, cut)} rise`;
	const deciding = verdict === 'contradicted' ? same : lower;
	const where = verdict === 'contradicted' ? 'at the same level' : 'one level down';
	const decisive =
		deciding >= 0
			? `${where}, ${change(deciding)}: no cut at all`
			: `${where}, ${change(deciding)}, ${toNearness(-deciding, cut)}${-deciding > cut ? 'over' : 'within'} the ${pct(cut)} we count as modest`;
	const sentence =
		`Moving from EM back to IC at the same level typically means ${change(same)} ` +
		`(${comparisons.length} company-type levels, ` +
		`${toGapRange(comparisons.map((c) => c.gap))}); one level down, ` +
		`${change(lower)}. Decisive: ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons,
		measures: [
			{
				label: 'Typical change, same level',
				value: same,
				kind: 'share',
				agrees: same >= -cut
			},
			{
				label: 'Typical change, one level down',
				value: lower,
				kind: 'share',
				agrees: lower >= -cut
			}
		],
		...countComparedReports(cells, filter, comparisons, { a: 'em', b: 'ic' })
	};
};

/**
 * dual-ladder: at levels 6–9, wherever managers are measured, ICs are too, and the ladders run
 * side by side: each track's median lies within the other track's middle half (PARALLEL_MIDDLE
 * of its reports). Overlapping middle halves alone would survive a manager premium of +75% and
 * more; a median outside the other track's middle half fails at about a third.
 */
export const evaluateDualLadder: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth } = settle(options);
	const exact = (value: number | undefined) => formatPay(value, options?.perMonth ?? false);
	const middleShare = Math.min(0.98, PARALLEL_MIDDLE * scale);
	const [qLo, qHi] = [(1 - middleShare) / 2, (1 + middleShare) / 2];
	const middleWords =
		middleShare === PARALLEL_MIDDLE ? 'middle half' : `central ${pct(middleShare)}`;
	const rule =
		`Supported when at every level from 6 to 9 with ${MIN_N_PER_SIDE}+ EM reports ` +
		`there are also ${MIN_N_PER_SIDE}+ IC reports and each track's median lies ` +
		`within the other's ${middleWords} ` +
		`(p${+(qLo * 100).toFixed(1)}–p${+(qHi * 100).toFixed(1)}); contradicted when ` +
		`that holds at fewer than half of those levels; mixed otherwise.`;
	const sums = createTrackLevelSums(cells, filter, binWidth);
	const within = (value: number, sum: HistogramSum) =>
		value >= sum.quantile(qLo)! && value <= sum.quantile(qHi)!;
	const levels = levelsFrom(6).filter((level) => hasEnough(sums.get(toTrackLevelKey('em', level))));
	if (levels.length === 0)
		return toNotEnoughData(
			'no level from 6 to 9',
			rule,
			countReportsAt(cells, filter, levelsFrom(6))
		);
	const comparisons: Comparison[] = [];
	const measures: Measure[] = [];
	const failures: string[] = [];
	for (const level of levels) {
		const ic = sums.get(toTrackLevelKey('ic', level));
		const em = sums.get(toTrackLevelKey('em', level))!;
		const parallel = (a: HistogramSum, b: HistogramSum) =>
			within(a.quantile(0.5)!, b) && within(b.quantile(0.5)!, a);
		const c = compareSums(
			{ label: `L${level}`, stdLevel: level },
			{ label: `IC L${level}`, sum: ic },
			{ label: `EM L${level}`, sum: em },
			() => hasEnough(ic) && parallel(ic, em),
			draws
		);
		if (c) {
			comparisons.push(c);
			if (!c.agrees) {
				// To the dollar: rounded to thousands a median just outside a bound reads as on it.
				const outside = !within(c.a.median, em)
					? `the IC median (${exact(c.a.median)}) is outside the managers' ` +
						`${middleWords} (${formatMoney(em.quantile(qLo))}–${exact(em.quantile(qHi))})`
					: `the EM median (${exact(c.b.median)}) is outside the ICs' ` +
						`${middleWords} (${formatMoney(ic!.quantile(qLo))}–${exact(ic!.quantile(qHi))})`;
				failures.push(`at level ${level} ${outside}`);
			}
		} else {
			measures.push({
				label: `IC reports at L${level}`,
				stdLevel: level,
				value: ic?.n ?? 0,
				kind: 'count',
				agrees: false
			});
			failures.push(`at level ${level} ICs are too few to measure (${ic?.n ?? 0})`);
		}
	}
	const parallel = comparisons.filter((c) => c.agrees).length;
	const verdict: Verdict =
		parallel === levels.length
			? 'supported'
			: parallel < levels.length / 2
				? 'contradicted'
				: 'mixed';
	const decisive =
		failures.length === 0
			? `at all ${levels.length} levels each track's median lies within the other's ${middleWords}`
			: levels.length === 1
				? `${failures.join('; ')}`
				: `${parallel} of ${levels.length} levels run parallel; ${failures.join('; ')}`;
	const sentence = `From level 6 up, where managers are measured, the EM premium ${describeGaps(comparisons.map((c) => c.gap))}; ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons,
		measures,
		...countReportsAt(cells, filter, levels)
	};
};

/** Reports per (track, level) of one group, as group.ts keys them. */
type LevelCounts = ReadonlyMap<TrackLevelKey, { n: number }>;

/** Managers and all reports of some counts at a level. */
function countsAt(counts: LevelCounts, level: StdLevel): { em: number; all: number } {
	const em = counts.get(toTrackLevelKey('em', level))?.n ?? 0;
	return { em, all: em + (counts.get(toTrackLevelKey('ic', level))?.n ?? 0) };
}

/** The lowest level where managers are a meaningful group, by the FORK_MIN_* thresholds. */
function findFork(counts: LevelCounts, minShare: number): StdLevel | undefined {
	return levelsFrom(3).find((level) => {
		const { em, all } = countsAt(counts, level);
		return em >= FORK_MIN_EM && em >= minShare * all;
	});
}

/**
 * fork-at-five: the lowest level with a meaningful count of managers, overall and per named
 * company with enough managers to have a fork at all, on reports placed by a company's level
 * catalog (the years-of-experience fallback never places a manager below level 5, so it cannot
 * say where a ladder starts).
 */
export const evaluateForkAtFive: Evaluate = (cells, filter, options) => {
	const { scale } = settle(options);
	const minShare = FORK_MIN_SHARE * scale;
	const rule =
		`The fork is the lowest level where EM reports number at least ${FORK_MIN_EM} ` +
		`and make up at least ${pct(minShare)} of the level's reports, counting only ` +
		`reports placed by the company's own level catalog. Supported when it is level ` +
		`${FORK_LEVEL} overall and at ${pct(FORK_COMPANY_SUPPORT_SHARE)} or more of the ` +
		`companies with a fork; contradicted when the overall fork is elsewhere or under ` +
		`${pct(FORK_COMPANY_CONTRADICT_SHARE)} of companies fork at ${FORK_LEVEL}; mixed otherwise.`;
	const placed = cells.filter((cell) => placementOf(cell) !== 'fallback');
	const placedWords = cells.some((cell) => placementOf(cell) !== undefined)
		? 'On catalog-placed reports'
		: 'On all reports (this data does not say how each level was placed)';
	const counted = countReportsAt(placed, filter);
	const { n } = counted;
	// Reports per company, then per (track, level), through the one grouping transform; the
	// unnamed reports ('' for other companies of a type) count toward the overall fork only.
	const byCompany = groupByTrackLevel(placed, {
		where: (cell) => matchesFilter(cell, filter),
		by: (cell) => cell.company,
		reduce: COUNT_REPORTS
	});
	const totals = new Map<TrackLevelKey, { n: number }>();
	for (const slots of byCompany.values())
		for (const [key, { n: count }] of slots) {
			const total = totals.get(key);
			if (total) total.n += count;
			else totals.set(key, { n: count });
		}
	const overall = findFork(totals, minShare);
	if (overall === undefined) {
		return {
			...toNotEnoughData('no level', rule, counted),
			sentence:
				`Not enough data: no level has ${FORK_MIN_EM} or more catalog-placed EM reports ` +
				`making up ${pct(minShare)} of its reports (${formatCount(n.em)} such EM reports in this selection).`
		};
	}
	// Companies in a set order, so the sentence lists forks 'elsewhere' the same way on any data:
	// most managers first (the forks measured on the most reports), then by name.
	const managers = (own: LevelCounts) =>
		levelsFrom(3).reduce((sum, level) => sum + countsAt(own, level).em, 0);
	const companyForks = [...byCompany]
		.filter(([company]) => company !== '')
		.map(([company, own]) => ({ company, managers: managers(own), fork: findFork(own, minShare) }))
		.filter((c): c is { company: string; managers: number; fork: StdLevel } => c.fork !== undefined)
		.sort((x, y) => y.managers - x.managers || (x.company < y.company ? -1 : 1));
	const atFive = companyForks.filter((c) => c.fork === FORK_LEVEL).length;
	const companyShare = companyForks.length ? atFive / companyForks.length : 1;
	const emShare = (level: StdLevel) => {
		const { em, all } = countsAt(totals, level);
		return em / Math.max(1, all);
	};
	const measures: Measure[] = [
		...levelsFrom(3).map((level) => ({
			label: `EM share L${level}`,
			stdLevel: level,
			value: emShare(level),
			kind: 'share' as const,
			agrees: level >= FORK_LEVEL ? emShare(level) >= minShare : emShare(level) < minShare
		})),
		{ label: 'Fork, all companies', value: overall, kind: 'level', agrees: overall === FORK_LEVEL },
		{ label: `Companies forking at L${FORK_LEVEL}`, value: atFive, kind: 'count' },
		{ label: 'Companies with a fork', value: companyForks.length, kind: 'count' }
	];
	const verdict: Verdict =
		overall !== FORK_LEVEL || companyShare < FORK_COMPANY_CONTRADICT_SHARE
			? 'contradicted'
			: companyShare >= FORK_COMPANY_SUPPORT_SHARE
				? 'supported'
				: 'mixed';
	const others = companyForks
		.filter((c) => c.fork !== FORK_LEVEL)
		.map((c) => `${c.company} L${c.fork}`);
	const companies =
		companyForks.length === 0
			? 'no single company has enough managers to place its own'
			: `${atFive} of ${companyForks.length} companies with enough managers fork there too` +
				(others.length
					? ` (elsewhere: ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''})`
					: '');
	const decisive =
		overall !== FORK_LEVEL
			? `the overall fork is level ${overall}, not ${FORK_LEVEL}`
			: companyForks.length === 0
				? `the overall fork is level ${FORK_LEVEL}, and no company can be placed on its own`
				: `${atFive} of ${companyForks.length} companies (${pct(companyShare)}) fork at ` +
					`level ${FORK_LEVEL}, ` +
					againstShares(companyShare, FORK_COMPANY_SUPPORT_SHARE, FORK_COMPANY_CONTRADICT_SHARE);
	const sentence =
		`${placedWords}, managers first reach ${FORK_MIN_EM}+ reports and ` +
		`${pct(minShare)} of a level at level ${overall} (${pct(emShare(overall))} of ` +
		`its reports); ${companies}. Decisive: ${decisive}.`;
	return { verdict, sentence, decisive, rule, comparisons: [], measures, ...counted };
};

/**
 * ic-keeps-climbing: IC median growth per level from 5 to the highest level measured, step by
 * step, against the managers' growth over the same levels.
 */
export const evaluateIcKeepsClimbing: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth } = settle(options);
	const margin = CLIMB_MARGIN * scale;
	const rule =
		`Supported when IC medians are measured (${MIN_N_PER_SIDE}+ reports) from level ` +
		`${FROM_LEVEL} to at least ${CLIMB_TOP_LEVEL}, rise at every step, and grow per ` +
		`level no slower than EM medians less ${+(margin * 100).toFixed(1)} points; ` +
		`contradicted when the IC ladder stops below ${CLIMB_TOP_LEVEL} or falls ` +
		`significantly at a step; mixed otherwise.`;
	const sums = createTrackLevelSums(cells, filter, binWidth);
	const levels: StdLevel[] = [];
	for (const level of levelsFrom(FROM_LEVEL)) {
		if (!hasEnough(sums.get(toTrackLevelKey('ic', level)))) break;
		levels.push(level);
	}
	const counted = countReportsAt(cells, filter, levelsFrom(FROM_LEVEL));
	if (levels.length < 2)
		return toNotEnoughData(`the IC track above level ${FROM_LEVEL}`, rule, counted);
	const comparisons = levels.slice(1).flatMap((level) => {
		const prev = (level - 1) as StdLevel;
		const c = compareSums(
			{ label: `L${prev}→L${level}`, stdLevel: level },
			{ label: `IC L${prev}`, sum: sums.get(toTrackLevelKey('ic', prev)) },
			{ label: `IC L${level}`, sum: sums.get(toTrackLevelKey('ic', level)) },
			(f) => f.gap > 0,
			draws
		);
		return c ? [c] : [];
	});
	const top = levels[levels.length - 1]!;
	const growth = (track: 'ic' | 'em') => {
		const measured = levels.filter((level) => hasEnough(sums.get(toTrackLevelKey(track, level))));
		if (measured.length < 2) return undefined;
		const lo = measured[0]!;
		const hi = measured[measured.length - 1]!;
		const ratio =
			sums.get(toTrackLevelKey(track, hi))!.quantile(0.5)! /
			sums.get(toTrackLevelKey(track, lo))!.quantile(0.5)!;
		return ratio ** (1 / (hi - lo)) - 1;
	};
	const icGrowth = growth('ic')!;
	const emGrowth = growth('em');
	const falling = comparisons.filter((c) => c.high < 0);
	const keepsPace = emGrowth === undefined || icGrowth >= emGrowth - margin;
	const verdict: Verdict =
		top < CLIMB_TOP_LEVEL || falling.length > 0
			? 'contradicted'
			: comparisons.every((c) => c.agrees) && keepsPace
				? 'supported'
				: 'mixed';
	const rising = comparisons.filter((c) => c.agrees).length;
	const lag = emGrowth === undefined ? 0 : emGrowth - icGrowth;
	const decisive =
		top < CLIMB_TOP_LEVEL
			? `the IC ladder is measured only up to level ${top}, below the ${CLIMB_TOP_LEVEL} we ask for`
			: falling.length
				? `IC pay falls clearly at ${falling.map((c) => c.label).join(', ')}`
				: rising < comparisons.length
					? `IC pay rises at only ${rising} of ${comparisons.length} steps`
					: emGrowth === undefined
						? `IC pay rises at every step to level ${top}; managers are too few to compare`
						: lag <= 0
							? `ICs grow ${formatPercent(icGrowth)} a level, no slower than managers' ${formatPercent(emGrowth)}`
							: `ICs grow ${formatPercent(icGrowth)} a level against managers' ` +
								`${formatPercent(emGrowth)}, ` +
								`${formatPoints(lag, margin)} slower, ` +
								`${side(lag, margin)} the ${+(margin * 100).toFixed(1)} points we allow`;
	const sentence = `IC medians are measured from level ${FROM_LEVEL} to ${top} and rise at ${rising} of ${comparisons.length} steps: ${decisive}.`;
	const measures: Measure[] = [
		{ label: 'IC growth a level', value: icGrowth, kind: 'share', agrees: keepsPace },
		...(emGrowth === undefined
			? []
			: [{ label: 'EM growth a level', value: emGrowth, kind: 'share' as const }]),
		{
			label: 'Highest IC level measured',
			value: top,
			kind: 'level',
			agrees: top >= CLIMB_TOP_LEVEL
		}
	];
	return { verdict, sentence, decisive, rule, comparisons, measures, ...counted };
};

/** One group's out-earning share: the share of its ICs paid more than its median manager. */
interface Outearning {
	comparison: Comparison;
	share: number;
}

/**
 * The out-earning shares as one reading of leadership-not-money: the typical share (median over
 * the groups) against the rule, and the typical manager premium beside it.
 */
function readOutearning(
	id: Reading['id'],
	label: string,
	groups: readonly Outearning[],
	support: number
): Reading {
	const comparisons = groups.map((g) => g.comparison);
	const shares = groups.map((g) => g.share);
	const typicalShare = middle(shares);
	const verdict: Verdict = groups.length
		? verdictFromShare(typicalShare, support, OUTEARN_CONTRADICT_SHARE)
		: 'not-enough-data';
	const where = id === 'level' ? 'level' : 'company type and years band';
	const decisive = groups.length
		? `in the typical ${where} ` +
			`${formatAgainst(typicalShare, verdict === 'contradicted' ? OUTEARN_CONTRADICT_SHARE : support)} ` +
			`of ICs out-earn the median manager, ` +
			againstShares(typicalShare, support, OUTEARN_CONTRADICT_SHARE, {
				fails: 'below which managing is where the money is'
			})
		: `no ${where} has ${MIN_N_PER_SIDE}+ reports a side`;
	return {
		id,
		label,
		comparisons,
		typical: middle(comparisons.map((c) => c.gap)),
		verdict,
		decisive,
		measures: groups.map((g) => ({
			label: g.comparison.label,
			stdLevel: g.comparison.stdLevel,
			value: g.share,
			kind: 'share' as const,
			agrees: g.share >= support
		}))
	};
}

/**
 * leadership-not-money: the share of ICs paid more than the median manager, read two ways side by
 * side: among people at the same level (each level from 5) and among people with the same years
 * of experience (same company type and years band). With no manager premium that share is a half;
 * the rule asks for close to it. The verdict rests on the experience reading, as premium-smaller's
 * does: moving into leadership is a choice made after some years, so it is judged against staying
 * an engineer for as long, and at one level a shared ladder pays both tracks alike by design.
 */
export const evaluateLeadershipNotMoney: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth } = settle(options);
	const support = Math.min(0.5, OUTEARN_SUPPORT_SHARE * scale);
	const rule =
		`With no manager premium, half the ICs of a group would out-earn its median manager. ` +
		`Read at the same experience (same company type and years band, ${MIN_N_PER_SIDE}+ ` +
		`reports a side): supported when in the typical group at least ${pct(support)} of ICs ` +
		`are paid more than the EM median; contradicted under ${pct(OUTEARN_CONTRADICT_SHARE)}; ` +
		`mixed between. The same-level reading (each level from ${FROM_LEVEL}) is shown beside ` +
		`it. Unclassified companies are not a company type.`;
	const outearning = (
		comparison: Comparison | undefined,
		include: (cell: PayCell) => boolean
	): Outearning[] =>
		comparison
			? [
					{
						comparison,
						share: shareAbove(cells, filter, include, comparison.b.median, binWidth).share
					}
				]
			: [];
	const atLevel = (c: Comparison) =>
		outearning(c, (cell) => cell.track === 'ic' && cell.stdLevel === c.stdLevel);
	const atExperience = (c: Comparison) =>
		outearning(
			c,
			(cell) => cell.track === 'ic' && cell.companyType === c.companyType && cell.yoe === c.yoe
		);
	const agrees: Agrees = () => true;
	const level = readOutearning(
		'level',
		'At the same level',
		compareTracksByLevel(cells, filter, agrees, { draws, binWidth }).flatMap(atLevel),
		support
	);
	const experience = readOutearning(
		'experience',
		'At the same experience',
		compareTracksByTypeExperience(cells, filter, agrees, { draws, binWidth }).flatMap(atExperience),
		support
	);
	if (level.comparisons.length === 0 && experience.comparisons.length === 0)
		return toNotEnoughData(
			`no level from ${FROM_LEVEL} up`,
			rule,
			countReportsAt(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const { main, why } = chooseReading(
		experience,
		level,
		'It rests on the same-experience reading: moving into leadership is a choice made after ' +
			'some years, so it is judged against staying an engineer for as long; at one level a ' +
			'shared ladder pays both tracks alike by design.'
	);
	const describe = (reading: Reading) => {
		if (reading.comparisons.length === 0) return 'not measured';
		const values = reading.measures!.map((m) => m.value);
		const lo = Math.min(...values);
		const hi = Math.max(...values);
		return lo === hi ? pct(lo) : `${pct(lo)} to ${pct(hi)}`;
	};
	const sentence =
		`At the same experience ${describe(experience)} of ICs are paid more than the median ` +
		`manager of their company type and years band; at the same level, ${describe(level)}. ` +
		`The verdict reads ${main === experience ? 'the same experience' : 'the same level'}: ` +
		`${main.decisive}.`;
	return {
		verdict: main.verdict,
		sentence,
		decisive: main.decisive,
		rule,
		readings: { shown: [experience, level], restsOn: main.id, why },
		comparisons: [],
		// The card draws the shares as bars (with no comparisons to draw as gaps).
		measures: main.measures!,
		...countComparedReports(cells, filter, main.comparisons, TRACK_SIDES)
	};
};

/**
 * drivers-not-track: the share of the variance of log pay each factor explains (eta², see
 * drivers.ts). Track should explain least. The company-type factor is measured over classified
 * employers only.
 */
export const evaluateDriversNotTrack: Evaluate = (cells, filter) => {
	const rule =
		`Shares of the variance of log total pay explained by each factor (eta², bin ` +
		`middles as values; company type over classified employers only). Supported when ` +
		`track explains the least of all factors measured; contradicted when it explains ` +
		`more than company, company type and location; mixed otherwise. A factor with ` +
		`one group in the selection is not measured.`;
	const counted = countReportsAt(cells, filter);
	const { n } = counted;
	if (n.ic < MIN_N_PER_SIDE || n.em < MIN_N_PER_SIDE)
		return toNotEnoughData('the selection', rule, counted);
	const shares = createVarianceShares(cells, filter, DRIVER_FACTORS).filter((s) => s.groups > 1);
	const track = shares.find((s) => s.factor === 'track')!;
	const others = shares.filter((s) => s.factor !== 'track');
	const places = others.filter((s) => s.factor !== 'level');
	const verdict: Verdict = others.every((s) => s.share > track.share)
		? 'supported'
		: places.length > 0 && places.every((s) => s.share < track.share)
			? 'contradicted'
			: 'mixed';
	const ranked = [...shares].sort((x, y) => y.share - x.share);
	const describe = (s: VarianceShare) =>
		`${DRIVER_LABELS[s.factor].toLowerCase()} ${formatShare(s.share)}`;
	const rank = ranked.indexOf(track) + 1;
	const weakest = [...others].sort((x, y) => x.share - y.share)[0];
	const decisive =
		verdict === 'supported'
			? `track explains ${formatShare(track.share)}, less than the weakest other factor (${weakest ? describe(weakest) : 'none'})`
			: verdict === 'contradicted'
				? `track explains ${formatShare(track.share)}, more than company, company type and location`
				: `track explains ${formatShare(track.share)}, ${ordinal(rank)} of ${ranked.length}: more than ${others
						.filter((s) => s.share < track.share)
						.map(describe)
						.join(', ')}`;
	const sentence = `Taken alone, each factor explains this share of the spread in log pay: ${ranked
		.filter((s) => s !== track)
		.map(describe)
		.join(', ')}; ${decisive}.`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons: [],
		measures: ranked.map((s) => ({
			label: DRIVER_LABELS[s.factor],
			value: s.share,
			kind: 'share' as const,
			agrees: s.factor === 'track' ? verdict === 'supported' : undefined
		})),
		...counted
	};
};

function formatShare(share: number): string {
	return share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`;
}

function ordinal(k: number): string {
	return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][k - 1] ?? `${k}th`;
}

type LargeTechType = Extract<CompanyType, 'big-tech' | 'tech-first'>;

/** The two company types startup-vs-bigtech compares on a source, and what they hold in words. */
export interface StartupSides {
	/** The managers' type: the essay's young or small startups, else late-stage private. */
	startups: Extract<CompanyType, 'startup' | 'late-stage'>;
	/** The engineers' type: big tech, else tech-first as the nearest large tech company. */
	tech: LargeTechType;
	/** Closes the sentence: what the two types hold and which is a stand-in. */
	caveat: string;
}

/** The engineers' type as an adjective in a sentence: 'big-tech level-4 engineers'. */
const TECH_ADJECTIVES: Record<LargeTechType, string> = {
	'big-tech': 'big-tech',
	'tech-first': 'tech-first'
};

const YOUNG_STARTUPS = 'Startups here are the young or small companies the essay means.';

/**
 * The sides startup-vs-bigtech compares, from the company types a source has, or in a few words
 * why it has no pair to compare. The essay sets a manager at a young startup against a mid-level
 * engineer at a large tech company (Meta). Each side is the essay's own type where the source has
 * it: `startup` holds young or small companies wherever a source can say so (DOU's own company
 * kind, Stack Overflow's and aijobs' company size, the EU survey's answer), `big-tech` the five
 * largest tech platforms (levels.fyi only). Otherwise each side takes the nearest type, named so
 * in the sentence: `late-stage` private companies (Stripe, Airbnb) for startups on levels.fyi,
 * whose catalog can type no young startup; `tech-first` companies (a main product of software:
 * DOU's and the EU survey's product companies, Stack Overflow's software-development employers of
 * 1,000+ people; data/sources/README.md) for the large tech company on the surveys, which have no
 * big tech. Only one side may be a stand-in: late-stage managers against tech-first engineers
 * would say little about young startups or big tech, so that source cannot test the claim.
 *
 *     chooseStartupSides(new Set(['startup', 'tech-first']))  → { startups: 'startup', tech: 'tech-first', caveat: '… the nearest …' }
 *     chooseStartupSides(new Set(['late-stage', 'big-tech'])) → { startups: 'late-stage', tech: 'big-tech', caveat: '… the nearest …' }
 *     chooseStartupSides(new Set(['startup']))                → 'no large tech employers'
 */
export function chooseStartupSides(types: ReadonlySet<CompanyType>): StartupSides | string {
	const tech: LargeTechType | null = types.has('big-tech')
		? 'big-tech'
		: types.has('tech-first')
			? 'tech-first'
			: null;
	if (types.has('startup')) {
		if (tech === 'big-tech') return { startups: 'startup', tech, caveat: YOUNG_STARTUPS };
		if (tech === 'tech-first')
			return {
				startups: 'startup',
				tech,
				caveat:
					`${YOUNG_STARTUPS} This data has no big tech, so ${COMPANY_TYPE_PHRASES['tech-first']} ` +
					`(whose main product is software) are the nearest it has to the essay’s large tech ` +
					`company.`
			};
		return 'no large tech employers';
	}
	if (types.has('late-stage') && tech === 'big-tech')
		return {
			startups: 'late-stage',
			tech,
			caveat:
				`${COMPANY_TYPE_LABELS['late-stage']} companies are the nearest this data has to the ` +
				`essay’s young startups, none of which it types.`
		};
	if (types.has('late-stage')) return 'no young startups or big tech';
	return tech ? 'no startups' : 'no startups or large tech employers';
}

/**
 * startup-vs-bigtech: the EM median (all levels) of the essay's startups against the level-4 IC
 * median of a large tech company, each side the essay's own type or the nearest a source has
 * (chooseStartupSides). Compares company types, so it ignores the company-type filter. Its
 * manager group spans every level, so it is summed by createSums rather than groupByTrackLevel's
 * (track, level) slots.
 */
export const evaluateStartupVsBigTech: Evaluate = (cells, filter, options) => {
	const { scale, draws, binWidth, money } = settle(options);
	const few = FEW_SHARE * scale;
	const { companyType: _ignored, ...rest } = filter;
	const sides = chooseStartupSides(
		new Set(cells.filter((cell) => matchesFilter(cell, rest)).map((cell) => cell.companyType))
	);
	if (typeof sides === 'string') {
		const rule =
			`Supported when the startup EM median is below the level-${MID_LEVEL} IC median of a ` +
			`large tech company with its whole 90% interval. Ignores the company-type filter.`;
		return {
			verdict: 'not-enough-data',
			sentence: `This data cannot test the claim: it has ${sides}.`,
			decisive: sides,
			rule,
			comparisons: [],
			measures: [],
			n: { ic: 0, em: 0 },
			...countPlacement(cells, rest, () => false)
		};
	}
	const { startups, tech, caveat } = sides;
	const label = COMPANY_TYPE_LABELS[startups];
	const managers = `${label.toLowerCase()} managers`;
	const engineers = `${TECH_ADJECTIVES[tech]} level-${MID_LEVEL} engineers`;
	const rule =
		`Supported when the ${label.toLowerCase()} EM median is below the ${TECH_ADJECTIVES[tech]} ` +
		`level-${MID_LEVEL} IC median with its whole 90% interval; contradicted when it is above ` +
		`with its whole interval and under ${pct(few)} of ${managers} earn less; mixed ` +
		`otherwise. Ignores the company-type filter.`;
	const isStartupManager = (cell: PayCell) => cell.companyType === startups && cell.track === 'em';
	const isTechEngineer = (cell: PayCell) =>
		cell.companyType === tech && cell.track === 'ic' && cell.stdLevel === MID_LEVEL;
	const isCompared = (cell: PayCell) => isStartupManager(cell) || isTechEngineer(cell);
	const sums = createSums(
		cells,
		rest,
		(cell) =>
			isStartupManager(cell) ? 'startup-em' : isTechEngineer(cell) ? 'tech-ic' : undefined,
		binWidth
	);
	// The comparison carries the managers' type (and the engineers' level), so a chart of it
	// (the story's ladder) shows the type the claim read.
	const c = compareSums(
		{ label: `${label} EM`, stdLevel: MID_LEVEL, companyType: startups },
		{ label: `${COMPANY_TYPE_SHORT_LABELS[tech]} IC L${MID_LEVEL}`, sum: sums.get('tech-ic') },
		{ label: `${label} EM`, sum: sums.get('startup-em') },
		(f) => f.gap < 0,
		draws
	);
	const counted = {
		n: { ic: sums.get('tech-ic')?.n ?? 0, em: sums.get('startup-em')?.n ?? 0 },
		...countPlacement(cells, rest, isCompared)
	};
	if (!c) return toNotEnoughData(`no comparison of ${managers} with ${engineers}`, rule, counted);
	const below = 1 - shareAbove(cells, rest, isStartupManager, c.a.median, binWidth).share;
	const verdict: Verdict =
		c.high < 0 ? 'supported' : c.low > 0 && below < few ? 'contradicted' : 'mixed';
	const engineer = `the median ${TECH_ADJECTIVES[tech]} level-${MID_LEVEL} engineer`;
	const decisive =
		verdict === 'supported'
			? `the typical ${label.toLowerCase()} manager earns ${formatAgainst(c.gap, 0)} less than ` +
				`${engineer}, and at least ${formatAgainst(c.high, 0)} less across the 90% interval`
			: `${formatAgainst(below, few)} of ${managers} earn less than ${engineer}, ` +
				(below < few
					? `under the ${pct(few)} below which “can earn far less” fails`
					: `at least the ${pct(few)} that keeps “can earn far less” open`);
	const sentence =
		`${label} managers’ median pay (${money(c.b.median)}, n = ${c.b.n}) is ` +
		`${formatPercent(c.gap)} against ${engineers}’ (${money(c.a.median)}, n = ${c.a.n}): ` +
		`${decisive}. ${caveat}`;
	return {
		verdict,
		sentence,
		decisive,
		rule,
		comparisons: [c],
		measures: [
			{
				label: `${label} EMs below ${TECH_ADJECTIVES[tech]} IC L${MID_LEVEL} median`,
				value: below,
				kind: 'share'
			}
		],
		...counted
	};
};
