import { describe, expect, test } from 'vitest';
import { createSyntheticRecords } from '../../../tests/fixtures/records';
import { bandsFromCells, createCells, toYoeBand, type PayCell } from './cells';
import { COMPANY_TYPES } from './domain';
import {
	bandsByCompany,
	bandsByType,
	countWithheld,
	distributionAt,
	gapRows,
	listCompanies,
	toCellFilter,
	type ExploreQuery
} from './explore';

const QUERY: ExploreQuery = {
	companyType: 'all',
	company: '',
	region: '',
	yoe: null,
	year: null,
	component: 'total',
	minN: 5
};

// Synthetic cells (tests/fixtures/records.ts, seeded): EMs paid 1.2× ICs, level for level.
// Half the reports have their year withheld (0), as the bundled data does for privacy.
const records = createSyntheticRecords({ seed: 11, perGroup: 30, emFactor: 1.2 });
const cells: PayCell[] = createCells(records, (r) => ({
	company: r.company,
	companyType: r.companyType,
	track: r.track,
	stdLevel: r.stdLevel,
	region: r.total % 2 === 0 ? 'withheld' : 'sf-bay-area',
	year: r.total % 3 === 0 ? 0 : 2020,
	yoe: toYoeBand(r.yearsExperience)
}));
const frozen = structuredClone(cells);

describe('explore', () => {
	test('bandsByType gives every company type and agrees with bandsFromCells per type', () => {
		const byType = bandsByType(cells, { ...QUERY, component: 'base' });
		expect(Object.keys(byType)).toHaveLength(COMPANY_TYPES.length);
		expect(byType.unclassified).toEqual([]);
		const finance = bandsFromCells(cells, { companyType: 'finance' }, { component: 'base' });
		expect(byType.finance.map((b) => [b.track, b.stdLevel, b.p50, b.n])).toEqual(
			finance.map((b) => [b.track, b.stdLevel, b.p50, b.n])
		);
		expect(cells).toEqual(frozen);
	});

	test('gapRows finds the synthetic 20% premium, with a seeded interval that repeats', () => {
		const rows = gapRows(cells, QUERY);
		const all6 = rows.find((r) => r.companyType === 'all' && r.stdLevel === 6)!;
		expect(all6.gap).toBeGreaterThan(0.1);
		expect(all6.gap).toBeLessThan(0.3);
		expect(all6.low).toBeLessThanOrEqual(all6.gap);
		expect(all6.high).toBeGreaterThanOrEqual(all6.gap);
		expect(gapRows(cells, QUERY)).toEqual(rows);
		expect(rows.find((r) => r.companyType === 'finance' && r.stdLevel === 6)?.lowN).toBe(false);
		expect(gapRows(cells, { ...QUERY, minN: 1000 }).every((r) => r.lowN)).toBe(true);
	});

	test('countWithheld counts only the reports a region or year filter drops for a withheld detail', () => {
		expect(countWithheld(cells, QUERY)).toBe(0);
		const withheldYear = records.filter((r) => r.total % 3 === 0).length;
		expect(countWithheld(cells, { ...QUERY, year: 2020 })).toBe(withheldYear);
		const kept = bandsFromCells(cells, toCellFilter({ ...QUERY, year: 2020 })).reduce(
			(s, b) => s + b.n,
			0
		);
		expect(kept + withheldYear).toBe(records.length);
	});

	test('distributionAt bins every report of the level once, and shares add to 1', () => {
		const d = distributionAt(cells, QUERY, 5);
		for (const t of d.tracks) {
			expect(t.bins.reduce((s, b) => s + b.count, 0)).toBe(t.n);
			expect(t.bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1);
			expect(t.p25).toBeLessThanOrEqual(t.p50);
		}
		expect(d.tracks.map((t) => t.n)).toEqual([150, 150]);
	});

	test('distributionAt draws at most 40 bars, whatever the pay (a 2,000,000,000,000 typo crashed it)', () => {
		for (const total of [2e12, 1e12, 9e11, 2e15, 1e300]) {
			const typo = createCells(
				[
					...records.filter((r) => r.stdLevel === 5).slice(0, 20),
					{ ...records[0]!, stdLevel: 5, total }
				],
				(r) => ({
					company: r.company,
					companyType: r.companyType,
					track: r.track,
					stdLevel: r.stdLevel,
					region: '',
					year: 0,
					yoe: -1
				})
			);
			const d = distributionAt(typo, QUERY, 5);
			for (const t of d.tracks) {
				expect(t.bins.length).toBeLessThanOrEqual(40);
				expect(t.bins.reduce((s, b) => s + b.count, 0)).toBe(t.n);
			}
			expect(Number.isFinite(d.max)).toBe(true);
		}
	});

	test('bandsByCompany keeps the order asked and gives an empty ladder to an unknown company', () => {
		const names = listCompanies(cells).map((c) => c.name);
		const out = bandsByCompany(cells, QUERY, [names[1]!, 'Nobody', names[0]!]);
		expect(out.map((c) => c.company)).toEqual([names[1], 'Nobody', names[0]]);
		expect(out[1]!.bands).toEqual([]);
		expect(out[0]!.bands.every((b) => b.company === names[1])).toBe(true);
	});
});
