/**
 * Tick values for a continuous axis chosen by the room their labels need, so that labels never run
 * together on a phone ("+50%+100%+150%") and a wide chart still gets a fine grid.
 */
import { estimateTextWidth } from './textWidth';

/** Font size of AxisX's tick labels, in pixels. */
export const TICK_FONT_SIZE = 12;

/**
 * Tick labels are drawn bold (weight 600), which runs wider than the regular-weight estimate of
 * textWidth.ts; DejaVu Sans bold digits are about a quarter wider still.
 */
const BOLD_WIDTH = 1.3;

/** Space kept between neighbouring tick labels, in pixels. */
const TICK_LABEL_GAP = 10;

/** A continuous scale: its ticks for a count, and the position of a value. */
interface TickScale {
	(value: number): number;
	ticks(count?: number): number[];
}

/**
 * The most ticks (d3's for a count of at most `most`) whose labels, centred on their ticks, keep
 * `TICK_LABEL_GAP` apart; a tick whose label would reach past `[from, to]` (the room the axis
 * has, padding included) is left out. When no two labels fit, the first of the coarsest ticks
 * whose label fits alone, or none.
 *
 * @example inferFittingTicks(scaleLinear().domain([-0.5, 2]).range([0, 220]), formatPercent, { from: -120, to: 234 })
 * //  → [0, 1, 2]   ('+50%' steps are 44 px apart, too close for '+150%' beside '+100%')
 */
export function inferFittingTicks(
	scale: TickScale,
	format: (value: number) => string,
	{ from, to, most = 10 }: { from: number; to: number; most?: number }
): number[] {
	const halfWidth = (value: number) =>
		(estimateTextWidth(format(value), TICK_FONT_SIZE) * BOLD_WIDTH) / 2;
	const inRoom = (value: number) =>
		scale(value) - halfWidth(value) >= from && scale(value) + halfWidth(value) <= to;
	const apart = (ticks: readonly number[]) =>
		ticks.every((value, i) => {
			const next = ticks[i + 1];
			return (
				next === undefined ||
				scale(next) - scale(value) >= halfWidth(value) + halfWidth(next) + TICK_LABEL_GAP
			);
		});
	for (let count = most; count >= 1; count--) {
		const ticks = scale.ticks(count).filter(inRoom);
		if (ticks.length > 1 && apart(ticks)) return ticks;
	}
	return scale.ticks(1).filter(inRoom).slice(0, 1);
}
