/**
 * The Claims page's resampling, off the main thread: the cells, filter and verdicts in, progress
 * every few resamples, then every claim's stability (src/lib/claims/stability.ts) out.
 */
import { measureStability, type Stability } from '$lib/claims/stability';
import type { Verdict } from '$lib/claims/types';
import type { CellFilter, PayCell } from '$lib/data/cells';

export interface StabilityRequest {
	cells: PayCell[];
	filter: CellFilter;
	verdicts: Record<string, Verdict>;
}

export type StabilityMessage =
	{ kind: 'progress'; done: number } | { kind: 'done'; stability: Stability[] };

const post = (message: StabilityMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<StabilityRequest>) => {
	const { cells, filter, verdicts } = event.data;
	const stability = measureStability(cells, filter, verdicts, {
		onProgress: (done) => {
			if (done % 10 === 0) post({ kind: 'progress', done });
		}
	});
	post({ kind: 'done', stability });
};
