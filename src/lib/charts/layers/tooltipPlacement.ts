/**
 * Where a chart's tooltip goes: beside its mark, inside the chart and on screen. A pure function of
 * sizes, so Tooltip.html.svelte calls it in a `$derived` and node tests check a phone's cases (a
 * mark tapped near the bottom or the right of the screen).
 */

/** A width and a height in pixels. */
export interface Size {
	width: number;
	height: number;
}

/** What `placeTooltip` needs to know. */
export interface TooltipSituation {
	/** The mark's centre, in chart pixels (padding included). */
	anchor: { x: number; y: number };
	/** Half the mark's width: the tooltip keeps that far (plus a gap) to its side. */
	dx: number;
	/** The tooltip's measured size; 0 × 0 before its first layout. */
	box: Size;
	/** The chart's size: the tooltip's positioned container. */
	chart: Size;
	/**
	 * Where the chart's top-left corner is on screen and the size of the screen (the window's
	 * layout viewport); absent before it is measured, when only the chart bounds the tooltip.
	 */
	screen?: { left: number; top: number; width: number; height: number };
}

/** Gap between the tooltip and its mark, in pixels. */
export const TOOLTIP_OFFSET = 8;
/** Space kept between the tooltip and the edges of the screen, in pixels. */
export const SCREEN_MARGIN = 8;

/**
 * The tooltip's top-left corner in chart pixels. Across: right of the mark when it fits, else
 * left of it, else centred on it; always within the chart and the screen. Down: centred on the
 * mark, kept within the chart, and then within the screen, which wins: a mark tapped near the
 * bottom of a phone's screen gets its tooltip above the fold, even if that leaves the chart.
 *
 * @example placeTooltip({
 *   anchor: { x: 100, y: 300 }, dx: 10, box: { width: 200, height: 200 },
 *   chart: { width: 360, height: 420 }, screen: { left: 0, top: 400, width: 360, height: 640 }
 * }) // → { left: 118, top: 32 }   (right of the mark, ending 8 px above the screen's bottom)
 */
export function placeTooltip({ anchor, dx, box, chart, screen }: TooltipSituation): {
	left: number;
	top: number;
} {
	// The ranges the tooltip's corner may take: the chart's, narrowed to the screen's when known.
	const across = narrow(
		[0, chart.width - box.width],
		screen && [SCREEN_MARGIN - screen.left, screen.width - SCREEN_MARGIN - screen.left - box.width]
	);
	const right = anchor.x + dx + TOOLTIP_OFFSET;
	const left = anchor.x - dx - TOOLTIP_OFFSET - box.width;
	const fits = (value: number) => value >= across[0] && value <= across[1];
	const x = fits(right) ? right : fits(left) ? left : clamp(anchor.x - box.width / 2, across);
	const inChart = clamp(anchor.y - box.height / 2, [0, chart.height - box.height]);
	const y = screen
		? clamp(inChart, [
				SCREEN_MARGIN - screen.top,
				screen.height - SCREEN_MARGIN - screen.top - box.height
			])
		: inChart;
	return { left: x, top: y };
}

/** `range` narrowed to `within`; where the two do not meet, `within` (the screen) wins. */
function narrow(range: [number, number], within?: [number, number]): [number, number] {
	if (!within) return range;
	const low = Math.max(range[0], within[0]);
	const high = Math.min(range[1], within[1]);
	return low <= high ? [low, high] : within;
}

/** `value` within [low, high]; `low` when the range is empty (a box larger than its room). */
function clamp(value: number, [low, high]: [number, number]): number {
	return Math.max(low, Math.min(value, Math.max(low, high)));
}
