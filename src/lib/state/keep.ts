/**
 * Keeping the user's upload in this browser, only when they tick "Keep my data in this browser".
 * What is kept is the dataset as pay cells plus the import report's counts: never the file, and
 * not the rejected or warned rows, nor the lists of companies and labels the catalogs did not know
 * (they quote the file's cells). The kept dataset says so (`listsDropped`), so the page can tell
 * the user why those lists are empty after a reload. It goes to IndexedDB, which stays on this
 * device; "Forget my data" deletes it.
 */
import { z } from 'zod';
import type { Dataset } from '$lib/data/dataset.ts';
import type { Histogram, PayCell } from '$lib/data/cells.ts';
import { COMPANY_TYPES, isStdLevel, type StdLevel } from '$lib/data/domain.ts';
import type { ImportReport } from '$lib/data/ingest.ts';
import { MAX_AMOUNT } from '$lib/data/money.ts';
import { BIN_WIDTH, EXACT_BIN_WIDTH, PLACEMENTS } from '$lib/data/cells.ts';

const DB_NAME = 'forkline';
const STORE = 'upload';
const KEY = 'current';
/** Bumped when the kept shape changes; an older record is ignored rather than misread. */
const VERSION = 1;

export interface KeptUpload {
	version: typeof VERSION;
	dataset: Dataset;
}

/**
 * The record to keep: the dataset with the report's row lists and the unknowns' lists emptied
 * (their counts stay).
 *
 *     toKept(upload) → { version: 1, dataset: { …upload, report: { …report, rejects: [], warnings: [] }, listsDropped: true, … } }
 */
export function toKept(dataset: Dataset): KeptUpload {
	const report = dataset.report && { ...dataset.report, rejects: [], warnings: [] };
	const unknowns = dataset.unknowns && {
		companies: { ...dataset.unknowns.companies, shown: [] },
		levels: { ...dataset.unknowns.levels, shown: [] }
	};
	return { version: VERSION, dataset: { ...dataset, report, unknowns, listsDropped: true } };
}

/**
 * The highest pay bin an import can make at the finest width (MAX_AMOUNT in $1 bins); the kept
 * dataset's own width is checked against MAX_AMOUNT as a whole (keptSchema).
 */
const MAX_BIN = Math.floor(MAX_AMOUNT / EXACT_BIN_WIDTH);

/** The highest bin of a sparse histogram, or -1 when it is empty. */
function topBin(hist: Histogram): number {
	return hist.length === 0 ? -1 : hist[hist.length - 2]!;
}

/**
 * Whether a value is a sparse histogram as cells.ts makes them: [bin, count, …], bins ascending
 * whole numbers from 0 to MAX_BIN, counts whole and above 0. A loop rather than a zod array of
 * numbers: a big upload keeps millions of them.
 */
function isHistogram(value: unknown): value is Histogram {
	if (!Array.isArray(value) || value.length % 2 !== 0) return false;
	let previous = -1;
	for (let i = 0; i < value.length; i += 2) {
		const bin: unknown = value[i];
		const count: unknown = value[i + 1];
		if (!Number.isInteger(bin) || (bin as number) <= previous || (bin as number) > MAX_BIN)
			return false;
		if (!Number.isInteger(count) || (count as number) < 1) return false;
		previous = bin as number;
	}
	return true;
}

const histogram = z.custom<Histogram>(isHistogram, {
	message: 'a histogram is [bin, count, …] with whole, ascending bins and counts above 0'
});
const count = z.number().int().nonnegative();

const cellSchema = z
	.object({
		company: z.string(),
		companyType: z.enum(COMPANY_TYPES),
		track: z.enum(['ic', 'em']),
		stdLevel: z.custom<StdLevel>((v) => typeof v === 'number' && isStdLevel(v), {
			message: 'stdLevel must be a common level from 3 to 9'
		}),
		placement: z.enum(PLACEMENTS),
		region: z.string(),
		year: z.number().int().min(0).max(2100),
		yoe: z.literal([-1, 0, 1, 2, 3, 4]),
		n: z.number().int().positive(),
		total: histogram,
		base: histogram,
		stock: histogram,
		bonus: histogram
	})
	.refine((cell) => sumCounts(cell.total) === cell.n, {
		message: 'a cell’s total pay histogram counts its n reports',
		path: ['total']
	}) satisfies z.ZodType<PayCell>;

function sumCounts(hist: Histogram): number {
	let n = 0;
	for (let i = 1; i < hist.length; i += 2) n += hist[i]!;
	return n;
}

const byReason = z.array(z.object({ reason: z.string(), count }));
const unknownList = z.object({
	shown: z.array(z.unknown()),
	total: count,
	rows: count,
	assignedRows: count
});

/** The report fields the pages read; the row lists were emptied when it was kept. */
const reportSchema = z.object({
	file: z.string(),
	fatal: z.null(),
	layout: z.enum(['records', 'bands', 'levelsfyi', 'so2024', 'eu2020']).nullable(),
	layoutLabel: z.string(),
	rowsRead: count,
	imported: count,
	rejected: count,
	skipped: count,
	rejects: z.array(z.unknown()),
	rejectedByReason: byReason,
	warnings: z.array(z.unknown()),
	warningsByReason: byReason,
	fileWarnings: z.array(z.string()),
	currencies: z.array(z.object({ currency: z.string(), count })),
	currency: z.string().nullable().optional(),
	setAside: z.array(z.object({ currency: z.string(), count })).optional(),
	skippedByReason: byReason,
	levelSources: z.object({ given: count, catalog: count, title: count, experience: count }),
	ignoredColumns: z.array(z.string()),
	unclassifiedCompanies: count,
	encoding: z.string(),
	delimiter: z.string(),
	bytes: count
});

/**
 * A kept record as this version writes it: an upload with at least one cell. Its bin width is one
 * an upload is binned with (dataset.ts); a record kept before widths were recorded has none and
 * is read at $5,000, the width every upload then had.
 */
const keptSchema = z.object({
	version: z.literal(VERSION),
	dataset: z
		.object({
			id: z.literal('upload'),
			binWidth: z.literal([EXACT_BIN_WIDTH, BIN_WIDTH]).optional(),
			source: z.object({
				name: z.string().min(1),
				detail: z.string(),
				license: z.string(),
				firstYear: z.number().int().nullable(),
				lastYear: z.number().int().nullable(),
				n: count
			}),
			cells: z.array(cellSchema).min(1),
			report: reportSchema.optional(),
			unknowns: z.object({ companies: unknownList, levels: unknownList }).optional()
		})
		.refine(
			({ cells, binWidth = BIN_WIDTH }) =>
				cells.every(
					(cell) =>
						Math.max(
							topBin(cell.total),
							topBin(cell.base),
							topBin(cell.stock),
							topBin(cell.bonus)
						) *
							binWidth <=
						MAX_AMOUNT
				),
			{ message: 'no pay bin lies above the largest amount an import reads', path: ['cells'] }
		)
});

/** What reading the kept record gave: the upload, nothing kept, or a record that was dropped. */
export type Restored =
	| { kind: 'restored'; dataset: Dataset }
	| { kind: 'none' }
	/** The record could not be used and is to be removed; `message` tells the user so. */
	| { kind: 'dropped'; message: string };

/** What the user is told when a kept record is removed, and why. */
const GO_ON = 'The views show the bundled data; load your file again to use it.';
const DROPPED = {
	version: `Your kept data was saved by another version of Forkline, so it could not be restored and was removed. ${GO_ON}`,
	damaged: `Your kept data could not be restored and was removed: it was damaged. ${GO_ON}`
} as const;

/**
 * A kept record read back and checked (zod) before anything uses it. Another version's record, or
 * a damaged one (a null cell, a track or level that does not exist, an empty report), is never
 * half-used: it is dropped with a message, and the app goes on with the bundled data.
 *
 *     fromKept(undefined) → { kind: 'none' }
 *     fromKept(toKept(upload)) → { kind: 'restored', dataset: { …upload, listsDropped: true } }
 *     fromKept({ version: 1, dataset: { …, cells: [null] } }) → { kind: 'dropped', message: 'Your kept data could not be restored and was removed: …' }
 */
export function fromKept(value: unknown): Restored {
	if (value === undefined) return { kind: 'none' };
	const version =
		typeof value === 'object' && value !== null
			? (value as { version?: unknown }).version
			: undefined;
	if (typeof version === 'number' && version !== VERSION)
		return { kind: 'dropped', message: DROPPED.version };
	const parsed = keptSchema.safeParse(value);
	if (!parsed.success) return { kind: 'dropped', message: DROPPED.damaged };
	const { dataset } = parsed.data;
	// Whatever wrote it, a kept dataset has no row lists.
	return {
		kind: 'restored',
		dataset: {
			...dataset,
			report: dataset.report && ({ ...dataset.report, rejects: [], warnings: [] } as ImportReport),
			unknowns: dataset.unknowns && {
				companies: { ...dataset.unknowns.companies, shown: [] },
				levels: { ...dataset.unknowns.levels, shown: [] }
			},
			listsDropped: true
		}
	};
}

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Run one request in a transaction and close the database when it is done. */
async function withStore<T>(
	mode: IDBTransactionMode,
	run: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await openDb();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = run(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

/** Keep the upload in this browser. */
export async function saveKept(dataset: Dataset): Promise<void> {
	await withStore('readwrite', (store) => store.put(toKept(dataset), KEY));
}

/**
 * The kept upload, if any (none too where IndexedDB is unavailable). A record that cannot be
 * restored is deleted, so the next visit does not meet it again.
 */
export async function loadKept(): Promise<Restored> {
	if (typeof indexedDB === 'undefined') return { kind: 'none' };
	const restored = fromKept(await withStore('readonly', (store) => store.get(KEY)));
	if (restored.kind === 'dropped') await deleteKept();
	return restored;
}

/** Delete the kept upload. */
export async function deleteKept(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await withStore('readwrite', (store) => store.delete(KEY));
}
