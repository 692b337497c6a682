/**
 * The messages between the upload page and the ingest worker. Plain data only: everything here
 * goes through structured clone.
 */
import type { Assignments, UnknownsSummary } from '$lib/data/assign.ts';
import type { Dataset } from '$lib/data/dataset.ts';
import type { Band } from '$lib/data/domain.ts';
import type { ImportReport } from '$lib/data/ingest.ts';
import type { ColumnMapping } from '$lib/data/mapping.ts';

/** Page → worker: read this file (a File from the picker or a drop, or a Blob of pasted text). */
export interface IngestRequest {
	type: 'ingest';
	file: Blob;
	/** The name the report uses (`pasted text` for a paste). */
	name: string;
	/** The user's column mapping, for a header Forkline does not know. */
	mapping?: ColumnMapping;
	/**
	 * The user's company types and levels for what the catalogs do not know (see assign.ts); the
	 * worker checks them before use. Absent on a first read.
	 */
	assignments?: Assignments;
	/** The currency to keep when the file mixes currencies (the user's choice; see currency.ts). */
	currency?: string;
}

/** Worker → page. */
export type IngestMessage =
	/** Bytes and data rows read so far. */
	| { type: 'progress'; bytes: number; rows: number }
	/**
	 * The file is read. `dataset` is the upload as pay cells (small, whatever the file's size),
	 * absent when nothing was imported; `report` accounts for every row; `unknowns` lists what
	 * the catalogs did not know (at most 50 companies and 50 labels, so it stays small), absent
	 * when no records were imported.
	 */
	| {
			type: 'done';
			report: ImportReport;
			dataset: Dataset | null;
			unknowns: UnknownsSummary | null;
			/** The bands of a band sheet (the bands format); empty for any other file. */
			bands: Band[];
	  }
	/** Forkline itself failed (not the file: a file problem is `report.fatal`). */
	| { type: 'failed'; message: string };

/**
 * The largest file the page reads: 200 MB. The worker streams the bytes, but it keeps every
 * imported record until the cells are built (about 150 bytes each as numbers and shared strings),
 * and rejected rows with their values; at 200 MB, about a million levels.fyi-sized rows, that
 * stays under about 1 GB in the worker, which phones and small laptops can still give a tab.
 * Bigger files are better aggregated with `npm run aggregate`, whose bands file loads here.
 */
export const MAX_UPLOAD_BYTES = 200 * 1000 * 1000;

/**
 * Why a file will not be read, checked before any work, or undefined when it may be.
 *
 *     refuseUpload(250e6, 'big.csv') → 'big.csv is 250,000,000 bytes (250 MB); Forkline reads files up to 200,000,000 bytes (200 MB) …'
 *     refuseUpload(0, 'pasted text') → undefined (an empty file gets the reader's own message)
 */
export function refuseUpload(size: number, name: string): string | undefined {
	if (size <= MAX_UPLOAD_BYTES) return undefined;
	// In bytes as well as MB: 200,000,001 bytes rounds to the limit's own "200 MB".
	const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes (${Math.round(n / 1e6)} MB)`;
	return (
		`${name} is ${bytes(size)}; Forkline reads files up to ${bytes(MAX_UPLOAD_BYTES)} in the ` +
		'browser. Aggregate a bigger file with npm run aggregate and load the bands file it writes.'
	);
}
