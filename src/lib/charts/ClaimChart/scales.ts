/**
 * Scale builders for the small claim chart. Pure functions of figures and size, tested in node.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Comparison, Measure } from '$lib/claims/types';

/**
 * The gap axis: wide enough for every interval and for the claim's tolerance band, always
 * including zero (no gap), with round ends.
 *
 * @example createGapScale([{ low: -0.05, high: 0.12 }], 0.1, 300) // → domain [-0.1, 0.15], range [0, 300]
 */
export function createGapScale(
	comparisons: readonly Pick<Comparison, 'low' | 'high'>[],
	band: number,
	width: number
): ScaleLinear<number, number> {
	const lows = comparisons.map((c) => c.low).filter(Number.isFinite);
	const highs = comparisons.map((c) => c.high).filter(Number.isFinite);
	const lo = Math.min(0, -band, ...lows);
	const hi = Math.max(0, band, ...highs);
	return scaleLinear()
		.domain([lo, hi])
		.range([0, Math.max(0, width)])
		.nice(4);
}

/**
 * The share axis for bar figures: 0 to 100%, or further when a figure is larger.
 *
 * @example createShareScale([{ value: 0.4 }], 200) // → domain [0, 1], range [0, 200]
 */
export function createShareScale(
	measures: readonly Pick<Measure, 'value'>[],
	width: number
): ScaleLinear<number, number> {
	const top = Math.max(1, ...measures.map((m) => m.value).filter(Number.isFinite));
	return scaleLinear()
		.domain([Math.min(0, ...measures.map((m) => m.value)), top])
		.range([0, Math.max(0, width)]);
}
