import { describe, expect, it } from 'vitest';
import { createGapScale, placeFewLabel, toGapClippedEnds } from './scales';

// Rows shaped like the parity gap's: solid rows within a few tens of per cent, and one faded row
// of a handful of reports whose interval runs wide (not the data's figures).
const solid = [
	{ low: -0.05, high: 0.12, lowN: false },
	{ low: 0.02, high: 0.31, lowN: false }
];
const faded = { low: -0.7, high: 1.8, lowN: true };

describe('createGapScale', () => {
	it('covers parity and the solid rows’ intervals, not a faded row’s', () => {
		const scale = createGapScale([...solid, faded], 500);
		const [low, high] = scale.domain() as [number, number];
		expect(low).toBeLessThanOrEqual(-0.05);
		expect(low).toBeGreaterThan(-0.2);
		expect(high).toBeGreaterThanOrEqual(0.31);
		expect(high).toBeLessThan(0.5);
		expect(scale.range()).toEqual([0, 500]);
	});

	it('covers every row when all are faded, within −100%…+200%', () => {
		const scale = createGapScale([faded, { low: -2, high: 5, lowN: true }], 500);
		expect(scale.domain()).toEqual([-1, 2]);
	});

	it('includes parity even when every interval is on one side', () => {
		expect(createGapScale([{ low: 0.1, high: 0.3 }], 500).domain()[0]).toBe(0);
	});
});

describe('toGapClippedEnds', () => {
	it('flags the ends a faded row’s interval reaches past, and none of a solid row', () => {
		const scale = createGapScale([...solid, faded], 500);
		expect(toGapClippedEnds(faded, scale)).toEqual(['left', 'right']);
		expect(toGapClippedEnds({ low: 0, high: 0.9 }, scale)).toEqual(['right']);
		expect(solid.map((row) => toGapClippedEnds(row, scale))).toEqual([[], []]);
	});
});

describe('placeFewLabel', () => {
	it('follows the interval, or precedes it when the interval is cut off on the right', () => {
		expect(placeFewLabel(40, 200, [])).toMatchObject({ x: 206, textAnchor: 'start' });
		expect(placeFewLabel(40, 200, ['right'])).toMatchObject({ x: 34, textAnchor: 'end' });
	});

	it('is left out when neither end has room', () => {
		expect(placeFewLabel(0, 200, ['left', 'right'])).toBeNull();
		expect(placeFewLabel(10, 200, ['right'])).toBeNull();
	});
});
