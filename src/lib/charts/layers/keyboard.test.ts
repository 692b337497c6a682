import { describe, expect, it } from 'vitest';
import { formatMarkGroupLabel, toArrowTarget, type MarkPlace } from './keyboard';

/** A band chart's places in reading order: per level (a row), IC (along 0) before EM (along 1). */
function bandPlaces(slots: readonly [level: number, track: 'ic' | 'em'][], panel = 0): MarkPlace[] {
	return slots.map(([row, track]) => ({ panel, row, along: track === 'ic' ? 0 : 1 }));
}

describe('toArrowTarget', () => {
	// Levels 3 to 5 with both tracks, level 6 with EM only, level 7 with nothing, level 8 with both.
	const ladder = bandPlaces([
		[3, 'ic'],
		[3, 'em'],
		[4, 'ic'],
		[4, 'em'],
		[5, 'ic'],
		[5, 'em'],
		[6, 'em'],
		[8, 'ic'],
		[8, 'em']
	]);

	it('moves Left and Right to the neighbour in reading order and stops at the ends', () => {
		expect(toArrowTarget('ArrowRight', 0, ladder)).toBe(1);
		expect(toArrowTarget('ArrowRight', 1, ladder)).toBe(2);
		expect(toArrowTarget('ArrowLeft', 2, ladder)).toBe(1);
		expect(toArrowTarget('ArrowLeft', 0, ladder)).toBe(0);
		expect(toArrowTarget('ArrowRight', 8, ladder)).toBe(8);
	});

	it('jumps to the first and last mark with Home and End', () => {
		expect(toArrowTarget('Home', 5, ladder)).toBe(0);
		expect(toArrowTarget('End', 2, ladder)).toBe(8);
	});

	it('moves Up a level on the same track, and Down a level', () => {
		expect(toArrowTarget('ArrowUp', 0, ladder)).toBe(2);
		expect(toArrowTarget('ArrowUp', 3, ladder)).toBe(5);
		expect(toArrowTarget('ArrowDown', 5, ladder)).toBe(3);
		expect(toArrowTarget('ArrowDown', 2, ladder)).toBe(0);
	});

	it('goes to the other track when the next level lacks this one, and skips empty levels', () => {
		expect(toArrowTarget('ArrowUp', 4, ladder), 'IC L5 → EM L6').toBe(6);
		expect(toArrowTarget('ArrowUp', 6, ladder), 'EM L6 → EM L8, past the empty L7').toBe(8);
		expect(toArrowTarget('ArrowDown', 7, ladder), 'IC L8 → EM L6').toBe(6);
	});

	it('stays put at the top and bottom row', () => {
		expect(toArrowTarget('ArrowUp', 7, ladder)).toBe(7);
		expect(toArrowTarget('ArrowDown', 1, ladder)).toBe(1);
	});

	it('keeps Up and Down inside a panel of small multiples, while Left and Right cross panels', () => {
		const panels = [
			...bandPlaces([
				[5, 'ic'],
				[5, 'em']
			]),
			...bandPlaces(
				[
					[4, 'ic'],
					[6, 'ic']
				],
				1
			)
		];
		expect(toArrowTarget('ArrowUp', 0, panels), 'no higher level in panel 0').toBe(0);
		expect(toArrowTarget('ArrowRight', 1, panels), 'last of panel 0 → first of panel 1').toBe(2);
		expect(toArrowTarget('ArrowUp', 2, panels)).toBe(3);
		expect(toArrowTarget('ArrowDown', 2, panels), 'no lower level in panel 1').toBe(2);
	});

	it('switches the distribution’s track at the nearest pay, the first on a tie', () => {
		// IC bars (row 1, above) at $100k–$300k, EM bars (row 0, below) at $150k and $250k.
		const bins: MarkPlace[] = [
			{ panel: 0, row: 1, along: 100_000 },
			{ panel: 0, row: 1, along: 200_000 },
			{ panel: 0, row: 1, along: 300_000 },
			{ panel: 0, row: 0, along: 150_000 },
			{ panel: 0, row: 0, along: 250_000 },
			{ panel: 0, row: 0, along: 290_000 }
		];
		expect(toArrowTarget('ArrowDown', 0, bins), '$100k → $150k').toBe(3);
		expect(toArrowTarget('ArrowDown', 1, bins), '$200k is as near $150k as $250k').toBe(3);
		expect(toArrowTarget('ArrowDown', 2, bins), '$300k → $290k').toBe(5);
		expect(toArrowTarget('ArrowUp', 4, bins), '$250k → $200k, first of the tie').toBe(1);
		expect(toArrowTarget('ArrowUp', 0, bins), 'IC is the top row').toBe(0);
	});

	it('moves between the lines of the gap chart, whose rows count down from 0', () => {
		const lines: MarkPlace[] = [0, -1, -2].map((row) => ({ panel: 0, row, along: 0 }));
		expect(toArrowTarget('ArrowDown', 0, lines)).toBe(1);
		expect(toArrowTarget('ArrowUp', 2, lines)).toBe(1);
		expect(toArrowTarget('ArrowUp', 0, lines)).toBe(0);
	});

	it('ignores keys that do not move focus', () => {
		expect(toArrowTarget('Tab', 0, ladder)).toBeNull();
		expect(toArrowTarget('Escape', 0, ladder)).toBeNull();
		expect(toArrowTarget('a', 0, ladder)).toBeNull();
	});

	it('stays in bounds on a chart of one mark', () => {
		const one: MarkPlace[] = [{ panel: 0, row: 6, along: 0 }];
		for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
			expect(toArrowTarget(key, 0, one), key).toBe(0);
		}
	});
});

describe('formatMarkGroupLabel', () => {
	it('names the chart and says how to move between its marks', () => {
		expect(formatMarkGroupLabel('IC vs EM total pay by level', 'boxes')).toBe(
			'IC vs EM total pay by level; use the arrow keys to move between boxes'
		);
	});
});
