/**
 * Where a label beside a mark goes, so that it covers no other mark and stays inside the plot.
 * A pure function of rectangles in plot pixels: the chart computes the rectangles of its marks
 * from its scales, and the layer that draws the label calls `placeLabel` in a `$derived`.
 */

/** An axis-aligned box in plot pixels: top-left corner and size. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The sides a label can take around its target, nearest first. */
export type LabelSide =
	'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

const LABEL_SIDES: readonly LabelSide[] = [
	'right',
	'left',
	'above-right',
	'above-left',
	'below-right',
	'below-left'
];

/** Where to draw the label: the text's anchor point (vertical middle) and its box. */
export interface LabelPlacement {
	side: LabelSide;
	/** Anchor of the text: its start for `textAnchor: 'start'`, its end for 'end'. */
	x: number;
	/** Vertical middle of the text (draw with `dy="0.32em"`). */
	y: number;
	textAnchor: 'start' | 'end';
	/** The label's box. */
	box: Rect;
	/** Area of `avoid` the label still covers (0 when it found a free side). */
	overlap: number;
}

/** Options for `placeLabel`. */
export interface PlaceLabelOptions {
	/** Space between the target and the label, in pixels. */
	gap?: number;
	/** Sides to try, best first; the rest of LABEL_SIDES follow in their order. */
	prefer?: readonly LabelSide[];
}

/** The area two boxes share; 0 when they only touch. */
export function overlapArea(a: Rect, b: Rect): number {
	const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return width > 0 && height > 0 ? width * height : 0;
}

/** Whether `inner` lies wholly inside `outer`. */
function isInside(inner: Rect, outer: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

/** The label's box and anchor on one side of the target. */
function toCandidate(
	side: LabelSide,
	target: Rect,
	size: { width: number; height: number },
	gap: number
) {
	const middle = target.y + target.height / 2;
	const y =
		side === 'right' || side === 'left'
			? middle
			: side.startsWith('above')
				? target.y - gap - size.height / 2
				: target.y + target.height + gap + size.height / 2;
	// Beside the target the label starts after its right edge or ends before its left edge; above
	// or below, it lines up with the target's left edge (running right) or its right edge (running left).
	const toRight = side === 'right' || side.endsWith('-right');
	const x =
		side === 'right'
			? target.x + target.width + gap
			: side === 'left'
				? target.x - gap
				: toRight
					? target.x
					: target.x + target.width;
	const left = toRight ? x : x - size.width;
	return {
		side,
		x,
		y,
		textAnchor: toRight ? ('start' as const) : ('end' as const),
		box: { x: left, y: y - size.height / 2, width: size.width, height: size.height }
	};
}

/**
 * The side of `target` where a label of `size` covers the least of `avoid` while staying inside
 * `bounds`: the first free side in order of preference, else the side that covers least. When no
 * side fits the bounds, the preferred side is moved inside them.
 *
 *     placeLabel({ x: 100, y: 50, width: 20, height: 4 }, { width: 40, height: 12 }, [], { x: 0, y: 0, width: 300, height: 200 })
 *       → { side: 'right', x: 126, y: 52, textAnchor: 'start', box: { x: 126, y: 46, width: 40, height: 12 }, overlap: 0 }
 *     // with a mark to the right, { x: 130, y: 0, width: 20, height: 200 } in avoid → side: 'left', x: 94, textAnchor: 'end'
 */
export function placeLabel(
	target: Rect,
	size: { width: number; height: number },
	avoid: readonly Rect[],
	bounds: Rect,
	{ gap = 6, prefer = [] }: PlaceLabelOptions = {}
): LabelPlacement {
	const sides = [...prefer, ...LABEL_SIDES.filter((side) => !prefer.includes(side))];
	const candidates = sides.map((side) => {
		const candidate = toCandidate(side, target, size, gap);
		return {
			...candidate,
			overlap: avoid.reduce((sum, rect) => sum + overlapArea(candidate.box, rect), 0),
			inside: isInside(candidate.box, bounds)
		};
	});
	const inside = candidates.filter((c) => c.inside);
	// Array order is preference order, so the first of equal overlaps wins.
	const best = inside.reduce<(typeof inside)[number] | undefined>(
		(found, c) => (!found || c.overlap < found.overlap ? c : found),
		undefined
	);
	if (best)
		return {
			side: best.side,
			x: best.x,
			y: best.y,
			textAnchor: best.textAnchor,
			box: best.box,
			overlap: best.overlap
		};
	// Nothing fits (a plot smaller than the label): keep the preferred side, pushed inside.
	const first = candidates[0]!;
	const dx = Math.max(
		bounds.x - first.box.x,
		Math.min(0, bounds.x + bounds.width - (first.box.x + first.box.width))
	);
	const dy = Math.max(
		bounds.y - first.box.y,
		Math.min(0, bounds.y + bounds.height - (first.box.y + first.box.height))
	);
	const box = { ...first.box, x: first.box.x + dx, y: first.box.y + dy };
	return {
		side: first.side,
		x: first.x + dx,
		y: first.y + dy,
		textAnchor: first.textAnchor,
		box,
		overlap: avoid.reduce((sum, rect) => sum + overlapArea(box, rect), 0)
	};
}
