import { quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { aggregateBands, compareBands, createBandAccumulator } from './bands.ts';
import { createSyntheticRecords } from '../../../tests/fixtures/records.ts';

describe('aggregateBands', () => {
	const records = createSyntheticRecords({ perGroup: 7 });
	const snapshot = structuredClone(records);
	const bands = aggregateBands(records, { minN: 5, source: 'synthetic' });

	it('gives d3-array quantiles of total pay per company type, track and level', () => {
		const group = records
			.filter((r) => r.companyType === 'finance' && r.track === 'em' && r.stdLevel === 6)
			.map((r) => r.total);
		const band = bands.find(
			(b) => b.companyType === 'finance' && b.company === '' && b.track === 'em' && b.stdLevel === 6
		)!;
		expect(band.n).toBe(group.length);
		for (const [p, key] of [
			[0.1, 'p10'],
			[0.25, 'p25'],
			[0.5, 'p50'],
			[0.75, 'p75'],
			[0.9, 'p90']
		] as const) {
			expect(band[key]).toBeCloseTo(quantile(group, p)!, 6);
		}
	});

	it('rolls up every record into its type and into the overall band', () => {
		const overall = bands.filter((b) => b.companyType === 'all');
		expect(overall.reduce((s, b) => s + b.n, 0)).toBe(records.length);
		const byType = bands.filter((b) => b.companyType !== 'all' && b.company === '');
		expect(byType.reduce((s, b) => s + b.n, 0)).toBe(records.length);
	});

	it('keeps small groups and flags them instead of dropping them', () => {
		const companyBands = bands.filter((b) => b.company !== '');
		expect(companyBands.some((b) => b.n < 5)).toBe(true);
		expect(companyBands.filter((b) => b.n < 5).every((b) => b.lowN)).toBe(true);
		expect(companyBands.filter((b) => b.n >= 5).every((b) => !b.lowN)).toBe(true);
	});

	it('takes component medians only over reports that give a breakdown', () => {
		const acc = createBandAccumulator();
		const [a, b] = createSyntheticRecords({ perGroup: 1 });
		acc.add({ ...a!, base: 100, stock: null, bonus: null });
		acc.add({ ...a!, base: null, stock: null, bonus: null, total: b!.total });
		const band = acc.bands().find((x) => x.companyType === 'all')!;
		expect(band.n).toBe(2);
		expect(band.baseP50).toBe(100);
		expect(band.stockP50).toBeNull();
	});

	it('lists the overall roll-up first, then each type roll-up before its companies A–Z, level by level, IC before EM', () => {
		// Records arriving in reverse order must not change the order of the bands.
		const listed = aggregateBands([...records].reverse());
		const keyOf = (b: (typeof listed)[number]) =>
			`${b.companyType}|${b.company}|${b.stdLevel}|${b.track}`;
		expect(listed.map(keyOf)).toEqual([...listed].sort(compareBands).map(keyOf));
		expect(listed[0]).toMatchObject({ companyType: 'all', stdLevel: 3, track: 'ic' });
	});

	it('does not change its input', () => {
		expect(records).toEqual(snapshot);
	});
});
