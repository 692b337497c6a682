import { describe, expect, test } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells';
import { SUM_COMPONENTS, sumComponent } from './cells';
import { STD_LEVELS, TRACKS } from './domain';
import { ALL, fromTrackLevelKey, groupByTrackLevel, toTrackLevelKey } from './group';

// Synthetic cells (seeded, tests/fixtures/cells.ts): not real pay.
const cells = createSyntheticCells({ seed: 5, perGroup: 12 });
const frozen = structuredClone(cells);

describe('group', () => {
	test('every (track, level) has its own key, and the key names it back', () => {
		const keys = new Set<number>();
		for (const track of TRACKS)
			for (const stdLevel of STD_LEVELS) {
				const key = toTrackLevelKey(track, stdLevel);
				keys.add(key);
				expect(fromTrackLevelKey(key)).toEqual({ track, stdLevel });
			}
		expect(keys.size).toBe(TRACKS.length * STD_LEVELS.length);
	});

	test('one group without `by`: each (track, level) sums exactly the reports of its cells', () => {
		const slots = groupByTrackLevel(cells, { reduce: SUM_COMPONENTS }).get(ALL)!;
		for (const [key, sums] of slots) {
			const { track, stdLevel } = fromTrackLevelKey(key);
			const n = cells
				.filter((c) => c.track === track && c.stdLevel === stdLevel)
				.reduce((sum, c) => sum + c.n, 0);
			expect(sums.total.n).toBe(n);
		}
		expect([...slots.values()].reduce((sum, s) => sum + s.total.n, 0)).toBe(
			cells.reduce((sum, c) => sum + c.n, 0)
		);
		expect(cells).toEqual(frozen);
	});

	test('`where` and `by` select and split; a null group leaves the item out', () => {
		const grouped = groupByTrackLevel(cells, {
			where: (c) => c.stdLevel >= 5,
			by: (c) => (c.companyType === 'finance' ? null : c.companyType),
			reduce: sumComponent('total')
		});
		expect([...grouped.keys()]).not.toContain('finance');
		for (const [type, slots] of grouped)
			for (const [key, sum] of slots) {
				const { track, stdLevel } = fromTrackLevelKey(key);
				expect(stdLevel).toBeGreaterThanOrEqual(5);
				const n = cells
					.filter((c) => c.companyType === type && c.track === track && c.stdLevel === stdLevel)
					.reduce((s, c) => s + c.n, 0);
				expect(sum.n).toBe(n);
			}
	});

	test('the reducer starts each group from its first item', () => {
		const firsts = groupByTrackLevel(cells, {
			reduce: { create: (c) => ({ first: c, count: 0 }), add: (s) => void s.count++ }
		}).get(ALL)!;
		const ic5 = firsts.get(toTrackLevelKey('ic', 5))!;
		expect(ic5.first).toBe(cells.find((c) => c.track === 'ic' && c.stdLevel === 5));
		expect(ic5.count).toBe(cells.filter((c) => c.track === 'ic' && c.stdLevel === 5).length);
	});
});
