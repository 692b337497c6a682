/**
 * What a switch would pay, in both directions: expected (median) total pay as IC and as EM at a
 * level and the next; the move from the person's track to the other one (same level and one
 * below) and the move back; and the same level on both tracks at every company type, against the
 * person's pay when they gave it. Medians carry seeded 90% bootstrap intervals (bootstrap.ts) and
 * their n, so thin groups show their uncertainty. Every function takes the width the cells were
 * binned with (the dataset's binWidth), so a small upload's exact cells give exact medians.
 */
import { medianGap, medianInterval, type GapEstimate } from './bootstrap.ts';
import { BIN_WIDTH, type CellFilter, type PayCell } from './cells.ts';
import {
	COMPANY_TYPES,
	isStdLevel,
	type CompanyType,
	type StdLevel,
	type Track
} from './domain.ts';
import { createLevelSum } from './position.ts';

/** The median pay of one track at one level, with its interval; undefined figures when no data. */
export interface Expected {
	track: Track;
	stdLevel: StdLevel;
	n: number;
	median: number | undefined;
	low: number | undefined;
	high: number | undefined;
}

/** One move from a track and level to another, and what it does to the median. */
export interface Move {
	from: Expected;
	to: Expected;
	/** 'switch' leaves the person's track; 'back' returns to it from the other track. */
	kind: 'switch' | 'back';
	/** `to` median ÷ `from` median − 1 with its interval; undefined when either side has no data. */
	gap: GapEstimate | undefined;
}

export interface SwitchOutlook {
	/** IC and EM at the level, then at the next level when there is one (levels run 3–9). */
	expected: Expected[];
	/**
	 * The person's track at the level → the other track at the same level and one below, then the
	 * other track at the level → the person's track at the same level (coming back).
	 */
	moves: Move[];
}

/**
 * The median of one track and level with a seeded 90% interval.
 *
 *     expectedPay(cells, { companyType: 'big-tech' }, 'em', 6) → { median: 395000, low: 385000, high: 405000, n: 431, … }
 */
export function expectedPay(
	cells: readonly PayCell[],
	filter: CellFilter,
	track: Track,
	stdLevel: StdLevel,
	binWidth = BIN_WIDTH
): Expected {
	const interval = medianInterval(createLevelSum(cells, filter, track, stdLevel, { binWidth }));
	return {
		track,
		stdLevel,
		n: interval?.n ?? 0,
		median: interval?.median,
		low: interval?.low,
		high: interval?.high
	};
}

/** The move from one track and level to another within a filter. */
function createMove(
	cells: readonly PayCell[],
	filter: CellFilter,
	kind: Move['kind'],
	from: { track: Track; stdLevel: StdLevel },
	to: { track: Track; stdLevel: StdLevel },
	binWidth: number
): Move {
	return {
		kind,
		from: expectedPay(cells, filter, from.track, from.stdLevel, binWidth),
		to: expectedPay(cells, filter, to.track, to.stdLevel, binWidth),
		gap: medianGap(
			createLevelSum(cells, filter, from.track, from.stdLevel, { binWidth }),
			createLevelSum(cells, filter, to.track, to.stdLevel, { binWidth })
		)
	};
}

/**
 * Everything "what a switch would pay" shows for one level, track and filter.
 *
 *     createSwitchOutlook(cells, { companyType: 'big-tech' }, 6, 'ic')
 *       → { expected: [IC 6, EM 6, IC 7, EM 7], moves: [IC 6 → EM 6, IC 6 → EM 5, EM 6 → IC 6] }
 */
export function createSwitchOutlook(
	cells: readonly PayCell[],
	filter: CellFilter,
	stdLevel: StdLevel,
	track: Track,
	binWidth = BIN_WIDTH
): SwitchOutlook {
	const levels = [stdLevel, stdLevel + 1].filter(isStdLevel);
	const expected = levels.flatMap((level) =>
		(['ic', 'em'] as const).map((t) => expectedPay(cells, filter, t, level, binWidth))
	);
	const other: Track = track === 'ic' ? 'em' : 'ic';
	const own = { track, stdLevel };
	const moves = [
		...[stdLevel, stdLevel - 1]
			.filter(isStdLevel)
			.map((to) =>
				createMove(cells, filter, 'switch', own, { track: other, stdLevel: to }, binWidth)
			),
		createMove(cells, filter, 'back', { track: other, stdLevel }, own, binWidth)
	];
	return { expected, moves };
}

/** One company type's medians at a level on both tracks, and how each compares with a pay. */
export interface TypeOutlook {
	companyType: CompanyType;
	/** The person's track first, then the other one. */
	tracks: { expected: Expected; vsPay: number | undefined }[];
}

/**
 * The same level on both tracks at every company type (unclassified companies are not a type
 * and are left out), each median compared with `pay` when given: median ÷ pay − 1, so −0.58
 * reads "58% less than your pay".
 *
 *     createTypeOutlook(cells, 6, 'ic', 450000)
 *       → [{ companyType: 'big-tech', tracks: [{ expected: IC 6, vsPay: 0.01 }, { expected: EM 6, vsPay: −0.11 }] }, …]
 */
export function createTypeOutlook(
	cells: readonly PayCell[],
	stdLevel: StdLevel,
	track: Track,
	pay: number | undefined,
	binWidth = BIN_WIDTH
): TypeOutlook[] {
	const order: Track[] = track === 'ic' ? ['ic', 'em'] : ['em', 'ic'];
	// Only the types the loaded data has: a source without, say, services firms lists none.
	const present = new Set(cells.map((cell) => cell.companyType));
	const types = COMPANY_TYPES.filter((t) => t !== 'unclassified' && present.has(t));
	return types.map((companyType) => ({
		companyType,
		tracks: order.map((t) => {
			const expected = expectedPay(cells, { companyType }, t, stdLevel, binWidth);
			return {
				expected,
				vsPay:
					pay && pay > 0 && expected.median !== undefined ? expected.median / pay - 1 : undefined
			};
		})
	}));
}
