/**
 * Where the distribution's text goes: pure functions of the scale and the text, so the chart
 * calls them in `$derived` and node tests check that labels stay apart and inside the plot.
 */
import { estimateTextWidth } from '../layers/textWidth';

/** Font size of the median labels and the side notes, in pixels. */
export const LABEL_FONT_SIZE = 11;
/** Space between a median line and its label. */
const LABEL_GAP = 4;
/**
 * Median labels are drawn bold (weight 600), which runs wider than the regular-weight estimate
 * of textWidth.ts.
 */
const BOLD_WIDTH = 1.15;

/** A label's anchor: where its text starts ('start') or ends ('end'). */
export interface LabelAnchor {
	x: number;
	textAnchor: 'start' | 'end';
}

/**
 * A median label beside its line at `x`: to the right when it fits in the plot, else to the
 * left, else pinned to whichever edge leaves it most room.
 *
 * @example placeMedianLabel(100, 'IC median $304k · n=2,773', 300) // → { x: 104, textAnchor: 'start' }
 * @example placeMedianLabel(280, 'IC median $304k · n=2,773', 300) // → { x: 276, textAnchor: 'end' }
 */
export function placeMedianLabel(x: number, text: string, innerWidth: number): LabelAnchor {
	const width = estimateTextWidth(text, LABEL_FONT_SIZE) * BOLD_WIDTH;
	if (x + LABEL_GAP + width <= innerWidth) return { x: x + LABEL_GAP, textAnchor: 'start' };
	if (x - LABEL_GAP - width >= 0) return { x: x - LABEL_GAP, textAnchor: 'end' };
	return x < innerWidth / 2 ? { x: 0, textAnchor: 'start' } : { x: innerWidth, textAnchor: 'end' };
}
