/**
 * Faded marks (groups of fewer than the minimum number of reports) never set a chart's axis: the
 * axis covers the marks drawn solid, and a faded mark reaching past it is cut off at the edge with
 * an arrow pointing the way it goes on. These pure helpers are shared by every chart that does it
 * (the band chart and its small multiples, the parity-gap dot plot).
 */

/**
 * The items an axis should cover: those drawn solid, or every item when all are faded (a chart of
 * faded marks only still needs an axis that shows them).
 *
 * @example toAxisItems([{ lowN: false, v: 1 }, { lowN: true, v: 9 }]) // → [{ lowN: false, v: 1 }]
 * @example toAxisItems([{ lowN: true, v: 9 }]) // → [{ lowN: true, v: 9 }]
 */
export function toAxisItems<T extends { lowN?: boolean }>(items: readonly T[]): readonly T[] {
	const solid = items.filter((item) => !item.lowN);
	return solid.length > 0 ? solid : items;
}

/** Which way a clip arrow points: the way the cut-off mark goes on past the axis. */
export type ClipDirection = 'up' | 'down' | 'left' | 'right';

/** Length of a clip arrow along its direction, in pixels. */
export const CLIP_ARROW_LENGTH = 9;

/**
 * The SVG path of a clip arrow: a filled triangle with its tip at (0, 0), where the mark meets the
 * edge of the plot, and its base `CLIP_ARROW_LENGTH` back inside the plot. `halfWidth` is half the
 * base, at least 4 px so the arrow stays visible on a thin mark.
 *
 * @example toClipArrowPath('up', 4) // → 'M -4 9 L 0 0 L 4 9 Z'
 * @example toClipArrowPath('right', 4) // → 'M -9 -4 L 0 0 L -9 4 Z'
 */
export function toClipArrowPath(direction: ClipDirection, halfWidth: number): string {
	const half = Math.max(4, halfWidth);
	const back = direction === 'up' || direction === 'left' ? CLIP_ARROW_LENGTH : -CLIP_ARROW_LENGTH;
	return direction === 'up' || direction === 'down'
		? `M ${-half} ${back} L 0 0 L ${half} ${back} Z`
		: `M ${back} ${-half} L 0 0 L ${back} ${half} Z`;
}
