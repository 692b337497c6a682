/**
 * The parity gap: EM median ÷ IC median − 1 per level and company type (and all types together),
 * with seeded 90% bootstrap intervals. It shows ratios, not pay, so the user's position is marked
 * by outlining their level and company type's row.
 */
import type { CompanyType } from '$lib/data/domain';
import { gapRows, type GapRow } from '$lib/data/explore';
import { acrossHeadline, HEADLINE_MIN_N } from '$lib/data/headline';
import type { Position } from '$lib/data/position';
import { formatCompanyTypeWords } from '$lib/state/filters';
import { VIEW_LABELS } from '../ids';
import { formatHeadlinePay, formatScopeWords, noRowReason } from '../shared';
import { toSheetGaps, type SheetGap, type SheetLayer } from '../sheet';
import { toViewFileBase } from '../exports';
import type { ViewLogic } from '../view';

export interface GapModel {
	/** Every row of every company type (the headline uses only `shown`). */
	rows: GapRow[];
	/** The rows drawn: all types together, and the chosen company type when one is. */
	shown: GapRow[];
	/** The uploaded band sheet's own gaps in the rows shown; undefined without a sheet. */
	sheet: SheetLayer<SheetGap> | undefined;
}

/**
 * The row to outline for the user: their level and company type, when the view shows it.
 *
 *     findPositionRow(shown, { stdLevel: 6, companyType: 'big-tech' }) → { stdLevel: 6, companyType: 'big-tech' }
 */
export function findPositionRow(
	shown: readonly GapRow[],
	mine: Pick<Position, 'stdLevel' | 'companyType'> | undefined
): { stdLevel: GapRow['stdLevel']; companyType: GapRow['companyType'] } | undefined {
	return mine &&
		shown.some((row) => row.stdLevel === mine.stdLevel && row.companyType === mine.companyType)
		? { stdLevel: mine.stdLevel, companyType: mine.companyType }
		: undefined;
}

export const gapLogic = {
	id: 'gap',
	label: VIEW_LABELS.gap,
	controls: ['group'],
	needsData: true,
	skeleton: 'rows',
	compute: (ctx) => {
		const { filters, cells, loaded, measure } = ctx;
		const rows = loaded ? gapRows(cells, { ...filters, binWidth: measure.binWidth }) : [];
		const shown = rows.filter(
			(row) =>
				filters.companyType === 'all' ||
				row.companyType === 'all' ||
				row.companyType === filters.companyType
		);
		return { rows, shown, sheet: toSheetGaps(ctx, shown) };
	},
	// About the rows on screen only: filtered to one type, the headline is about that type; to
	// one company, about that company (its rows are its reports alone, whatever their type).
	headline: ({ shown }, { filters }) => {
		const minN = Math.max(HEADLINE_MIN_N, filters.minN);
		const rows = shown.filter((row) =>
			filters.company ? row.companyType === 'all' : row.companyType !== 'all'
		);
		return acrossHeadline(
			rows.map((row) => ({
				name: filters.company || formatCompanyTypeWords(row.companyType as CompanyType),
				stdLevel: row.stdLevel,
				gap: row.gap,
				lowN: Math.min(row.icN, row.emN) < minN
			})),
			{ pay: formatHeadlinePay(filters), where: formatScopeWords(filters) }
		);
	},
	n: ({ shown }) =>
		shown
			.filter((row) => row.companyType === 'all')
			.reduce((sum, row) => sum + row.icN + row.emN, 0),
	sourceNote: () => ' · intervals: seeded bootstrap, 90%',
	legend: false,
	exportData: ({ shown }, { loaded }) => (loaded ? { kind: 'gap', rows: shown } : undefined),
	fileBase: toViewFileBase,
	positionMark: ({ shown }, { mine }) => ({
		shown: findPositionRow(shown, mine) !== undefined,
		hiddenReason: noRowReason(mine),
		markedAs: 'Your level’s row is outlined',
		exportNote: ' · outlined row: your level'
	})
} satisfies ViewLogic<'gap', GapModel>;
