/**
 * The catalog: every argument about pay in the three essays (shared/seeds/), as a claim the loaded
 * data can support, contradict or leave open. The first ten are the essays' index
 * (shared/seeds/README.md); `leadership-not-money` is one more the "Tech leadership myths" essay
 * makes in its own words: that managing is no sure route to higher pay.
 */
import type { CellFilter, PayCell } from '$lib/data/cells.ts';
import type { StdLevel } from '$lib/data/domain.ts';
import {
	evaluateCultureDecides,
	evaluateDriversNotTrack,
	evaluateDualLadder,
	evaluateForkAtFive,
	evaluateIcKeepsClimbing,
	evaluateLeadershipNotMoney,
	evaluateParity,
	evaluatePremiumSmaller,
	evaluateSameNeighborhood,
	evaluateStartupVsBigTech,
	evaluateSwitchCost
} from './evaluations.ts';
import {
	ASSUMED_PREMIUM,
	CLIMB_MARGIN,
	CULTURE_MARGIN,
	FEW_SHARE,
	FORK_LEVEL,
	FORK_MIN_SHARE,
	MODEST_CUT,
	NEIGHBORHOOD_BAND,
	OUTEARN_SUPPORT_SHARE,
	PARALLEL_MIDDLE,
	PARITY_BAND
} from './thresholds.ts';
import type { Claim, EvaluateOptions, Evaluation } from './types.ts';

/** The level of the comparison with the largest gap, for pointing at it. */
function largestGapLevel(evaluation: Evaluation): StdLevel | undefined {
	const sorted = [...evaluation.comparisons].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
	return sorted[0]?.stdLevel;
}

export const CLAIMS: readonly Claim[] = [
	{
		id: 'parity-ideal',
		source: 'two-tracks',
		title: 'The tracks should pay alike',
		paraphrase:
			'Ideally an engineer and a manager of comparable impact earn the same: a staff engineer should be valued like an engineering manager or director.',
		test: 'The EM/IC ratio of median total pay at each level from 5 up, with a 90% bootstrap interval; within ±10% reads as parity.',
		views: ['gap', 'ladder'],
		band: PARITY_BAND,
		threshold: { name: 'PARITY_BAND', value: PARITY_BAND, unit: 'percent' },
		evaluate: evaluateParity,
		anchor: (e) => {
			const level = largestGapLevel(e);
			return level === undefined ? undefined : { stdLevel: level, track: 'em' };
		}
	},
	{
		id: 'culture-decides',
		source: 'two-tracks',
		title: 'Culture decides who earns more',
		paraphrase:
			'Where engineering sets the tone, ICs may out-earn their managers; in more traditional, corporate employers, managers tend to come out ahead.',
		test: 'The typical EM premium per company type and level: big-tech and tech-first employers against enterprise and finance.',
		views: ['types', 'gap'],
		threshold: { name: 'CULTURE_MARGIN', value: CULTURE_MARGIN, unit: 'points' },
		evaluate: evaluateCultureDecides
	},
	{
		id: 'switch-cost',
		source: 'two-tracks',
		title: 'Going back to IC costs little',
		paraphrase:
			'A manager who returns to engineering work might take a moderate pay adjustment, but it need not end a career.',
		test: 'The IC median at the same level, and one level down, as a change from the EM median, per company type.',
		views: ['gap', 'types'],
		band: MODEST_CUT,
		threshold: { name: 'MODEST_CUT', value: MODEST_CUT, unit: 'percent' },
		evaluate: evaluateSwitchCost
	},
	{
		id: 'premium-smaller',
		source: 'choosing-track',
		title: 'The manager premium is smaller than assumed',
		paraphrase:
			'The extra pay that comes with managing tends to be less than people picture, so it is a weak reason to switch.',
		test:
			'The EM premium over IC at the same experience (company type and years band) and, beside ' +
			'it, at the same level (company type and level), against an assumed premium of 20%; the ' +
			'verdict reads the same experience.',
		views: ['types', 'gap'],
		threshold: { name: 'ASSUMED_PREMIUM', value: ASSUMED_PREMIUM, unit: 'percent' },
		evaluate: evaluatePremiumSmaller
	},
	{
		id: 'dual-ladder',
		source: 'choosing-track',
		title: 'Two parallel ladders',
		paraphrase:
			'Senior IC rungs (staff, principal, distinguished) now run beside the manager, director and VP rungs.',
		test: 'Whether IC pay is measured at levels 6–9 wherever EM pay is, and whether each track’s median lies within the other track’s middle half.',
		views: ['ladder'],
		threshold: { name: 'PARALLEL_MIDDLE', value: PARALLEL_MIDDLE, unit: 'share' },
		evaluate: evaluateDualLadder,
		anchor: (e) => {
			const failing = e.comparisons.find((c) => !c.agrees)?.stdLevel;
			const levels = e.comparisons.map((c) => c.stdLevel!).filter((l) => l <= 8);
			const level = failing ?? (levels.length ? (Math.max(...levels) as StdLevel) : undefined);
			return level === undefined ? undefined : { stdLevel: level, track: 'ic' };
		}
	},
	{
		id: 'drivers-not-track',
		source: 'leadership-myths',
		title: 'Employer and place set pay, not track',
		paraphrase:
			'What someone earns depends chiefly on the employer and how its stock fares, on skill, ' +
			'on location and on bargaining, and hardly on whether they manage.',
		test:
			'The share of the variance of log total pay explained by company, company type, location, ' +
			'level and track (eta² from binned pay); track should explain least.',
		views: ['distribution'],
		evaluate: evaluateDriversNotTrack
	},
	{
		id: 'startup-vs-bigtech',
		source: 'leadership-myths',
		title: 'A startup manager can earn far less',
		paraphrase:
			'A manager at a young startup can be paid much less than a mid-level engineer at a large tech company.',
		test:
			'The median pay of managers at startups (young or small companies) against that of ' +
			'level-4 engineers at a large tech company: big tech where a source has it, else its ' +
			'tech-first companies as the nearest (DOU’s and the EU survey’s product companies, Stack ' +
			'Overflow’s software-development employers of 1,000+ people), named so. levels.fyi has big ' +
			'tech but no young startups, so it tests its late-stage private companies (Stripe, ' +
			'Airbnb), named so, as the nearest it has. aijobs has neither side: none of its ' +
			'software roles is at a small company, and its size bands do not say tech.',
		views: ['types'],
		threshold: { name: 'FEW_SHARE', value: FEW_SHARE, unit: 'share' },
		evaluate: evaluateStartupVsBigTech
	},
	{
		id: 'fork-at-five',
		source: 'leadership-myths',
		title: 'The ladders fork at level 5',
		paraphrase: 'The management ladder begins at the same rank as a senior engineer, level 5.',
		test:
			'The lowest level with a meaningful count of EM reports (10+ and 5% of the level), overall ' +
			'and per company, on reports placed by the company’s own level catalog.',
		views: ['ladder'],
		threshold: { name: 'FORK_MIN_SHARE', value: FORK_MIN_SHARE, unit: 'share' },
		evaluate: evaluateForkAtFive,
		anchor: (e) => {
			const fork = e.measures.find((m) => m.kind === 'level')?.value;
			return e.verdict === 'not-enough-data'
				? undefined
				: { stdLevel: (fork ?? FORK_LEVEL) as StdLevel, track: 'em' };
		}
	},
	{
		id: 'same-neighborhood',
		source: 'leadership-myths',
		title: 'Same neighborhood, either way',
		paraphrase:
			'Comparing equal levels at one company, managers sometimes earn more and sometimes less than engineers, but the two are never far apart.',
		test: 'Per company with enough reports in both tracks at a level, the sign and size of the EM−IC gap.',
		views: ['companies'],
		band: NEIGHBORHOOD_BAND,
		threshold: { name: 'NEIGHBORHOOD_BAND', value: NEIGHBORHOOD_BAND, unit: 'percent' },
		evaluate: evaluateSameNeighborhood
	},
	{
		id: 'ic-keeps-climbing',
		source: 'leadership-myths',
		title: 'ICs keep climbing past level 5',
		paraphrase:
			'After the split at level 5, engineers can keep rising in level and pay without taking on reports, alongside managers.',
		test: 'IC and EM medians from level 5 to 9, step by step, and their growth per level.',
		views: ['ladder'],
		threshold: { name: 'CLIMB_MARGIN', value: CLIMB_MARGIN, unit: 'points' },
		evaluate: evaluateIcKeepsClimbing,
		anchor: (e) => {
			const top = e.measures.find((m) => m.kind === 'level')?.value;
			return top === undefined ? undefined : { stdLevel: top as StdLevel, track: 'ic' };
		}
	},
	{
		id: 'leadership-not-money',
		source: 'leadership-myths',
		title: 'Managing is no sure route to more money',
		paraphrase:
			'Moving into leadership does not by itself raise your pay; many engineers earn more than managers of their level.',
		test:
			'The share of ICs paid more than the median manager, at the same experience (company type ' +
			'and years band) and, beside it, at the same level (each level from 5); with no premium it ' +
			'would be a half, and 40% or more supports the claim. The verdict reads the same experience.',
		views: ['distribution', 'ladder'],
		threshold: { name: 'OUTEARN_SUPPORT_SHARE', value: OUTEARN_SUPPORT_SHARE, unit: 'share' },
		evaluate: evaluateLeadershipNotMoney,
		anchor: (e) => {
			// The level where most ICs out-earn the median manager (from the same-level reading).
			const atLevel = e.readings?.shown.find((r) => r.id === 'level')?.measures ?? e.measures;
			const top = [...atLevel].sort((a, b) => b.value - a.value)[0];
			return top?.stdLevel === undefined ? undefined : { stdLevel: top.stdLevel, track: 'ic' };
		}
	}
];

/** A claim and what the data says about it. */
export interface EvaluatedClaim {
	claim: Claim;
	evaluation: Evaluation;
}

/**
 * Every claim evaluated on the same cells and filter.
 *
 *     evaluateClaims(datasets.current.cells, { companyType: 'big-tech' })
 *       → [{ claim: { id: 'parity-ideal', … }, evaluation: { verdict: 'mixed', … } }, …]
 */
export function evaluateClaims(
	cells: readonly PayCell[],
	filter: CellFilter = {},
	options: EvaluateOptions = {}
): EvaluatedClaim[] {
	return CLAIMS.map((claim) => ({ claim, evaluation: claim.evaluate(cells, filter, options) }));
}

/**
 * The explorer link that shows a claim: its first view, with the page's company type.
 *
 *     toExplorerHref(claim, { companyType: 'startup' }) → '/?view=types&type=startup'
 */
export function toExplorerHref(claim: Claim, filter: CellFilter = {}): string {
	const params = new URLSearchParams({ view: claim.views[0] ?? 'ladder' });
	if (filter.companyType && filter.companyType !== 'all') params.set('type', filter.companyType);
	return `/?${params}`;
}
