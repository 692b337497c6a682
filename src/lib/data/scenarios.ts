/**
 * Up to three scenarios side by side — a company type × level × track from the data, or an
 * offer's own figures — with each one's difference from the first, in dollars and percent, for
 * total pay and for each component.
 *
 * Component figures of a data scenario are the medians of each component on its own; medians do
 * not add up, so base + stock + bonus need not equal the total median (the table says so).
 */
import { BIN_WIDTH, matchesFilter, sumComponentsAt, type PayCell } from './cells.ts';
import {
	COMPANY_TYPE_LABELS,
	PAY_COMPONENTS,
	TRACK_LABELS,
	type CompanyType,
	type PayComponent,
	type StdLevel,
	type Track
} from './domain.ts';
import { ALL, groupByTrackLevel, toTrackLevelKey } from './group.ts';

/** The most scenarios compared at once. */
export const MAX_SCENARIOS = 3;

/** A group of reports from the data. */
export interface BandScenario {
	kind: 'band';
	companyType: CompanyType | 'all';
	/** A company's display name when the scenario is that company's reports, not its type's. */
	company?: string;
	stdLevel: StdLevel;
	track: Track;
}

/** Figures a user typed (an offer, or their own pay). Personal: never put in a URL by default. */
export interface OfferScenario {
	kind: 'offer';
	label: string;
	total: number;
	base: number | null;
	stock: number | null;
	bonus: number | null;
}

export type Scenario = BandScenario | OfferScenario;

/** A scenario's figures: a value per component (undefined when unknown) and n for data scenarios. */
export interface ScenarioFigures {
	scenario: Scenario;
	values: Record<PayComponent, number | undefined>;
	/** Reports behind a data scenario's total; undefined for typed figures. */
	n: number | undefined;
}

/** The difference of one component from the reference scenario. */
export interface Difference {
	dollars: number | undefined;
	/** As a share of the reference, e.g. 0.12 for +12%; undefined when the reference is 0 or unknown. */
	percent: number | undefined;
}

export interface ScenarioComparison extends ScenarioFigures {
	/** Difference from the first scenario, per component; the first scenario's are all zero. */
	difference: Record<PayComponent, Difference>;
}

/**
 * A scenario's name as a column heading: its company or type, level and track, or its label.
 *
 *     formatScenario({ kind: 'band', companyType: 'big-tech', stdLevel: 6, track: 'em' }) → 'Big tech · L6 · EM'
 */
export function formatScenario(s: Scenario): string {
	if (s.kind === 'offer') return s.label;
	const where =
		s.company ?? (s.companyType === 'all' ? 'All types' : COMPANY_TYPE_LABELS[s.companyType]);
	return `${where} · L${s.stdLevel} · ${TRACK_LABELS[s.track]}`;
}

/**
 * A scenario's figures: medians from the data (read at the width the cells were binned with),
 * or the typed figures as they are.
 *
 *     toScenarioFigures(cells, { kind: 'band', companyType: 'finance', stdLevel: 6, track: 'em' })
 *       → { values: { total: 310000, base: 210000, stock: 20000, bonus: 60000 }, n: 41, … }
 */
export function toScenarioFigures(
	cells: readonly PayCell[],
	scenario: Scenario,
	binWidth = BIN_WIDTH
): ScenarioFigures {
	if (scenario.kind === 'offer') {
		const { total, base, stock, bonus } = scenario;
		return {
			scenario,
			values: {
				total,
				base: base ?? undefined,
				stock: stock ?? undefined,
				bonus: bonus ?? undefined
			},
			n: undefined
		};
	}
	const filter = scenario.company
		? { company: scenario.company }
		: { companyType: scenario.companyType };
	const key = toTrackLevelKey(scenario.track, scenario.stdLevel);
	const sums = groupByTrackLevel(cells, {
		where: (cell) =>
			cell.track === scenario.track &&
			cell.stdLevel === scenario.stdLevel &&
			matchesFilter(cell, filter),
		reduce: sumComponentsAt(binWidth)
	})
		.get(ALL)
		?.get(key);
	const values = {} as Record<PayComponent, number | undefined>;
	for (const component of PAY_COMPONENTS) values[component] = sums?.[component].quantile(0.5);
	return { scenario, values, n: sums?.total.n ?? 0 };
}

/**
 * Compare scenarios with the first. Takes at most MAX_SCENARIOS; extra ones are ignored.
 *
 *     compareScenarios(cells, [icAt6, emAt6]) → [{ difference: { total: { dollars: 0, percent: 0 }, … } },
 *                                               { difference: { total: { dollars: 25000, percent: 0.07 }, … } }]
 */
export function compareScenarios(
	cells: readonly PayCell[],
	scenarios: readonly Scenario[],
	binWidth = BIN_WIDTH
): ScenarioComparison[] {
	const figures = scenarios
		.slice(0, MAX_SCENARIOS)
		.map((s) => toScenarioFigures(cells, s, binWidth));
	const reference = figures[0];
	return figures.map((f) => {
		const difference = {} as Record<PayComponent, Difference>;
		for (const component of PAY_COMPONENTS) {
			const ref = reference?.values[component];
			const value = f.values[component];
			const dollars = ref === undefined || value === undefined ? undefined : value - ref;
			difference[component] = {
				dollars,
				percent: dollars === undefined || ref === 0 ? undefined : dollars / ref!
			};
		}
		return { ...f, difference };
	});
}
