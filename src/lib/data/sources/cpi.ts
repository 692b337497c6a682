/**
 * The US consumer price index (CPI-U, all items, not seasonally adjusted; shared/data/us-cpi,
 * public domain) and the factors that turn a year's dollars into dollars of the series' latest
 * month ("today's dollars"). A report of year Y is multiplied by index(latest) / average(Y),
 * the average over the months of Y in the file (October 2025 is missing: BLS published none,
 * so 2025's average covers 11 months, and the factor says so).
 */
import { parseCsvText } from '../csv.ts';
import { HeaderError } from '../layouts.ts';

export interface CpiSeries {
	/** The latest month in the file, `YYYY-MM`, and its index. */
	latest: { month: string; index: number };
	/** Per year from `fromYear`: the average index, how many months it covers, and the factor to the latest month. */
	years: { year: number; average: number; months: number; factor: number }[];
	/** Monthly indexes from `fromYear` (`YYYY-MM` → index), for sources dated by month. */
	months: Record<string, number>;
}

/**
 * Read cpiai.csv (`Date,Index,Inflation`).
 *
 *     readCpi(text, 2017).years.find((y) => y.year === 2020)?.factor → 1.2949 (335.123 / 258.811)
 */
export function readCpi(text: string, fromYear: number): CpiSeries {
	const { header, rows } = parseCsvText(text, 'cpiai.csv');
	if (header[0]?.trim() !== 'Date' || header[1]?.trim() !== 'Index')
		throw new HeaderError('cpiai.csv: the header is not Date,Index,…');
	const monthly: [string, number][] = [];
	for (const [i, row] of rows.entries()) {
		const month = /^(\d{4}-\d{2})-01$/.exec(row[0]?.trim() ?? '')?.[1];
		const index = Number(row[1]);
		if (!month || !Number.isFinite(index) || index <= 0)
			throw new Error(
				`cpiai.csv, row ${i + 2}: "${row.join(',').slice(0, 80)}" is not a month and an index`
			);
		monthly.push([month, index]);
	}
	monthly.sort((a, b) => a[0].localeCompare(b[0]));
	const [latestMonth, latestIndex] = monthly.at(-1)!;
	const byYear = new Map<number, number[]>();
	const months: Record<string, number> = {};
	for (const [month, index] of monthly) {
		const year = Number(month.slice(0, 4));
		if (year < fromYear) continue;
		months[month] = index;
		byYear.set(year, [...(byYear.get(year) ?? []), index]);
	}
	const years = [...byYear].map(([year, indexes]) => {
		const average = indexes.reduce((s, x) => s + x, 0) / indexes.length;
		return {
			year,
			average: Math.round(average * 1000) / 1000,
			months: indexes.length,
			factor: Math.round((latestIndex / average) * 10000) / 10000
		};
	});
	return { latest: { month: latestMonth, index: latestIndex }, years, months };
}
