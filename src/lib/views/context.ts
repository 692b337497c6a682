/**
 * The context every view computes from, built from the page's state in one place, and the lines
 * every view's page shows under its headline.
 */
import { BIN_WIDTH, type PayCell } from '$lib/data/cells';
import { DEFAULT_CURRENCY, toDataCurrency, type CurrencyHolder } from '$lib/data/currency';
import type { DatasetSource } from '$lib/data/dataset';
import { COMPANY_TYPE_LABELS, COMPANY_TYPES } from '$lib/data/domain';
import type { CompanyOption } from '$lib/data/explore';
import type { Position } from '$lib/data/position';
import { sourceInfo, type SourceId } from '$lib/data/sources/registry';
import { formatCount, formatYearSpan } from '$lib/format';
import { DEFAULT_DOLLARS, toCellsInDollars } from '$lib/state/dollars';
import { formatComponent, formatWhere, type Filters } from '$lib/state/filters';
import { DEFAULT_SOURCE } from '$lib/state/source';
import type { UploadedSheet } from '$lib/state/sheet.svelte';
import type { AnyView, SourceInfo, ViewContext, ViewExtras, ViewMeasure } from './view';

export interface ViewInputs {
	filters: Filters;
	/** The loaded dataset, or undefined until it arrives. */
	dataset:
		| ({
				cells: readonly PayCell[];
				source: DatasetSource;
				sourceId?: SourceId;
				binWidth?: number;
		  } & CurrencyHolder)
		| undefined;
	/** The bundled source chosen (the URL's ?source=), shown once its dataset arrives. */
	chosen?: SourceId;
	/** What the prerendered page knows: its source, and its total-pay ladders per company type. */
	prerendered: { source: SourceInfo; bandsByType: ViewContext['prerendered'] };
	companies: readonly CompanyOption[];
	extras: ViewExtras;
	/** The user's position, when they entered one. */
	position: Position | undefined;
	/** The band sheet the user uploaded, when they did. */
	sheet?: UploadedSheet;
}

/**
 * The page's state → a view's context. The user's position is marked only on total pay.
 *
 *     createViewContext({ filters: DEFAULT_FILTERS, dataset: undefined, … }).words.chartTitle
 *       → 'IC vs EM total pay by level, all company types'
 */
export function createViewContext(inputs: ViewInputs): ViewContext {
	const { filters, dataset } = inputs;
	const paid = toMeasure(inputs);
	// The prerendered ladders are levels.fyi 2017–2021's: another source shows nothing until its
	// own cells arrive, never them under its name.
	const prerendered =
		paid.sourceId === DEFAULT_SOURCE || paid.sourceId === 'upload'
			? inputs.prerendered
			: {
					source: { name: sourceInfo(paid.sourceId).label, firstYear: 0, lastYear: 0 },
					bandsByType: NO_BANDS
				};
	// A dataset that states no years keeps the prerendered ones.
	const source = {
		name: dataset?.source.name ?? prerendered.source.name,
		firstYear: dataset?.source.firstYear ?? prerendered.source.firstYear,
		lastYear: dataset?.source.lastYear ?? prerendered.source.lastYear
	};
	// The cells every view draws, in the chosen dollars (adjusted once per source); claims are
	// evaluated on `reportedCells`, so no verdict moves with the switch.
	const shown = toCellsInDollars(
		{
			cells: dataset?.cells ?? NO_CELLS,
			sourceId: paid.sourceId === 'upload' ? undefined : paid.sourceId,
			firstYear: source.firstYear,
			lastYear: source.lastYear
		},
		filters.dollars
	);
	const measure: ViewMeasure = { ...paid, dollars: shown.dollars };
	// Total pay is whatever the source measures: "net base pay" (a month) on DOU.
	const component =
		filters.component === 'total'
			? measure.label.replace(/ a (year|month)$/, '')
			: formatComponent(filters.component);
	// 'stock a year' already says its period.
	const measured =
		filters.component === 'total'
			? measure.label
			: component.endsWith(' a year')
				? component
				: `${component} a year`;
	const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
	const who =
		filters.company ||
		(filters.companyType === 'all'
			? 'all company types'
			: COMPANY_TYPE_LABELS[filters.companyType]);
	return {
		filters,
		cells: shown.cells,
		reportedCells: dataset?.cells ?? NO_CELLS,
		loaded: dataset !== undefined,
		// The prerendered ladders are levels.fyi 2017–2021's: no other source may wait on them.
		prerenderedFits: prerendered === inputs.prerendered && describesPrerendered(filters),
		source,
		prerendered: prerendered.bandsByType,
		companies: inputs.companies,
		extras: inputs.extras,
		mine: inputs.position && filters.component === 'total' ? inputs.position : undefined,
		// A band sheet states total pay a year: it is drawn only beside data measuring the same.
		sheet: measure.label === 'total pay a year' ? inputs.sheet : undefined,
		words: {
			component,
			where: formatWhere(filters),
			// The axis names a currency other than the dollars every bundled source is in.
			payLabel: `↑ ${capital(measured)}${measure.currency === DEFAULT_CURRENCY ? '' : `, ${measure.currency}`}`,
			measured,
			dollars: measure.dollars.label,
			chartTitle: `IC vs EM ${component} by level, ${who}`
		},
		measure
	};
}

const NO_CELLS: readonly PayCell[] = Object.freeze([]);

const NO_BANDS = Object.freeze(
	Object.fromEntries(['all', ...COMPANY_TYPES].map((type) => [type, []]))
) as unknown as ViewContext['prerendered'];

/**
 * What the shown data's pay is: the bundled source's registry entry (its bin width from the
 * loaded bundle's meta), or for an upload, total pay a year with every detail it may have.
 */
function toMeasure({ dataset, chosen }: ViewInputs): Omit<ViewMeasure, 'dollars'> {
	if (dataset && !dataset.sourceId)
		return {
			sourceId: 'upload',
			shortLabel: 'your upload',
			label: 'total pay a year',
			perMonth: false,
			binWidth: dataset.binWidth ?? BIN_WIDTH,
			has: { companies: true, levels: true, companyTypes: true, stock: true },
			currency: toDataCurrency(dataset)
		};
	const info = sourceInfo(dataset?.sourceId ?? chosen ?? DEFAULT_SOURCE);
	return {
		sourceId: info.id,
		shortLabel: info.shortLabel,
		label: info.measureLabel,
		perMonth: info.measure === 'net-base-monthly',
		binWidth: dataset?.binWidth ?? info.binWidth,
		has: info.has,
		currency: info.currency
	};
}

/**
 * Whether the prerendered ladders (total pay per company type, all reports, in today's dollars)
 * are the numbers these filters ask for. A company, region, year, experience band, other pay
 * component or the dollars as reported is not among them: showing the type's ladder under those
 * filters would put other data under their name.
 *
 *     describesPrerendered({ …DEFAULT_FILTERS, company: 'Google' }) → false
 */
export function describesPrerendered(filters: Filters): boolean {
	return (
		filters.company === '' &&
		filters.region === '' &&
		filters.year === null &&
		filters.yoe === null &&
		filters.component === 'total' &&
		filters.dollars === DEFAULT_DOLLARS
	);
}

/**
 * Whether a view must wait for the dataset before it shows any number: it computes from the
 * cells, or the prerendered ladders do not describe its filters. Meanwhile the page shows the
 * view's skeleton, a headline without figures, and no downloads.
 */
export function isWaiting(view: Pick<AnyView, 'needsData'>, ctx: ViewContext): boolean {
	return !ctx.loaded && (view.needsData || !ctx.prerenderedFits);
}

/**
 * The headline while the numbers are on their way: whom they are about, and no figure.
 *
 *     formatWaitingHeadline(ctx) → 'Loading the pay data for Google…'
 */
export function formatWaitingHeadline(ctx: ViewContext): string {
	const who =
		ctx.filters.company ||
		(ctx.filters.companyType === 'all'
			? 'all company types'
			: `${COMPANY_TYPE_LABELS[ctx.filters.companyType].toLowerCase()} companies`);
	return `Loading the pay data for ${who}…`;
}

/**
 * The source line under a view's chart: source, years, the view's n, what the pay is and how the
 * marks read.
 *
 *     formatSourceLine(ladder, model, ctx)
 *       → 'Source: levels.fyi reports 2017–2021, n = 44,774 reports in this view · total pay a year, USD (base + stock
 *          + bonus), in May 2026 dollars; reported 2017–2021 · 17,233 reports without a stated year take …
 *          · boxes p25–p75, whiskers p10–p90'
 */
export function formatSourceLine<Model>(view: AnyView, model: Model, ctx: ViewContext): string {
	const { source, words, filters, measure } = ctx;
	const n = isWaiting(view, ctx)
		? ''
		: `, n = ${formatCount(view.n(model, ctx))} reports in this view`;
	const what =
		filters.component !== 'total'
			? `${words.measured}, ${measure.currency}, percentiles of this component itself`
			: `${measure.label}, ${measure.currency}${measure.has.stock ? ' (base + stock + bonus)' : ''}`;
	const note = measure.dollars.note.replace(/\.$/, '');
	const dollars = `${words.dollars}${note ? ` · ${note}` : ''}`;
	return (
		`Source: ${source.name} reports${formatYearSpan(source.firstYear, source.lastYear, ' ')}${n} · ${what}, ${dollars}` +
		view.sourceNote(ctx)
	);
}

/**
 * The note on reports a region, year or experience filter leaves out because that detail was
 * withheld; '' when none are.
 *
 *     formatWithheldNote({ …, year: 2020 }, 2091) → '2,091 reports are left out because their year was withheld for privacy or not given.'
 */
export function formatWithheldNote(filters: Filters, withheld: number): string {
	if (withheld <= 0) return '';
	const details = [
		filters.region && 'region',
		filters.year !== null && 'year',
		filters.yoe !== null && 'experience'
	].filter(Boolean);
	return `${formatCount(withheld)} reports are left out because their ${details.join(', ')} was withheld for privacy or not given.`;
}
