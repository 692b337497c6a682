/**
 * Company types side by side: one ladder per company type on a shared pay axis. The company-type
 * and company filters do not apply here and are hidden (no 'group' control): the view is the
 * comparison across types, so cutting it to one type would leave the ladder view's one panel, and
 * a control that changed nothing would say it did.
 */
import type { Panel } from '$lib/charts/SmallMultiples/SmallMultiples.svelte';
import { COMPANY_TYPE_LABELS, type CompanyType } from '$lib/data/domain';
import { bandsByType, listCompanyTypes } from '$lib/data/explore';
import { formatCount } from '$lib/format';
import { formatCompanyTypeWords } from '$lib/state/filters';
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

export interface TypesModel {
	/** One panel per company type (keyed by the type), empty until the dataset arrives. */
	panels: Panel[];
}

export const typesLogic = {
	id: 'types',
	label: VIEW_LABELS.types,
	controls: ['scale', 'range'],
	needsData: true,
	skeleton: 'panels',
	compute: ({ filters, cells, loaded, source, measure }) => {
		if (!loaded) return { panels: [] };
		const byType = bandsByType(
			cells,
			{ ...filters, company: '', binWidth: measure.binWidth },
			source.name
		);
		return {
			// One panel per company type the loaded data has: a source without, say, services
			// firms draws no empty panel for them.
			panels: listCompanyTypes(cells).map((type) => ({
				key: type,
				title: COMPANY_TYPE_LABELS[type],
				bands: byType[type],
				note: `n = ${formatCount(sumN(byType[type]))} reports`
			}))
		};
	},
	headline: ({ panels }, { filters }) =>
		panelsHeadline(panels, filters, (panel) => formatCompanyTypeWords(panel.key as CompanyType)),
	n: ({ panels }) => panelsN(panels),
	sourceNote: ({ filters }) => formatBoxesNote(filters),
	legend: true,
	exportData: ({ panels }, { loaded }) =>
		loaded
			? {
					kind: 'bands',
					groupColumn: 'company_type',
					groups: panels.map((panel) => ({ name: panel.key, bands: panel.bands }))
				}
			: undefined,
	fileBase: toViewFileBase,
	positionMark: (_, { mine }) => ({
		shown: mine.companyType !== 'all',
		hiddenReason: mine.companyType === 'all' ? 'you chose all company types' : noRowReason(mine),
		exportNote: PAY_LINE_NOTE
	})
} satisfies ViewLogic<'types', TypesModel>;
