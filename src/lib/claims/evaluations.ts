/**
 * One evaluation per claim: loaded cells and the current filter in, a verdict with its figures and
 * a sentence out. Pure functions; every threshold comes from thresholds.ts.
 *
 * Conventions. A "gap" is b's median ÷ a's median − 1; for the tracks, a is IC and b is EM, so a
 * positive gap is an EM premium. Each compared group needs MIN_N_PER_SIDE reports; groups below
 * that are left out, and a claim with nothing left to compare says "not enough data".
 */
import { HistogramSum, type CellFilter, type PayCell } from '$lib/data/cells.ts';
import { COMPANY_TYPE_LABELS, type CompanyType, type StdLevel } from '$lib/data/domain.ts';
import { formatMoneyShort, formatPercent } from '$lib/format.ts';
import { createVarianceShares, DRIVER_LABELS, type VarianceShare } from './drivers.ts';
import {
	compareSums,
	countByTrack,
	countCompared,
	createSums,
	createTrackLevelSums,
	hasEnough,
	levelsFrom,
	middle,
	shareAbove,
	toGapRange,
	toLevelSpan,
	toNotEnoughData,
	toTrackLevelKey
} from './measure.ts';
import {
	ASSUMED_PREMIUM,
	CLIMB_MARGIN,
	CLIMB_TOP_LEVEL,
	CULTURE_MARGIN,
	DRIVER_FACTORS,
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
	PARITY_BAND,
	RARELY_SHARE
} from './thresholds.ts';
import type { Comparison, Evaluation, Measure, Verdict } from './types.ts';

type Evaluate = (cells: readonly PayCell[], filter: CellFilter) => Evaluation;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const TRACK_SIDES = { a: 'ic', b: 'em' } as const;

/** EM against IC at each level from `from` up that has enough reports on both tracks. */
function compareTracksByLevel(
	cells: readonly PayCell[],
	filter: CellFilter,
	agrees: (c: Pick<Comparison, 'gap' | 'low' | 'high'>) => boolean,
	from: StdLevel = FROM_LEVEL
): Comparison[] {
	const sums = createTrackLevelSums(cells, filter);
	return levelsFrom(from).flatMap((level) => {
		const c = compareSums(
			{ label: `L${level}`, stdLevel: level },
			{ label: `IC L${level}`, sum: sums.get(toTrackLevelKey('ic', level)) },
			{ label: `EM L${level}`, sum: sums.get(toTrackLevelKey('em', level)) },
			agrees
		);
		return c ? [c] : [];
	});
}

/**
 * EM against IC per company type and level (from level 5), for the types the filter allows.
 * `types` narrows further, e.g. to the tech-first and traditional employers.
 */
function compareTracksByTypeLevel(
	cells: readonly PayCell[],
	filter: CellFilter,
	agrees: (c: Pick<Comparison, 'gap' | 'low' | 'high' | 'companyType'>) => boolean,
	{ types, a = 'ic' as 'ic' | 'em' }: { types?: readonly CompanyType[]; a?: 'ic' | 'em' } = {}
): Comparison[] {
	const sums = createSums(cells, filter, (cell) =>
		types && !types.includes(cell.companyType)
			? undefined
			: `${cell.companyType}|${cell.track}|${cell.stdLevel}`
	);
	const present = [...new Set([...sums.keys()].map((key) => key.split('|')[0] as CompanyType))];
	const b = a === 'ic' ? 'em' : 'ic';
	return present.flatMap((type) =>
		levelsFrom(FROM_LEVEL).flatMap((level) => {
			const label = `${COMPANY_TYPE_LABELS[type]} L${level}`;
			const c = compareSums(
				{ label, stdLevel: level, companyType: type },
				{ label: `${label} ${a.toUpperCase()}`, sum: sums.get(`${type}|${a}|${level}`) },
				{ label: `${label} ${b.toUpperCase()}`, sum: sums.get(`${type}|${b}|${level}`) },
				(figures) => agrees({ ...figures, companyType: type })
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
 * parity-ideal: the EM/IC median ratio at each level from 5 up. A level holds parity when its gap
 * is within ±PARITY_BAND, and clearly breaks it when its whole interval lies outside the band.
 */
export const evaluateParity: Evaluate = (cells, filter) => {
	const rule =
		`Supported when every level from ${FROM_LEVEL} up with ` +
		`${MIN_N_PER_SIDE}+ reports a side has its EM/IC median gap within ` +
		`±${pct(PARITY_BAND)}; contradicted when most levels' 90% intervals lie ` +
		`wholly outside it; mixed otherwise.`;
	const comparisons = compareTracksByLevel(cells, filter, (c) => Math.abs(c.gap) <= PARITY_BAND);
	if (comparisons.length === 0)
		return toNotEnoughData(
			`no level from ${FROM_LEVEL} up`,
			rule,
			countByTrack(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const holding = comparisons.filter((c) => c.agrees).length;
	const broken = comparisons.filter((c) => c.low > PARITY_BAND || c.high < -PARITY_BAND).length;
	const verdict: Verdict =
		holding === comparisons.length
			? 'supported'
			: broken > comparisons.length / 2
				? 'contradicted'
				: 'mixed';
	const span = toLevelSpan(comparisons.map((c) => c.stdLevel!));
	const sentence =
		`At ${span} the EM premium over IC pay ranges ` +
		`${toGapRange(comparisons.map((c) => c.gap))}; ` +
		`parity holds within ±${pct(PARITY_BAND)} at ${holding} of ` +
		`${comparisons.length} level${comparisons.length === 1 ? '' : 's'}.`;
	return {
		verdict,
		sentence,
		rule,
		comparisons,
		measures: [],
		n: countCompared(comparisons, TRACK_SIDES)
	};
};

/**
 * premium-smaller: the EM premium per company type and level, against the premium people are
 * taken to assume (ASSUMED_PREMIUM).
 */
export const evaluatePremiumSmaller: Evaluate = (cells, filter) => {
	const rule =
		`Supported when the EM premium is below ${pct(ASSUMED_PREMIUM)} in at ` +
		`least ${pct(OFTEN_SHARE)} of company-type levels (from ${FROM_LEVEL} ` +
		`up, ${MIN_N_PER_SIDE}+ reports a side); ` +
		`contradicted under ${pct(RARELY_SHARE)}; mixed between.`;
	const comparisons = compareTracksByTypeLevel(cells, filter, (c) => c.gap < ASSUMED_PREMIUM);
	if (comparisons.length === 0)
		return toNotEnoughData(
			'no company type and level',
			rule,
			countByTrack(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const smaller = comparisons.filter((c) => c.agrees).length;
	const share = smaller / comparisons.length;
	const typical = middle(comparisons.map((c) => c.gap));
	const sentence =
		`The EM premium is below ${pct(ASSUMED_PREMIUM)} in ${smaller} of ` +
		`${comparisons.length} company-type levels; ` +
		`the typical premium is ${formatPercent(typical)}, ` +
		`${toGapRange(comparisons.map((c) => c.gap))}.`;
	return {
		verdict: verdictFromShare(share, OFTEN_SHARE, RARELY_SHARE),
		sentence,
		rule,
		comparisons,
		measures: [
			{
				label: `Share below ${pct(ASSUMED_PREMIUM)}`,
				value: share,
				kind: 'share',
				agrees: share >= OFTEN_SHARE
			}
		],
		n: countCompared(comparisons, TRACK_SIDES)
	};
};

/**
 * same-neighborhood: per named company and level, the EM−IC gap; companies folded into "other
 * companies" for privacy are not companies and are left out.
 */
export const evaluateSameNeighborhood: Evaluate = (cells, filter) => {
	const rule =
		`Supported when at least ${pct(NEIGHBORHOOD_SUPPORT_SHARE)} of ` +
		`company-levels (named companies, from level ${FROM_LEVEL}, ` +
		`${MIN_N_PER_SIDE}+ reports a side) have EM and IC medians within ` +
		`±${pct(NEIGHBORHOOD_BAND)}; contradicted under ` +
		`${pct(NEIGHBORHOOD_CONTRADICT_SHARE)}; mixed between.`;
	const sums = createSums(cells, filter, (cell) =>
		cell.company === '' || cell.stdLevel < FROM_LEVEL
			? undefined
			: `${cell.company}|${cell.track}|${cell.stdLevel}`
	);
	const companies = [...new Set([...sums.keys()].map((key) => key.split('|')[0]!))].sort();
	const comparisons = companies.flatMap((company) =>
		levelsFrom(FROM_LEVEL).flatMap((level) => {
			const label = `${company} L${level}`;
			const c = compareSums(
				{ label, company, stdLevel: level },
				{ label: `${label} IC`, sum: sums.get(`${company}|ic|${level}`) },
				{ label: `${label} EM`, sum: sums.get(`${company}|em|${level}`) },
				(f) => Math.abs(f.gap) <= NEIGHBORHOOD_BAND
			);
			return c ? [c] : [];
		})
	);
	if (comparisons.length === 0)
		return toNotEnoughData(
			'no named company at any level from 5 up',
			rule,
			countByTrack(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const inside = comparisons.filter((c) => c.agrees).length;
	const more = comparisons.filter((c) => c.gap > 0).length;
	const sorted = [...comparisons].sort((x, y) => x.gap - y.gap);
	const lo = sorted[0]!;
	const hi = sorted[sorted.length - 1]!;
	const ends =
		lo === hi
			? `is ${formatPercent(lo.gap)} (${lo.label})`
			: `runs from ${formatPercent(lo.gap)} (${lo.label}) to ${formatPercent(hi.gap)} (${hi.label})`;
	const sentence =
		`At ${comparisons.length} ` +
		`company-level${comparisons.length === 1 ? '' : 's'} with ` +
		`${MIN_N_PER_SIDE}+ reports a side, the EM−IC gap ${ends}; ` +
		`${inside} of ${comparisons.length} are within ` +
		`±${pct(NEIGHBORHOOD_BAND)}, and EMs earn more at ${more}, ` +
		`less at ${comparisons.length - more}.`;
	return {
		verdict: verdictFromShare(
			inside / comparisons.length,
			NEIGHBORHOOD_SUPPORT_SHARE,
			NEIGHBORHOOD_CONTRADICT_SHARE
		),
		sentence,
		rule,
		comparisons,
		measures: [
			{
				label: `Share within ±${pct(NEIGHBORHOOD_BAND)}`,
				value: inside / comparisons.length,
				kind: 'share'
			}
		],
		n: countCompared(comparisons, TRACK_SIDES)
	};
};

/** The employers the essay calls tech-first, and those it calls traditional or corporate. */
export const TECH_TYPES: readonly CompanyType[] = ['big-tech', 'tech-first'];
export const TRADITIONAL_TYPES: readonly CompanyType[] = ['enterprise', 'finance'];

/**
 * culture-decides: the typical EM premium (median over type-levels) at tech-first employers
 * against traditional ones. Compares company types, so it ignores the company-type filter.
 */
export const evaluateCultureDecides: Evaluate = (cells, filter) => {
	const rule =
		`Supported when the typical EM premium at big-tech and tech-first ` +
		`employers is below zero, the one at enterprise and finance employers ` +
		`above zero, and the two differ by at least ${pct(CULTURE_MARGIN)} ` +
		`points; contradicted when the tech-first premium is not lower at all; ` +
		`mixed otherwise. Ignores the company-type filter.`;
	const { companyType: _ignored, ...rest } = filter;
	const isTech = (type: CompanyType | undefined) => type !== undefined && TECH_TYPES.includes(type);
	const comparisons = compareTracksByTypeLevel(
		cells,
		rest,
		(c) => (isTech(c.companyType) ? c.gap < 0 : c.gap > 0),
		{
			types: [...TECH_TYPES, ...TRADITIONAL_TYPES]
		}
	);
	const tech = comparisons.filter((c) => isTech(c.companyType)).map((c) => c.gap);
	const traditional = comparisons.filter((c) => !isTech(c.companyType)).map((c) => c.gap);
	if (tech.length === 0 || traditional.length === 0)
		return toNotEnoughData(
			'no tech-first or no traditional employer level',
			rule,
			countByTrack(cells, rest, levelsFrom(FROM_LEVEL))
		);
	const techTypical = middle(tech);
	const tradTypical = middle(traditional);
	const difference = tradTypical - techTypical;
	const verdict: Verdict =
		difference <= 0
			? 'contradicted'
			: difference >= CULTURE_MARGIN && techTypical < 0 && tradTypical > 0
				? 'supported'
				: 'mixed';
	const sentence =
		`The typical EM premium is ${formatPercent(techTypical)} at tech-first ` +
		`employers (${tech.length} type-levels) and ` +
		`${formatPercent(tradTypical)} at traditional ones ` +
		`(${traditional.length}), ` +
		`${difference > 0 ? `${Math.round(difference * 100)} points lower where engineering leads` : 'no lower where engineering leads'}.`;
	return {
		verdict,
		sentence,
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
		n: countCompared(comparisons, TRACK_SIDES)
	};
};

/**
 * switch-cost: what an EM would earn back on the IC track — the IC median at the same level, and
 * one level down (the essay's "ramp-up"), per company type, as a change from the EM median.
 */
export const evaluateSwitchCost: Evaluate = (cells, filter) => {
	const rule =
		`Supported when the typical move from EM to IC costs at most ` +
		`${pct(MODEST_CUT)} both at the same level and one level down; ` +
		`mixed when only the same-level move is that modest; ` +
		`contradicted when even the same-level move typically costs more. ` +
		`Per company type, from level ${FROM_LEVEL}, ` +
		`${MIN_N_PER_SIDE}+ reports a side.`;
	const comparisons = compareTracksByTypeLevel(cells, filter, (c) => c.gap >= -MODEST_CUT, {
		a: 'em'
	});
	if (comparisons.length === 0)
		return toNotEnoughData(
			'no company type and level',
			rule,
			countByTrack(cells, filter, levelsFrom(FROM_LEVEL))
		);
	// One level down: the IC median at L−1 of the same type against the EM median at L.
	const sums = createSums(
		cells,
		filter,
		(cell) => `${cell.companyType}|${cell.track}|${cell.stdLevel}`
	);
	const down = comparisons.flatMap((c) => {
		const level = (c.stdLevel! - 1) as StdLevel;
		const em = sums.get(`${c.companyType}|em|${c.stdLevel}`);
		const ic = sums.get(`${c.companyType}|ic|${level}`);
		if (!hasEnough(em) || !hasEnough(ic)) return [];
		return [ic.quantile(0.5)! / em.quantile(0.5)! - 1];
	});
	const same = middle(comparisons.map((c) => c.gap));
	const lower = down.length ? middle(down) : same;
	const verdict: Verdict =
		same < -MODEST_CUT ? 'contradicted' : lower >= -MODEST_CUT ? 'supported' : 'mixed';
	const change = (x: number) =>
		x < 0 ? `a ${Math.round(-x * 100)}% cut` : `a ${Math.round(x * 100)}% rise`;
	const sentence =
		`Moving from EM back to IC at the same level typically means ` +
		`${change(same)} (${comparisons.length} company-type levels, ` +
		`${toGapRange(comparisons.map((c) => c.gap))}); one level down, ` +
		`${change(lower)}.`;
	return {
		verdict,
		sentence,
		rule,
		comparisons,
		measures: [
			{
				label: 'Typical change, same level',
				value: same,
				kind: 'share',
				agrees: same >= -MODEST_CUT
			},
			{
				label: 'Typical change, one level down',
				value: lower,
				kind: 'share',
				agrees: lower >= -MODEST_CUT
			}
		],
		n: countCompared(comparisons, { a: 'em', b: 'ic' })
	};
};

/**
 * dual-ladder: at levels 6–9, wherever managers are measured, ICs are too, and the middle halves
 * (p25–p75) of the two tracks overlap.
 */
export const evaluateDualLadder: Evaluate = (cells, filter) => {
	const rule =
		`Supported when at every level from 6 to 9 with ${MIN_N_PER_SIDE}+ EM ` +
		`reports there are also ${MIN_N_PER_SIDE}+ IC reports and the two ` +
		`tracks' middle halves (p25–p75) overlap; ` +
		`contradicted when that holds at fewer than half of those levels; ` +
		`mixed otherwise.`;
	const sums = createTrackLevelSums(cells, filter);
	const overlap = (a: HistogramSum, b: HistogramSum) =>
		a.quantile(0.25)! <= b.quantile(0.75)! && b.quantile(0.25)! <= a.quantile(0.75)!;
	const levels = levelsFrom(6).filter((level) => hasEnough(sums.get(toTrackLevelKey('em', level))));
	if (levels.length === 0)
		return toNotEnoughData(
			'no level from 6 to 9',
			rule,
			countByTrack(cells, filter, levelsFrom(6))
		);
	const comparisons: Comparison[] = [];
	const measures: Measure[] = [];
	for (const level of levels) {
		const ic = sums.get(toTrackLevelKey('ic', level));
		const em = sums.get(toTrackLevelKey('em', level))!;
		const c = compareSums(
			{ label: `L${level}`, stdLevel: level },
			{ label: `IC L${level}`, sum: ic },
			{ label: `EM L${level}`, sum: em },
			() => hasEnough(ic) && overlap(ic, em)
		);
		if (c) comparisons.push(c);
		else
			measures.push({
				label: `IC reports at L${level}`,
				value: ic?.n ?? 0,
				kind: 'count',
				agrees: false
			});
	}
	const parallel = comparisons.filter((c) => c.agrees).length;
	const verdict: Verdict =
		parallel === levels.length
			? 'supported'
			: parallel < levels.length / 2
				? 'contradicted'
				: 'mixed';
	const missing = measures.length
		? `; ICs are too few to measure at ${measures.map((m) => m.label.slice(-2)).join(', ')}`
		: '';
	const sentence =
		`At ${parallel} of ${levels.length} levels from 6 up where managers are ` +
		`measured, the IC middle half overlaps the EM one (EM premium ` +
		`${toGapRange(comparisons.map((c) => c.gap))})${missing}.`;
	return { verdict, sentence, rule, comparisons, measures, n: countByTrack(cells, filter, levels) };
};

/** The lowest level where managers are a meaningful group, by the FORK_MIN_* thresholds. */
function findFork(em: Map<number, number>, all: Map<number, number>): StdLevel | undefined {
	return levelsFrom(3).find(
		(level) =>
			(em.get(level) ?? 0) >= FORK_MIN_EM &&
			(em.get(level) ?? 0) >= FORK_MIN_SHARE * (all.get(level) ?? 0)
	);
}

/**
 * fork-at-five: the lowest level with a meaningful count of managers, overall and per named
 * company with enough managers to have a fork at all.
 */
export const evaluateForkAtFive: Evaluate = (cells, filter) => {
	const rule =
		`The fork is the lowest level where EM reports number at least ` +
		`${FORK_MIN_EM} and make up at least ${pct(FORK_MIN_SHARE)} of the ` +
		`level's reports. Supported when it is level ${FORK_LEVEL} overall and ` +
		`at least half the companies with a fork; mixed when only overall; ` +
		`contradicted when the overall fork is elsewhere.`;
	const counts = new Map<string, Map<number, number>>();
	const bump = (key: string, level: number, n: number) => {
		const map = counts.get(key) ?? new Map<number, number>();
		map.set(level, (map.get(level) ?? 0) + n);
		counts.set(key, map);
	};
	const n = countByTrack(cells, filter);
	for (const [key, sum] of createSums(
		cells,
		filter,
		(cell) => `${cell.company}|${cell.track}|${cell.stdLevel}`
	)) {
		const [company, track, level] = key.split('|') as [string, string, string];
		bump(`all|${track}`, Number(level), sum.n);
		bump('all|all', Number(level), sum.n);
		if (company !== '') {
			bump(`${company}|${track}`, Number(level), sum.n);
			bump(`${company}|all`, Number(level), sum.n);
		}
	}
	const overall = findFork(counts.get('all|em') ?? new Map(), counts.get('all|all') ?? new Map());
	if (overall === undefined) {
		return {
			...toNotEnoughData('no level', rule, n),
			sentence:
				`Not enough data: no level has ${FORK_MIN_EM} or more EM reports making ` +
				`up ${pct(FORK_MIN_SHARE)} of its reports (${n.em} EM reports in this ` +
				`selection).`
		};
	}
	const companyForks = [...counts.keys()]
		.filter((key) => key.endsWith('|em') && !key.startsWith('all|'))
		.map((key) => key.slice(0, -3))
		.flatMap((company) => {
			const fork = findFork(counts.get(`${company}|em`)!, counts.get(`${company}|all`)!);
			return fork === undefined ? [] : [{ company, fork }];
		});
	const atFive = companyForks.filter((c) => c.fork === FORK_LEVEL).length;
	const emShare = (level: StdLevel) =>
		(counts.get('all|em')?.get(level) ?? 0) / Math.max(1, counts.get('all|all')?.get(level) ?? 0);
	const measures: Measure[] = [
		...levelsFrom(3).map((level) => ({
			label: `EM share L${level}`,
			value: emShare(level),
			kind: 'share' as const,
			agrees:
				level >= FORK_LEVEL ? emShare(level) >= FORK_MIN_SHARE : emShare(level) < FORK_MIN_SHARE
		})),
		{ label: 'Fork, all companies', value: overall, kind: 'level', agrees: overall === FORK_LEVEL },
		{ label: `Companies forking at L${FORK_LEVEL}`, value: atFive, kind: 'count' },
		{ label: 'Companies with a fork', value: companyForks.length, kind: 'count' }
	];
	const verdict: Verdict =
		overall !== FORK_LEVEL
			? 'contradicted'
			: companyForks.length === 0 || atFive >= companyForks.length / 2
				? 'supported'
				: 'mixed';
	const others = companyForks
		.filter((c) => c.fork !== FORK_LEVEL)
		.map((c) => `${c.company} L${c.fork}`);
	const companies =
		companyForks.length === 0
			? 'no single company has enough managers to place its own'
			: `${atFive} of ${companyForks.length} companies with enough managers ` +
				`fork there ` +
				`too${others.length ? ` (elsewhere: ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''})` : ''}`;
	const sentence =
		`Managers first reach ${FORK_MIN_EM}+ reports and ` +
		`${pct(FORK_MIN_SHARE)} of a level at level ${overall} ` +
		`(${pct(emShare(overall))} of its reports); ${companies}.`;
	return { verdict, sentence, rule, comparisons: [], measures, n };
};

/**
 * ic-keeps-climbing: IC median growth per level from 5 to the highest level measured, step by
 * step, against the managers' growth over the same levels.
 */
export const evaluateIcKeepsClimbing: Evaluate = (cells, filter) => {
	const rule =
		`Supported when IC medians are measured (${MIN_N_PER_SIDE}+ reports) ` +
		`from level ${FROM_LEVEL} to at least ${CLIMB_TOP_LEVEL}, ` +
		`rise at every step, and grow per level no slower than EM medians less ` +
		`${pct(CLIMB_MARGIN)} points; contradicted when the IC ladder stops ` +
		`below ${CLIMB_TOP_LEVEL} or falls significantly at a step; ` +
		`mixed otherwise.`;
	const sums = createTrackLevelSums(cells, filter);
	const levels: StdLevel[] = [];
	for (const level of levelsFrom(FROM_LEVEL)) {
		if (!hasEnough(sums.get(toTrackLevelKey('ic', level)))) break;
		levels.push(level);
	}
	const n = countByTrack(cells, filter, levelsFrom(FROM_LEVEL));
	if (levels.length < 2) return toNotEnoughData(`the IC track above level ${FROM_LEVEL}`, rule, n);
	const comparisons = levels.slice(1).flatMap((level) => {
		const prev = (level - 1) as StdLevel;
		const c = compareSums(
			{ label: `L${prev}→L${level}`, stdLevel: level },
			{ label: `IC L${prev}`, sum: sums.get(toTrackLevelKey('ic', prev)) },
			{ label: `IC L${level}`, sum: sums.get(toTrackLevelKey('ic', level)) },
			(f) => f.gap > 0
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
	const falls = comparisons.some((c) => c.high < 0);
	const keepsPace = emGrowth === undefined || icGrowth >= emGrowth - CLIMB_MARGIN;
	const verdict: Verdict =
		top < CLIMB_TOP_LEVEL || falls
			? 'contradicted'
			: comparisons.every((c) => c.agrees) && keepsPace
				? 'supported'
				: 'mixed';
	const rising = comparisons.filter((c) => c.agrees).length;
	const vsEm =
		emGrowth === undefined
			? 'managers are too few to compare'
			: `managers’ medians grow ${formatPercent(emGrowth)} a level over the same span`;
	const sentence =
		`IC medians are measured from level ${FROM_LEVEL} to ${top} and rise at ` +
		`${rising} of ${comparisons.length} steps, ` +
		`${formatPercent(icGrowth)} a level on average; ${vsEm}.`;
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
	return { verdict, sentence, rule, comparisons, measures, n };
};

/**
 * leadership-not-money: at each level from 5, the share of ICs paid more than that level's EM
 * median. If managers were simply paid more, that share would be small.
 */
export const evaluateLeadershipNotMoney: Evaluate = (cells, filter) => {
	const rule =
		`Supported when, at the typical level from ${FROM_LEVEL} up ` +
		`(${MIN_N_PER_SIDE}+ reports a side), ` +
		`at least ${pct(OUTEARN_SUPPORT_SHARE)} of ICs are paid more than the ` +
		`EM median; contradicted under ${pct(OUTEARN_CONTRADICT_SHARE)}; ` +
		`mixed between.`;
	const sums = createTrackLevelSums(cells, filter);
	const measures: Measure[] = [];
	for (const level of levelsFrom(FROM_LEVEL)) {
		const ic = sums.get(toTrackLevelKey('ic', level));
		const em = sums.get(toTrackLevelKey('em', level));
		if (!hasEnough(ic) || !hasEnough(em)) continue;
		const { share } = shareAbove(
			cells,
			filter,
			(cell) => cell.track === 'ic' && cell.stdLevel === level,
			em.quantile(0.5)!
		);
		measures.push({
			label: `L${level}`,
			value: share,
			kind: 'share',
			agrees: share >= OUTEARN_SUPPORT_SHARE
		});
	}
	const levels = measures.map((m) => Number(m.label.slice(1)));
	if (measures.length === 0)
		return toNotEnoughData(
			`no level from ${FROM_LEVEL} up`,
			rule,
			countByTrack(cells, filter, levelsFrom(FROM_LEVEL))
		);
	const typical = middle(measures.map((m) => m.value));
	const shares = measures.map((m) => m.value);
	const range =
		Math.min(...shares) === Math.max(...shares)
			? pct(typical)
			: `${pct(Math.min(...shares))} to ${pct(Math.max(...shares))}`;
	const sentence = `At ${toLevelSpan(levels)}, ${range} of ICs are paid more than the median manager of their level (typically ${pct(typical)}).`;
	return {
		verdict: verdictFromShare(typical, OUTEARN_SUPPORT_SHARE, OUTEARN_CONTRADICT_SHARE),
		sentence,
		rule,
		comparisons: [],
		measures,
		n: countByTrack(cells, filter, levels as StdLevel[])
	};
};

/**
 * drivers-not-track: the share of the variance of log pay each factor explains (eta², see
 * drivers.ts). Track should explain least.
 */
export const evaluateDriversNotTrack: Evaluate = (cells, filter) => {
	const rule =
		`Shares of the variance of log total pay explained by each factor ` +
		`(eta², bin middles as values). Supported when track explains the least ` +
		`of all factors measured; contradicted when it explains more than ` +
		`company, company type and location; mixed otherwise. ` +
		`A factor with one group in the selection is not measured.`;
	const n = countByTrack(cells, filter);
	if (n.ic < MIN_N_PER_SIDE || n.em < MIN_N_PER_SIDE)
		return toNotEnoughData('the selection', rule, n);
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
	const sentence = `Taken alone, each factor explains this share of the spread in log pay: ${ranked
		.filter((s) => s !== track)
		.map(describe)
		.join(
			', '
		)}; track explains ${formatShare(track.share)}, ${ordinal(rank)} of ${ranked.length}.`;
	return {
		verdict,
		sentence,
		rule,
		comparisons: [],
		measures: ranked.map((s) => ({
			label: DRIVER_LABELS[s.factor],
			value: s.share,
			kind: 'share' as const,
			agrees: s.factor === 'track' ? verdict === 'supported' : undefined
		})),
		n
	};
};

function formatShare(share: number): string {
	return share < 0.005 ? 'under 1%' : pct(share);
}

function ordinal(k: number): string {
	return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][k - 1] ?? `${k}th`;
}

/**
 * startup-vs-bigtech: the startup EM median (all levels) against the big-tech level-4 IC median.
 * Compares company types, so it ignores the company-type filter.
 */
export const evaluateStartupVsBigTech: Evaluate = (cells, filter) => {
	const rule =
		`Supported when the startup EM median is below the big-tech ` +
		`level-${MID_LEVEL} IC median with its whole 90% interval; ` +
		`contradicted when it is above with its whole interval and under ` +
		`${pct(OUTEARN_CONTRADICT_SHARE)} of startup managers earn less; ` +
		`mixed otherwise. Ignores the company-type filter.`;
	const { companyType: _ignored, ...rest } = filter;
	const sums = createSums(cells, rest, (cell) => {
		if (cell.companyType === 'startup' && cell.track === 'em') return 'startup-em';
		if (cell.companyType === 'big-tech' && cell.track === 'ic' && cell.stdLevel === MID_LEVEL)
			return 'bigtech-ic';
		return undefined;
	});
	const c = compareSums(
		{ label: 'Startup EM', stdLevel: MID_LEVEL },
		{ label: `Big-tech IC L${MID_LEVEL}`, sum: sums.get('bigtech-ic') },
		{ label: 'Startup EM', sum: sums.get('startup-em') },
		(f) => f.gap < 0
	);
	const n = { ic: sums.get('bigtech-ic')?.n ?? 0, em: sums.get('startup-em')?.n ?? 0 };
	if (!c) return toNotEnoughData('the startup EM or big-tech level-4 IC group', rule, n);
	const below =
		1 -
		shareAbove(
			cells,
			rest,
			(cell) => cell.companyType === 'startup' && cell.track === 'em',
			c.a.median
		).share;
	const verdict: Verdict =
		c.high < 0
			? 'supported'
			: c.low > 0 && below < OUTEARN_CONTRADICT_SHARE
				? 'contradicted'
				: 'mixed';
	const sentence =
		`Startup managers’ median pay (${formatMoneyShort(c.b.median)}, ` +
		`n = ${c.b.n}) is ${formatPercent(c.gap)} against big-tech ` +
		`level-${MID_LEVEL} engineers’ (${formatMoneyShort(c.a.median)}, ` +
		`n = ${c.a.n}); ${pct(below)} of startup managers earn less than that.`;
	return {
		verdict,
		sentence,
		rule,
		comparisons: [c],
		measures: [
			{ label: `Startup EMs below big-tech IC L${MID_LEVEL} median`, value: below, kind: 'share' }
		],
		n
	};
};
