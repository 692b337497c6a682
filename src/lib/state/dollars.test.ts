import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HistogramSum, type PayCell } from '$lib/data/cells';
import { toYearFactor } from '$lib/data/sources/dollars';
import cpiJson from '$data/bundled/us-cpi.json';
import { useShippedDollarsFactors } from '$lib/server/dollars';
import { DEFAULT_FILTERS, parseFilters, toSearch } from './filters';
import {
	DEFAULT_DOLLARS,
	formatDollarsCaveat,
	parseDollars,
	toCellsInDollars,
	withDollars
} from './dollars';
import { formatPay } from '$lib/format';

useShippedDollarsFactors();
const US_CPI = { latest: cpiJson.latest, years: cpiJson.years, months: cpiJson.months };

describe('the dollars switch in the URL', () => {
	test('no parameter is today’s dollars, and today’s dollars stay out of the URL', () => {
		expect(DEFAULT_DOLLARS).toBe('today');
		expect(parseDollars(new URLSearchParams(''))).toBe('today');
		expect(toSearch(DEFAULT_FILTERS)).toBe('');
		expect(withDollars('?view=gap&dollars=reported', 'today')).toBe('?view=gap');
		expect(withDollars('', 'today')).toBe('');
	});

	test('dollars=reported round-trips, every other parameter kept', () => {
		const search = withDollars('?view=gap&source=so2024', 'reported');
		expect(search).toBe('?view=gap&source=so2024&dollars=reported');
		expect(parseDollars(new URLSearchParams(search))).toBe('reported');
		const filters = parseFilters(new URLSearchParams(search));
		expect(filters).toMatchObject({ view: 'gap', source: 'so2024', dollars: 'reported' });
		expect(toSearch(filters)).toBe('?view=gap&source=so2024&dollars=reported');
	});

	test('any other value falls back to today’s dollars without throwing', () => {
		for (const bad of ['', 'today', 'REPORTED', 'yen', '1', 'reported2', '%00', 'x'.repeat(5000)])
			expect(parseDollars(new URLSearchParams({ dollars: bad }))).toBe('today');
		expect(parseDollars(new URLSearchParams('dollars=%20reported%20'))).toBe('reported');
		fc.assert(
			fc.property(fc.string(), (raw) => {
				const mode = parseDollars(new URLSearchParams({ dollars: raw }));
				expect(mode === 'reported' ? raw.trim() === 'reported' : mode === 'today').toBe(true);
			})
		);
	});
});

describe('cells in the chosen dollars', () => {
	// Synthetic cells, one report year: log-normal pay around $180,000 (p25–p75 about ±20%),
	// drawn from a seeded generator, for a level-5 median whose factor is known.
	function syntheticCells(year: number, seed = 7): PayCell[] {
		let state = seed;
		const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
		const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
		const counts = new Map<number, number>();
		for (let i = 0; i < 400; i++) {
			const pay = 180_000 * Math.exp(0.3 * normal());
			const bin = Math.floor(pay / 5000);
			counts.set(bin, (counts.get(bin) ?? 0) + 1);
		}
		const total = [...counts].sort((a, b) => a[0] - b[0]).flat();
		return [
			{
				company: '',
				companyType: 'startup',
				track: 'ic',
				stdLevel: 5,
				placement: 'catalog',
				region: 'other-us',
				year,
				yoe: -1,
				n: 400,
				total,
				base: [],
				stock: [],
				bonus: []
			}
		];
	}
	const median = (cells: readonly PayCell[]) => {
		const sum = new HistogramSum();
		for (const cell of cells) if (cell.track === 'ic' && cell.stdLevel === 5) sum.add(cell.total);
		return sum.quantile(0.5)!;
	};

	test('a level-5 median moves by exactly its year’s factor, within one bin', () => {
		const cells = syntheticCells(2024);
		const shown = { cells, sourceId: 'so2024' as const, firstYear: 2024, lastYear: 2024 };
		const today = toCellsInDollars(shown, 'today');
		const factor = cpiJson.years.find((y) => y.year === 2024)!.factor;
		expect(factor).toBe(1.0683);
		expect(Math.abs(median(today.cells) - median(cells) * factor)).toBeLessThan(5000);
		expect(median(today.cells)).toBeGreaterThan(median(cells) * 1.03);
		expect(today.dollars.label).toBe('in May 2026 dollars; reported 2024');
		const reported = toCellsInDollars(shown, 'reported');
		expect(reported.cells).toBe(cells);
		expect(reported.dollars.label).toBe('in dollars as reported (2024)');
	});

	test('the adjusted cells are computed once per dataset', () => {
		const cells = syntheticCells(2021);
		const shown = { cells, sourceId: 'levelsfyi' as const, firstYear: 2017, lastYear: 2021 };
		expect(toCellsInDollars(shown, 'today').cells).toBe(toCellsInDollars(shown, 'today').cells);
		expect(toCellsInDollars(shown, 'today').cells).not.toBe(cells);
	});

	test('DOU is adjusted from its survey month, the EU survey says it was converted from euros', () => {
		const dou = syntheticCells(2024);
		const factor = toYearFactor(US_CPI, 2024, { months: { 2024: ['2024-12'] } })!;
		expect(factor).toBeCloseTo(335.123 / cpiJson.months['2024-12'], 4);
		expect(factor).not.toBe(cpiJson.years.find((y) => y.year === 2024)!.factor);
		const today = toCellsInDollars(
			{ cells: dou, sourceId: 'dou', firstYear: 2024, lastYear: 2025 },
			'today'
		);
		expect(Math.abs(median(today.cells) - median(dou) * factor)).toBeLessThan(5000);
		const eu = toCellsInDollars(
			{ cells: syntheticCells(2020), sourceId: 'eu2020', firstYear: 2020, lastYear: 2020 },
			'reported'
		);
		expect(eu.dollars.note).toBe(
			'Pay reported in euros, converted to dollars at the Federal Reserve’s 2020 yearly average (0.8764 euros a dollar).'
		);
	});

	test('an upload is shown as uploaded under either setting', () => {
		const cells = syntheticCells(2023);
		for (const mode of ['today', 'reported'] as const) {
			const shown = toCellsInDollars({ cells, firstYear: 2023, lastYear: 2023 }, mode);
			expect(shown.cells).toBe(cells);
			expect(shown.dollars.label).toBe('as uploaded, not adjusted for inflation');
			// The claims page's caveat says so once, and never that the amounts were adjusted.
			expect(formatDollarsCaveat(shown.dollars, shown.dollars.label)).toMatch(
				/^The ladder and the cards’ figures are as uploaded, not adjusted for inflation\. Your upload is shown in its own amounts/
			);
			// Its figures print as typed: no step coarser than the dollar.
			expect(shown.dollars.step ?? 1).toBe(1);
		}
	});

	test('the claims page says the ladder is in the chosen dollars and the cards’ figures as reported', () => {
		const shown = {
			cells: syntheticCells(2024),
			sourceId: 'so2024' as const,
			firstYear: 2024,
			lastYear: 2024
		};
		const reported = toCellsInDollars(shown, 'reported').dollars.label;
		expect(reported).toBe('in dollars as reported (2024)');
		const today = formatDollarsCaveat(toCellsInDollars(shown, 'today').dollars, reported);
		expect(today).toMatch(
			/^The ladder is in May 2026 dollars; reported 2024: each report is adjusted/
		);
		expect(today).toMatch(
			/The cards’ figures are in dollars as reported \(2024\), as the claims are checked/
		);
		expect(today).not.toMatch(/^Amounts are/);
		expect(formatDollarsCaveat(toCellsInDollars(shown, 'reported').dollars, reported)).toBe(
			'The ladder and the cards’ figures are in dollars as reported (2024), not adjusted for inflation.'
		);
	});

	test('adjusted figures print to the step of their bins; figures as reported to the dollar', () => {
		const cells = syntheticCells(2024);
		const shown = (sourceId: 'so2024' | 'dou') => ({
			cells,
			sourceId,
			firstYear: 2024,
			lastYear: 2024
		});
		const today = toCellsInDollars(shown('so2024'), 'today');
		expect(today.dollars.step).toBe(1000);
		// A CPI factor gives the median digits the bins do not hold; printed, they are dropped.
		expect(median(today.cells) % 1000).not.toBe(0);
		expect(formatPay(median(today.cells), false, today.dollars.step)).toMatch(/^\$\d{3},000$/);
		expect(toCellsInDollars(shown('dou'), 'today').dollars.step).toBe(10);
		expect(toCellsInDollars(shown('so2024'), 'reported').dollars.step ?? 1).toBe(1);
	});
});
