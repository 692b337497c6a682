/**
 * Records → published cells, with the privacy floor: no cell describes fewer than 3 reports.
 * Cells under the floor are coarsened one detail at a time (the level placement withheld,
 * company → "other companies of this type", then the experience band, the year and the region withheld), each step counted; what is
 * still under the floor is left out and counted. The same steps, in the same order, as
 * scripts/build-data.ts applies to the bundled levels.fyi file.
 */
import { createCells, toPlacement, toYoeBand, type CellKey, type PayCell } from '../cells.ts';
import type { PayRecord } from '../domain.ts';

export const MIN_PUBLISHED_N = 3;

const FOLDS = [
	// How a report's level was placed (catalog or years-of-experience fallback) is a cell detail
	// too: under the floor it is withheld first, before any company name goes.
	{
		name: 'level placement withheld',
		apply: (k: CellKey): CellKey => ({ ...k, placement: 'withheld' })
	},
	{
		name: 'company → other companies of this type',
		apply: (k: CellKey): CellKey => ({ ...k, company: '' })
	},
	{ name: 'experience band withheld', apply: (k: CellKey): CellKey => ({ ...k, yoe: -1 }) },
	{ name: 'report year withheld', apply: (k: CellKey): CellKey => ({ ...k, year: 0 }) },
	{ name: 'region withheld', apply: (k: CellKey): CellKey => ({ ...k, region: 'withheld' }) }
] as const;

const idOf = (k: CellKey) =>
	`${k.placement}\u0000${k.company}\u0000${k.companyType}\u0000${k.track}\u0000${k.stdLevel}\u0000${k.region}\u0000${k.year}\u0000${k.yoe}`;

/**
 * The cell a source's record falls in before any folding: its claims are evaluated on the cells
 * of these keys (scripts/claims-files.ts), the published cells are folded from them.
 *
 *     toSourceCellKey(record, (r) => 'europe') → { company: '', companyType: 'unclassified', region: 'europe', placement: 'catalog', … }
 */
export function toSourceCellKey(record: PayRecord, regionOf: (r: PayRecord) => string): CellKey {
	return {
		company: record.company,
		companyType: record.companyType,
		track: record.track,
		stdLevel: record.stdLevel,
		region: regionOf(record),
		year: record.year ?? 0,
		yoe: toYoeBand(record.yearsExperience),
		placement: toPlacement(record.levelSource)
	};
}

export interface PublishedCells {
	cells: PayCell[];
	folds: { step: string; count: number }[];
	suppressed: number;
	minCellN: number;
	/** The records that are in the published cells (for checks against exact figures). */
	published: PayRecord[];
}

/**
 * Cells of `records`, each keyed by `regionOf` and the record's own fields, floored at 3.
 *
 *     publishCells(records, (r) => 'europe', 50) → { cells: [...], folds: [...], suppressed: 4, minCellN: 3 }
 */
export function publishCells(
	records: readonly PayRecord[],
	regionOf: (r: PayRecord) => string,
	binWidth: number
): PublishedCells {
	const keyed = records.map((record) => ({ record, key: toSourceCellKey(record, regionOf) }));
	const countCells = () => {
		const counts = new Map<string, number>();
		for (const { key } of keyed) counts.set(idOf(key), (counts.get(idOf(key)) ?? 0) + 1);
		return counts;
	};
	const folds: PublishedCells['folds'] = [];
	for (const fold of FOLDS) {
		const counts = countCells();
		let count = 0;
		for (const item of keyed)
			if (counts.get(idOf(item.key))! < MIN_PUBLISHED_N) {
				const folded = fold.apply(item.key);
				// Counted only when the detail was there to withhold (a source without company
				// names has nothing to fold into "other companies").
				if (idOf(folded) !== idOf(item.key)) count++;
				item.key = folded;
			}
		folds.push({ step: fold.name, count });
	}
	const finalCounts = countCells();
	const kept = keyed.filter(({ key }) => finalCounts.get(idOf(key))! >= MIN_PUBLISHED_N);
	const keyByRecord = new Map(kept.map(({ record, key }) => [record, key]));
	const published = kept.map(({ record }) => record);
	const cells = createCells(published, (r) => keyByRecord.get(r)!, binWidth);
	const minCellN = cells.length === 0 ? 0 : Math.min(...cells.map((c) => c.n));
	if (cells.length > 0 && minCellN < MIN_PUBLISHED_N)
		throw new Error(`a cell holds ${minCellN} reports`);
	return { cells, folds, suppressed: keyed.length - kept.length, minCellN, published };
}
