import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { quantilesOfRange } from './quantiles.ts';

/** All of a list's quantiles, as a band reads a company's values. */
const quantilesOf = (values: number[], ps: number[]) =>
	quantilesOfRange(Float64Array.from(values), 0, values.length, ps);

/** A seeded generator, so a failure names a list that can be made again. */
function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const PS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

/** What d3 gives for the same values once they are sorted. */
function d3Quantiles(values: number[], ps: number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	return ps.map((p) => quantileSorted(sorted, p) ?? NaN);
}

describe('quantilesOfRange', () => {
	it('gives exactly what d3-array gives on the sorted values, for short and long lists with many ties', () => {
		const random = seeded(7);
		for (const n of [1, 2, 3, 4, 5, 15, 16, 17, 18, 31, 100, 257, 1000, 5000]) {
			for (const spread of [3, 50, 1e6]) {
				// Pay-like values: round numbers repeat, so many lists are mostly ties.
				const values = Array.from(
					{ length: n },
					() => 100_000 + Math.floor(random() * spread) * 1000
				);
				const expected = d3Quantiles(values, PS);
				expect(quantilesOf(values, PS), `n=${n} spread=${spread}`).toEqual(expected);
			}
		}
	});

	it('handles already sorted, reversed and all-equal lists (the cases that make a plain quickselect slow)', () => {
		const ascending = Array.from({ length: 3000 }, (_, i) => i);
		const cases = [
			ascending,
			[...ascending].reverse(),
			Array.from({ length: 3000 }, () => 150_000)
		];
		for (const values of cases) expect(quantilesOf(values, PS)).toEqual(d3Quantiles(values, PS));
	});

	it('interpolates between order statistics: the median of 1, 2, 3, 4 is 2.5', () => {
		expect(quantilesOf([4, 1, 3, 2], [0.5])).toEqual([2.5]);
		expect(quantilesOf([5, 1, 4, 2, 3], [0.25, 0.5])).toEqual([2, 3]);
	});

	it('gives NaN for an empty list instead of a number', () => {
		expect(quantilesOf([], [0.1, 0.5])).toEqual([NaN, NaN]);
	});

	it('reads and reorders only its range: values either side stay where they are', () => {
		const random = seeded(11);
		const values = Float64Array.from({ length: 400 }, () => Math.floor(random() * 100));
		const before = values.slice();
		const inside = [...values.subarray(100, 300)];
		expect(quantilesOfRange(values, 100, 300, PS)).toEqual(d3Quantiles(inside, PS));
		expect([...values.subarray(0, 100), ...values.subarray(300)]).toEqual([
			...before.subarray(0, 100),
			...before.subarray(300)
		]);
		expect([...values.subarray(100, 300)].sort((a, b) => a - b)).toEqual(
			inside.sort((a, b) => a - b)
		);
	});
});
