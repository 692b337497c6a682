import { describe, expect, it } from 'vitest';
import { aggregateBands } from './bands.ts';
import { ladderHeadline, levelGaps } from './headline.ts';
import { createSyntheticRecords } from '../../../tests/fixtures/records.ts';

describe('ladderHeadline', () => {
	it('reports a uniform manager premium when EM pay is 1.5× IC pay (synthetic data)', () => {
		const bands = aggregateBands(createSyntheticRecords({ perGroup: 40, emFactor: 1.5 })).filter(
			(b) => b.companyType === 'all'
		);
		const gaps = levelGaps(bands, 20, 5);
		expect(gaps.map((g) => g.stdLevel)).toEqual([5, 6, 7, 8, 9]);
		for (const g of gaps) expect(g.gap).toBeGreaterThan(0.35);
		expect(ladderHeadline(bands, 'in the test')).toMatch(
			/^At levels 5–9 in the test, managers’ median pay is \+\d+% to \+\d+% above ICs’\.$/
		);
	});

	it('says so when no level has enough reports on both sides', () => {
		const bands = aggregateBands(createSyntheticRecords({ perGroup: 2 })).filter(
			(b) => b.companyType === 'all'
		);
		expect(ladderHeadline(bands, 'here', { minN: 20 })).toMatch(/^Too few reports here/);
	});

	it('says there are none, not too few, when the filters leave no report (a type the data lacks)', () => {
		expect(ladderHeadline([], 'at startups')).toBe('No reports at startups in this data.');
	});
});
