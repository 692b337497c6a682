/**
 * The distribution at one level: both tracks' pay as histograms (IC above, EM below), as shares
 * of each track's reports, with quartiles marked.
 */
import { toGap } from '$lib/data/bootstrap';
import { TRACK_LABELS } from '$lib/data/domain';
import { distributionAt } from '$lib/data/explore';
import { VIEW_LABELS } from '../ids';
import { amountFormatter, formatHeadlinePay, PAY_LINE_NOTE, payFormatter } from '../shared';
import { toViewFileBase } from '../exports';
import type { ViewLogic } from '../view';

/** The binned tracks at the filters' level; null until the dataset arrives. */
export type DistributionModel = ReturnType<typeof distributionAt> | null;

/**
 * The table's caption, e.g. 'Level 6, individual contributor and engineering manager total pay,
 * in May 2026 dollars; reported 2017–2021'.
 */
export function formatDistributionCaption(level: number, component: string, dollars = ''): string {
	return `Level ${level}, ${TRACK_LABELS.ic} and ${TRACK_LABELS.em} ${component}${dollars ? `, ${dollars}` : ''}`;
}

export const distributionLogic = {
	id: 'distribution',
	label: VIEW_LABELS.distribution,
	controls: ['group', 'level'],
	needsData: true,
	skeleton: 'bars',
	compute: ({ filters, cells, loaded, measure }) =>
		loaded
			? distributionAt(cells, { ...filters, binWidth: measure.binWidth }, filters.level)
			: null,
	headline: (model, { filters, words, measure }) => {
		const tracks = model?.tracks ?? [];
		if (tracks.length < 2)
			return `Too few reports at level ${filters.level} ${words.where} to compare the two tracks.`;
		const [ic, em] = tracks as [(typeof tracks)[0], (typeof tracks)[0]];
		const gap = toGap(em.p50, ic.p50);
		// Total pay is the source's measure in words; a component names itself in both clauses.
		const pay = filters.component === 'total' ? words.component : formatHeadlinePay(filters);
		const median = filters.component === 'total' ? 'EM median' : `EM median ${pay}`;
		// A monthly source's range ends "a month", so it never reads as a year's pay.
		const range = (lo: number, hi: number) =>
			`${amountFormatter(measure)(lo)}–${payFormatter(measure)(hi)}`;
		return (
			`At level ${filters.level} ${words.where}, the middle half of managers’ ${pay} is ` +
			`${range(em.p25, em.p75)}, of ICs’ ${range(ic.p25, ic.p75)}; ` +
			(Math.round(gap * 100) === 0
				? `the ${median} is the same, within half a percent.`
				: `the ${median} is ${Math.abs(Math.round(gap * 100))}% ${gap > 0 ? 'higher' : 'lower'}.`)
		);
	},
	n: (model) => (model?.tracks ?? []).reduce((sum, t) => sum + t.n, 0),
	sourceNote: () => '',
	legend: true,
	exportData: (model) => (model ? { kind: 'distribution', tracks: model.tracks } : undefined),
	fileBase: toViewFileBase,
	positionMark: (_, { filters, mine }) => ({
		shown: filters.level === mine.stdLevel,
		hiddenReason: `this view shows level ${filters.level}`,
		exportNote: PAY_LINE_NOTE
	})
} satisfies ViewLogic<'distribution', DistributionModel>;
