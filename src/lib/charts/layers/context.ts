/**
 * The chart context: how a frame component shares its size and scales with the layers it
 * renders. The frame measures and computes; layers only read. Nothing registers upward.
 *
 * The frame passes an object of getters, so a layer that reads `chart.width` or
 * `chart.scales.x` inside `$derived` or markup re-runs when the frame's `$state`/`$derived`
 * values change, without the frame ever pushing anything down by hand.
 */
import { getContext, hasContext, setContext } from 'svelte';

/** Space around the plot area, in pixels, for axes and labels. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Any scale that places domain values on one pixel axis. d3's `scaleBand` (which has
 * `bandwidth`) and `scaleLinear` (which has `ticks`) both fit, so axes work with either.
 */
export interface PositionScale<D> {
	(value: D): number | undefined;
	domain(): D[];
	range(): number[];
	bandwidth?(): number;
	ticks?(count?: number): D[];
}

/** What a frame shares. `S` names its scales, e.g. `{ x: ScaleBand<StdLevel>; y: ScaleLinear }`. */
export interface ChartContext<S extends object> {
	/** Full width of the chart in pixels, padding included. */
	readonly width: number;
	/** Full height of the chart in pixels, padding included. */
	readonly height: number;
	/** Space around the plot area; layers draw inside a group already moved by left/top. */
	readonly padding: Padding;
	/** Width of the plot area: width − left − right, never negative. */
	readonly innerWidth: number;
	/** Height of the plot area: height − top − bottom, never negative. */
	readonly innerHeight: number;
	/** The frame's scales, with ranges in plot-area pixels. */
	readonly scales: S;
}

const CHART_CONTEXT = Symbol('forkline.chart');

/** Called once by a frame during its initialisation; `chart` should be an object of getters. */
export function setChartContext<S extends object>(chart: ChartContext<S>): ChartContext<S> {
	return setContext(CHART_CONTEXT, chart);
}

/**
 * Read by a layer during its initialisation. The type parameter states which scales the layer
 * needs (e.g. `{ x: PositionScale<D> }`); the frame that renders the layer must provide them.
 */
export function useChartContext<S extends object>(): ChartContext<S> {
	if (!hasContext(CHART_CONTEXT)) {
		throw new Error(
			'A chart layer was rendered outside a chart frame. Render it inside a frame such as ' +
				'BandChart, which calls setChartContext().'
		);
	}
	return getContext<ChartContext<S>>(CHART_CONTEXT);
}

/** What a frame knows; `setFrameContext` derives the inner size from it. */
export interface FrameState<S extends object> {
	width: number;
	height: number;
	padding: Padding;
	scales: S;
}

/**
 * Shares a frame's size and scales with its layers: `read` returns the frame's current values
 * (its `$derived` state), and each getter calls it, so layers stay reactive to every change.
 *
 * @example setFrameContext(() => ({ width, height, padding, scales }))
 */
export function setFrameContext<S extends object>(read: () => FrameState<S>): ChartContext<S> {
	return setChartContext<S>({
		get width() {
			return read().width;
		},
		get height() {
			return read().height;
		},
		get padding() {
			return read().padding;
		},
		get innerWidth() {
			const { width, padding } = read();
			return Math.max(0, width - padding.left - padding.right);
		},
		get innerHeight() {
			const { height, padding } = read();
			return Math.max(0, height - padding.top - padding.bottom);
		},
		get scales() {
			return read().scales;
		}
	});
}

/**
 * The values an axis labels: the ticks it was given, else the scale's own `ticks(count)` for a
 * continuous scale, else a band scale's domain. Shared by AxisX and AxisY.
 *
 *     inferTickValues(scaleLinear([0, 100]), 5) → [0, 20, 40, 60, 80, 100]
 *     inferTickValues(scaleBand([3, 4, 5]), undefined) → [3, 4, 5]
 */
export function inferTickValues<D>(
	scale: PositionScale<D>,
	ticks: number | readonly D[] | undefined
): readonly D[] {
	if (Array.isArray(ticks)) return ticks;
	if (scale.ticks) return scale.ticks(typeof ticks === 'number' ? ticks : undefined);
	return scale.domain();
}
