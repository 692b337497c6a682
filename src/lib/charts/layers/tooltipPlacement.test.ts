import { describe, expect, it } from 'vitest';
import { placeTooltip, SCREEN_MARGIN, type TooltipSituation } from './tooltipPlacement';

// A phone: a 344 px wide chart 16 px from the left of a 360 × 640 screen, and a tooltip of
// 200 × 230 (a band's, with its note).
const phone = { width: 360, height: 640 };
const chart = { width: 344, height: 460 };
const box = { width: 200, height: 230 };

function onScreen(situation: TooltipSituation) {
	const { left, top } = placeTooltip(situation);
	const screen = situation.screen!;
	return {
		left,
		top,
		screenLeft: screen.left + left,
		screenTop: screen.top + top,
		screenRight: screen.left + left + situation.box.width,
		screenBottom: screen.top + top + situation.box.height
	};
}

describe('placeTooltip', () => {
	it('sits right of the mark, centred on it, when there is room', () => {
		expect(
			placeTooltip({
				anchor: { x: 60, y: 200 },
				dx: 8,
				box,
				chart,
				screen: { left: 16, top: 0, ...phone }
			})
		).toEqual({ left: 76, top: 85 });
	});

	it('takes the left side near the right edge, and centres on the mark when neither side fits', () => {
		const screen = { left: 16, top: 0, ...phone };
		expect(placeTooltip({ anchor: { x: 320, y: 200 }, dx: 8, box, chart, screen }).left).toBe(104);
		const middle = placeTooltip({ anchor: { x: 170, y: 200 }, dx: 8, box, chart, screen });
		expect(middle.left).toBe(70);
	});

	it('stays on screen when a mark near the bottom of the screen is tapped', () => {
		// The chart's top is 300 px down the screen; the mark sits 6 px above the bottom edge.
		const placed = onScreen({
			anchor: { x: 60, y: 334 },
			dx: 8,
			box,
			chart,
			screen: { left: 16, top: 300, ...phone }
		});
		expect(placed.screenBottom).toBe(phone.height - SCREEN_MARGIN);
		expect(placed.screenTop).toBeGreaterThanOrEqual(SCREEN_MARGIN);
	});

	it('stays on screen when a mark at the top of the screen is tapped, the chart scrolled above it', () => {
		const placed = onScreen({
			anchor: { x: 60, y: 440 },
			dx: 8,
			box,
			chart,
			screen: { left: 16, top: -420, ...phone }
		});
		expect(placed.screenTop).toBe(SCREEN_MARGIN);
	});

	it('keeps inside the screen across when the chart is wider than it', () => {
		const placed = onScreen({
			anchor: { x: 500, y: 200 },
			dx: 8,
			box,
			chart: { width: 700, height: 460 },
			screen: { left: 16, top: 0, ...phone }
		});
		expect(placed.screenLeft).toBeGreaterThanOrEqual(SCREEN_MARGIN);
		expect(placed.screenRight).toBeLessThanOrEqual(phone.width - SCREEN_MARGIN);
	});

	it('keeps to the chart alone before the screen is measured', () => {
		expect(placeTooltip({ anchor: { x: 320, y: 450 }, dx: 8, box, chart })).toEqual({
			left: 104,
			top: 230
		});
	});

	it('puts a tooltip taller than the screen at its top', () => {
		const tall = { width: 200, height: 700 };
		const placed = onScreen({
			anchor: { x: 60, y: 200 },
			dx: 8,
			box: tall,
			chart,
			screen: { left: 16, top: 100, ...phone }
		});
		expect(placed.screenTop).toBe(SCREEN_MARGIN);
	});
});
