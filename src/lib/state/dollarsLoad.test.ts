import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PayCell } from '$lib/data/cells';
import { loadDollarsFactors, toCellsInDollars } from './dollars';

// One synthetic cell (not real pay) of one 2024 report at $100,000–$105,000.
const cells: PayCell[] = [
	{
		company: '',
		companyType: 'startup',
		track: 'ic',
		stdLevel: 5,
		placement: 'catalog',
		region: 'other-us',
		year: 2024,
		yoe: -1,
		n: 1,
		total: [20, 1],
		base: [],
		stock: [],
		bonus: []
	}
];
const shown = { cells, sourceId: 'so2024' as const, firstYear: 2024, lastYear: 2024 };

describe('the CPI factors, fetched with the first dataset', () => {
	test('until they load (or when they cannot), pay shows as reported and says so', async () => {
		const failing = (async () => new Response('', { status: 404 })) as typeof fetch;
		await expect(loadDollarsFactors(failing)).rejects.toThrow('us-cpi.json answered 404');
		const { cells: drawn, dollars } = toCellsInDollars(shown, 'today');
		expect(drawn).toBe(cells);
		expect(dollars.label).toBe('in dollars as reported (2024)');
		expect(dollars.note).toContain('The price index could not be loaded.');
	});

	test('once loaded, the same cells are adjusted to May 2026 dollars', async () => {
		const files = (async (url: string) =>
			new Response(
				readFileSync(
					new URL(
						`../../../data/bundled/${url.includes('cpi') ? 'us-cpi' : 'exchange-rates'}.json`,
						import.meta.url
					)
				)
			)) as unknown as typeof fetch;
		await loadDollarsFactors(files);
		const { cells: drawn, dollars } = toCellsInDollars(shown, 'today');
		expect(drawn).not.toBe(cells);
		expect(drawn[0]!.total).toEqual([21, 1]);
		expect(dollars.label).toBe('in May 2026 dollars; reported 2024');
	});
});
