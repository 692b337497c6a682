/**
 * How a verdict moves with its rule: each claim evaluated with its own threshold at half and at
 * one and a half times its value, and on catalog-placed reports only. Pure; the Method page shows
 * the table for the bundled data.
 */
import type { CellFilter, PayCell } from '$lib/data/cells.ts';
import { toCatalogPlaced } from './measure.ts';
import type { Claim, EvaluateOptions, Verdict } from './types.ts';

/** The multipliers of a claim's threshold the Method page shows. */
export const SENSITIVITY_SCALES = [0.5, 1.5] as const;

export interface Sensitivity {
	claimId: string;
	/** The verdict as the Claims page gives it. */
	verdict: Verdict;
	/** The verdict with the threshold halved, and one and a half times; undefined without one. */
	half?: Verdict;
	oneAndHalf?: Verdict;
	/** The verdict on reports placed by their company's own level catalog only. */
	catalogOnly: Verdict;
}

/**
 * One claim's sensitivity on some cells.
 *
 *     createSensitivity(claim, cells) → { claimId: 'switch-cost', verdict: 'mixed', half: 'contradicted', oneAndHalf: 'supported', catalogOnly: 'mixed' }
 */
export function createSensitivity(
	claim: Claim,
	cells: readonly PayCell[],
	filter: CellFilter = {},
	catalogPlaced: readonly PayCell[] = toCatalogPlaced(cells),
	options: EvaluateOptions = {}
): Sensitivity {
	const at = (scale: number) => claim.evaluate(cells, filter, { ...options, scale }).verdict;
	return {
		claimId: claim.id,
		verdict: at(1),
		half: claim.threshold ? at(SENSITIVITY_SCALES[0]) : undefined,
		oneAndHalf: claim.threshold ? at(SENSITIVITY_SCALES[1]) : undefined,
		catalogOnly: claim.evaluate(catalogPlaced, filter, options).verdict
	};
}
