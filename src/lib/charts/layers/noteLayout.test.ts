// Note placement on the level-by-level chart: notes never overlap, never cross a connector and
// stay inside the plot. The createNoteLayout case uses claims evaluated on SYNTHETIC records from
// the seeded generator, not real pay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSyntheticRecords } from '../../../../tests/fixtures/records.ts';
import { createAnnotations } from '$lib/claims/annotations.ts';
import { evaluateClaims } from '$lib/claims/catalog.ts';
import { createCells, toYoeBand } from '$lib/data/cells.ts';
import { createNoteLayout, placeNotes } from './noteLayout.ts';

describe('placeNotes', () => {
	it('centres a lone note over its anchor, inside the plot', () => {
		expect(placeNotes([{ id: 'a', anchorX: 100, width: 80 }], 400)).toEqual([
			{ id: 'a', x: 60, row: 0, width: 80, anchorX: 100 }
		]);
		expect(placeNotes([{ id: 'a', anchorX: 390, width: 80 }], 400)[0]!.x).toBe(320);
		expect(placeNotes([{ id: 'a', anchorX: 0, width: 80 }], 400)[0]!.x).toBe(0);
	});

	it('moves a crowded note right, then to a new row when the row is full', () => {
		const placed = placeNotes(
			[
				{ id: 'a', anchorX: 100, width: 150 },
				{ id: 'b', anchorX: 120, width: 150 },
				{ id: 'c', anchorX: 130, width: 150 }
			],
			400
		);
		expect(placed.map((p) => [p.id, p.row])).toEqual([
			['a', 0],
			['b', 0],
			['c', 1]
		]);
		expect(placed[1]!.x).toBe(placed[0]!.x + 150 + 8);
	});

	it('never overlaps two notes, never crosses a connector and stays inside the plot (property)', () => {
		fc.assert(
			fc.property(
				// As on the ladder chart: at most one note per mark, marks (14 slots) about 90px apart.
				fc.uniqueArray(
					fc.record({
						slot: fc.integer({ min: 0, max: 13 }),
						width: fc.integer({ min: 20, max: 200 })
					}),
					{ maxLength: 7, selector: (r) => r.slot }
				),
				(raw) => {
					const items = raw.map((r, i) => ({
						anchorX: 45 + r.slot * 92,
						width: r.width,
						id: String(i)
					}));
					const placed = placeNotes(items, 1300);
					expect(placed).toHaveLength(items.length);
					for (const p of placed) {
						expect(p.x).toBeGreaterThanOrEqual(0);
						expect(p.x + p.width).toBeLessThanOrEqual(1300);
					}
					for (const p of placed)
						for (const q of placed) {
							if (p !== q && p.row === q.row)
								expect(p.x + p.width <= q.x || q.x + q.width <= p.x).toBe(true);
							// No connector (dropping from p's row at p.anchorX) runs through a note below.
							if (q.row > p.row) expect(p.anchorX < q.x || p.anchorX > q.x + q.width).toBe(true);
						}
				}
			)
		);
	});
});

describe('createNoteLayout', () => {
	// SYNTHETIC records from the seeded generator, not real pay.
	const cells = createCells(createSyntheticRecords({ perGroup: 60 }), (r) => ({
		company: r.company,
		companyType: r.companyType,
		track: r.track,
		stdLevel: r.stdLevel,
		region: 'synthetic',
		year: 2020,
		yoe: toYoeBand(r.yearsExperience)
	}));
	const specs = createAnnotations(evaluateClaims(cells));

	it('lays out wide notes in rows and narrow ones as badges', () => {
		const wide = createNoteLayout(specs, (level) => (level - 3) * 190 + 95, 1330, false);
		expect(wide.notes).toHaveLength(specs.length);
		expect(wide.bandHeight).toBeGreaterThan(0);
		const narrow = createNoteLayout(specs, (level) => (level - 3) * 47 + 23, 330, true);
		expect(narrow.notes.every((n) => n.width === 18 && n.lines.length === 1)).toBe(true);
		expect(createNoteLayout([], () => 0, 300, true)).toEqual({ notes: [], bandHeight: 0 });
	});
});
