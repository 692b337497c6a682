/**
 * The Claims page's stability state: the precomputed shares for the bundled data as the page
 * first shows it, or a worker resampling whatever else is shown (another company type, only
 * catalog-placed reports, an upload). A new request stops the one before it.
 */
import precomputed from '$data/bundled/levelsfyi-claims.json';
import { STABILITY_RESAMPLES, type Stability } from '$lib/claims/stability';
import type { Verdict } from '$lib/claims/types';
import type { CellFilter, PayCell } from '$lib/data/cells';
import type { StabilityMessage, StabilityRequest } from './stability.worker';

const PRECOMPUTED = precomputed.stability as Stability[];

export class StabilityState {
	/** Every claim's stability, once known for what the page shows. */
	result = $state.raw<Stability[] | undefined>(undefined);
	/** Resamples done so far while the worker runs. */
	done = $state(0);
	readonly total = STABILITY_RESAMPLES;
	error = $state<string | undefined>(undefined);
	#worker: Worker | undefined;
	#key = '';

	/**
	 * Stability for these cells, filter and verdicts. `bundledDefault` says the cells are the
	 * bundled data with no filter, whose shares were computed when the data was built; they are
	 * used only if their verdicts are the page's.
	 */
	request(
		key: string,
		cells: readonly PayCell[],
		filter: CellFilter,
		verdicts: Record<string, Verdict>,
		bundledDefault: boolean
	): void {
		if (key === this.#key) return;
		this.#key = key;
		this.#stop();
		this.error = undefined;
		this.done = 0;
		if (bundledDefault && PRECOMPUTED.every((s) => verdicts[s.claimId] === s.verdict)) {
			this.result = PRECOMPUTED;
			return;
		}
		this.result = undefined;
		// The worker's address, built once for the bundler, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('./stability.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<StabilityMessage>) => {
			if (worker !== this.#worker) return;
			if (event.data.kind === 'progress') this.done = event.data.done;
			else {
				this.result = event.data.stability;
				this.#stop();
			}
		};
		worker.onerror = (event) => {
			if (worker !== this.#worker) return;
			this.error = `Could not resample the data: ${event.message || 'unknown error'}.`;
			this.#stop();
		};
		const request: StabilityRequest = { cells: [...cells], filter, verdicts };
		worker.postMessage(request);
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	/** Stop any resampling (the page is left). */
	destroy(): void {
		this.#stop();
		this.#key = '';
	}
}
