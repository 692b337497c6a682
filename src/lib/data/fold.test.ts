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

	it('keeps every report of a company-level of 3 or more under its company, however scattered', () => {
		// Seven reports of one company at one level, each in its own region and year.
		const items = Array.from({ length: 7 }, (_, i) => ({
			...base,
			region: `region-${i}`,
			year: 2017 + (i % 5),
			yoe: (i % 5) as Key['yoe']
		}));
		const { keys } = fold(items);
		expect([...keys.values()].every((k) => k.company === 'Acme' && k.stdLevel === 5)).toBe(true);
		expect(keys.size).toBe(7);
	});

	it('folds a company with fewer than 3 reports at a level into other companies of its type', () => {
		const items = [...reports(2, { company: 'Tiny' }), ...reports(3, { company: 'Small' })];
		const { keys } = fold(items);
		// Tiny's two reports are completed by the next smallest company of the slot, Small.
		expect(new Set([...keys.values()].map((k) => k.company))).toEqual(new Set(['']));
		expect([...keys.values()].every((k) => k.companyType === 'tech-first')).toBe(true);
	});

	it('withholds a placement with too few reports in a company group of 10 or more', () => {
		const items = [...reports(12), ...reports(1, { placement: 'fallback' })];
		const { keys } = fold(items);
		const values = [...keys.values()];
		expect(values.every((k) => k.company === 'Acme')).toBe(true);
		expect(values.filter((k) => k.placement === 'withheld').length).toBe(3);
		expect(values.filter((k) => k.placement === 'fallback').length).toBe(0);
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
