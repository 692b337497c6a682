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

	it('keeps the years band of a small company’s few reports, which join other companies of its type', () => {
		const items = [
			...reports(3, { company: 'Small', yoe: 2 }),
			...reports(1, { company: 'Small', yoe: 3 }),
			...reports(2, { company: 'Tiny', yoe: 3 })
		];
		const { keys, suppressed } = fold(items);
		expect(suppressed).toEqual([]);
		const values = [...keys.values()];
		// Per years band, the type's counts are those of the reports.
		expect(values.filter((k) => k.yoe === 2).length).toBe(3);
		expect(values.filter((k) => k.yoe === 3).length).toBe(3);
		expect(values.filter((k) => k.yoe === 3).every((k) => k.company === '')).toBe(true);
		expect(values.filter((k) => k.yoe === 2).every((k) => k.company === 'Small')).toBe(true);
	});

	it('withholds the years band, never the placement, of a compared company’s reports under the floor', () => {
		// IC and EM both with 10 or more reports: same-neighborhood compares the company here.
		const items = [
			...reports(11, { track: 'ic' }),
			...reports(1, { track: 'ic', yoe: 4 }),
			...reports(12),
			...reports(2, { yoe: 0 })
		];
		const { keys } = fold(items);
		const values = [...keys.values()];
		expect(values.every((k) => k.company === 'Acme' && k.placement === 'catalog')).toBe(true);
		expect(values.filter((k) => k.track === 'ic' && k.yoe === -1).length).toBe(3);
		expect(values.filter((k) => k.track === 'em' && k.yoe === -1).length).toBe(3);
	});

	it('takes a compared company’s lone placement out of its name rather than withholding it', () => {
		const items = [
			...reports(12),
			...reports(1, { placement: 'fallback' }),
			...reports(2, { company: 'Tiny', placement: 'fallback' })
		];
		const { keys } = fold(items);
		const values = [...keys.values()];
		expect(values.filter((k) => k.company === 'Acme').length).toBe(12);
		expect(values.filter((k) => k.placement === 'fallback' && k.company === '').length).toBe(3);
		expect(values.some((k) => k.placement === 'withheld')).toBe(false);
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
