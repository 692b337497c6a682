/**
 * What an explorer view's downloads say about themselves: their file name, and the source, pay
 * measure, currency and dollars columns of their tables, both from the view's context.
 */
import { YOE_BANDS } from '$lib/data/cells';
import { describeExport, type ExportAbout } from '$lib/data/exportAbout';
import { composeFileName } from '$lib/export/fileName';
import { VIEW_LABELS } from './ids';
import type { ViewContext } from './view';

/**
 * The source, pay measure, currency and dollars of a view's figures, for the columns every CSV
 * ends with.
 *
 *     toViewExportAbout(ctx) → { source: 'levels.fyi 2017–2021', payMeasure: 'total pay a year', currency: 'USD',
 *                                dollars: 'in May 2026 dollars; reported 2017–2021' }
 */
export function toViewExportAbout(
	ctx: Pick<ViewContext, 'measure' | 'source' | 'words'>
): ExportAbout {
	return describeExport({
		sourceId: ctx.measure.sourceId,
		name: ctx.source.name,
		payMeasure: ctx.words.measured,
		dollars: ctx.words.dollars,
		currency: ctx.measure.currency,
		step: ctx.measure.dollars.step
	});
}

/**
 * The pay in a file name's words: the measure without its period or notes in brackets.
 *
 *     toPayWords('total pay a year') → 'total pay'     toPayWords('gross pay a year (base + bonus …)') → 'gross pay'
 */
const toPayWords = (measured: string) =>
	measured.replace(/\s*\(.*\)$/, '').replace(/ a (year|month)$/, '');

/**
 * The file name (without extension) of a view's downloads: the source when not the default, the
 * view, whom it shows, the pay, and every filter that changes its numbers, so files from
 * different views, sources, filters and dollars never overwrite each other.
 *
 *     toViewFileBase(ctx) → 'forkline-ladder-big-tech-total-pay'
 *     toViewFileBase(ctx of the company types view) → 'forkline-company-types-total-pay'
 *     toViewFileBase(ctx of the distribution on DOU) → 'forkline-dou-distribution-all-types-net-base-pay-l6'
 */
export function toViewFileBase(ctx: Pick<ViewContext, 'filters' | 'measure' | 'words'>): string {
	const { filters } = ctx;
	const type = filters.companyType === 'all' ? 'all types' : filters.companyType;
	const who =
		filters.view === 'companies'
			? filters.companies.join(' ') || 'top'
			: filters.view === 'types'
				? ''
				: filters.view === 'gap'
					? type
					: filters.company || type;
	return composeFileName(
		[
			VIEW_LABELS[filters.view],
			who,
			toPayWords(ctx.words.measured),
			filters.view === 'distribution' && `L${filters.level}`,
			filters.region,
			filters.yoe !== null && `yoe ${YOE_BANDS[filters.yoe]!.label}`,
			filters.year,
			filters.dollars === 'reported' && 'as reported'
		],
		ctx.measure.sourceId === 'upload' ? 'upload' : ctx.measure.sourceId
	);
}
