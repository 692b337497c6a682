/**
 * What a switch would pay: expected (median) total pay as IC and as EM at a level and the next,
 * and what moving back from EM to IC pays at the same level and one below — the essays' argument
 * that returning to IC may bring a modest adjustment. Medians carry seeded 90% bootstrap
 * intervals (bootstrap.ts) and their n, so thin groups show their uncertainty.
 */
import { medianGap, medianInterval, type GapEstimate } from './bootstrap.ts';
import type { CellFilter, PayCell } from './cells.ts';
import { isStdLevel, type StdLevel, type Track } from './domain.ts';
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

/** One move from EM at `from` to IC at `to`, and what it does to the median. */
export interface MoveBack {
	from: StdLevel;
	to: StdLevel;
	em: Expected;
	ic: Expected;
	/** IC median ÷ EM median − 1 with its interval; undefined when either side has no data. */
	gap: GapEstimate | undefined;
}

export interface SwitchOutlook {
	/** IC and EM at the level, then at the next level when there is one (levels run 3–9). */
	expected: Expected[];
	/** EM at the level → IC at the same level, then → IC one level below (when there is one). */
	moveBack: MoveBack[];
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
	stdLevel: StdLevel
): Expected {
	const interval = medianInterval(createLevelSum(cells, filter, track, stdLevel));
	return {
		track,
		stdLevel,
		n: interval?.n ?? 0,
		median: interval?.median,
		low: interval?.low,
		high: interval?.high
	};
}

/**
 * Everything "what a switch would pay" shows for one level and filter.
 *
 *     createSwitchOutlook(cells, { companyType: 'big-tech' }, 6)
 *       → { expected: [IC 6, EM 6, IC 7, EM 7], moveBack: [EM 6 → IC 6, EM 6 → IC 5] }
 */
export function createSwitchOutlook(
	cells: readonly PayCell[],
	filter: CellFilter,
	stdLevel: StdLevel
): SwitchOutlook {
	const levels = [stdLevel, stdLevel + 1].filter(isStdLevel);
	const expected = levels.flatMap((level) =>
		(['ic', 'em'] as const).map((track) => expectedPay(cells, filter, track, level))
	);
	const em = expected[1]!;
	const emSum = createLevelSum(cells, filter, 'em', stdLevel);
	const moveBack = [stdLevel, stdLevel - 1].filter(isStdLevel).map((to): MoveBack => {
		const icSum = createLevelSum(cells, filter, 'ic', to);
		return {
			from: stdLevel,
			to,
			em,
			ic: expectedPay(cells, filter, 'ic', to),
			gap: medianGap(emSum, icSum)
		};
	});
	return { expected, moveBack };
}
