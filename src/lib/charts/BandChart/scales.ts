/**
 * Scale builders for the band chart. Pure functions of data and size: BandChart calls them in
 * `$derived`, and scales.test.ts checks them in node without rendering anything.
 *
 * Ranges are in plot-area pixels (padding already removed): x runs 0 → innerWidth, y runs
 * innerHeight → 0 so that more pay sits higher.
 */
import { max, min } from 'd3-array';
import {
	scaleBand,
	scaleLinear,
	scaleLog,
	type ScaleBand,
	type ScaleContinuousNumeric
} from 'd3-scale';
import { TRACKS, type Band, type StdLevel, type Track } from '$lib/data/domain';
import { formatCount, formatCountShort, formatLevelName } from '$lib/format';
import type { Padding } from '../layers/context';
import type { Rect } from '../layers/labelPlacement';
import { toAxisItems } from '../layers/clip';
import { estimateTextWidth } from '../layers/textWidth';

/** The scales BandChart shares with its layers through the chart context. */
export interface BandChartScales {
	/** Level → left edge of its band. */
	x: ScaleBand<StdLevel>;
	/** Pay → vertical position (linear or log). */
	y: ScaleContinuousNumeric<number, number>;
	/** Track → left edge of its slot inside a level's band. */
	track: ScaleBand<Track>;
}

/**
 * The top of the pay axis when there are no bands at all, so an empty chart still shows a
 * readable money axis instead of a NaN domain.
 */
export const EMPTY_PAY_MAX = 100_000;

/** Gap between levels, as a share of each level's step (d3 `paddingInner`). */
const LEVEL_GAP = 0.2;
/** Space before the first and after the last level, as a share of a step. */
const LEVEL_OUTER = 0.1;
/** Gap between the IC and EM slots inside a level. */
const TRACK_GAP = 0.12;

/**
 * One band per level across the plot width, in the order given.
 *
 * @example createLevelScale([3, 4, 5], 400, { top: 0, right: 10, bottom: 0, left: 30 })
 * //  → domain [3, 4, 5], range [0, 360]
 */
export function createLevelScale(
	levels: readonly StdLevel[],
	width: number,
	padding: Padding
): ScaleBand<StdLevel> {
	return scaleBand<StdLevel>()
		.domain(levels)
		.range([0, innerSize(width, padding.left, padding.right)])
		.paddingInner(LEVEL_GAP)
		.paddingOuter(LEVEL_OUTER);
}

/**
 * The IC and EM slots inside one level's band, side by side, IC first.
 *
 * @example createTrackScale(levelScale)
 *   // → domain ['ic', 'em'], range [0, levelScale.bandwidth()]
 */
export function createTrackScale(levelScale: ScaleBand<StdLevel>): ScaleBand<Track> {
	return scaleBand<Track>()
		.domain(TRACKS)
		.range([0, levelScale.bandwidth()])
		.paddingInner(TRACK_GAP);
}

/** Options for `createPayScale`. */
export interface PayScaleOptions {
	/**
	 * Start the axis at $0 (default). Pay comparisons read as ratios ("EMs earn a third more"),
	 * and a zero baseline keeps box heights and gaps proportional to the money they stand for.
	 * With `false` the axis starts near the lowest p10, which zooms in on small differences.
	 */
	zero?: boolean;
	/**
	 * 'log' spaces pay by ratio, so a 10% gap looks the same at $100k and at $1M; its axis starts
	 * at the lowest p10 (never below $1,000, since stock and bonus can be $0).
	 */
	type?: 'linear' | 'log';
	/** A fixed [low, high] domain, e.g. shared by the panels of small multiples. */
	domain?: readonly [number, number];
}

/** The lowest value a log pay axis reaches: components can be $0, and log(0) is −∞. */
const LOG_PAY_MIN = 1_000;

/** What the pay axis reads from a band: its p10–p90, and whether it is drawn faded. */
export type PayExtent = Pick<Band, 'p10' | 'p90'> & Partial<Pick<Band, 'lowN'>>;

/**
 * The [low, high] pay domain (before `nice()`) that covers the p10–p90 of every band drawn solid.
 * Faded bands (`lowN`: fewer than the minimum reports) do not set it, so a handful of extreme
 * reports (big tech's level 9) cannot squash every other mark: a faded band reaching past the top
 * is drawn cut off there with an arrow (see `isClipped`). With no solid band it covers every band.
 * Small multiples share it across their panels so that heights compare.
 *
 * @example inferPayDomain([{ p10: 90_000, p90: 310_000, lowN: false }, { p10: 1e6, p90: 4e6, lowN: true }]) // → [0, 310000]
 * @example inferPayDomain([{ p10: 90_000, p90: 310_000 }], { type: 'log' }) // → [90000, 310000]
 */
export function inferPayDomain(
	bands: readonly PayExtent[],
	{ zero = true, type = 'linear' }: Pick<PayScaleOptions, 'zero' | 'type'> = {}
): [number, number] {
	const covered = toAxisItems(bands);
	const finite = (n: number) => (Number.isFinite(n) ? n : undefined);
	const top = max(covered, (band) => finite(band.p90));
	if (type === 'log') {
		const low = min(covered, (band) => finite(band.p10));
		if (top === undefined || low === undefined) return [LOG_PAY_MIN * 10, EMPTY_PAY_MAX];
		const bottom = Math.max(LOG_PAY_MIN, low);
		return [bottom, Math.max(top, bottom * 2)];
	}
	const bottom = zero ? 0 : min(covered, (band) => finite(band.p10));
	if (top === undefined || bottom === undefined) return [0, EMPTY_PAY_MAX];
	if (top > bottom) return [bottom, top];
	// A single value (or every band equal) would give a zero-height domain; widen it by a tenth.
	return [bottom - Math.abs(bottom) * 0.1, top + Math.max(Math.abs(top) * 0.1, 1)];
}

/**
 * The ends of a pay scale that a band's drawn extent (p10–p90 with whiskers, p25–p75 with boxes
 * only) reaches past, as the directions of the arrows its cut-off mark carries: 'up' past the
 * top, 'down' below the bottom (a log axis starts at the lowest solid p10). Empty when it fits.
 *
 * @example toClippedEnds({ p10: 1e6, p25: 2e6, p75: 3e6, p90: 4e6 }, scaleLinear().domain([0, 1e6]), 'p10p90') // → ['up']
 */
export function toClippedEnds(
	band: Pick<Band, 'p10' | 'p25' | 'p75' | 'p90'>,
	scale: Pick<ScaleContinuousNumeric<number, number>, 'domain'>,
	range: 'iqr' | 'p10p90'
): ('up' | 'down')[] {
	const [bottom, top] = scale.domain() as [number, number];
	const high = range === 'p10p90' ? band.p90 : band.p75;
	const low = range === 'p10p90' ? band.p10 : band.p25;
	return [...(high > top ? (['up'] as const) : []), ...(low < bottom ? (['down'] as const) : [])];
}

/**
 * Whether a band's mark is cut off at either end of a pay scale (see `toClippedEnds`).
 *
 * @example isClipped({ p10: 1e6, p25: 2e6, p75: 3e6, p90: 4e6 }, scaleLinear().domain([0, 1e6]), 'p10p90') // → true
 */
export function isClipped(
	band: Pick<Band, 'p10' | 'p25' | 'p75' | 'p90'>,
	scale: Pick<ScaleContinuousNumeric<number, number>, 'domain'>,
	range: 'iqr' | 'p10p90'
): boolean {
	return toClippedEnds(band, scale, range).length > 0;
}

/**
 * Tick values for a pay axis: d3's ticks on a linear scale; on a log scale only the 1-2-5
 * steps of each decade, so labels never crowd.
 *
 * @example inferPayTicks(scaleLog().domain([50_000, 900_000])) // → [50000, 100000, 200000, 500000]
 */
export function inferPayTicks(
	scale: ScaleContinuousNumeric<number, number>,
	type: 'linear' | 'log',
	count = 5
): number[] {
	if (type === 'linear') return scale.ticks(count);
	const [low, high] = scale.domain() as [number, number];
	const ticks: number[] = [];
	for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high; decade *= 10) {
		for (const step of [1, 2, 5]) {
			const value = step * decade;
			if (value >= low && value <= high) ticks.push(value);
		}
	}
	return ticks;
}

/**
 * Total pay to plot-area height, from 0 (or the lowest p10) up to the highest p90 of the bands
 * drawn solid (`inferPayDomain`), widened to round tick values with `nice()`. Bands whose
 * quantiles are not finite numbers are ignored.
 *
 * @example createPayScale([{ p10: 90_000, p90: 310_000 }], 400, padding)
 * //  → domain [0, 350000], range [400 − top − bottom, 0]
 * @example createPayScale([], 400, padding) // → domain [0, 100000]
 */
export function createPayScale(
	bands: readonly PayExtent[],
	height: number,
	padding: Padding,
	{ zero = true, type = 'linear', domain }: PayScaleOptions = {}
): ScaleContinuousNumeric<number, number> {
	const [low, high] = domain ?? inferPayDomain(bands, { zero, type });
	const range = [innerSize(height, padding.top, padding.bottom), 0];
	if (type === 'log')
		return scaleLog()
			.domain([Math.max(LOG_PAY_MIN, low), high])
			.range(range)
			.nice();
	return scaleLinear().domain([low, high]).range(range).nice();
}

/** Font size of the level axis labels (AxisX.svelte), in pixels. */
const AXIS_FONT_SIZE = 12;

/**
 * How many lines the level axis label can use under each level: 1 puts both names on one line
 * ("Senior / Manager"), 2 gives each track its own line, 0 leaves only "L5". Widths are the
 * estimate of layers/textWidth.ts at the 12px axis font.
 *
 * @example inferLevelNameLines([5, 7], 200) // → 1 ('Senior staff / Senior manager' fits)
 * @example inferLevelNameLines([5, 7], 110) // → 2 ('Senior manager' fits on its own)
 * @example inferLevelNameLines([5, 7], 40) // → 0
 */
export function inferLevelNameLines(levels: readonly StdLevel[], step: number): 0 | 1 | 2 {
	const fits = (text: string) => estimateTextWidth(text, AXIS_FONT_SIZE) <= step - 6;
	if (levels.every((level) => fits(formatLevelName(level)))) return 1;
	if (levels.every((level) => TRACKS.every((track) => fits(formatLevelName(level, track))))) {
		return 2;
	}
	return 0;
}

/**
 * The horizontal centre of one level × track slot, in plot-area pixels: where its mark, its
 * "no data" label and its tooltip anchor sit.
 *
 * @example toSlotCenter(scales, 5, 'em') // → x(5) + track('em') + track.bandwidth() / 2
 */
export function toSlotCenter(
	scales: Pick<BandChartScales, 'x' | 'track'>,
	level: StdLevel,
	track: Track
): number {
	return (scales.x(level) ?? 0) + (scales.track(track) ?? 0) + scales.track.bandwidth() / 2;
}

/** Which labels fit above each mark, for a given width of one track's slot. */
export interface MarkLabelLayout {
	/** How the count is written: 'n=5,766', '5,766', '5.8k', or not at all. */
	count: 'long' | 'short' | 'compact' | 'none';
	/** Lines of the "few reports" label on low-n bands; [] when it does not fit. */
	fewLines: string[];
}

/** Space kept between the counts of neighbouring slots. */
const LABEL_SPACE = 2;

/** Font size of the labels above marks (Bands.svelte), in pixels. */
export const MARK_FONT_SIZE = 11;

/**
 * Chooses the mark labels that fit in one track's slot. A level's IC and EM counts sit side by
 * side, centred one slot step apart, so at every level half of each must fit in a step: the most
 * explicit form that fits every level is used on every mark ('n=5,766', then '5,766', then
 * '5.8k'), or none at all.
 *
 * @example inferMarkLabels(70, [{ stdLevel: 4, track: 'ic', n: 5766, lowN: false }]) // → { count: 'long', fewLines: ['few reports'] }
 * @example inferMarkLabels(30, [ic4 with n 5766, em4 with n 13]) // → { count: 'short', fewLines: ['few'] }
 * @example inferMarkLabels(24, [ic5 with n 3391, em5 with n 666]) // → { count: 'compact', fewLines: ['few'] }  ('3.4k' and '666')
 */
export function inferMarkLabels(
	slotStep: number,
	bands: readonly Pick<Band, 'stdLevel' | 'track' | 'n' | 'lowN'>[] = [],
	minN = 5
): MarkLabelLayout {
	const fewLines =
		slotStep >= 64
			? ['few reports']
			: slotStep >= 40
				? ['few', 'reports']
				: slotStep >= 24
					? ['few']
					: [];
	const byLevel = new Map<number, Pick<Band, 'n' | 'lowN'>[]>();
	for (const band of bands)
		byLevel.set(band.stdLevel, [...(byLevel.get(band.stdLevel) ?? []), band]);
	const fits = (count: Exclude<MarkLabelLayout['count'], 'none'>) =>
		[...byLevel.values()].every((pair) => {
			const widths = pair.map((band) =>
				estimateTextWidth(band.lowN ? `n<${minN}` : formatMarkCount(band.n, count), MARK_FONT_SIZE)
			);
			// A lone band's label may spread over the empty neighbour slot; a pair's halves meet in the middle.
			return widths.length < 2
				? widths[0]! <= 2 * slotStep - LABEL_SPACE
				: (widths[0]! + widths[1]!) / 2 <= slotStep - LABEL_SPACE;
		});
	const count = (['long', 'short', 'compact'] as const).find(fits) ?? 'none';
	return { count, fewLines };
}

/**
 * A count as a mark's label writes it.
 *
 * @example formatMarkCount(5766, 'long') // → 'n=5,766'
 * @example formatMarkCount(5766, 'short') // → '5,766'
 * @example formatMarkCount(5766, 'compact') // → '5.8k'
 */
function formatMarkCount(n: number, count: Exclude<MarkLabelLayout['count'], 'none'>): string {
	return count === 'long'
		? `n=${formatCount(n)}`
		: count === 'short'
			? formatCount(n)
			: formatCountShort(n);
}

/**
 * The label lines above a band's mark: "few reports" on a low-n band, then its count (`n<5` for
 * a low-n band), as the layout allows.
 *
 * @example toMarkLabelLines({ n: 3, lowN: true }, { count: 'long', fewLines: ['few reports'] }, 5) // → ['few reports', 'n<5']
 */
export function toMarkLabelLines(
	band: Pick<Band, 'n' | 'lowN'>,
	labels: MarkLabelLayout,
	minN: number
): string[] {
	const few = band.lowN ? labels.fewLines : [];
	if (labels.count === 'none') return few;
	return [...few, band.lowN ? `n<${minN}` : formatMarkCount(band.n, labels.count)];
}

/** Widest box, so wide charts keep slim, calm boxes. */
const MAX_BOX_WIDTH = 36;

/**
 * The width of a mark's box in a slot: four fifths of the slot, at most 36px.
 *
 * @example inferBoxWidth(20) // → 16
 * @example inferBoxWidth(80) // → 36
 */
export function inferBoxWidth(slotWidth: number): number {
	return Math.min(slotWidth * 0.8, MAX_BOX_WIDTH);
}

/** Distance between the label lines above a mark, in pixels. */
export const MARK_LINE_HEIGHT = 11;
/** Space between a mark's top and the baseline of its lowest label line. */
export const MARK_LABEL_GAP = 7;

/**
 * The boxes that each band's mark covers in plot pixels, from its label lines above down to its
 * lowest whisker (or box): what a label placed among the marks must not cover.
 *
 * @example toMarkRects([band], scales, { range: 'p10p90', labels, minN: 5, innerHeight: 300 })
 * //  → [{ x: slot centre − half the widest of box and labels, y: top of the labels, width, height: down to y(p10) }]
 */
export function toMarkRects(
	bands: readonly Band[],
	scales: BandChartScales,
	{
		range,
		labels,
		minN,
		innerHeight
	}: { range: 'iqr' | 'p10p90'; labels: MarkLabelLayout; minN: number; innerHeight: number }
): Rect[] {
	const inPlot = (value: number) => Math.min(innerHeight, Math.max(0, scales.y(value)));
	const boxWidth = inferBoxWidth(scales.track.bandwidth());
	return bands.map((band) => {
		const lines = toMarkLabelLines(band, labels, minN);
		const width = Math.max(
			boxWidth,
			...lines.map((line) => estimateTextWidth(line, MARK_FONT_SIZE))
		);
		const top =
			inPlot(range === 'p10p90' ? band.p90 : band.p75) -
			(lines.length ? MARK_LABEL_GAP + MARK_LINE_HEIGHT * lines.length : 0);
		const bottom = inPlot(range === 'p10p90' ? band.p10 : band.p25);
		return {
			x: toSlotCenter(scales, band.stdLevel, band.track) - width / 2,
			y: top,
			width,
			height: bottom - top
		};
	});
}

function innerSize(size: number, before: number, after: number): number {
	return Math.max(0, (Number.isFinite(size) ? size : 0) - before - after);
}
