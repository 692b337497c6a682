/**
 * A dataset: what every view and claim reads. The bundled levels.fyi aggregates and a user's own
 * upload take the same shape — pay cells plus where they came from — so the charts never need to
 * know which one is loaded.
 */
import type { UnknownsSummary } from './assign.ts';
import {
	BIN_WIDTH,
	createCells,
	EXACT_BIN_WIDTH,
	toYoeBand,
	type CellKey,
	type PayCell
} from './cells.ts';
import type { PayRecord } from './domain.ts';
import type { ImportReport } from './ingest.ts';
import { inferRegion } from './regions.ts';
import type { SourceId } from './sources/registry.ts';

export interface DatasetSource {
	/** Short name for source lines, e.g. "levels.fyi" or the uploaded file's name. */
	name: string;
	/** A sentence on what the data is. */
	detail: string;
	license: string;
	firstYear: number | null;
	lastYear: number | null;
	/** Pay reports in the dataset. */
	n: number;
}

export interface Dataset {
	id: 'bundled' | 'upload';
	/** Which bundled source this is (src/lib/data/sources/registry.ts); unset for an upload. */
	sourceId?: SourceId;
	/**
	 * The width the cells' histograms were binned with: a bundle's meta.binWidth, or an upload's
	 * (uploadBinWidth). Unset: $5,000, as every upload was binned before widths were recorded.
	 */
	binWidth?: number;
	source: DatasetSource;
	cells: PayCell[];
	/** The import report, for uploads. */
	report?: ImportReport;
	/** What the catalogs did not know in the upload, and the user's answers (see assign.ts). */
	unknowns?: UnknownsSummary;
	/**
	 * True for an upload restored from this browser's storage: its report and `unknowns` keep their
	 * counts, not the lists of rows, companies and labels that quote the file.
	 */
	listsDropped?: boolean;
}

/**
 * The cell a record falls in, with every detail: its region from its location, its experience
 * band from its years. An upload's cells use it as it is; scripts/build-data.ts keys the bundled
 * levels.fyi cells with it before folding them, so the raw file uploaded gives the bundle's
 * unfolded cells.
 *
 *     toCellKey({ company: 'Google', location: 'Mountain View, CA', yearsExperience: 7, … })
 *       → { company: 'Google', region: 'sf-bay-area', yoe: 2, … }
 */
export function toCellKey(r: PayRecord): CellKey {
	return {
		company: r.company,
		companyType: r.companyType,
		track: r.track,
		stdLevel: r.stdLevel,
		region: r.location === '' ? 'unknown' : inferRegion(r.location),
		year: r.year ?? 0,
		yoe: toYoeBand(r.yearsExperience)
	};
}

/**
 * The most records an upload may have and still be binned at the exact width ($1), so every
 * figure shows the amounts as typed. Exact cells hold one bin per distinct amount, so they cost
 * what the records do: at 10,000 records they hold at most 40,000 bins (four pay components),
 * fewer than the bundled levels.fyi cells' $5,000 bins, and one view's bands take about 7 ms
 * against 0.2 ms at $5,000 (measured on 10,010 synthetic records; 31 ms at 35,000, too slow for
 * every filter change). A bigger file is binned at $5,000 like the bundle it may be the raw data
 * of (the 62,000-row levels.fyi file), and with that many reports the bins move a median far
 * less than its sampling error does.
 */
export const EXACT_MAX_RECORDS = 10_000;

/**
 * The width an upload of `count` records is binned with: exact for a small file, else $5,000.
 *
 *     uploadBinWidth(120) → 1    uploadBinWidth(62_642) → 5000
 */
export function uploadBinWidth(count: number): number {
	return count <= EXACT_MAX_RECORDS ? EXACT_BIN_WIDTH : BIN_WIDTH;
}

/**
 * An uploaded file's records → a dataset. Records are grouped into the same cells as the bundled
 * data (region from location, experience band from years), without the privacy folding: the
 * user's data never leaves their browser. A small file's cells are exact (uploadBinWidth).
 *
 *     datasetFromRecords(records, report) → { id: 'upload', binWidth: 1, source: { name: 'pay.csv', n: 120, … }, cells: [ … ] }
 */
export function datasetFromRecords(records: readonly PayRecord[], report: ImportReport): Dataset {
	// A loop, not Math.min(...years): spreading a million values overflows the call stack.
	let firstYear: number | null = null;
	let lastYear: number | null = null;
	for (const { year } of records) {
		if (year === null) continue;
		if (firstYear === null || year < firstYear) firstYear = year;
		if (lastYear === null || year > lastYear) lastYear = year;
	}
	const binWidth = uploadBinWidth(records.length);
	const cells = createCells(records, toCellKey, binWidth);
	return {
		id: 'upload',
		binWidth,
		source: {
			name: report.file,
			detail: `Your file ${report.file} (${report.layoutLabel}), read in this browser only.`,
			license: 'Your own data',
			firstYear,
			lastYear,
			n: records.length
		},
		cells,
		report
	};
}
