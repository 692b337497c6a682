/**
 * Pieces several views share: the band views' source note and position marker, and the sums of
 * their reports. Pure functions of a view's context.
 */
import type { Panel } from '$lib/charts/SmallMultiples/SmallMultiples.svelte';
import { acrossHeadline, HEADLINE_MIN_N, levelGaps } from '$lib/data/headline';
import type { Position } from '$lib/data/position';
import type { Band, PayComponent } from '$lib/data/domain';
import { formatMoney, formatMoneyShort, formatPay } from '$lib/format';
import { formatWhere, type Filters } from '$lib/state/filters';
import type { OptionalControl, ViewMeasure } from './view';

/** The band charts' marks, for the source line: ' · boxes p25–p75, whiskers p10–p90'. */
export function formatBoxesNote(filters: Pick<Filters, 'range'>): string {
	return ` · boxes p25–p75${filters.range === 'p10p90' ? ', whiskers p10–p90' : ''}`;
}

/**
 * How a view's tables, tooltips and headlines write an amount of the shown pay: "$2,450 a month"
 * on a monthly source (DOU), so it never reads as a year's pay; bare on a yearly one; rounded to
 * the step of the dollars shown (today's dollars: $1,000 for $5,000 bins); in the measure's
 * currency, so an upload in euros prints "€58,750".
 */
export function payFormatter(
	measure: Pick<ViewMeasure, 'perMonth' | 'dollars' | 'currency'>
): (n: number) => string {
	return (n) => formatPay(n, measure.perMonth, measure.dollars.step, measure.currency);
}

/**
 * How a view writes a bare amount with no period, such as the lower end of a range or a bin
 * ("€55,000–€60,000 a year" reads its period once), rounded and in currency as payFormatter.
 */
export function amountFormatter(
	measure: Pick<ViewMeasure, 'dollars' | 'currency'>
): (n: number) => string {
	return (n) => formatMoney(n, measure.dollars.step, measure.currency);
}

/** How a view's chart writes an amount on its pay axis and position label: "$185k", "€59k". */
export function tickFormatter(measure: Pick<ViewMeasure, 'currency'>): (n: number) => string {
	return (n) => formatMoneyShort(n, measure.currency);
}

/** Reports behind a list of bands. */
export function sumN(bands: readonly Pick<Band, 'n'>[]): number {
	return bands.reduce((sum, band) => sum + band.n, 0);
}

/** The user's position as a band chart marks it: a dashed line at their pay, on their level. */
export function toBandMark(mine: Position | undefined) {
	return (
		mine && { key: mine.companyType, stdLevel: mine.stdLevel, track: mine.track, pay: mine.total }
	);
}

/** Why a view with no row for the user's level and company type does not mark them. */
export function noRowReason(mine: Pick<Position, 'stdLevel'>): string {
	return `the view has no row for your company type at level ${mine.stdLevel}`;
}

/** The export subtitle's note on a band chart's position line. */
export const PAY_LINE_NOTE = ' · dashed line: your pay';

/** The IC/EM colour key of a downloaded image. */
export const TRACK_LEGEND: readonly { label: string; color: string }[] = [
	{ label: 'IC individual contributor', color: 'var(--ic)' },
	{ label: 'EM engineering manager', color: 'var(--em)' }
];

/** The pay a headline speaks of: "managers’ median bonus", never "median pay" for a component. */
const HEADLINE_PAY: Record<PayComponent, string> = {
	total: 'pay',
	base: 'base salary',
	stock: 'stock',
	bonus: 'bonus'
};

/**
 * The pay component as a headline names it.
 *
 *     formatHeadlinePay({ component: 'bonus' }) → 'bonus'    formatHeadlinePay({ component: 'total' }) → 'pay'
 */
export function formatHeadlinePay(filters: Pick<Filters, 'component'>): string {
	return HEADLINE_PAY[filters.component];
}

/**
 * The filters a headline across groups (company types, companies) still has to name: region,
 * experience and year, with a leading space; '' when none is on.
 *
 *     formatScopeWords({ …DEFAULT_FILTERS, region: 'new-york' }) → ' in New York'
 */
export function formatScopeWords(filters: Filters): string {
	if (!filters.region && filters.yoe === null && filters.year === null) return '';
	return ` ${formatWhere({ ...filters, company: '', companyType: 'all' }, { withType: false })}`;
}

/**
 * The filters a view computes and speaks from. A view whose panels are the groups (company
 * types side by side, company ladders) does not list the 'group' control: the company-type and
 * company filters are hidden there and do not apply, so nothing it draws or says is cut to a
 * group it does not show. The URL keeps them for the views that use them.
 *
 *     toViewFilters(['scale'], { …, companyType: 'finance' }).companyType → 'all'
 */
export function toViewFilters(controls: readonly OptionalControl[], filters: Filters): Filters {
	if (controls.includes('group') || (filters.companyType === 'all' && filters.company === ''))
		return filters;
	return { ...filters, companyType: 'all', company: '' };
}

/**
 * The headline of a small-multiples view (company types, company ladders): the EM premium across
 * every panel's levels, each named by `nameOf`, from groups of at least the filters' minimum n,
 * in the pay component shown and naming the region, experience and year filters.
 */
export function panelsHeadline(
	panels: readonly Panel[],
	filters: Filters,
	nameOf: (panel: Panel) => string
): string {
	const minN = Math.max(HEADLINE_MIN_N, filters.minN);
	return acrossHeadline(
		panels.flatMap((panel) =>
			levelGaps(panel.bands, minN).map((g) => ({
				name: nameOf(panel),
				stdLevel: g.stdLevel,
				gap: g.gap,
				lowN: false
			}))
		),
		{ pay: formatHeadlinePay(filters), where: formatScopeWords(filters) }
	);
}

/** The reports a small-multiples view draws: every panel's bands. */
export function panelsN(panels: readonly Panel[]): number {
	return panels.reduce((sum, panel) => sum + sumN(panel.bands), 0);
}
