/**
 * Scale builders for the band chart. Pure functions of data and size: BandChart calls them in
 * `$derived`, and scales.test.ts checks them in node without rendering anything.
 *
 * Ranges are in plot-area pixels (padding already removed): x runs 0 → innerWidth, y runs
 * innerHeight → 0 so that more pay sits higher.
 */
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleContinuousNumeric } from 'd3-scale';
import { TRACKS, type Band, type StdLevel, type Track } from '$lib/data/domain';
import { formatLevelName } from '$lib/format';
import type { Padding } from '../layers/context';

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
export const LOG_PAY_MIN = 1_000;

/**
 * The [low, high] pay domain that covers every band's p10–p90 (before `nice()`): what panels
 * of small multiples share so that heights compare across them.
 *
 * @example inferPayDomain([{ p10: 90_000, p90: 310_000 }]) // → [0, 310000]
 * @example inferPayDomain([{ p10: 90_000, p90: 310_000 }], { type: 'log' }) // → [90000, 310000]
 */
export function inferPayDomain(
	bands: readonly Pick<Band, 'p10' | 'p90'>[],
	{ zero = true, type = 'linear' }: Pick<PayScaleOptions, 'zero' | 'type'> = {}
): [number, number] {
	const finite = (n: number) => (Number.isFinite(n) ? n : undefined);
	const top = max(bands, (band) => finite(band.p90));
	if (type === 'log') {
		const low = min(bands, (band) => finite(band.p10));
		if (top === undefined || low === undefined) return [LOG_PAY_MIN * 10, EMPTY_PAY_MAX];
		const bottom = Math.max(LOG_PAY_MIN, low);
		return [bottom, Math.max(top, bottom * 2)];
	}
	const bottom = zero ? 0 : min(bands, (band) => finite(band.p10));
	if (top === undefined || bottom === undefined) return [0, EMPTY_PAY_MAX];
	if (top > bottom) return [bottom, top];
	// A single value (or every band equal) would give a zero-height domain; widen it by a tenth.
	return [bottom - Math.abs(bottom) * 0.1, top + Math.max(Math.abs(top) * 0.1, 1)];
}

/**
 * The pay domain panels of small multiples share: it covers the bands with at least `minN`
 * reports, so one group of a handful of extreme reports (big tech's level 9) cannot squash every
 * panel. Bands with fewer reports that reach past it are drawn cut off at the top (see
 * `isClipped`). With no band of `minN` reports it covers every band.
 *
 * @example inferSharedPayDomain([{ n: 900, p10: 90_000, p90: 310_000 }, { n: 4, p10: 1e6, p90: 4e6 }], 5) // → [0, 310000]
 */
export function inferSharedPayDomain(
	bands: readonly Pick<Band, 'n' | 'p10' | 'p90'>[],
	minN: number,
	options: Pick<PayScaleOptions, 'zero' | 'type'> = {}
): [number, number] {
	const enough = bands.filter((band) => band.n >= minN);
	return inferPayDomain(enough.length > 0 ? enough : bands, options);
}

/**
 * Whether a band's drawn extent (p90 with whiskers, p75 with boxes only) reaches past the top of
 * a pay scale, so its mark is cut off there and flagged.
 *
 * @example isClipped({ p75: 2e6, p90: 4e6 }, scaleLinear().domain([0, 1e6]), 'p10p90') // → true
 */
export function isClipped(
	band: Pick<Band, 'p75' | 'p90'>,
	scale: Pick<ScaleContinuousNumeric<number, number>, 'domain'>,
	range: 'iqr' | 'p10p90'
): boolean {
	const top = scale.domain()[1]!;
	return (range === 'p10p90' ? band.p90 : band.p75) > top;
}

/**
 * Tick values for a pay axis: d3's ticks on a linear scale; on a log scale only the 1-2-5
 * steps of each decade, so labels never crowd.
 *
 * @example inferPayTicks(scaleLog().domain([50_000, 900_000])) // → [50000, 100000, 200000, 500000]
 */
export function inferPayTicks(scale: ScaleContinuousNumeric<number, number>, type: 'linear' | 'log', count = 5): number[] {
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
 * Total pay to plot-area height, from 0 (or the lowest p10) up to the highest p90, widened to
 * round tick values with `nice()`. Bands whose quantiles are not finite numbers are ignored.
 *
 * @example createPayScale([{ p10: 90_000, p90: 310_000 }], 400, padding)
 * //  → domain [0, 350000], range [400 − top − bottom, 0]
 * @example createPayScale([], 400, padding) // → domain [0, 100000]
 */
export function createPayScale(
	bands: readonly Pick<Band, 'p10' | 'p90'>[],
	height: number,
	padding: Padding,
	{ zero = true, type = 'linear', domain }: PayScaleOptions = {}
): ScaleContinuousNumeric<number, number> {
	const [low, high] = domain ?? inferPayDomain(bands, { zero, type });
	const range = [innerSize(height, padding.top, padding.bottom), 0];
	if (type === 'log') return scaleLog().domain([Math.max(LOG_PAY_MIN, low), high]).range(range).nice();
	return scaleLinear().domain([low, high]).range(range).nice();
}

/**
 * How many lines the level axis label can use under each level: 1 puts both names on one line
 * ("Senior / Manager"), 2 gives each track its own line, 0 leaves only "L5". The estimate uses
 * an average glyph width for the 12px axis font, which is safe for a system sans-serif.
 *
 * @example inferLevelNameLines([5, 7], 200) // → 1 ('Senior staff / Senior manager' fits)
 * @example inferLevelNameLines([5, 7], 100) // → 2 ('Senior manager' fits on its own)
 * @example inferLevelNameLines([5, 7], 40) // → 0
 */
export function inferLevelNameLines(
	levels: readonly StdLevel[],
	step: number,
	glyphWidth = 6.4
): 0 | 1 | 2 {
	const fits = (text: string) => text.length * glyphWidth <= step - 6;
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
	/** How the count is written: 'n=575', '575', or not at all. */
	count: 'long' | 'short' | 'none';
	/** Lines of the "few reports" label on low-n bands; [] when it does not fit. */
	fewLines: string[];
}

/**
 * Chooses the mark labels that fit in one track's slot (IC and EM slots sit side by side, so a
 * wider label would run into the neighbour's). Widths assume the 11px label font.
 *
 * @example inferMarkLabels(70) // → { count: 'long', fewLines: ['few reports'] }
 * @example inferMarkLabels(45) // → { count: 'long', fewLines: ['few', 'reports'] }
 * @example inferMarkLabels(30) // → { count: 'short', fewLines: ['few'] }
 * @example inferMarkLabels(20) // → { count: 'none', fewLines: [] }
 */
export function inferMarkLabels(slotStep: number): MarkLabelLayout {
	if (slotStep >= 64) return { count: 'long', fewLines: ['few reports'] };
	if (slotStep >= 40) return { count: 'long', fewLines: ['few', 'reports'] };
	if (slotStep >= 36) return { count: 'long', fewLines: ['few'] };
	if (slotStep >= 24) return { count: 'short', fewLines: ['few'] };
	return { count: 'none', fewLines: [] };
}

function innerSize(size: number, before: number, after: number): number {
	return Math.max(0, (Number.isFinite(size) ? size : 0) - before - after);
}
