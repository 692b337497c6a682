import { describe, expect, it } from 'vitest';
import { createSwitchOutlook, createTypeOutlook } from './switch.ts';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';

// Synthetic data: pay grows ~25% a level; EM pay is 1.1 × IC pay.
const cells = createSyntheticCells({ perGroup: 60, emFactor: 1.1 });
const frozen = JSON.stringify(cells);

describe('createSwitchOutlook', () => {
	it('gives IC and EM at the level and the next, each median inside its interval, with n', () => {
		const { expected } = createSwitchOutlook(cells, { companyType: 'late-stage' }, 6, 'em');
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

	it('shows an EM switching to IC as a cut of about the synthetic 10% at the same level, more one below, and the way back as a rise', () => {
		const { moves } = createSwitchOutlook(cells, { companyType: 'late-stage' }, 6, 'em');
		expect(
			moves.map((m) => `${m.kind} ${m.from.track}${m.from.stdLevel}→${m.to.track}${m.to.stdLevel}`)
		).toEqual(['switch em6→ic6', 'switch em6→ic5', 'back ic6→em6']);
		expect(moves[2]!.gap!.gap).toBeGreaterThan(0);
		const same = moves[0]!.gap!;
		expect(same.gap).toBeGreaterThan(-0.2);
		expect(same.gap).toBeLessThan(0);
		expect(same.low).toBeLessThanOrEqual(same.gap);
		expect(same.high).toBeGreaterThanOrEqual(same.gap);
		expect(moves[1]!.gap!.gap).toBeLessThan(same.gap);
	});

	it('stops at the ends of the scale and says "no data" for empty groups', () => {
		expect(
			createSwitchOutlook(cells, { companyType: 'late-stage' }, 9, 'em').expected
		).toHaveLength(2);
		expect(createSwitchOutlook(cells, { companyType: 'late-stage' }, 3, 'em').moves).toHaveLength(
			2
		);
		const empty = createSwitchOutlook(cells, { companyType: 'unclassified' }, 6, 'ic');
		expect(empty.expected[0]).toMatchObject({ n: 0, median: undefined });
		expect(empty.moves[0]!.gap).toBeUndefined();
	});

	it('goes the other way for an IC: IC → EM first, then back to IC', () => {
		const { moves } = createSwitchOutlook(cells, { companyType: 'late-stage' }, 6, 'ic');
		expect(
			moves.map((m) => `${m.kind} ${m.from.track}${m.from.stdLevel}→${m.to.track}${m.to.stdLevel}`)
		).toEqual(['switch ic6→em6', 'switch ic6→em5', 'back em6→ic6']);
		expect(moves[0]!.gap!.gap).toBeGreaterThan(0);
	});
});

describe('createTypeOutlook', () => {
	it('gives every company type but unclassified, own track first, each median against the pay', () => {
		const outlook = createTypeOutlook(cells, 6, 'em', 200_000);
		expect(outlook.map((o) => o.companyType)).toEqual([
			'big-tech',
			'tech-first',
			'late-stage',
			'enterprise',
			'finance'
		]);
		for (const { tracks } of outlook) {
			expect(tracks.map((t) => t.expected.track)).toEqual(['em', 'ic']);
			for (const t of tracks) expect(t.vsPay).toBeCloseTo(t.expected.median! / 200_000 - 1, 10);
		}
		expect(createTypeOutlook(cells, 6, 'ic', undefined)[0]!.tracks[0]!.vsPay).toBeUndefined();
	});
});
