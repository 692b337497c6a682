import { describe, expect, it } from 'vitest';
import { HistogramSum } from './cells.ts';
import {
	chooseComparisonGroup,
	comparePosition,
	compareWithin,
	createLevelSum,
	percentileOf,
	type Position
} from './position.ts';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';

// Synthetic data: EM pay is 1.2 × IC pay at every level.
const cells = createSyntheticCells({ perGroup: 40, emFactor: 1.2 });
const frozen = JSON.stringify(cells);

describe('percentileOf', () => {
	const sum = createLevelSum(cells, { companyType: 'finance' }, 'ic', 6);

	it('inverts the quantile function', () => {
		for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
			expect(percentileOf(sum, sum.quantile(p)!)).toBeCloseTo(p, 2);
		}
	});

	it('gives 0 below the lowest report, 1 above the highest, undefined with no reports', () => {
		expect(percentileOf(sum, 1)).toBe(0);
		expect(percentileOf(sum, 1e9)).toBe(1);
		expect(percentileOf(new HistogramSum(), 100_000)).toBeUndefined();
		expect(percentileOf(sum, Number.NaN)).toBeUndefined();
	});

	it('never decreases as pay rises', () => {
		let previous = 0;
		for (let pay = 100_000; pay <= 300_000; pay += 7_500) {
			const p = percentileOf(sum, pay)!;
			expect(p).toBeGreaterThanOrEqual(previous);
			previous = p;
		}
	});
});

describe('comparePosition', () => {
	const base: Position = {
		companyType: 'finance',
		company: '',
		track: 'ic',
		stdLevel: 6,
		companyLevel: '',
		total: 0,
		base: null,
		stock: null,
		bonus: null
	};

	it('puts the own-track median at the 50th percentile and lower in the better-paid other track', () => {
		const median = createLevelSum(cells, { companyType: 'finance' }, 'ic', 6).quantile(0.5)!;
		const result = comparePosition(cells, { ...base, total: median });
		expect(result.group.scope).toBe('type');
		expect(result.group.name).toBe('finance companies');
		expect(result.own).toMatchObject({ track: 'ic', stdLevel: 6, n: 40 });
		expect(result.own.percentile).toBeCloseTo(0.5, 2);
		expect(result.other.track).toBe('em');
		expect(result.other.percentile!).toBeLessThan(0.5);
		expect(JSON.stringify(cells)).toBe(frozen);
	});

	it('uses the named company when it has enough reports on both tracks at that level, else the company type, and says why', () => {
		const name = cells.find((c) => c.companyType === 'finance' && c.stdLevel === 6)!.company;
		const company = comparePosition(cells, { ...base, company: name, total: 200_000 });
		expect(company.group).toMatchObject({ scope: 'company', name, fallback: undefined });
		expect(company.own.n).toBe(createLevelSum(cells, { company: name }, 'ic', 6).n);
		expect(company.own.n).toBeLessThan(40);
		const unknown = comparePosition(cells, { ...base, company: 'Nobody Inc', total: 200_000 });
		expect(unknown.group.scope).toBe('type');
		expect(unknown.group.fallback).toBe(
			'The data has no reports from Nobody Inc, so the figures compare with finance companies.'
		);
		expect(unknown.own.n).toBe(40);
	});
});

describe('chooseComparisonGroup', () => {
	it('falls back to the type when one track of the company is thinner than the minimum', () => {
		const name = cells.find((c) => c.companyType === 'finance' && c.stdLevel === 6)!.company;
		const ic = createLevelSum(cells, { company: name }, 'ic', 6).n;
		const em = createLevelSum(cells, { company: name }, 'em', 6).n;
		const at = { companyType: 'finance' as const, company: name, stdLevel: 6 as const };
		expect(chooseComparisonGroup(cells, at, Math.min(ic, em)).scope).toBe('company');
		const thin = chooseComparisonGroup(cells, at, Math.min(ic, em) + 1);
		expect(thin.scope).toBe('type');
		expect(thin.filter).toEqual({ companyType: 'finance' });
		expect(thin.fallback).toMatch(new RegExp(`^${name} has \\d+ (IC|EM) reports?`));
		expect(chooseComparisonGroup(cells, { ...at, companyType: 'all', company: '' })).toMatchObject({
			scope: 'type',
			name: 'all company types',
			title: 'All company types'
		});
	});
});

describe('chooseComparisonGroup on cells without the type asked for', () => {
	it('compares with all company types and says the type has no reports, never with an empty group', () => {
		const noBigTech = cells.filter((c) => c.companyType !== 'big-tech');
		const group = chooseComparisonGroup(noBigTech, {
			companyType: 'big-tech',
			company: '',
			stdLevel: 6
		});
		expect(group).toMatchObject({
			scope: 'type',
			companyType: 'all',
			filter: { companyType: 'all' }
		});
		expect(group.typeFallback).toBe(
			'This source has no reports from big tech companies, so the figures compare with all company types.'
		);
		expect(createLevelSum(noBigTech, group.filter, 'ic', 6).n).toBeGreaterThan(0);
		const present = chooseComparisonGroup(noBigTech, {
			companyType: 'finance',
			company: '',
			stdLevel: 6
		});
		expect(present).toMatchObject({ companyType: 'finance', typeFallback: undefined });
	});
});

describe('compareWithin', () => {
	it('compares with the reports the filter selects, not the company type the person entered', () => {
		const person = { track: 'ic' as const, stdLevel: 6 as const, total: 200_000 };
		const all = compareWithin(cells, {}, person);
		const finance = compareWithin(cells, { companyType: 'finance' }, person);
		expect(all.own.n).toBeGreaterThan(finance.own.n);
		expect(all.own.n).toBe(createLevelSum(cells, {}, 'ic', 6).n);
		expect(finance.other).toMatchObject({
			track: 'em',
			stdLevel: 6,
			n: createLevelSum(cells, { companyType: 'finance' }, 'em', 6).n
		});
		// EM pays 1.2 × IC here, so the same pay ranks lower among managers.
		expect(finance.other.percentile!).toBeLessThan(finance.own.percentile!);
		expect(JSON.stringify(cells)).toBe(frozen);
	});
});
