/**
 * Privacy folding on SYNTHETIC keys (no pay: the fold only looks at cell keys). Each test builds
 * reports whose groups are known, folds them with a floor of 3, and checks the floor and what
 * survives whole.
 */
import { describe, expect, it } from 'vitest';
import type { CellKey } from './cells.ts';
import { foldForPrivacy } from './fold.ts';

type Key = Required<CellKey>;
const base: Key = {
	company: 'Acme',
	companyType: 'tech-first',
	track: 'em',
	stdLevel: 5,
	placement: 'catalog',
	region: 'seattle',
	year: 2020,
	yoe: 2
};

/** `count` reports with the given key changes, each its own object. */
function reports(count: number, over: Partial<Key> = {}): Key[] {
	return Array.from({ length: count }, () => ({ ...base, ...over }));
}

function fold(items: Key[]) {
	const result = foldForPrivacy(items, (k) => k, 3);
	const cells = new Map<string, Key[]>();
	for (const [item, key] of result.keys) {
		const id = JSON.stringify(key);
		cells.set(id, [...(cells.get(id) ?? []), item]);
	}
	return { ...result, cells };
}

describe('foldForPrivacy', () => {
	it('publishes no cell under the floor and accounts for every report', () => {
		const items = [
			...reports(4),
			...reports(1, { region: 'boston' }),
			...reports(2, { year: 2019, yoe: 3 }),
			...reports(1, { company: 'Tiny' }),
			...reports(2, { company: 'Small', stdLevel: 6 }),
			...reports(5, { company: 'Other', stdLevel: 6, placement: 'fallback' })
		];
		const { cells, keys, suppressed } = fold(items);
		for (const members of cells.values()) expect(members.length).toBeGreaterThanOrEqual(3);
		expect(keys.size + suppressed.length).toBe(items.length);
	});

	it('keeps every report of a company group a claim compares under its company, however scattered', () => {
		// Twelve managers of one company at one level (fork-at-five compares it), each in its own
		// region and year, spread over the years bands.
		const items = Array.from({ length: 12 }, (_, i) => ({
			...base,
			region: `region-${i}`,
			year: 2017 + (i % 5),
			yoe: (i % 5) as Key['yoe']
		}));
		const { keys } = fold(items);
		expect([...keys.values()].every((k) => k.company === 'Acme' && k.stdLevel === 5)).toBe(true);
		expect(keys.size).toBe(12);
	});

	it('keeps the name of a company with 3 reports at a level, withholding its details instead', () => {
		// Each of the three in its own years band, year and region: only the name survives whole.
		const items = [
			...reports(1, { yoe: 0, year: 2018, region: 'boston' }),
			...reports(1, { yoe: 2, year: 2019 }),
			...reports(1, { yoe: 4, region: 'austin' }),
			...reports(2, { company: 'Tiny' })
		];
		const { keys, steps } = fold(items);
		const acme = [...keys.values()].filter((k) => k.company === 'Acme');
		expect(acme).toHaveLength(3);
		expect(acme.every((k) => k.yoe === -1 && k.year === 0 && k.region === 'withheld')).toBe(true);
		// Only the company under the floor even then loses its name.
		expect(steps.find((s) => s.step === 'company → other companies of this type')?.count).toBe(2);
		expect([...keys.values()].filter((k) => k.company === '')).toHaveLength(0);
	});

	it('withholds the year of a cell under the floor, then its region, and its years band last', () => {
		const items = [
			...reports(4, { year: 2020 }),
			...reports(2, { year: 2021 }),
			...reports(1, { year: 2019 })
		];
		const { keys, steps } = fold(items);
		const values = [...keys.values()];
		expect(values.filter((k) => k.year === 2020)).toHaveLength(4);
		expect(values.filter((k) => k.year === 0)).toHaveLength(3);
		// The year was enough: region and years band stay on every report.
		expect(values.every((k) => k.yoe === base.yoe && k.region === base.region)).toBe(true);
		expect(steps.find((s) => s.step === 'report year withheld')?.count).toBe(3);
		expect(steps.find((s) => s.step === 'experience band withheld')?.count).toBe(0);

		// Years bands apart: the band goes only after the year and region could not lift the cell.
		const byBand = fold([...reports(4, { yoe: 2 }), ...reports(2, { yoe: 3 })]);
		const bands = [...byBand.keys.values()];
		const withheldBand = bands.filter((k) => k.yoe === -1);
		expect(byBand.steps.find((s) => s.step === 'experience band withheld')?.count).toBe(2);
		expect(withheldBand.length).toBeGreaterThanOrEqual(3);
		expect(withheldBand.every((k) => k.year === 0 && k.region === 'withheld')).toBe(true);
	});

	it('withholds a lone placement of a named company rather than its name', () => {
		const items = [...reports(12), ...reports(1, { placement: 'fallback' })];
		const { keys, steps } = fold(items);
		const values = [...keys.values()];
		expect(values.every((k) => k.company === 'Acme')).toBe(true);
		expect(values.filter((k) => k.placement === 'withheld')).toHaveLength(3);
		expect(values.filter((k) => k.placement === 'catalog')).toHaveLength(10);
		expect(steps.find((s) => s.step === 'level placement withheld')?.count).toBe(3);
	});

	it('counts a type with one report at a level with the unclassified companies of that level', () => {
		const items = [
			...reports(1, { company: 'Lone', companyType: 'startup', stdLevel: 9 }),
			...reports(4, { company: '', companyType: 'unclassified', stdLevel: 9 })
		];
		const { keys, suppressed, steps } = fold(items);
		expect(suppressed).toEqual([]);
		expect([...keys.values()].every((k) => k.companyType === 'unclassified')).toBe(true);
		expect(steps.find((s) => s.step.startsWith('company type withheld'))?.count).toBe(1);
	});

	it('leaves out, and counts, what no fold can lift to the floor', () => {
		const { keys, suppressed } = fold(reports(2, { companyType: 'unclassified' }));
		expect(keys.size).toBe(0);
		expect(suppressed.length).toBe(2);
	});
});
