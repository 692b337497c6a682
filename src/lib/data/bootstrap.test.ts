import { median, quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { createSeededRandom, medianGap, medianInterval } from './bootstrap.ts';
import { HistogramSum, toBin } from './cells.ts';

/** Synthetic pay (not real): log-normal around `center`, binned like the app's cells. */
function syntheticSum(
	seed: number,
	n: number,
	center: number
): { sum: HistogramSum; values: number[] } {
	const random = createSeededRandom(seed);
	const values = Array.from({ length: n }, () =>
		Math.round(center * Math.exp(0.35 * (random() + random() + random() - 1.5)))
	);
	const counts = new Map<number, number>();
	for (const v of values) counts.set(toBin(v), (counts.get(toBin(v)) ?? 0) + 1);
	const sum = new HistogramSum();
	sum.add([...counts].sort((a, b) => a[0] - b[0]).flat());
	return { sum, values };
}

/** The classic bootstrap (resample n values, take the median), for comparison. */
function classicMedianInterval(values: number[], draws: number, seed: number) {
	const random = createSeededRandom(seed);
	const medians = Array.from({ length: draws }, () =>
		median(Array.from(values, () => values[Math.floor(random() * values.length)]!))!
	);
	return { low: quantile(medians, 0.05)!, high: quantile(medians, 0.95)! };
}

describe('bootstrap intervals', () => {
	it('is the same on every call with the same seed', () => {
		const { sum } = syntheticSum(1, 300, 200_000);
		expect(medianInterval(sum)).toEqual(medianInterval(sum));
	});

	it('agrees with the classic resampling bootstrap of the median (synthetic data)', () => {
		const { sum, values } = syntheticSum(2, 400, 200_000);
		const fast = medianInterval(sum)!;
		const classic = classicMedianInterval(values, 1000, 3);
		const width = classic.high - classic.low;
		expect(Math.abs(fast.low - classic.low)).toBeLessThan(0.35 * width + 5000);
		expect(Math.abs(fast.high - classic.high)).toBeLessThan(0.35 * width + 5000);
		expect(fast.low).toBeLessThan(fast.median);
		expect(fast.high).toBeGreaterThan(fast.median);
	});

	it('narrows as n grows', () => {
		const small = medianInterval(syntheticSum(4, 30, 200_000).sum)!;
		const large = medianInterval(syntheticSum(4, 3000, 200_000).sum)!;
		expect(large.high - large.low).toBeLessThan((small.high - small.low) / 3);
	});

	it('finds a 50% gap when one group pays 1.5× the other, with an interval around it', () => {
		const a = syntheticSum(5, 500, 200_000).sum;
		const b = syntheticSum(6, 500, 300_000).sum;
		const g = medianGap(a, b)!;
		expect(g.gap).toBeGreaterThan(0.4);
		expect(g.gap).toBeLessThan(0.6);
		expect(g.low).toBeLessThan(g.gap);
		expect(g.high).toBeGreaterThan(g.gap);
		expect([g.a.n, g.b.n]).toEqual([500, 500]);
	});

	it('is undefined for an empty group', () => {
		expect(medianGap(new HistogramSum(), syntheticSum(7, 10, 1e5).sum)).toBeUndefined();
	});
});
