/**
 * What /me and /brief both show for one view: the ladder's bands, the switch outlook, the career
 * paths and the scenario comparison, from one dataset. Pure: the pages call it in `$derived`.
 */
import { BIN_WIDTH, bandsFromCells, type CellFilter } from '$lib/data/cells.ts';
import {
	createCareerPaths,
	inferTimeInLevel,
	type CareerPath,
	type TimeInLevel
} from '$lib/data/career.ts';
import type { Dataset } from '$lib/data/dataset.ts';
import type { DollarsBasis } from '$lib/data/sources/dollars.ts';
import { isStdLevel, type Band } from '$lib/data/domain.ts';
import { chooseComparisonGroup, type ComparisonGroup } from '$lib/data/position.ts';
import { compareScenarios, type Scenario, type ScenarioComparison } from '$lib/data/scenarios.ts';
import { createSwitchOutlook, type SwitchOutlook } from '$lib/data/switch.ts';
import { formatYearSpan } from '$lib/format.ts';
import type { ConversationView } from './url.ts';

export interface ConversationData {
	/** The one group every figure compares with: the view's company when it has enough reports. */
	group: ComparisonGroup;
	filter: CellFilter;
	/** "Google", "big tech companies", "all company types": the group's name. */
	where: string;
	bands: Band[];
	/** Reports behind the ladder chart. */
	n: number;
	outlook: SwitchOutlook;
	timeInLevel: TimeInLevel;
	/** The data's default, before the user's changes. */
	defaultTimeInLevel: TimeInLevel;
	paths: CareerPath[];
	scenarios: Scenario[];
	comparison: ScenarioComparison[];
	/** "Source: levels.fyi reports 2017–2021 (self-reported), in May 2026 dollars; reported 2017–2021". */
	sourceLine: string;
}

/**
 * The scenarios shown when the URL names none: the view's level on both tracks, and the next,
 * all in the comparison group (the company's own reports when the group is the company).
 */
export function defaultScenarios(view: ConversationView, group: ComparisonGroup): Scenario[] {
	const other = view.track === 'ic' ? 'em' : 'ic';
	const next = view.stdLevel + 1;
	const where = {
		kind: 'band' as const,
		companyType: group.companyType,
		...(group.scope === 'company' ? { company: group.name } : {})
	};
	return [
		{ ...where, stdLevel: view.stdLevel, track: view.track },
		{ ...where, stdLevel: view.stdLevel, track: other },
		...(isStdLevel(next) ? [{ ...where, stdLevel: next, track: view.track }] : [])
	];
}

/**
 * Everything the conversation pages draw for a view, from a dataset whose cells are already in
 * the dollars `dollars` names (toDatasetInDollars, dollars.ts); the source line says which.
 *
 *     createConversationData(dataset, view, []) → { bands: [...], outlook: {...}, paths: [...], comparison: [...], … }
 */
export function createConversationData(
	dataset: Dataset,
	view: ConversationView,
	offers: readonly Scenario[] = [],
	dollars?: DollarsBasis
): ConversationData {
	const { cells, source } = dataset;
	// Every figure is read at the width the dataset's cells were binned with: $1 keeps a small
	// upload's typed amounts exact.
	const binWidth = dataset.binWidth ?? BIN_WIDTH;
	const group = chooseComparisonGroup(cells, view);
	const { filter } = group;
	const bands = bandsFromCells(cells, filter, { source: source.name, binWidth });
	const defaultTimeInLevel = inferTimeInLevel(cells, filter);
	const timeInLevel = { ...defaultTimeInLevel, ...view.timeInLevel };
	const scenarios = [
		...(view.scenarios.length ? view.scenarios : defaultScenarios(view, group)),
		...offers
	].slice(0, 3);
	return {
		group,
		filter,
		where: group.name,
		bands,
		n: bands.reduce((sum, b) => sum + b.n, 0),
		outlook: createSwitchOutlook(cells, filter, view.stdLevel, view.track, binWidth),
		timeInLevel,
		defaultTimeInLevel,
		paths: createCareerPaths(cells, filter, {
			start: view.stdLevel,
			years: view.years,
			timeInLevel,
			binWidth
		}),
		scenarios,
		comparison: compareScenarios(cells, scenarios, binWidth),
		sourceLine:
			`Source: ${source.name} reports${formatYearSpan(source.firstYear, source.lastYear, ' ')} (self-reported)` +
			(dollars ? `, ${dollars.label}` : '')
	};
}
