/**
 * The dataset the app is showing: the bundled levels.fyi aggregates, or the user's upload.
 * Views read `datasets.current`; the upload page calls `useUpload`; a one-click switch goes back.
 *
 * The bundled cells are a static asset fetched on first use (about 170 KB gzipped), so they never
 * weigh on the page's JavaScript.
 */
import cellsUrl from '$data/bundled/levelsfyi-cells.json?url';
import { browser } from '$app/environment';
import type { Dataset } from '$lib/data/dataset.ts';

// The bundle reader (with zod) and the browser-storage code load on first use, not with the
// page: the first chart is prerendered, and this keeps them out of the initial JavaScript.
const bundleModule = () => import('$lib/data/bundle.ts');
const keepModule = () => import('./keep.ts');

class DatasetState {
	bundled = $state.raw<Dataset | undefined>(undefined);
	upload = $state.raw<Dataset | undefined>(undefined);
	active = $state<'bundled' | 'upload'>('bundled');
	/** Set when the bundled data could not be fetched or read. */
	error = $state<string | undefined>(undefined);
	/** Whether the user chose to keep their upload in this browser (IndexedDB); off by default. */
	keep = $state(false);
	/** Set when keeping, restoring or deleting the kept upload failed. */
	keepError = $state<string | undefined>(undefined);
	/** Set when a kept upload could not be restored and was removed: what the user is told. */
	keepNotice = $state<string | undefined>(undefined);
	#restoring: Promise<void> | undefined;
	#loading: Promise<Dataset> | undefined;

	/** The dataset views should show (undefined until the bundled data has arrived). */
	get current(): Dataset | undefined {
		return this.active === 'upload' && this.upload ? this.upload : this.bundled;
	}

	/**
	 * What every page that shows the data calls as it starts: in the browser, load the bundled
	 * cells (once); on the server, nothing. A failure shows as `error`, which the page renders.
	 */
	request(): void {
		if (browser) this.loadBundled().catch(() => {});
	}

	/** Fetch and parse the bundled cells once; later calls share the same promise. */
	loadBundled(fetcher: typeof fetch = fetch): Promise<Dataset> {
		this.#loading ??= fetcher(cellsUrl)
			.then((response) => {
				if (!response.ok) throw new Error(`the bundled data answered ${response.status}`);
				return response.json();
			})
			.then(async (json) => {
				const { meta, cells } = (await bundleModule()).parseBundle(json);
				const dataset: Dataset = {
					id: 'bundled',
					source: {
						name: 'levels.fyi',
						detail: meta.sourceDetail,
						license: meta.license,
						firstYear: meta.firstYear,
						lastYear: meta.lastYear,
						n: cells.reduce((sum, c) => sum + c.n, 0)
					},
					cells
				};
				this.bundled = dataset;
				return dataset;
			})
			.catch((error: unknown) => {
				this.error = `Could not load the bundled data: ${error instanceof Error ? error.message : String(error)}`;
				this.#loading = undefined;
				throw error;
			});
		return this.#loading;
	}

	/** Show the user's data everywhere (and keep it, if the user chose to). */
	useUpload(dataset: Dataset): void {
		this.keepNotice = undefined;
		const changed = dataset !== this.upload;
		this.upload = dataset;
		this.active = 'upload';
		if (this.keep && changed) this.#track(keepModule().then((k) => k.saveKept(dataset)));
	}

	/** Keep the upload in this browser, or stop keeping it (which deletes the kept copy). */
	setKeep(keep: boolean): void {
		this.keep = keep;
		const upload = this.upload;
		if (keep && upload) this.#track(keepModule().then((k) => k.saveKept(upload)));
		else if (!keep) this.#track(keepModule().then((k) => k.deleteKept()));
	}

	/** On a visit's first page: bring back an upload the user chose to keep, once. */
	restoreKept(): Promise<void> {
		this.#restoring ??= keepModule()
			.then((k) => k.loadKept())
			.then((restored) => {
				if (restored.kind === 'dropped') this.keepNotice = restored.message;
				if (restored.kind !== 'restored' || this.upload) return;
				this.keep = true;
				this.upload = restored.dataset;
				this.active = 'upload';
			})
			.catch((error: unknown) => this.#fail(error));
		return this.#restoring;
	}

	#track(work: Promise<void>): void {
		this.keepError = undefined;
		work.catch((error: unknown) => this.#fail(error));
	}

	#fail(error: unknown): void {
		this.keepError = `Could not use this browser's storage: ${error instanceof Error ? error.message : String(error)}`;
	}

	/** Back to the bundled data (the upload stays available until replaced or forgotten). */
	useBundled(): void {
		this.active = 'bundled';
	}

	/** Drop the upload from memory, and from this browser's storage if it was kept. */
	forgetUpload(): void {
		this.upload = undefined;
		this.active = 'bundled';
		this.keep = false;
		this.#track(keepModule().then((k) => k.deleteKept()));
	}
}

/** The one dataset state of the app. */
export const datasets = new DatasetState();
