/**
 * Career paths in money: cumulative total pay over N years for staying IC, moving to EM, and
 * going to EM and back, built from level medians and a time in each level.
 *
 * Model. Each year a person is paid the median of their track and level. After `timeInLevel`
 * years at a level they move up one, unless the data has no median for the next level on their
 * track (then they stay). Time at a level counts on either track, so a manager who returns to IC
 * keeps their progress. This is a deliberately simple model: it shows what the medians imply,
 * not what any one person will earn.
 *
 * Uncertainty. Each level's median has a seeded 90% bootstrap interval; the low path adds up the
 * lows and the high path the highs. That is the range of the *medians*, not of individual pay,
 * and adding the ends is conservative (it assumes every level errs the same way).
 */
import type { CellFilter, PayCell } from './cells.ts';
import { matchesFilter, YOE_BANDS } from './cells.ts';
import { STD_LEVELS, isStdLevel, type StdLevel, type Track } from './domain.ts';
import { expectedPay, type Expected } from './switch.ts';
import { memoize } from './memo.ts';

/** Years a person spends at each level before the next. */
export type TimeInLevel = Record<StdLevel, number>;

/** Used when the data has too few reports with experience to say. */
export const FALLBACK_TIME_IN_LEVEL = 3;
/** Bounds on a time in level, in years. */
export const TIME_IN_LEVEL_MIN = 1;
export const TIME_IN_LEVEL_MAX = 10;

/** A representative number of years for each experience band (open-ended 15+ taken as 17.5). */
const YOE_MIDPOINTS = YOE_BANDS.map((band) =>
	band.max === Infinity ? band.min + 2.5 : (band.min + band.max - 1) / 2
);

/**
 * Default time in each level: the difference between the mean years of experience of reports at
 * the next level and at this one (both tracks; experience bands taken at their midpoints),
 * rounded to whole years and kept within 1–10. Levels with no reports with experience, and the
 * top level, get FALLBACK_TIME_IN_LEVEL.
 *
 *     inferTimeInLevel(cells, { companyType: 'big-tech' }) → { 3: 2, 4: 3, 5: 4, 6: 4, 7: 3, 8: 3, 9: 3 }
 */
export function inferTimeInLevel(cells: readonly PayCell[], filter: CellFilter): TimeInLevel {
	const years = new Map<StdLevel, { sum: number; n: number }>();
	for (const cell of cells) {
		if (cell.yoe < 0 || !matchesFilter(cell, filter)) continue;
		const entry = years.get(cell.stdLevel) ?? { sum: 0, n: 0 };
		entry.sum += YOE_MIDPOINTS[cell.yoe]! * cell.n;
		entry.n += cell.n;
		years.set(cell.stdLevel, entry);
	}
	const mean = (level: StdLevel) => {
		const entry = years.get(level);
		return entry && entry.n > 0 ? entry.sum / entry.n : undefined;
	};
	const out = {} as TimeInLevel;
	for (const level of STD_LEVELS) {
		const here = mean(level);
		const next = isStdLevel(level + 1) ? mean((level + 1) as StdLevel) : undefined;
		out[level] =
			here === undefined || next === undefined
				? FALLBACK_TIME_IN_LEVEL
				: clampYears(Math.round(next - here));
	}
	return out;
}

/** A time in level kept within the bounds. `clampYears(0) → 1`, `clampYears(12) → 10`. */
export function clampYears(years: number): number {
	if (!Number.isFinite(years)) return FALLBACK_TIME_IN_LEVEL;
	return Math.min(TIME_IN_LEVEL_MAX, Math.max(TIME_IN_LEVEL_MIN, Math.round(years)));
}

export type CareerPathId = 'ic' | 'em' | 'em-back';
export const CAREER_PATH_LABELS: Record<CareerPathId, string> = {
	ic: 'Stay IC',
	em: 'Move to EM',
	'em-back': 'EM, then back to IC'
};

/** One year of a path. */
export interface CareerYear {
	/** 1 for the first year. */
	year: number;
	track: Track;
	stdLevel: StdLevel;
	pay: number;
	low: number;
	high: number;
	cumulative: number;
	cumulativeLow: number;
	cumulativeHigh: number;
}

export interface CareerPath {
	id: CareerPathId;
	label: string;
	/** Empty when the data has no median for the path's first step. */
	years: CareerYear[];
}

export interface CareerOptions {
	/** First level of every path. */
	start: StdLevel;
	/** How many years to add up. */
	years: number;
	timeInLevel: TimeInLevel;
	/** For 'em-back': years as a manager before returning to IC (default: the start level's time). */
	managerYears?: number;
	/** The width the cells were binned with (the dataset's binWidth); default $5,000. */
	binWidth?: number;
}

/**
 * The three paths from one start level.
 *
 *     createCareerPaths(cells, { companyType: 'big-tech' }, { start: 5, years: 10, timeInLevel })
 *       → [{ id: 'ic', years: [{ year: 1, track: 'ic', stdLevel: 5, pay: 265000, cumulative: 265000, … }, …] }, …]
 */
export function createCareerPaths(
	cells: readonly PayCell[],
	filter: CellFilter,
	options: CareerOptions
): CareerPath[] {
	// Each (track, level) median is bootstrapped once and shared by the three paths.
	const expectedOn: Record<Track, (level: StdLevel) => Expected> = {
		ic: memoize((level: StdLevel) => expectedPay(cells, filter, 'ic', level, options.binWidth)),
		em: memoize((level: StdLevel) => expectedPay(cells, filter, 'em', level, options.binWidth))
	};
	const expected = (track: Track, level: StdLevel) => expectedOn[track](level);
	const managerYears = options.managerYears ?? options.timeInLevel[options.start];
	const trackOf: Record<CareerPathId, (year: number) => Track> = {
		ic: () => 'ic',
		em: () => 'em',
		'em-back': (year) => (year <= managerYears ? 'em' : 'ic')
	};
	return (Object.keys(trackOf) as CareerPathId[]).map((id) => ({
		id,
		label: CAREER_PATH_LABELS[id],
		years: walkPath(options, trackOf[id], expected)
	}));
}

/** Year by year along one path; stops early (empty) when the first step has no data. */
function walkPath(
	{ start, years, timeInLevel }: CareerOptions,
	trackOf: (year: number) => Track,
	expected: (track: Track, level: StdLevel) => Expected
): CareerYear[] {
	const out: CareerYear[] = [];
	let level = start;
	let atLevel = 0;
	let cumulative = 0;
	let cumulativeLow = 0;
	let cumulativeHigh = 0;
	for (let year = 1; year <= years; year++) {
		const track = trackOf(year);
		// Promotion: time served at this level, and a median for the next level on this track.
		const next = level + 1;
		if (
			atLevel >= timeInLevel[level] &&
			isStdLevel(next) &&
			expected(track, next).median !== undefined
		) {
			level = next;
			atLevel = 0;
		}
		const here = expected(track, level);
		if (here.median === undefined) return year === 1 ? [] : out;
		cumulative += here.median;
		cumulativeLow += here.low!;
		cumulativeHigh += here.high!;
		out.push({
			year,
			track,
			stdLevel: level,
			pay: here.median,
			low: here.low!,
			high: here.high!,
			cumulative,
			cumulativeLow,
			cumulativeHigh
		});
		atLevel++;
	}
	return out;
}
