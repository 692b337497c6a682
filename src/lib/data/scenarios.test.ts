import { describe, expect, it } from 'vitest';
import { compareScenarios, MAX_SCENARIOS, type Scenario } from './scenarios.ts';
import { createLevelSum } from './position.ts';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';

// Synthetic data: EM pay is 1.2 × IC pay; components are 60/30/10% of each report's total.
const cells = createSyntheticCells({ perGroup: 40, emFactor: 1.2 });
const frozen = JSON.stringify(cells);
const ic: Scenario = { kind: 'band', companyType: 'big-tech', stdLevel: 6, track: 'ic' };
const em: Scenario = { kind: 'band', companyType: 'big-tech', stdLevel: 6, track: 'em' };

describe('compareScenarios', () => {
	it('gives medians and n from the data and differences from the first scenario, per component', () => {
		const [a, b] = compareScenarios(cells, [ic, em]);
		expect(a!.values.total).toBe(
			createLevelSum(cells, { companyType: 'big-tech' }, 'ic', 6).quantile(0.5)
		);
		expect(a!.n).toBe(40);
		expect(a!.difference.total).toEqual({ dollars: 0, percent: 0 });
		expect(b!.difference.total.dollars).toBeCloseTo(b!.values.total! - a!.values.total!, 6);
		expect(b!.difference.total.percent!).toBeGreaterThan(0.1);
		expect(b!.difference.total.percent!).toBeLessThan(0.3);
		expect(b!.difference.base.dollars!).toBeGreaterThan(0);
		expect(JSON.stringify(cells)).toBe(frozen);
	});

	it('takes typed figures as they are and leaves unknown parts undefined', () => {
		const offer: Scenario = {
			kind: 'offer',
			label: 'Offer A',
			total: 300_000,
			base: 200_000,
			stock: null,
			bonus: null
		};
		const [a, b] = compareScenarios(cells, [offer, ic]);
		expect(a!.values).toEqual({
			total: 300_000,
			base: 200_000,
			stock: undefined,
			bonus: undefined
		});
		expect(a!.n).toBeUndefined();
		expect(b!.difference.stock).toEqual({ dollars: undefined, percent: undefined });
		expect(b!.difference.total.dollars).toBeCloseTo(b!.values.total! - 300_000, 6);
	});

	it(`compares at most ${MAX_SCENARIOS}`, () => {
		expect(compareScenarios(cells, [ic, em, ic, em])).toHaveLength(MAX_SCENARIOS);
		expect(compareScenarios(cells, [])).toEqual([]);
	});
});
