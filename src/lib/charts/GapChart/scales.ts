/**
 * Scale builders for the parity-gap dot plot: pure functions of rows and size, called by
 * GapChart in `$derived` and tested in node.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { GapRow } from '$lib/data/explore';
import { toAxisItems } from '../layers/clip';
import { estimateTextWidth } from '../layers/textWidth';

/** The scales GapChart shares with its layers. */
export interface GapChartScales {
	/** EM ÷ IC − 1 → horizontal position. */
	x: ScaleLinear<number, number>;
	/** Row key → top of its row. */
	y: ScaleBand<string>;
}

/** Key of a row: its level and company type, e.g. `6|big-tech`. */
export function toGapRowKey(row: Pick<GapRow, 'stdLevel' | 'companyType'>): string {
	return `${row.stdLevel}|${row.companyType}`;
}

/**
 * The gap axis: always includes parity (0) and the interval of every row drawn solid (faded rows,
 * of fewer than the minimum reports, do not set it; with no solid row every row does), clamped to
 * −100%…+200%, then widened to round ticks with `nice()`. A wild interval from a handful of
 * reports cannot flatten the rest: it is drawn cut off at the edge (see `toGapClippedEnds`).
 *
 * @example createGapScale([{ low: -0.1, high: 0.3 }], 500) // → domain [-0.1, 0.3], range [0, 500]
 * @example createGapScale([{ low: -0.1, high: 0.3 }, { low: -0.6, high: 1.9, lowN: true }], 500) // → domain [-0.1, 0.3]
 */
export function createGapScale(
	rows: readonly (Pick<GapRow, 'low' | 'high'> & Partial<Pick<GapRow, 'lowN'>>)[],
	width: number
): ScaleLinear<number, number> {
	let low = 0;
	let high = 0;
	for (const row of toAxisItems(rows)) {
		if (Number.isFinite(row.low)) low = Math.min(low, row.low);
		if (Number.isFinite(row.high)) high = Math.max(high, row.high);
	}
	return scaleLinear()
		.domain([Math.max(-1, low), Math.min(2, high === low ? 0.1 : high)])
		.range([0, Math.max(0, width)])
		.nice()
		.clamp(true);
}

/**
 * The ends of the gap axis a row's interval reaches past, as the directions of the arrows its
 * cut-off line carries: 'left' below the lowest gap shown, 'right' above the highest.
 *
 * @example toGapClippedEnds({ low: -0.6, high: 1.9 }, scaleLinear().domain([-0.2, 0.4])) // → ['left', 'right']
 */
export function toGapClippedEnds(
	row: Pick<GapRow, 'low' | 'high'>,
	scale: Pick<ScaleLinear<number, number>, 'domain'>
): ('left' | 'right')[] {
	const [low, high] = scale.domain() as [number, number];
	return [
		...(row.low < low ? (['left'] as const) : []),
		...(row.high > high ? (['right'] as const) : [])
	];
}

/** Font size of the "few" label beside a faded row's interval, in pixels. */
export const FEW_FONT_SIZE = 11;
/** Space between an interval's end and its "few" label. */
const FEW_GAP = 6;

/**
 * Where a faded row's "few" label goes: after the interval's right end, unless the interval is
 * cut off there (the n column or the chart's edge follows the axis), then before its left end,
 * unless that is cut off too or would reach the row labels left of the plot: then nowhere (the row
 * label is faded and italic, and the tooltip says it).
 *
 * @example placeFewLabel(40, 200, []) // → { x: 206, textAnchor: 'start', width: 19.14 }
 * @example placeFewLabel(40, 200, ['right']) // → { x: 34, textAnchor: 'end', width: 19.14 }
 */
export function placeFewLabel(
	x1: number,
	x2: number,
	clipped: readonly ('left' | 'right')[]
): { x: number; textAnchor: 'start' | 'end'; width: number } | null {
	const width = estimateTextWidth('few', FEW_FONT_SIZE);
	if (!clipped.includes('right')) return { x: x2 + FEW_GAP, textAnchor: 'start', width };
	if (!clipped.includes('left') && x1 - FEW_GAP - width >= 0)
		return { x: x1 - FEW_GAP, textAnchor: 'end', width };
	return null;
}

/** One row per key, top to bottom, each `step` pixels tall. */
export function createRowScale(keys: readonly string[], step: number): ScaleBand<string> {
	return scaleBand<string>()
		.domain(keys)
		.range([0, keys.length * step])
		.paddingInner(0.1);
}
