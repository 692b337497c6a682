/**
 * Scale builders for the parity-gap dot plot: pure functions of rows and size, called by
 * GapChart in `$derived` and tested in node.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { GapRow } from '$lib/data/explore';

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
 * The gap axis: always includes parity (0) and every interval, clamped to −100%…+200% so one
 * wild interval from a handful of reports cannot flatten the rest, then made symmetric-ish with
 * `nice()`.
 *
 * @example createGapScale([{ low: -0.1, high: 0.3 }], 500) // → domain [-0.1, 0.3], range [0, 500]
 */
export function createGapScale(
	rows: readonly Pick<GapRow, 'low' | 'high'>[],
	width: number
): ScaleLinear<number, number> {
	let low = 0;
	let high = 0;
	for (const row of rows) {
		if (Number.isFinite(row.low)) low = Math.min(low, row.low);
		if (Number.isFinite(row.high)) high = Math.max(high, row.high);
	}
	return scaleLinear()
		.domain([Math.max(-1, low), Math.min(2, high === low ? 0.1 : high)])
		.range([0, Math.max(0, width)])
		.nice()
		.clamp(true);
}

/** One row per key, top to bottom, each `step` pixels tall. */
export function createRowScale(keys: readonly string[], step: number): ScaleBand<string> {
	return scaleBand<string>()
		.domain(keys)
		.range([0, keys.length * step])
		.paddingInner(0.1);
}
