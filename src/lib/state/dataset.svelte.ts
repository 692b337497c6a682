/**
 * The dataset the app is showing: the bundled levels.fyi aggregates, or the user's upload.
 * Views read `datasets.current`; the upload page calls `useUpload`; a one-click switch goes back.
 *
 * The bundled cells are a static asset fetched on first use (about 170 KB gzipped), so they never
 * weigh on the page's JavaScript.
 */
import cellsUrl from '$data/bundled/levelsfyi-cells.json?url';
import { parseBundle } from '$lib/data/bundle.ts';
import type { Dataset } from '$lib/data/dataset.ts';

class DatasetState {
	bundled = $state.raw<Dataset | undefined>(undefined);
	upload = $state.raw<Dataset | undefined>(undefined);
	active = $state<'bundled' | 'upload'>('bundled');
	/** Set when the bundled data could not be fetched or read. */
	error = $state<string | undefined>(undefined);
	#loading: Promise<Dataset> | undefined;

	/** The dataset views should show (undefined until the bundled data has arrived). */
	get current(): Dataset | undefined {
		return this.active === 'upload' && this.upload ? this.upload : this.bundled;
	}

	/** Fetch and parse the bundled cells once; later calls share the same promise. */
	loadBundled(fetcher: typeof fetch = fetch): Promise<Dataset> {
		this.#loading ??= fetcher(cellsUrl)
			.then((response) => {
				if (!response.ok) throw new Error(`the bundled data answered ${response.status}`);
				return response.json();
			})
			.then((json) => {
				const { meta, cells } = parseBundle(json);
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

	/** Show the user's data everywhere. */
	useUpload(dataset: Dataset): void {
		this.upload = dataset;
		this.active = 'upload';
	}

	/** Back to the bundled data (the upload stays available until replaced or forgotten). */
	useBundled(): void {
		this.active = 'bundled';
	}

	/** Drop the upload from memory. */
	forgetUpload(): void {
		this.upload = undefined;
		this.active = 'bundled';
	}
}

/** The one dataset state of the app. */
export const datasets = new DatasetState();
