/**
 * From bands to what the band chart shows: one slot per level and track (filled or empty), the
 * words a screen reader hears for each mark, and the rows of its tooltip. Pure functions, so
 * the chart and its table say the same thing and tests can check it without rendering.
 */
import {
	TRACKS,
	TRACK_LABELS,
	TRACK_NAMES,
	type Band,
	type StdLevel,
	type Track
} from '$lib/data/domain';
import { formatCount, formatLevel, formatLevelName, formatMoney } from '$lib/format';
import type { TooltipRow } from '../layers/tooltip';

/** One place on the chart: a level and track, with its band or `null` when there is none. */
export interface BandSlot {
	/** Stable key for keyed `{#each}` blocks, e.g. `5-ic`. */
	key: string;
	stdLevel: StdLevel;
	track: Track;
	band: Band | null;
}

/**
 * Every level × track slot, in reading order: by level, IC before EM. A combination with no band
 * still gets a slot, so the chart can say "no data" there instead of silently leaving a gap.
 * The chart shows one group of reports, so a second band for the same slot is ignored.
 *
 * @example createBandSlots([5], [bandIc5])
 * //  → [{ key: '5-ic', stdLevel: 5, track: 'ic', band: bandIc5 },
 * //     { key: '5-em', stdLevel: 5, track: 'em', band: null }]
 */
export function createBandSlots(levels: readonly StdLevel[], bands: readonly Band[]): BandSlot[] {
	const byKey = new Map<string, Band>();
	for (const band of bands) {
		const key = toSlotKey(band.stdLevel, band.track);
		if (!byKey.has(key)) byKey.set(key, band);
	}
	return levels.flatMap((stdLevel) =>
		TRACKS.map((track) => {
			const key = toSlotKey(stdLevel, track);
			return { key, stdLevel, track, band: byKey.get(key) ?? null };
		})
	);
}

/**
 * Bands in table order: by level, then IC before EM. Returns a new array.
 *
 * @example sortBands([em5, ic6, ic5]) // → [ic5, em5, ic6]
 */
export function sortBands(bands: readonly Band[]): Band[] {
	const trackOrder = (track: Track) => TRACKS.indexOf(track);
	return [...bands].sort(
		(a, b) => a.stdLevel - b.stdLevel || trackOrder(a.track) - trackOrder(b.track)
	);
}

function toSlotKey(level: StdLevel, track: Track): string {
	return `${level}-${track}`;
}

/**
 * What a screen reader says for one mark: the track, the level in that track's words, the
 * median, the middle half (p25–p75) and the count, with a warning when there are few reports.
 *
 * @example formatBandLabel(ic5)
 * //  → 'IC, level 5 Senior: median $185,000, middle half $150,000–$230,000, n = 575'
 */
export function formatBandLabel(
	band: Band,
	formatPay: (n: number) => string = formatMoney
): string {
	const level = `level ${band.stdLevel} ${formatLevelName(band.stdLevel, band.track)}`;
	const median = `median ${formatPay(band.p50)}`;
	const middle = `middle half ${formatPay(band.p25)}–${formatPay(band.p75)}`;
	const few = band.lowN ? ', few reports' : '';
	return `${TRACK_LABELS[band.track]}, ${level}: ${median}, ${middle}, n = ${formatCount(band.n)}${few}`;
}

/** Everything a band's tooltip shows, as plain data. */
export interface BandTooltip {
	title: string;
	subtitle: string;
	rows: TooltipRow[];
	/** A caution shown under the rows, or '' for none. */
	note: string;
}

/**
 * The tooltip for one band: the quantiles from top to bottom (as drawn), then the medians of the
 * pay components that reports broke down, then the count.
 *
 * @example createBandTooltip(ic5, 5).rows[2]
 *   // → { label: 'Median', value: '$185,000', emphasis: true }
 */
export function createBandTooltip(
	band: Band,
	minN: number,
	formatPay: (n: number) => string = formatMoney
): BandTooltip {
	const rows: TooltipRow[] = [
		{ label: '90th percentile', value: formatPay(band.p90) },
		{ label: '75th percentile', value: formatPay(band.p75) },
		{ label: 'Median', value: formatPay(band.p50), emphasis: true },
		{ label: '25th percentile', value: formatPay(band.p25) },
		{ label: '10th percentile', value: formatPay(band.p10) }
	];
	const components: [string, number | null][] = [
		['Median base', band.baseP50],
		['Median stock', band.stockP50],
		['Median bonus', band.bonusP50]
	];
	for (const [label, value] of components) {
		if (value !== null) rows.push({ label, value: formatPay(value) });
	}
	rows.push({ label: 'Reports', value: formatCount(band.n) });
	return {
		title: formatLevel(band.stdLevel, band.track),
		subtitle: TRACK_NAMES[band.track],
		rows,
		note: band.lowN ? `Few reports (fewer than ${minN}): treat as a rough guide.` : ''
	};
}
