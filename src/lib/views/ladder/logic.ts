/**
 * The ladder: both tracks' pay bands at common levels 3–9 under the filters, with the essays'
 * claims as notes when asked (notes=1). It draws the prerendered total-pay bands until the
 * dataset arrives, so the first paint already shows a chart.
 */
import { createAnnotations, type AnnotationSpec } from '$lib/claims/annotations';
import { bandsFromCells } from '$lib/data/cells';
import type { Band } from '$lib/data/domain';
import { toCellFilter } from '$lib/data/explore';
import { HEADLINE_MIN_N, ladderHeadline } from '$lib/data/headline';
import { VIEW_LABELS } from '../ids';
import { formatBoxesNote, formatHeadlinePay, noRowReason, PAY_LINE_NOTE, sumN } from '../shared';
import { toSheetTicks, type SheetLayer, type SheetTick } from '../sheet';
import { toViewFileBase } from '../exports';
import type { ViewLogic } from '../view';

export interface LadderModel {
	bands: Band[];
	/** The claims drawn on the ladder; empty unless notes are on and the checks have loaded. */
	notes: AnnotationSpec[];
	/**
	 * True when the notes were evaluated on a bundled source's published cells (explorer filters
	 * no claims file holds), not taken from the claims computed on every report.
	 */
	notesOnPublished: boolean;
	/** The uploaded band sheet's medians, placed in the market; undefined without a sheet. */
	sheet: SheetLayer<SheetTick> | undefined;
}

export const ladderLogic = {
	id: 'ladder',
	label: VIEW_LABELS.ladder,
	controls: ['group', 'scale', 'range', 'notes'],
	needsData: false,
	skeleton: 'ladder',
	load: (filters, extras) =>
		filters.notes && !extras.claimChecks
			? import('$lib/state/claimResults.svelte').then((claimChecks) => ({ claimChecks }))
			: undefined,
	compute: (ctx) => {
		const { filters, cells, loaded, prerenderedFits, source, prerendered, extras, measure } = ctx;
		const filter = toCellFilter(filters);
		const bands = loaded
			? bandsFromCells(cells, filter, {
					minN: filters.minN,
					source: source.name,
					component: filters.component,
					binWidth: measure.binWidth
				})
			: prerenderedFits
				? prerendered[filters.companyType]
				: [];
		// The claims come from claimResults: a bundled source's computed when the data was built
		// under a company type alone, else evaluated on the cells; either way on the dollars as
		// reported, whichever dollars the bands show.
		const claims =
			filters.notes && loaded && extras.claimChecks
				? extras.claimChecks.claimResults.claimsFor(
						{
							sourceId: measure.sourceId,
							cells: ctx.reportedCells,
							binWidth: measure.binWidth,
							perMonth: measure.perMonth,
							companies: measure.has.companies
						},
						filter
					)
				: undefined;
		return {
			bands,
			notes: claims ? createAnnotations(claims.evaluated) : [],
			notesOnPublished: claims?.from === 'live' && measure.sourceId !== 'upload',
			sheet: toSheetTicks(ctx)
		};
	},
	// "median pay" is total pay a year; any other measure is named ("median net base pay").
	headline: ({ bands }, { filters, words, measure }) =>
		ladderHeadline(bands, words.where, {
			minN: Math.max(HEADLINE_MIN_N, filters.minN),
			pay:
				filters.component === 'total' && measure.label !== 'total pay a year'
					? words.component
					: formatHeadlinePay(filters)
		}),
	n: ({ bands }) => sumN(bands),
	sourceNote: ({ filters }) => formatBoxesNote(filters),
	legend: true,
	exportData: ({ bands }, { filters }) => ({
		kind: 'bands',
		groupColumn: filters.company ? 'company' : 'company_type',
		groups: [{ name: filters.company || filters.companyType, bands }]
	}),
	fileBase: toViewFileBase,
	positionMark: (_, { mine }) => ({
		shown: true,
		hiddenReason: noRowReason(mine),
		exportNote: PAY_LINE_NOTE
	})
} satisfies ViewLogic<'ladder', LadderModel>;
