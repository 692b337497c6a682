import { describe, expect, it } from 'vitest';
import { createSwitchOutlook } from './switch.ts';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';

// Synthetic data: pay grows ~25% a level; EM pay is 1.1 × IC pay.
const cells = createSyntheticCells({ perGroup: 60, emFactor: 1.1 });
const frozen = JSON.stringify(cells);

describe('createSwitchOutlook', () => {
	it('gives IC and EM at the level and the next, each median inside its interval, with n', () => {
		const { expected } = createSwitchOutlook(cells, { companyType: 'startup' }, 6);
		expect(expected.map((e) => `${e.track}${e.stdLevel}`)).toEqual(['ic6', 'em6', 'ic7', 'em7']);
		for (const e of expected) {
			expect(e.n).toBe(60);
			expect(e.low!).toBeLessThanOrEqual(e.median!);
			expect(e.high!).toBeGreaterThanOrEqual(e.median!);
		}
		expect(expected[1]!.median!).toBeGreaterThan(expected[0]!.median!);
		expect(expected[2]!.median!).toBeGreaterThan(expected[0]!.median!);
		expect(JSON.stringify(cells)).toBe(frozen);
	});

	it('shows moving back from EM as a cut of about the synthetic 10% at the same level, more one below', () => {
		const { moveBack } = createSwitchOutlook(cells, { companyType: 'startup' }, 6);
		expect(moveBack.map((m) => [m.from, m.to])).toEqual([
			[6, 6],
			[6, 5]
		]);
		const same = moveBack[0]!.gap!;
		expect(same.gap).toBeGreaterThan(-0.2);
		expect(same.gap).toBeLessThan(0);
		expect(same.low).toBeLessThanOrEqual(same.gap);
		expect(same.high).toBeGreaterThanOrEqual(same.gap);
		expect(moveBack[1]!.gap!.gap).toBeLessThan(same.gap);
	});

	it('stops at the ends of the scale and says "no data" for empty groups', () => {
		expect(createSwitchOutlook(cells, { companyType: 'startup' }, 9).expected).toHaveLength(2);
		expect(createSwitchOutlook(cells, { companyType: 'startup' }, 3).moveBack).toHaveLength(1);
		const empty = createSwitchOutlook(cells, { companyType: 'unclassified' }, 6);
		expect(empty.expected[0]).toMatchObject({ n: 0, median: undefined });
		expect(empty.moveBack[0]!.gap).toBeUndefined();
	});
});
