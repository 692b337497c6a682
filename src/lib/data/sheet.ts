/**
 * An uploaded band sheet (the bands format: a company's own pay bands) held against the market:
 * for each of the sheet's bands, the market band of the same company type, track and level, and
 * where the sheet's median falls among the market's reports (its p50 as a market percentile).
 *
 * Only the sheet's own groups (company type, track, level) carry over to the market: the sheet
 * says nothing of region, year or experience, so those filters cannot apply to it. Pay in another
 * currency than the market's is not compared (amounts are never converted).
 */
import {
	BIN_WIDTH,
	bandsFromCells,
	matchesFilter,
	type CellFilter,
	type PayCell
} from './cells.ts';
import type { Band } from './domain.ts';

/** One sheet band beside the market. */
export interface SheetPlacement {
	sheet: Band;
	/** The market's band of the same type, track and level; undefined when it has no reports. */
	market: Band | undefined;
	/** Share of the market's reports paid less than the sheet's p50 (0–1); null when not compared. */
	percentile: number | null;
	/** Why the percentile is missing, when it is. */
	reason: string;
}

/**
 * Share of the reports in `cells` (total pay) below `value`, reports spread evenly inside each bin
 * of `binWidth` (the width the cells were binned with), as the bands' quantiles place them
 * (cells.ts). At the exact $1 width a bin's reports are its amount, and this counts those below.
 *
 *     shareBelow(cellsOf([150_000, 250_000]), 200_000) → 0.5
 */
export function shareBelow(
	cells: readonly PayCell[],
	value: number,
	binWidth = BIN_WIDTH
): number | null {
	let below = 0;
	let n = 0;
	for (const cell of cells) {
		const hist = cell.total;
		for (let i = 0; i < hist.length; i += 2) {
			const start = hist[i]! * binWidth;
			const count = hist[i + 1]!;
			n += count;
			below += count * Math.min(1, Math.max(0, (value - start) / binWidth));
		}
	}
	return n === 0 ? null : below / n;
}

/**
 * Each sheet band beside the market's band of the same company type ('all' for a sheet band of
 * every type), track and level, with its p50's percentile among the market's reports.
 *
 *     placeSheet([acmeIc5], cells, 'USD') → [{ sheet: acmeIc5, market: { p50: 180000, n: 9000, … }, percentile: 0.62, reason: '' }]
 */
export function placeSheet(
	sheet: readonly Band[],
	cells: readonly PayCell[],
	marketCurrency: string,
	options: { minN: number; source: string; binWidth?: number }
): SheetPlacement[] {
	return sheet.map((band) => {
		const filter: CellFilter = { companyType: band.companyType };
		const matching = cells.filter(
			(c) => c.track === band.track && c.stdLevel === band.stdLevel && matchesFilter(c, filter)
		);
		const market = bandsFromCells(matching, filter, options).find(
			(b) => b.track === band.track && b.stdLevel === band.stdLevel
		);
		if (band.currency !== marketCurrency)
			return {
				sheet: band,
				market,
				percentile: null,
				reason: `the sheet is in ${band.currency} and the market in ${marketCurrency}; amounts are not converted`
			};
		const percentile = shareBelow(matching, band.p50, options.binWidth);
		return {
			sheet: band,
			market,
			percentile,
			reason: percentile === null ? 'the market has no reports at this level and track' : ''
		};
	});
}
