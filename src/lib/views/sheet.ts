/**
 * An uploaded band sheet as the ladder and gap views draw it: its medians beside the market's
 * bands at the same levels and tracks, each with its place among the market's reports, and its
 * own EM ÷ IC gap beside the market's. Pure functions of a view's context.
 *
 * The sheet's groups are company type, company, track and level; region, year and experience
 * filters cannot apply to it, and the note says so. Its amounts are drawn on the market's pay axis
 * only when they are in the market's currency (amounts are never converted); its gap is a ratio
 * of its own amounts, so it is compared whatever the currency.
 */
import { DEFAULT_MIN_N } from '$lib/data/bands';
import type { Band, StdLevel, Track } from '$lib/data/domain';
import type { GapRow } from '$lib/data/explore';
import { placeSheet } from '$lib/data/sheet';
import type { Filters } from '$lib/state/filters';
import type { ViewContext } from './view';

/** The pay data's currency: every bundled and uploaded pay report is read in USD. */
export const MARKET_CURRENCY = 'USD';

/** One sheet median on the ladder. */
export interface SheetTick {
	stdLevel: StdLevel;
	track: Track;
	p50: number;
	/** Share of the market's reports of the same type, track and level paid less (0–1); null when not placed. */
	percentile: number | null;
	/** Why the percentile is missing, when it is. */
	reason: string;
}

/** One sheet gap on the gap view: its EM median ÷ IC median − 1 at a level and company type. */
export interface SheetGap {
	stdLevel: StdLevel;
	companyType: GapRow['companyType'];
	gap: number;
	/** The market's gap in the same row, when the view has one. */
	marketGap: number | null;
}

/** The sheet as one view draws it, with the note under the chart. */
export interface SheetLayer<Mark> {
	name: string;
	marks: Mark[];
	note: string;
}

/** The sheet's bands of the company types the filters show, one per level and track (the first). */
function shownBands(bands: readonly Band[], filters: Pick<Filters, 'companyType'>): Band[] {
	const seen = new Set<string>();
	return bands.filter((band) => {
		const key = `${band.stdLevel}|${band.track}`;
		const shown =
			filters.companyType === 'all' ||
			band.companyType === 'all' ||
			band.companyType === filters.companyType;
		if (!shown || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The note on filters finer than the sheet's groups, naming those that are set. */
function finerFiltersNote(name: string, filters: Filters): string {
	const set = [
		filters.region && 'region',
		filters.year !== null && 'year',
		filters.yoe !== null && 'experience'
	].filter(Boolean);
	return (
		`Your sheet (${name}) is grouped by company type, track and level only, so region, year and ` +
		`experience filters do not apply to it${set.length ? ` (set now: ${set.join(', ')})` : ''}.`
	);
}

/**
 * The sheet's medians for the ladder, each placed among the market's reports of its company type,
 * track and level (the loaded data's cells, all regions and years); undefined without a sheet.
 *
 *     toSheetTicks(ctx) → { name: 'acme.csv', marks: [{ stdLevel: 5, track: 'ic', p50: 190000, percentile: 0.62, reason: '' }], note: 'Your sheet …' }
 */
export function toSheetTicks(ctx: ViewContext): SheetLayer<SheetTick> | undefined {
	const { sheet, filters, cells, loaded, source } = ctx;
	if (!sheet) return undefined;
	const notes = [finerFiltersNote(sheet.name, filters)];
	if (filters.component !== 'total') {
		notes.push(`Its medians are total pay, so they are drawn only when the chart shows total pay.`);
		return { name: sheet.name, marks: [], note: notes.join(' ') };
	}
	const bands = shownBands(sheet.bands, filters);
	const other = bands.filter((band) => band.currency !== MARKET_CURRENCY);
	if (other.length)
		notes.push(
			`${other.length} of its bands are in ${[...new Set(other.map((b) => b.currency))].join(', ')}, ` +
				`not ${MARKET_CURRENCY}: they are not drawn or compared, as amounts are not converted.`
		);
	const placed = loaded
		? placeSheet(
				bands.filter((band) => band.currency === MARKET_CURRENCY),
				cells,
				MARKET_CURRENCY,
				{ minN: DEFAULT_MIN_N, source: source.name, binWidth: ctx.measure.binWidth }
			)
		: bands
				.filter((band) => band.currency === MARKET_CURRENCY)
				.map((band) => ({ sheet: band, percentile: null, reason: 'the market data is loading' }));
	if (!bands.length) notes.push('None of its bands is of the company type shown.');
	return {
		name: sheet.name,
		marks: placed.map(({ sheet: band, percentile, reason }) => ({
			stdLevel: band.stdLevel,
			track: band.track,
			p50: band.p50,
			percentile,
			reason
		})),
		note: notes.join(' ')
	};
}

/**
 * The sheet's own gaps (EM p50 ÷ IC p50 − 1) at each level and company type where it has both
 * tracks in one currency and the view shows that row; undefined without a sheet.
 *
 *     toSheetGaps(ctx, shown) → { name: 'acme.csv', marks: [{ stdLevel: 6, companyType: 'big-tech', gap: 0.12, marketGap: 0.08 }], note: 'Your sheet …' }
 */
export function toSheetGaps(
	ctx: ViewContext,
	shown: readonly GapRow[]
): SheetLayer<SheetGap> | undefined {
	const { sheet, filters } = ctx;
	if (!sheet) return undefined;
	const notes = [finerFiltersNote(sheet.name, filters)];
	const marks: SheetGap[] = [];
	for (const ic of sheet.bands) {
		if (ic.track !== 'ic') continue;
		const em = sheet.bands.find(
			(b) =>
				b.track === 'em' &&
				b.stdLevel === ic.stdLevel &&
				b.companyType === ic.companyType &&
				b.currency === ic.currency
		);
		const row = shown.find((r) => r.stdLevel === ic.stdLevel && r.companyType === ic.companyType);
		if (!em || !row || ic.p50 <= 0) continue;
		if (marks.some((m) => m.stdLevel === ic.stdLevel && m.companyType === ic.companyType)) continue;
		marks.push({
			stdLevel: ic.stdLevel,
			companyType: ic.companyType,
			gap: em.p50 / ic.p50 - 1,
			marketGap: Number.isFinite(row.gap) ? row.gap : null
		});
	}
	notes.push(
		marks.length
			? 'Its gap is a ratio of its own medians, so it is compared whatever its currency.'
			: 'It has no level with both an IC and an EM band in a row this view shows, so it has no gap to draw.'
	);
	return { name: sheet.name, marks, note: notes.join(' ') };
}
