/**
 * Company ladders: the ladders of a few companies side by side, each level labelled with the
 * company's own level names (from the level catalog, loaded on first use). The companies picked,
 * or the three with the most reports until the user picks. The company-type and company filters
 * do not apply and are hidden (no 'group' control): the panels are the companies.
 */
import { loadLevelCatalog } from '$lib/state/catalogs';
import type { Panel } from '$lib/charts/SmallMultiples/SmallMultiples.svelte';
import type { StdLevel } from '$lib/data/domain';
import { bandsByCompany, companyLevelLabels } from '$lib/data/explore';
import type { LevelEntry } from '$lib/data/levels';
import { formatCount } from '$lib/format';
import { VIEW_LABELS } from '../ids';
import {
	formatBoxesNote,
	noRowReason,
	panelsHeadline,
	panelsN,
	PAY_LINE_NOTE,
	sumN
} from '../shared';
import { toViewFileBase } from '../exports';
import type { ViewLogic } from '../view';

export interface CompaniesModel {
	/** The companies shown, in order. */
	picked: string[];
	/** One panel per company (keyed by its name), empty until the dataset arrives. */
	panels: Panel[];
}

/**
 * The axis label of a level in a company's panel: the common level, then the company's own
 * names for it. Narrow panels (a phone) have room for one short label a level, wide ones for two
 * a track.
 *
 *     toLevelLines(labels, 5, 2) → ['L5', 'IC L5', 'EM M1']      toLevelLines(labels, 5, 0) → ['L5', 'L5']
 */
export function toLevelLines(
	labels: ReturnType<typeof companyLevelLabels>,
	level: StdLevel,
	nameLines: 0 | 1 | 2
): string[] {
	const own = labels.get(level);
	const take = nameLines === 0 ? 1 : 2;
	const fit = (list: string[] | undefined) =>
		(list ?? [])
			.slice(0, take)
			.filter((l) => nameLines > 0 || l.length <= 5)
			.join(', ');
	const ic = fit(own?.ic);
	const em = nameLines === 0 ? ic : fit(own?.em);
	const names = ic === em ? [ic] : [ic && `IC ${ic}`, em && `EM ${em}`];
	return [`L${level}`, ...names.filter(Boolean)];
}

/** The level catalog's entries, from the one browser copy of the catalog (loaded on first use). */
async function loadLevelEntries(): Promise<readonly LevelEntry[]> {
	return (await loadLevelCatalog()).entries();
}

export const companiesLogic = {
	id: 'companies',
	label: VIEW_LABELS.companies,
	controls: ['scale', 'range'],
	needsData: true,
	skeleton: 'panels',
	unavailable: ({ measure }) =>
		measure.has.companies
			? undefined
			: `${measure.shortLabel} names no companies, so there are no company ladders to draw. The ladder and company-type views show this source.`,
	load: (_, extras) =>
		extras.levelEntries ? undefined : loadLevelEntries().then((levelEntries) => ({ levelEntries })),
	compute: ({ filters, cells, loaded, source, companies, extras, measure }) => {
		const picked =
			filters.companies.length > 0 ? filters.companies : companies.slice(0, 3).map((c) => c.name);
		if (!loaded) return { picked, panels: [] };
		const panels = bandsByCompany(
			cells,
			{ ...filters, binWidth: measure.binWidth },
			picked,
			source.name
		).map(({ company, bands }): Panel => {
			const labels = companyLevelLabels(extras.levelEntries ?? [], company);
			return {
				key: company,
				title: company,
				bands,
				note: `n = ${formatCount(sumN(bands))} reports`,
				levelLines: (level, nameLines) => toLevelLines(labels, level, nameLines)
			};
		});
		return { picked, panels };
	},
	headline: ({ panels }, { filters }) => panelsHeadline(panels, filters, (panel) => panel.title),
	n: ({ panels }) => panelsN(panels),
	sourceNote: ({ filters }) => formatBoxesNote(filters),
	legend: true,
	exportData: ({ panels }, { loaded }) =>
		loaded
			? {
					kind: 'bands',
					groupColumn: 'company',
					groups: panels.map((panel) => ({ name: panel.title, bands: panel.bands }))
				}
			: undefined,
	fileBase: toViewFileBase,
	positionMark: (_, { mine, words }) => ({
		shown: true,
		hiddenReason: noRowReason(mine),
		among: `among all reports ${words.where} (each panel compares your pay with one company)`,
		exportNote: PAY_LINE_NOTE
	})
} satisfies ViewLogic<'companies', CompaniesModel>;
