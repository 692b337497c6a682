import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatMoneyShort, formatPercent } from '$lib/format';
import { inferFittingTicks, TICK_FONT_SIZE } from './axisTicks';
import { estimateTextWidth } from './textWidth';

/** Whether no two neighbouring labels, as estimated, come closer than `gap` pixels. */
function apart(
	scale: (value: number) => number,
	ticks: readonly number[],
	format: (value: number) => string,
	gap: number
): boolean {
	return ticks.every((value, i) => {
		const next = ticks[i + 1];
		if (next === undefined) return true;
		const half = (v: number) => estimateTextWidth(format(v), TICK_FONT_SIZE) / 2;
		return scale(next) - scale(value) >= half(value) + half(next) + gap;
	});
}

describe('inferFittingTicks', () => {
	it('thins a phone’s gap axis to labels that do not run together', () => {
		const scale = scaleLinear().domain([-0.5, 2]).range([0, 220]);
		const ticks = inferFittingTicks(scale, formatPercent, { from: -120, to: 234 });
		expect(scale.ticks(8).length).toBeGreaterThan(ticks.length);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(apart(scale, ticks, formatPercent, 10)).toBe(true);
	});

	it('keeps a fine grid when there is room', () => {
		const scale = scaleLinear().domain([-0.5, 2]).range([0, 900]);
		const ticks = inferFittingTicks(scale, formatPercent, { from: -190, to: 1020 });
		expect(ticks).toEqual(scale.ticks(10));
	});

	it('keeps the end labels inside the room the axis has', () => {
		const scale = scaleLinear().domain([0, 600_000]).range([0, 300]);
		const ticks = inferFittingTicks(scale, formatMoneyShort, { from: -16, to: 304 });
		const last = ticks[ticks.length - 1]!;
		expect(
			scale(last) + estimateTextWidth(formatMoneyShort(last), TICK_FONT_SIZE) / 2
		).toBeLessThan(304);
		expect(ticks).toContain(0);
	});

	it('gives at most one label when even two cannot fit', () => {
		const scale = scaleLinear().domain([0, 2]).range([0, 30]);
		expect(inferFittingTicks(scale, formatPercent, { from: -40, to: 70 }).length).toBeLessThan(2);
	});
});
