/**
 * The Claims page's stability state: the shares computed with a bundled source's claims when the
 * data was built (claimResults), or a worker resampling what was evaluated in the page (an
 * upload). A new request stops the one before it.
 */
import { STABILITY_RESAMPLES, type Stability } from '$lib/claims/stability';
import type { Verdict } from '$lib/claims/types';
import type { CellFilter, PayCell } from '$lib/data/cells';
import type { StabilityMessage, StabilityRequest } from './stability.worker';

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
	 * Stability for these cells, filter and verdicts: `computed` when the shares came with the
	 * claims, else resampled in a worker.
	 */
	request(
		key: string,
		cells: readonly PayCell[],
		filter: CellFilter,
		verdicts: Record<string, Verdict>,
		computed: Stability[] | undefined
	): void {
		if (key === this.#key) return;
		this.#key = key;
		this.#stop();
		this.error = undefined;
		this.done = 0;
		if (computed) {
			this.result = computed;
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
