/**
 * The dataset the app is showing: one of the bundled sources (levels.fyi 2017–2021 unless the URL
 * names another, see source.ts), or the user's upload. Views read `datasets.current`; the header's
 * data control calls `choose`; the upload page calls `useUpload`.
 *
 * Each source's cells are a static asset fetched only when that source is chosen (at most a few
 * hundred KB gzipped) and kept for the visit, so they never weigh on the page's JavaScript.
 */
import levelsfyiUrl from '$data/bundled/levelsfyi-cells.json?url';
import levelsfyi2022Url from '$data/bundled/levelsfyi-2022-cells.json?url';
import douUrl from '$data/bundled/dou-cells.json?url';
import aijobsUrl from '$data/bundled/aijobs-cells.json?url';
import so2024Url from '$data/bundled/so2024-cells.json?url';
import eu2020Url from '$data/bundled/eu2020-cells.json?url';
import { browser } from '$app/environment';
import type { Dataset } from '$lib/data/dataset.ts';
import { sourceInfo, type SourceId } from '$lib/data/sources/registry.ts';
import { loadDollarsFactors } from './dollars.ts';
import { DEFAULT_SOURCE } from './source.ts';

/** Where each source's cells are served from (Vite gives each file a hashed address). */
const SOURCE_URLS: Record<SourceId, string> = {
	levelsfyi: levelsfyiUrl,
	'levelsfyi-2022': levelsfyi2022Url,
	dou: douUrl,
	aijobs: aijobsUrl,
	so2024: so2024Url,
	eu2020: eu2020Url
};

// The bundle reader (with zod) and the browser-storage code load on first use, not with the
// page: the first chart is prerendered, and this keeps them out of the initial JavaScript.
const bundleModule = () => import('$lib/data/bundle.ts');
const keepModule = () => import('./keep.ts');

class DatasetState {
	/** The levels.fyi 2017–2021 dataset (the default source), once loaded. */
	bundled = $state.raw<Dataset | undefined>(undefined);
	/** The source the URL chose; `current` shows it once its cells have arrived. */
	chosen = $state<SourceId>(DEFAULT_SOURCE);
	/** Every source loaded so far in this visit, by id. */
	loaded = $state.raw<Partial<Record<SourceId, Dataset>>>({});
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
	#loading = new Map<SourceId, Promise<Dataset>>();

	/**
	 * The dataset views should show: the upload when chosen, else the chosen source once its cells
	 * have arrived (undefined meanwhile, so no other source's data shows under its name).
	 */
	get current(): Dataset | undefined {
		return this.active === 'upload' && this.upload ? this.upload : this.loaded[this.chosen];
	}

	/**
	 * What every page that shows the data calls as it starts: in the browser, load the chosen
	 * source's cells (once); on the server, nothing. A failure shows as `error`, which the page renders.
	 */
	request(): void {
		if (browser) this.loadSource(this.chosen).catch(() => {});
	}

	/**
	 * Follow the URL's `?source=`: a different source is shown (its cells load on first choice).
	 * The same source again, as on every navigation, leaves an upload in use where it is; the
	 * header's control leaves the upload itself (useBundled) before it changes the address.
	 */
	choose(id: SourceId): void {
		if (this.chosen !== id) {
			this.error = undefined;
			this.chosen = id;
			this.active = 'bundled';
		}
		this.request();
	}

	/** Fetch and parse the levels.fyi 2017–2021 cells once; later calls share the same promise. */
	loadBundled(fetcher: typeof fetch = fetch): Promise<Dataset> {
		return this.loadSource(DEFAULT_SOURCE, fetcher);
	}

	/** Fetch and parse one source's cells once; later calls share the same promise. */
	loadSource(id: SourceId, fetcher: typeof fetch = fetch): Promise<Dataset> {
		const cached = this.#loading.get(id);
		if (cached) return cached;
		const info = sourceInfo(id);
		// The CPI factors come with the cells, so a dataset never arrives without them; if they
		// cannot be read, the data shows as reported and says so (toCellsInDollars).
		const factors = loadDollarsFactors(fetcher).catch(() => {});
		const loading = fetcher(SOURCE_URLS[id])
			.then((response) => {
				if (!response.ok) throw new Error(`${info.label} answered ${response.status}`);
				return response.json();
			})
			.then(async (json) => {
				const [bundle] = await Promise.all([bundleModule(), factors]);
				const { meta, cells } = bundle.parseBundle(json);
				const dataset: Dataset = {
					id: 'bundled',
					sourceId: id,
					binWidth: meta.binWidth,
					source: {
						// The default source keeps its short name, which every source line has used.
						name: id === DEFAULT_SOURCE ? 'levels.fyi' : info.label,
						detail: meta.sourceDetail,
						license: meta.license,
						firstYear: meta.firstYear,
						lastYear: meta.lastYear,
						n: cells.reduce((sum, c) => sum + c.n, 0)
					},
					cells
				};
				if (id === DEFAULT_SOURCE) this.bundled = dataset;
				this.loaded = { ...this.loaded, [id]: dataset };
				return dataset;
			})
			.catch((error: unknown) => {
				this.error = `Could not load ${info.label}: ${error instanceof Error ? error.message : String(error)}`;
				this.#loading.delete(id);
				throw error;
			});
		this.#loading.set(id, loading);
		return loading;
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
