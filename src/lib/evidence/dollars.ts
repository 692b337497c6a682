/**
 * The one rule for the today's-dollars switch: claims are evaluated on the dollars as reported
 * (their verdicts rest on ratios within one source, and re-binning adjusted pay would nudge them),
 * while the cells a chart or table draws follow the switch.
 */
import { evaluateClaims, type EvaluatedClaim } from '$lib/claims/catalog.ts';
import type { CellFilter, PayCell } from '$lib/data/cells.ts';
import { adjustCells, type CpiFactors, type DollarsMode } from '$lib/data/sources/dollars.ts';

/**
 * Claims and the cells to draw, in the chosen dollars.
 *
 *     claimsInDollars(cells, {}, 'today', cpi) → { evaluated: [...same as 'reported'...], cells: [...adjusted...] }
 */
export function claimsInDollars(
	cells: readonly PayCell[],
	filter: CellFilter,
	mode: DollarsMode,
	cpi: CpiFactors
): { evaluated: EvaluatedClaim[]; cells: readonly PayCell[] } {
	return {
		evaluated: evaluateClaims(cells, filter),
		cells: mode === 'today' ? adjustCells(cells, cpi).cells : cells
	};
}
