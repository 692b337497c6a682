import { describe, expect, it } from 'vitest';
import { overlapArea, placeLabel, type LabelSide, type Rect } from './labelPlacement';

const bounds: Rect = { x: 0, y: 0, width: 300, height: 200 };
const size = { width: 40, height: 12 };
/** A marker line 20 px wide in the middle of the plot. */
const target: Rect = { x: 100, y: 98, width: 20, height: 4 };

describe('overlapArea', () => {
	it.each([
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, 25],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, 0],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 2, height: 2 }, 4]
	])('%j and %j share %i', (a, b, area) => {
		expect(overlapArea(a, b)).toBe(area);
	});
});

describe('placeLabel', () => {
	it.each<[string, Rect[], readonly LabelSide[], LabelSide]>([
		['a free plot takes the first preferred side', [], [], 'right'],
		['a free plot honours a preference for the left', [], ['left'], 'left'],
		['a mark on the right sends it left', [{ x: 130, y: 0, width: 20, height: 200 }], [], 'left'],
		[
			'marks on both sides send it above',
			[
				{ x: 60, y: 92, width: 30, height: 16 },
				{ x: 128, y: 92, width: 30, height: 16 }
			],
			[],
			'above-right'
		],
		[
			'marks beside and above send it below, on the preferred side',
			[{ x: 60, y: 60, width: 100, height: 45 }],
			['left', 'above-left', 'below-left'],
			'below-left'
		]
	])('%s', (_, avoid, prefer, side) => {
		const before = structuredClone(avoid);
		const placed = placeLabel(target, size, avoid, bounds, { prefer });
		expect(avoid).toEqual(before);
		expect(placed.side).toBe(side);
		expect(placed.overlap).toBe(0);
		for (const rect of avoid) expect(overlapArea(placed.box, rect)).toBe(0);
	});

	it('anchors text at the start on the right and at the end on the left, centred on the target', () => {
		const right = placeLabel(target, size, [], bounds, { gap: 6 });
		expect(right).toMatchObject({
			x: 126,
			y: 100,
			textAnchor: 'start',
			box: { x: 126, y: 94, width: 40, height: 12 }
		});
		const left = placeLabel(target, size, [], bounds, { gap: 6, prefer: ['left'] });
		expect(left).toMatchObject({ x: 94, textAnchor: 'end', box: { x: 54, width: 40 } });
	});

	it('stays inside the plot: a target at the right edge labels to its left', () => {
		const edge = { x: 270, y: 98, width: 20, height: 4 };
		const placed = placeLabel(edge, size, [], bounds);
		expect(placed.side).toBe('left');
		expect(placed.box.x + placed.box.width).toBeLessThanOrEqual(bounds.width);
	});

	it('when every side covers a mark, takes the side that covers least', () => {
		const avoid = [
			{ x: 0, y: 0, width: 300, height: 200 },
			{ x: 126, y: 94, width: 40, height: 12 }
		];
		const placed = placeLabel(target, size, avoid, bounds);
		expect(placed.side).not.toBe('right');
		expect(placed.overlap).toBe(40 * 12);
	});

	it('pushes the label inside a plot too small for any side', () => {
		const tiny = { x: 0, y: 0, width: 50, height: 20 };
		const placed = placeLabel({ x: 20, y: 8, width: 10, height: 4 }, size, [], tiny);
		expect(placed.box.x).toBeGreaterThanOrEqual(0);
		expect(placed.box.x + placed.box.width).toBeLessThanOrEqual(50);
		expect(placed.box.y).toBeGreaterThanOrEqual(0);
	});
});
