import { describe, expect, it } from 'vitest';
import { clampYears, createCareerPaths, inferTimeInLevel, type TimeInLevel } from './career.ts';
import { createLevelSum } from './position.ts';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';

// Synthetic data: pay grows ~25% a level; EM pay is 1.1 × IC; years of experience ≈ 2 × level − 4.
const cells = createSyntheticCells({ perGroup: 30, emFactor: 1.1 });
const frozen = JSON.stringify(cells);
const filter = { companyType: 'enterprise' as const };
const flat: TimeInLevel = { 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2 };

describe('inferTimeInLevel', () => {
	it('follows the experience gap between levels, within 1–10 years', () => {
		const til = inferTimeInLevel(cells, filter);
		// Synthetic experience bands (at midpoints 3, 7, 12, 17.5) give mean years 3, 5.7, 7, 8.7, 12, 12, 15.7.
		expect(til).toEqual({ 3: 3, 4: 1, 5: 2, 6: 3, 7: 1, 8: 4, 9: 3 });
		expect(JSON.stringify(cells)).toBe(frozen);
	});

	it('falls back to 3 years with no data', () => {
		expect(inferTimeInLevel(cells, { companyType: 'unclassified' })[5]).toBe(3);
		expect(clampYears(0)).toBe(1);
		expect(clampYears(40)).toBe(10);
	});
});

describe('createCareerPaths', () => {
	const paths = createCareerPaths(cells, filter, { start: 5, years: 8, timeInLevel: flat });
	const median = (track: 'ic' | 'em', level: 5 | 6 | 7 | 8) =>
		createLevelSum(cells, filter, track, level).quantile(0.5)!;

	it('adds up level medians year by year, moving up a level every time-in-level', () => {
		const ic = paths.find((p) => p.id === 'ic')!;
		expect(ic.years.map((y) => y.stdLevel)).toEqual([5, 5, 6, 6, 7, 7, 8, 8]);
		expect(ic.years[0]!.pay).toBe(median('ic', 5));
		const expected = 2 * (median('ic', 5) + median('ic', 6) + median('ic', 7) + median('ic', 8));
		expect(ic.years.at(-1)!.cumulative).toBeCloseTo(expected, 6);
	});

	it('keeps the low path at or under the median path, and the high path at or over it', () => {
		for (const path of paths) {
			for (const y of path.years) {
				expect(y.cumulativeLow).toBeLessThanOrEqual(y.cumulative);
				expect(y.cumulativeHigh).toBeGreaterThanOrEqual(y.cumulative);
			}
		}
	});

	it('goes EM then back to IC at the level reached, keeping time served', () => {
		const back = createCareerPaths(cells, filter, {
			start: 5,
			years: 6,
			timeInLevel: flat,
			managerYears: 3
		}).find((p) => p.id === 'em-back')!;
		expect(back.years.map((y) => `${y.track}${y.stdLevel}`)).toEqual([
			'em5',
			'em5',
			'em6',
			'ic6',
			'ic7',
			'ic7'
		]);
		const em = paths.find((p) => p.id === 'em')!;
		const ic = paths.find((p) => p.id === 'ic')!;
		expect(em.years.at(-1)!.cumulative).toBeGreaterThan(ic.years.at(-1)!.cumulative);
	});

	it('stays at the top level with data and is empty when the first step has none', () => {
		const long = createCareerPaths(cells, filter, { start: 8, years: 10, timeInLevel: flat })[0]!;
		expect(long.years.map((y) => y.stdLevel).at(-1)).toBe(9);
		expect(long.years).toHaveLength(10);
		expect(
			createCareerPaths(
				cells,
				{ companyType: 'unclassified' },
				{ start: 5, years: 5, timeInLevel: flat }
			)[0]!.years
		).toEqual([]);
	});
});
