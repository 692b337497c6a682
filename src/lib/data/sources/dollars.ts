/**
 * Today's dollars: pay cells adjusted by the CPI-U from their report year's dollars to dollars
 * of the latest month in the shipped series (us-cpi.json). Each cell is multiplied by its own
 * year's factor; a cell whose year was withheld for privacy takes the average factor of the
 * bundle's reports with a known year (weighted by reports), and `adjustCells` says how many.
 *
 * Histograms are re-binned: the counts of a bin [b·W, (b+1)·W) are spread over the bins its
 * scaled range [b·W·f, (b+1)·W·f) covers, in proportion to the overlap, so an adjusted quantile
 * stays within about one bin of the exact adjusted figure. Verdicts rest on ratios within one
 * source, so they are computed on reported dollars and do not move with this switch.
 */
import type { Histogram, PayCell } from '../cells.ts';

export interface CpiFactors {
	latest: { month: string; index: number };
	years: { year: number; average: number; months: number; factor: number }[];
	/** Monthly indexes (`YYYY-MM` → index), for sources whose reports have a known month. */
	months?: Readonly<Record<string, number>>;
}

/**
 * What a source says about its dollars beyond the report year: the months each year's reports
 * were collected in (DOU surveys in December and June), and the currency the pay was reported in
 * when the bundle converted it to dollars (the EU survey's euros). registry.ts gives these per
 * source.
 */
export interface DollarsFacts {
	/** Report year → the months its reports fall in: `{ 2024: ['2024-12'] }`. */
	months?: Readonly<Record<number, readonly string[]>>;
	/** The pay's own currency, converted to dollars at the Fed's yearly average of `year`. */
	convertedFrom?: { currency: string; name: string; ratesKey: string; year: number };
}

/** Dollars as reported, or in dollars of the latest CPI month (the default). */
export type DollarsMode = 'today' | 'reported';

/** The factor of one year, undefined when the series has no month of that year. */
export function cpiFactor(cpi: CpiFactors, year: number): number | undefined {
	return cpi.years.find((y) => y.year === year)?.factor;
}

/**
 * The factor of a report year: from the months its reports fall in when the source names them
 * and the series has them all (latest index over their average index), else the year's own.
 *
 *     toYearFactor(cpi, 2024, { months: { 2024: ['2024-12'] } }) → 335.123 / 315.605 = 1.0618
 */
export function toYearFactor(
	cpi: CpiFactors,
	year: number,
	facts: DollarsFacts = {}
): number | undefined {
	const indexes = (facts.months?.[year] ?? []).map((m) => cpi.months?.[m]);
	if (indexes.length > 0 && indexes.every((x) => x !== undefined)) {
		const average = indexes.reduce((s, x) => s + x!, 0) / indexes.length;
		return Math.round((cpi.latest.index / average) * 10000) / 10000;
	}
	return cpiFactor(cpi, year);
}

/**
 * One histogram multiplied by `factor`, re-binned at the same width; counts are kept whole and
 * their total is unchanged.
 *
 *     scaleHistogram([10, 3], 1.5) → [15, 2, 16, 1]   (bin 10 → [15, 16.5): two thirds in 15, one in 16)
 */
export function scaleHistogram(hist: Histogram, factor: number): Histogram {
	// Input bins ascend and the factor is positive, so the scaled ranges ascend without overlapping:
	// output bins come out in order, and only a range's first bin can repeat the previous range's
	// last. One pass with no map or sort (this runs for every histogram of a source, ~100,000 bins).
	const out: Histogram = [];
	const bins: number[] = [];
	const exact: number[] = [];
	const whole: number[] = [];
	for (let i = 0; i < hist.length; i += 2) {
		const bin = hist[i]!;
		const count = hist[i + 1]!;
		const lo = bin * factor;
		const hi = (bin + 1) * factor;
		bins.length = exact.length = whole.length = 0;
		let left = count;
		for (let k = Math.floor(lo); k < hi; k++) {
			const overlap = Math.min(hi, k + 1) - Math.max(lo, k);
			if (overlap <= 0) continue;
			const share = (count * overlap) / (hi - lo);
			bins.push(k);
			exact.push(share);
			whole.push(Math.floor(share));
			left -= Math.floor(share);
		}
		// Whole counts by largest remainder (ties to the lower bin), so the bin's total is kept exactly.
		for (; left > 0; left--) {
			let best = -1;
			for (let j = 0; j < bins.length; j++)
				if (whole[j] === Math.floor(exact[j]!) && (best < 0 || exact[j]! % 1 > exact[best]! % 1))
					best = j;
			if (best < 0) break;
			whole[best]!++;
		}
		for (let j = 0; j < bins.length; j++) {
			if (whole[j] === 0) continue;
			if (out.length > 0 && out[out.length - 2] === bins[j]) out[out.length - 1]! += whole[j]!;
			else out.push(bins[j]!, whole[j]!);
		}
	}
	return out;
}

/** Cells in today's dollars, and how many reports had no year of their own. */
export interface AdjustedCells {
	cells: PayCell[];
	/** Reports without a year (withheld or not given), adjusted by `withheldFactor`. */
	withheldYear: number;
	/** The report-weighted average factor of the reports with a year. */
	withheldFactor: number;
}

/**
 * Cells in today's dollars.
 *
 *     adjustCells(cells, cpi) → { cells: [...], withheldYear: 2109, withheldFactor: 1.29 }
 */
export function adjustCells(
	cells: readonly PayCell[],
	cpi: CpiFactors,
	facts: DollarsFacts = {}
): AdjustedCells {
	const factorOf = (year: number) => (year === 0 ? undefined : toYearFactor(cpi, year, facts));
	let weighted = 0;
	let known = 0;
	for (const cell of cells) {
		const f = factorOf(cell.year);
		if (f === undefined) continue;
		weighted += f * cell.n;
		known += cell.n;
	}
	const withheldFactor = known === 0 ? 1 : weighted / known;
	let withheldYear = 0;
	const adjusted = cells.map((cell) => {
		let factor = factorOf(cell.year);
		if (factor === undefined) {
			withheldYear += cell.n;
			factor = withheldFactor;
		}
		return {
			...cell,
			total: scaleHistogram(cell.total, factor),
			base: scaleHistogram(cell.base, factor),
			stock: scaleHistogram(cell.stock, factor),
			bonus: scaleHistogram(cell.bonus, factor)
		};
	});
	return { cells: adjusted, withheldYear, withheldFactor };
}

/**
 * The label every chart, table and export carries: "in May 2026 dollars; reported 2017–2021" or
 * "in dollars as reported (2017–2021)".
 */
export function dollarsLabel(
	mode: DollarsMode,
	latestMonth: string,
	years: { firstYear: number; lastYear: number }
): string {
	// A source that states no years (0) gets no span rather than "reported 0".
	const span = !years.firstYear
		? ''
		: years.firstYear === years.lastYear
			? `${years.firstYear}`
			: `${years.firstYear}–${years.lastYear}`;
	if (mode === 'reported')
		return span ? `in dollars as reported (${span})` : 'in dollars as reported';
	const month = formatCpiMonth(latestMonth);
	return span ? `in ${month} dollars; reported ${span}` : `in ${month} dollars`;
}

/** A CPI month in words: `formatCpiMonth('2026-05') → 'May 2026'`. */
export function formatCpiMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	const name = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-US', {
		month: 'long',
		timeZone: 'UTC'
	});
	return `${name} ${y}`;
}

// Keyed by the cells array: one array is one loaded source (or upload), always adjusted with the
// same shipped CPI series and the same source's facts, so the array alone identifies the result.
// A WeakMap, unlike memo.ts's string-keyed memo, lets a replaced upload's cells be collected.
const adjustedByCells = new WeakMap<readonly PayCell[], AdjustedCells>();

/**
 * `adjustCells`, computed once per set of cells: every filter change reads the same adjusted
 * array, so only the first switch to today's dollars pays for the re-binning.
 */
export function adjustCellsOnce(
	cells: readonly PayCell[],
	cpi: CpiFactors,
	facts: DollarsFacts = {}
): AdjustedCells {
	let adjusted = adjustedByCells.get(cells);
	if (!adjusted) adjustedByCells.set(cells, (adjusted = adjustCells(cells, cpi, facts)));
	return adjusted;
}

/** Which dollars the figures are in, in words for every chart, table, export and the brief. */
export interface DollarsBasis {
	mode: DollarsMode;
	/** "in May 2026 dollars; reported 2017–2021" or "in dollars as reported (2017–2021)". */
	label: string;
	/** How the amounts became these dollars (a currency conversion, reports without a year); '' when nothing needs saying. */
	note: string;
	/**
	 * The step figures in these dollars are printed to (format.ts toFigureStep); absent, the
	 * dollar. Only figures adjusted for inflation are rounded coarser.
	 */
	step?: number;
}

/**
 * The dollars the figures are in, with the note on how they got there.
 *
 *     describeDollars('today', '2026-05', { firstYear: 2020, lastYear: 2020 }, { convertedFrom: { name: 'euros', year: 2020, … } }, { perDollar: 0.8764 })
 *       → { label: 'in May 2026 dollars; reported 2020',
 *           note: 'Pay reported in euros, converted to dollars at the Federal Reserve’s 2020 yearly average (0.8764 euros a dollar).' }
 */
export function describeDollars(
	mode: DollarsMode,
	latestMonth: string,
	years: { firstYear: number; lastYear: number },
	facts: DollarsFacts = {},
	{
		perDollar,
		adjusted
	}: { perDollar?: number; adjusted?: Pick<AdjustedCells, 'withheldYear' | 'withheldFactor'> } = {}
): DollarsBasis {
	const notes: string[] = [];
	const from = facts.convertedFrom;
	if (from)
		notes.push(
			`Pay reported in ${from.name}, converted to dollars at the Federal Reserve’s ${from.year} ` +
				`yearly average${perDollar ? ` (${perDollar} ${from.name} a dollar)` : ''}.`
		);
	if (mode === 'today' && facts.months)
		notes.push('Each survey’s pay is adjusted from the month it was collected in.');
	if (mode === 'today' && adjusted && adjusted.withheldYear > 0)
		notes.push(
			`${adjusted.withheldYear.toLocaleString('en-US')} reports without a stated year take the ` +
				`dated reports’ average factor (×${adjusted.withheldFactor.toFixed(3)}).`
		);
	return { mode, label: dollarsLabel(mode, latestMonth, years), note: notes.join(' ') };
}
