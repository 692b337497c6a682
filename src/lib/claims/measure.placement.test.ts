// Placement of levels on SYNTHETIC cells (tests/fixtures), not real pay: the catalog-only switch
// drops exactly the reports the years-of-experience fallback placed, and the card's count of them
// follows the filter.
import { describe, expect, it } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';
import type { PayCell } from '$lib/data/cells.ts';
import { countFallback, placementOf, toCatalogPlaced } from './measure.ts';

/** The synthetic cells, every third one marked as placed by the fallback. */
function withPlacement(): PayCell[] {
	return createSyntheticCells().map((cell, i) =>
		Object.assign({}, cell, { placement: i % 3 === 0 ? 'fallback' : 'catalog' })
	);
}

describe('placement', () => {
	it('keeps catalog-placed reports only, and says how many the fallback placed', () => {
		const cells = withPlacement();
		const kept = toCatalogPlaced(cells);
		expect(kept.every((c) => placementOf(c) === 'catalog')).toBe(true);
		const all = countFallback(cells, {});
		const fallback = cells.filter((_, i) => i % 3 === 0).reduce((sum, c) => sum + c.n, 0);
		expect(all).toEqual({ fallback, known: all.n, n: all.n });
		expect(kept.reduce((sum, c) => sum + c.n, 0)).toBe(all.n - fallback);
		expect(countFallback(cells, { companyType: 'finance' }).n).toBeLessThan(all.n);
	});

	it('cannot tell cells that do not say how they were placed, and keeps them', () => {
		const cells = createSyntheticCells().map((c) => ({ ...c, placement: 'withheld' as const }));
		expect(toCatalogPlaced(cells)).toHaveLength(cells.length);
		expect(countFallback(cells, {}).known).toBe(0);
	});
});
