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
}

/** Dollars as reported, or in dollars of the latest CPI month (the default). */
export type DollarsMode = 'today' | 'reported';

/** The factor of one year, undefined when the series has no month of that year. */
export function cpiFactor(cpi: CpiFactors, year: number): number | undefined {
	return cpi.years.find((y) => y.year === year)?.factor;
}

/**
 * One histogram multiplied by `factor`, re-binned at the same width; counts are kept whole and
 * their total is unchanged.
 *
 *     scaleHistogram([10, 3], 1.5) → [15, 2, 16, 1]   (bin 10 → [15, 16.5): two thirds in 15, one in 16)
 */
export function scaleHistogram(hist: Histogram, factor: number): Histogram {
	const counts = new Map<number, number>();
	for (let i = 0; i < hist.length; i += 2) {
		const bin = hist[i]!;
		const count = hist[i + 1]!;
		const lo = bin * factor;
		const hi = (bin + 1) * factor;
		const parts: { bin: number; exact: number }[] = [];
		for (let k = Math.floor(lo); k < hi; k++) {
			const overlap = Math.min(hi, k + 1) - Math.max(lo, k);
			if (overlap > 0) parts.push({ bin: k, exact: (count * overlap) / (hi - lo) });
		}
		// Whole counts by largest remainder, so the bin's total is kept exactly.
		let left = count;
		const whole = parts.map((p) => {
			const n = Math.floor(p.exact);
			left -= n;
			return n;
		});
		const order = parts
			.map((_, j) => j)
			.sort((a, b) => (parts[b]!.exact % 1) - (parts[a]!.exact % 1));
		for (let j = 0; j < left; j++) whole[order[j % order.length]!]!++;
		parts.forEach((p, j) => {
			if (whole[j]! > 0) counts.set(p.bin, (counts.get(p.bin) ?? 0) + whole[j]!);
		});
	}
	const out: Histogram = [];
	for (const bin of [...counts.keys()].sort((a, b) => a - b)) out.push(bin, counts.get(bin)!);
	return out;
}

/**
 * Cells in today's dollars.
 *
 *     adjustCells(cells, cpi) → { cells: [...], withheldYear: 2109, withheldFactor: 1.29 }
 */
export function adjustCells(
	cells: readonly PayCell[],
	cpi: CpiFactors
): { cells: PayCell[]; withheldYear: number; withheldFactor: number } {
	let weighted = 0;
	let known = 0;
	for (const cell of cells) {
		const f = cell.year === 0 ? undefined : cpiFactor(cpi, cell.year);
		if (f === undefined) continue;
		weighted += f * cell.n;
		known += cell.n;
	}
	const withheldFactor = known === 0 ? 1 : weighted / known;
	let withheldYear = 0;
	const adjusted = cells.map((cell) => {
		let factor = cell.year === 0 ? undefined : cpiFactor(cpi, cell.year);
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
	const span =
		years.firstYear === years.lastYear
			? `${years.firstYear}`
			: `${years.firstYear}–${years.lastYear}`;
	if (mode === 'reported') return `in dollars as reported (${span})`;
	const [y, m] = latestMonth.split('-').map(Number);
	const month = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-US', {
		month: 'long',
		timeZone: 'UTC'
	});
	return `in ${month} ${y} dollars; reported ${span}`;
}
