/**
 * How sure a verdict is: the share of bootstrap resamples of the data that give the same verdict.
 * Pure functions over cells: `npm run data` runs them for the bundled sources (precomputed.ts),
 * the Claims page in a worker for an upload (the resamples take seconds).
 *
 * Method. Each resample keeps every cell and redraws its reports: the count c of each pay bin
 * becomes a Poisson(c) draw, the Poisson bootstrap (each report weighted by a Poisson(1) count),
 * which for large samples behaves like drawing the reports again with replacement, within each
 * cell. Every claim is then evaluated on the resample as on the data, with fewer draws behind
 * each interval (STABILITY_DRAWS) to keep the whole run to seconds. The generator is seeded, so
 * the same data gives the same shares.
 */
import { createSeededRandom } from '$lib/data/bootstrap.ts';
import type { CellFilter, PayCell } from '$lib/data/cells.ts';
import { CLAIMS } from './catalog.ts';
import { VERDICT_LABELS, type Claim, type Verdict } from './types.ts';

/** Resamples per claim: enough that a share's 90% margin is about ±6 points. */
export const STABILITY_RESAMPLES = 200;
export const STABILITY_SEED = 20261204;
/** Bootstrap draws behind each interval inside a resample. */
export const STABILITY_DRAWS = 200;
/** Below this share of resamples agreeing, a verdict is marked "not settled". */
export const SETTLED_SHARE = 0.8;

/** A Poisson(mean) draw: Knuth's product method for small means, a rounded normal above 30. */
function poisson(mean: number, random: () => number): number {
	if (mean <= 0) return 0;
	if (mean > 30) {
		const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
		return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
	}
	const limit = Math.exp(-mean);
	let k = 0;
	let product = random();
	while (product > limit) {
		k++;
		product *= random();
	}
	return k;
}

/**
 * One Poisson-bootstrap resample of the cells: each total-pay bin's count redrawn, n to match.
 * Only total pay is resampled (the claims read nothing else). The input is left alone.
 *
 *     resampleCells([{ …, n: 3, total: [40, 2, 41, 1] }], random) → [{ …, n: 4, total: [40, 3, 41, 1] }]
 */
export function resampleCells(cells: readonly PayCell[], random: () => number): PayCell[] {
	return cells.map((cell) => {
		const total: number[] = [];
		let n = 0;
		for (let i = 0; i < cell.total.length; i += 2) {
			const count = poisson(cell.total[i + 1]!, random);
			if (count === 0) continue;
			total.push(cell.total[i]!, count);
			n += count;
		}
		return { ...cell, n, total };
	});
}

/** How one claim's verdict holds up across the resamples. */
export interface Stability {
	claimId: string;
	/** The verdict on the data itself. */
	verdict: Verdict;
	/** Resamples giving that same verdict. */
	same: number;
	resamples: number;
	/** Resamples per verdict. */
	counts: Record<Verdict, number>;
	/** The other verdict the resamples give most often, if any: where the verdict would tip. */
	tip?: Verdict;
}

/**
 * Every claim's stability on some cells and a filter: `resamples` seeded Poisson-bootstrap
 * resamples, each evaluated in full. `onProgress` hears after each resample (for a progress bar).
 *
 *     measureStability(cells, {}, verdicts) → [{ claimId: 'switch-cost', verdict: 'mixed', same: 106, resamples: 200, tip: 'supported', … }, …]
 */
export function measureStability(
	cells: readonly PayCell[],
	filter: CellFilter,
	verdicts: Readonly<Record<string, Verdict>>,
	{
		resamples = STABILITY_RESAMPLES,
		seed = STABILITY_SEED,
		claims = CLAIMS,
		onProgress
	}: {
		resamples?: number;
		seed?: number;
		claims?: readonly Claim[];
		onProgress?: (done: number) => void;
	} = {}
): Stability[] {
	const random = createSeededRandom(seed);
	const counts = claims.map(() => ({
		supported: 0,
		mixed: 0,
		contradicted: 0,
		'not-enough-data': 0
	}));
	for (let r = 0; r < resamples; r++) {
		const resample = resampleCells(cells, random);
		claims.forEach((claim, i) => {
			counts[i]![claim.evaluate(resample, filter, { draws: STABILITY_DRAWS }).verdict]++;
		});
		onProgress?.(r + 1);
	}
	return claims.map((claim, i) =>
		toStability(claim.id, verdicts[claim.id] ?? 'not-enough-data', counts[i]!, resamples)
	);
}

/**
 * A claim's stability from the verdicts its resamples gave.
 *
 *     toStability('switch-cost', 'mixed', { mixed: 106, supported: 94, … }, 200) → { same: 106, tip: 'supported', … }
 */
export function toStability(
	claimId: string,
	verdict: Verdict,
	byVerdict: Record<Verdict, number>,
	resamples: number
): Stability {
	const others = (Object.keys(byVerdict) as Verdict[])
		.filter((v) => v !== verdict && byVerdict[v] > 0)
		.sort((a, b) => byVerdict[b] - byVerdict[a]);
	return {
		claimId,
		verdict,
		same: byVerdict[verdict],
		resamples,
		counts: byVerdict,
		tip: others[0]
	};
}

/** Whether a verdict holds in enough resamples to call it settled. */
export function isSettled(stability: Pick<Stability, 'same' | 'resamples'>): boolean {
	return stability.same >= SETTLED_SHARE * stability.resamples;
}

/**
 * The stability in words a reader understands.
 *
 *     describeStability({ verdict: 'supported', same: 106, resamples: 200, tip: 'mixed' })
 *       → 'Supported in 106 of 200 resamples: a coin toss, not settled; it would tip to Mixed (94).'
 */
export function describeStability(
	stability: Pick<Stability, 'verdict' | 'same' | 'resamples' | 'tip' | 'counts'>
): string {
	const { verdict, same, resamples, tip } = stability;
	const share = same / resamples;
	const how =
		share >= 0.95
			? 'settled'
			: share >= SETTLED_SHARE
				? 'fairly settled'
				: share >= 0.6
					? 'not settled'
					: 'a coin toss, not settled';
	// Every other outcome the resamples gave, most often first, so the counts add up to the total.
	const others = (Object.keys(stability.counts) as Verdict[])
		.filter((v) => v !== verdict && stability.counts[v] > 0)
		.sort(
			(a, b) => stability.counts[b] - stability.counts[a] || (a === tip ? -1 : b === tip ? 1 : 0)
		)
		.map((v) => `${VERDICT_LABELS[v]} (${stability.counts[v]})`);
	const tipping =
		tip === undefined || others.length === 0
			? ''
			: `; ${share >= SETTLED_SHARE ? 'otherwise' : 'it would tip to'} ${others[0]}` +
				(others.length > 1 ? `, else ${others.slice(1).join(', ')}` : '');
	return `${VERDICT_LABELS[verdict]} in ${same} of ${resamples} resamples: ${how}${tipping}.`;
}
