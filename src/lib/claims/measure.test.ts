/**
 * The shared arithmetic of the evaluations, on hand-made cells. SYNTHETIC: the histograms below
 * are made up to have known answers, not real pay.
 */
import { describe, expect, it } from 'vitest';
import type { PayCell } from '$lib/data/cells.ts';
import { createVarianceShares } from './drivers.ts';
import { middle, shareAbove, toGapRange, toLevelSpan } from './measure.ts';

const cell = (over: Partial<PayCell>): PayCell => ({
	company: 'A',
	companyType: 'big-tech',
	track: 'ic',
	stdLevel: 5,
	placement: 'catalog',
	region: 'r',
	year: 2020,
	yoe: 2,
	n: 10,
	total: [20, 10],
	base: [],
	stock: [],
	bonus: [],
	...over
});

describe('measure', () => {
	it.each([
		[[5, 6, 8], 'levels 5–8'],
		[[7], 'level 7'],
		[[], 'no level']
	])('toLevelSpan(%j) → %s', (levels, text) => {
		expect(toLevelSpan(levels)).toBe(text);
	});

	it('writes a range of gaps with signs, or one gap', () => {
		expect(toGapRange([-0.02, 0.09, 0.01])).toBe('from −2% to +9%');
		expect(toGapRange([0.04, 0.041])).toBe('+4%');
	});

	it('takes the middle of some numbers', () => {
		expect(middle([3, 1, 2])).toBe(2);
		expect(middle([4, 1, 2, 3])).toBe(2.5);
		expect(middle([])).toBe(0);
	});

	it('spreads a bin evenly when counting the share above a threshold', () => {
		// Ten reports in [$100k, $105k): half of them lie above $102.5k.
		const cells = [cell({})];
		expect(shareAbove(cells, {}, () => true, 102_500)).toEqual({ share: 0.5, n: 10 });
		expect(shareAbove(cells, {}, () => true, 90_000).share).toBe(1);
		expect(shareAbove(cells, {}, (c) => c.track === 'em', 0)).toEqual({ share: 0, n: 0 });
	});
});

describe('createVarianceShares', () => {
	it('gives a factor all the variance when it separates the pay completely, none when it has one group', () => {
		const cells = [cell({ track: 'ic', total: [20, 10] }), cell({ track: 'em', total: [40, 10] })];
		const before = JSON.stringify(cells);
		const shares = createVarianceShares(cells, {}, ['track', 'company']);
		expect(shares[0]!.factor).toBe('track');
		expect(shares[0]!.share).toBeCloseTo(1, 10);
		expect(shares[1]).toEqual({ factor: 'company', share: 0, groups: 1 });
		expect(JSON.stringify(cells)).toBe(before);
	});

	it('splits variance between a factor that matters and one that does not', () => {
		const cells = [
			cell({ company: 'A', track: 'ic', total: [20, 5] }),
			cell({ company: 'A', track: 'em', total: [20, 5] }),
			cell({ company: 'B', track: 'ic', total: [40, 5] }),
			cell({ company: 'B', track: 'em', total: [40, 5] })
		];
		const [company, track] = createVarianceShares(cells, {}, ['company', 'track']);
		expect(company!.share).toBeCloseTo(1, 10);
		expect(track!.share).toBeCloseTo(0, 10);
	});
});
