import { describe, expect, it } from 'vitest';
import { HistogramSum } from '../cells.ts';
import { adjustCells, dollarsLabel, scaleHistogram } from './dollars.ts';
import { createCells } from '../cells.ts';
import { createSyntheticRecords } from '../../../../tests/fixtures/records.ts';

const cpi = {
	latest: { month: '2026-05', index: 335.123 },
	years: [
		{ year: 2019, average: 255.657, months: 12, factor: 1.3108 },
		{ year: 2020, average: 258.811, months: 12, factor: 1.2949 }
	]
};

describe("today's dollars", () => {
	it('re-bins a histogram by a factor, keeping every count', () => {
		expect(scaleHistogram([10, 3], 1.5)).toEqual([15, 2, 16, 1]);
		const hist = [3, 5, 7, 9, 40, 1];
		const scaled = scaleHistogram(hist, 1.2949);
		const total = (h: number[]) => h.filter((_, i) => i % 2 === 1).reduce((s, c) => s + c, 0);
		expect(total(scaled)).toBe(total(hist));
	});

	it("moves a median by its year's factor, within one bin", () => {
		// Synthetic records (tests/fixtures), all of one year.
		const records = createSyntheticRecords({ seed: 3, perGroup: 40 }).map((r) => ({
			...r,
			year: 2020
		}));
		const cells = createCells(records, (r) => ({
			company: '',
			companyType: r.companyType,
			track: r.track,
			stdLevel: r.stdLevel,
			region: 'other-us',
			year: r.year!,
			yoe: -1
		}));
		const median = (cs: typeof cells) => {
			const sum = new HistogramSum();
			for (const c of cs) if (c.track === 'ic' && c.stdLevel === 5) sum.add(c.total);
			return sum.quantile(0.5)!;
		};
		const { cells: adjusted, withheldYear } = adjustCells(cells, cpi);
		expect(withheldYear).toBe(0);
		expect(Math.abs(median(adjusted) - median(cells) * 1.2949)).toBeLessThan(5000 * 1.2949);
		expect(median(adjusted)).toBeGreaterThan(median(cells) * 1.2);
	});

	it('gives a withheld year the average factor of the dated reports, and counts them', () => {
		const cell = {
			company: '',
			companyType: 'startup',
			track: 'ic',
			stdLevel: 5,
			region: 'x',
			placement: 'catalog',
			yoe: -1
		} as const;
		const cells = [
			{ ...cell, year: 2019, n: 1, total: [20, 1], base: [], stock: [], bonus: [] },
			{ ...cell, year: 2020, n: 3, total: [20, 3], base: [], stock: [], bonus: [] },
			{ ...cell, year: 0, n: 2, total: [20, 2], base: [], stock: [], bonus: [] }
		];
		const result = adjustCells(cells, cpi);
		expect(result.withheldYear).toBe(2);
		expect(result.withheldFactor).toBeCloseTo((1.3108 + 3 * 1.2949) / 4, 6);
	});

	it('labels the dollars on every figure', () => {
		expect(dollarsLabel('today', '2026-05', { firstYear: 2017, lastYear: 2021 })).toBe(
			'in May 2026 dollars; reported 2017–2021'
		);
		expect(dollarsLabel('reported', '2026-05', { firstYear: 2024, lastYear: 2024 })).toBe(
			'in dollars as reported (2024)'
		);
	});
});
