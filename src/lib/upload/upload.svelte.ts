/**
 * One upload at a time: hands the file to the ingest worker, follows its progress, and on
 * success makes the upload the app's dataset. Cancelling terminates the worker, so a 60 MB read
 * stops at once and nothing half-read is kept.
 */
import { datasets } from '$lib/state/dataset.svelte.ts';
import { uploadedSheet } from '$lib/state/sheet.svelte.ts';
import type { Assignments, UnknownsSummary } from '$lib/data/assign.ts';
import type { ImportReport } from '$lib/data/ingest.ts';
import type { Band } from '$lib/data/domain.ts';
import type { ColumnMapping } from '$lib/data/mapping.ts';
import {
	MAX_UPLOAD_BYTES,
	refuseUpload,
	type IngestMessage,
	type IngestRequest
} from './protocol.ts';

export type UploadState =
	| { kind: 'idle' }
	/** Reading: the file's name and size, and bytes and rows read so far. */
	| { kind: 'reading'; name: string; size: number; bytes: number; rows: number }
	/**
	 * Read: the report, what the catalogs did not know, and whether anything was imported (and so
	 * is now shown). The file, and how it was read, are kept so it can be read again: with a
	 * mapping for a header Forkline does not know, or with the user's assignments.
	 */
	| {
			kind: 'done';
			name: string;
			file: Blob;
			report: ImportReport;
			unknowns: UnknownsSummary | null;
			imported: boolean;
			/** The bands of a band sheet, held against the market on the upload page. */
			bands: Band[];
			options: ReadOptions;
	  }
	/** Stopped by the user; nothing was kept. */
	| { kind: 'cancelled'; name: string }
	/** Refused before reading (too big, empty paste) or Forkline failed: the message says which. */
	| { kind: 'refused'; name: string; message: string };

/** How to read a file: the user's column mapping, assignments and currency, when there are any. */
export interface ReadOptions {
	mapping?: ColumnMapping;
	assignments?: Assignments;
	/** The currency to keep when the file mixes currencies. */
	currency?: string;
}

/**
 * `MAX_UPLOAD_BYTES` as people read it: `'200 MB'`.
 */
export const MAX_UPLOAD_LABEL = `${MAX_UPLOAD_BYTES / 1e6} MB`;

export class Upload {
	state = $state<UploadState>({ kind: 'idle' });
	#worker: Worker | undefined;

	/**
	 * Read a file (from the picker, a drop, or pasted text wrapped in a Blob), with the user's
	 * column mapping and assignments if given.
	 */
	start(file: Blob, name: string, options: ReadOptions = {}): void {
		this.cancel();
		// Checked before any work: a file over the limit is never opened.
		const refusal = refuseUpload(file.size, name);
		if (refusal) {
			this.state = { kind: 'refused', name, message: refusal };
			return;
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the worker script's address, not state
		const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		this.state = { kind: 'reading', name, size: file.size, bytes: 0, rows: 0 };
		worker.onmessage = (event: MessageEvent<IngestMessage>) =>
			this.#receive(worker, name, file, options, event.data);
		worker.onerror = (event) => {
			if (worker !== this.#worker) return;
			this.#stop();
			this.state = {
				kind: 'refused',
				name,
				message: `Forkline's reader stopped: ${event.message || 'unknown error'}.`
			};
		};
		// The mapping and the answers are $state proxies on the page; plain copies go through
		// structured clone.
		const { mapping, assignments, currency } = options;
		const request: IngestRequest = {
			type: 'ingest',
			file,
			name,
			mapping: mapping && $state.snapshot(mapping),
			assignments: assignments && $state.snapshot(assignments),
			currency
		};
		worker.postMessage(request);
	}

	/** Stop reading now. */
	cancel(): void {
		if (this.state.kind === 'reading') this.state = { kind: 'cancelled', name: this.state.name };
		this.#stop();
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#receive(
		worker: Worker,
		name: string,
		file: Blob,
		options: ReadOptions,
		message: IngestMessage
	): void {
		// A message from a worker already cancelled or replaced is ignored.
		if (worker !== this.#worker) return;
		if (message.type === 'progress') {
			if (this.state.kind === 'reading')
				this.state = { ...this.state, bytes: message.bytes, rows: message.rows };
			return;
		}
		this.#stop();
		if (message.type === 'failed') {
			this.state = {
				kind: 'refused',
				name,
				message: `Forkline could not read ${name}: ${message.message}`
			};
			return;
		}
		if (message.dataset) datasets.useUpload(message.dataset);
		// A band sheet is drawn beside the market on the explorer's ladder and gap views.
		if (message.bands.length > 0) uploadedSheet.current = { name, bands: message.bands };
		this.state = {
			kind: 'done',
			name,
			file,
			report: message.report,
			unknowns: message.unknowns,
			imported: message.dataset !== null,
			bands: message.bands,
			options
		};
	}
}
