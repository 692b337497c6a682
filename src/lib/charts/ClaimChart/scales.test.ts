import { describe, expect, it } from 'vitest';
import { createGapScale, createShareScale } from './scales';

describe('ClaimChart scales', () => {
	it('covers every interval, zero and the tolerance band', () => {
		const input = [{ low: -0.05, high: 0.32 }];
		const scale = createGapScale(input, 0.1, 300);
		const [lo, hi] = scale.domain() as [number, number];
		expect(lo).toBeLessThanOrEqual(-0.1);
		expect(hi).toBeGreaterThanOrEqual(0.32);
		expect(scale.range()).toEqual([0, 300]);
		expect(input).toEqual([{ low: -0.05, high: 0.32 }]);
	});

	it('runs shares from 0 to 100% unless a figure is larger', () => {
		expect(createShareScale([{ value: 0.4 }], 200).domain()).toEqual([0, 1]);
		expect(createShareScale([{ value: -0.2 }, { value: 1.3 }], 200).domain()).toEqual([-0.2, 1.3]);
	});
});
