/**
 * Keeping the user's upload in this browser, only when they tick "Keep my data in this browser".
 * What is kept is the dataset as pay cells plus the import report's counts: never the file, and
 * not the rejected or warned rows, nor the lists of companies and labels the catalogs did not know
 * (they quote the file's cells). The kept dataset says so (`listsDropped`), so the page can tell
 * the user why those lists are empty after a reload. It goes to IndexedDB, which stays on this
 * device; "Forget my data" deletes it.
 */
import type { Dataset } from '$lib/data/dataset.ts';

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
 * A kept record read back, or undefined when it is not one this version wrote (another version,
 * or damaged): then nothing is restored.
 */
export function fromKept(value: unknown): Dataset | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const kept = value as Partial<KeptUpload>;
	if (kept.version !== VERSION) return undefined;
	const dataset = kept.dataset;
	if (typeof dataset !== 'object' || dataset === null || dataset.id !== 'upload') return undefined;
	if (!Array.isArray(dataset.cells) || typeof dataset.source?.name !== 'string') return undefined;
	// Whatever wrote it, a kept dataset has no row lists.
	return { ...dataset, listsDropped: true };
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

/** The kept upload, if any (undefined too where IndexedDB is unavailable). */
export async function loadKept(): Promise<Dataset | undefined> {
	if (typeof indexedDB === 'undefined') return undefined;
	return fromKept(await withStore('readonly', (store) => store.get(KEY)));
}

/** Delete the kept upload. */
export async function deleteKept(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await withStore('readwrite', (store) => store.delete(KEY));
}
