/**
 * Which parts of pay (total, base, stock, bonus) the shown data has, for the explorer's Pay
 * filter: a source offers a part only when its reports give it. A URL asking for a part the
 * source lacks is shown as total pay, with a note, never as an empty chart under that part's name.
 */
import type { PayCell } from '$lib/data/cells';
import { PAY_COMPONENTS, type PayComponent } from '$lib/data/domain';

/** The filter's words for each part. */
export const PAY_PART_LABELS: Record<PayComponent, string> = {
	total: 'Total pay',
	base: 'Base salary',
	stock: 'Stock a year',
	bonus: 'Bonus'
};

/** Whether two histograms (bin, count pairs) hold the same reports. */
function sameHistogram(a: readonly number[], b: readonly number[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The parts of pay some cells have reports of, in the filter's order; total always. Base is left
 * out where it is the total itself in every cell (DOU's net base pay, aijobs' salary): offering
 * it would draw the same chart under another name.
 *
 *     listPayParts(levelsfyiCells) → ['total', 'base', 'stock', 'bonus']
 *     listPayParts(douCells) → ['total']
 */
export function listPayParts(cells: readonly PayCell[]): PayComponent[] {
	const has = { total: true, base: false, stock: false, bonus: false };
	let baseIsTotal = true;
	for (const cell of cells) {
		if (cell.base.length > 0) has.base = true;
		if (cell.stock.length > 0) has.stock = true;
		if (cell.bonus.length > 0) has.bonus = true;
		if (baseIsTotal && !sameHistogram(cell.base, cell.total)) baseIsTotal = false;
	}
	if (baseIsTotal) has.base = false;
	return PAY_COMPONENTS.filter((part) => has[part]);
}

/**
 * The note shown when the URL asks for a part the source does not have.
 *
 *     formatMissingPart('stock', 'DOU Ukraine', 'net base pay a month')
 *       → 'DOU Ukraine has no stock a year figures: showing net base pay a month instead.'
 */
export function formatMissingPart(part: PayComponent, source: string, measure: string): string {
	return `${source} has no ${PAY_PART_LABELS[part].toLowerCase()} figures: showing ${measure} instead.`;
}
