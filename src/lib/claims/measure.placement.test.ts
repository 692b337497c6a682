// Placement of levels on SYNTHETIC cells (tests/fixtures), not real pay: the catalog-only switch
// drops exactly the reports the years-of-experience fallback placed, and each claim card's count
// of them is of the reports its own evaluation used.
import { describe, expect, it } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';
import { createWorldCells } from '../../../tests/fixtures/worlds.ts';
import type { PayCell, Placement } from '$lib/data/cells.ts';
import type { Track } from '$lib/data/domain.ts';
import { evaluateClaims } from './catalog.ts';
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

describe('each claim counts the fallback among its own reports', () => {
	const world = createWorldCells({ emLevels: [4, 5, 6, 7, 8, 9] });
	const evaluate = (cells: readonly PayCell[]) =>
		evaluateClaims(cells, {}).filter(({ evaluation }) => evaluation.verdict !== 'not-enough-data');

	it('counts every report it used when the fallback placed them all, and none when it placed none', () => {
		const placed = (placement: Placement) => world.map((cell) => ({ ...cell, placement }));
		for (const { claim, evaluation } of evaluateClaims(placed('fallback'), {}))
			// fork-at-five reads catalog-placed reports only: none here, so its n is 0 too.
			expect(evaluation.fallback, claim.id).toEqual(evaluation.n);
		for (const { claim, evaluation } of evaluate(placed('catalog'))) {
			expect(evaluation.fallback, claim.id).toEqual({ ic: 0, em: 0 });
			expect(evaluation.placementWithheld, claim.id).toEqual({ ic: 0, em: 0 });
		}
		for (const { claim, evaluation } of evaluate(placed('withheld')))
			expect(evaluation.placementWithheld, claim.id).toEqual(evaluation.n);
	});

	it('counts only the levels a claim read: level 5 placed by the fallback is in the parity card, not in the two-ladders card', () => {
		const cells = world.map((cell) => ({
			...cell,
			placement: cell.stdLevel === 5 ? ('fallback' as const) : ('catalog' as const)
		}));
		const byId = new Map(evaluate(cells).map((e) => [e.claim.id, e.evaluation]));
		const atFive = (track: Track) =>
			cells.filter((c) => c.stdLevel === 5 && c.track === track).reduce((sum, c) => sum + c.n, 0);
		expect(byId.get('parity-ideal')?.fallback).toEqual({ ic: atFive('ic'), em: atFive('em') });
		expect(byId.get('dual-ladder')?.fallback).toEqual({ ic: 0, em: 0 });
		// startup-vs-bigtech reads level-4 engineers and startup managers of every level.
		const startup = byId.get('startup-vs-bigtech')!;
		expect(startup.fallback.ic).toBe(0);
		expect(startup.fallback.em).toBeGreaterThan(0);
		expect(startup.fallback.em).toBeLessThan(startup.n.em);
		for (const [id, evaluation] of byId) {
			expect(evaluation.fallback.ic, id).toBeLessThanOrEqual(evaluation.n.ic);
			expect(evaluation.fallback.em, id).toBeLessThanOrEqual(evaluation.n.em);
		}
	});

	it('survives JSON, as the evaluations stored at build time are', () => {
		for (const { evaluation } of evaluateClaims(world, {}))
			expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
	});
});
