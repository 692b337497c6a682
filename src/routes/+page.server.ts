import { bandsFromCells } from '$lib/data/cells.ts';
import { COMPANY_TYPES, type Band, type CompanyType } from '$lib/data/domain.ts';
import { loadBundledData } from '$lib/server/bundled.ts';
import { useShippedDollarsFactors } from '$lib/server/dollars.ts';
import { DEFAULT_DOLLARS, toCellsInDollars } from '$lib/state/dollars.ts';
import type { PageServerLoad } from './$types';

export const load = (() => {
	const { meta, cells: reported } = loadBundledData();
	useShippedDollarsFactors();
	// The first paint shows the default dollars (today's); a page asking for the dollars as
	// reported waits for the cells (describesPrerendered).
	const { cells } = toCellsInDollars(
		{ cells: reported, sourceId: 'levelsfyi', firstYear: meta.firstYear, lastYear: meta.lastYear },
		DEFAULT_DOLLARS
	);
	const types = ['all', ...COMPANY_TYPES] as const;
	return {
		/** Total-pay bands in today's dollars for every company type (and all together), levels 3–9, both tracks. */
		bandsByType: Object.fromEntries(
			types.map((type) => [
				type,
				bandsFromCells(cells, { companyType: type }, { source: 'levels.fyi' })
			])
		) as Record<CompanyType | 'all', Band[]>,
		/** What the source line under the chart needs. */
		source: {
			name: 'levels.fyi',
			firstYear: meta.firstYear,
			lastYear: meta.lastYear,
			imported: meta.imported
		}
	};
}) satisfies PageServerLoad;
