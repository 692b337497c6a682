/**
 * The ingest worker: streams a file the user chose through the data layer's `ingestFile`, off the
 * page's main thread, posting progress as it goes, and answers with the report and the upload as
 * pay cells. The page cancels by terminating the worker. Nothing here touches the network: the
 * catalogs are bundled into the worker as text.
 */
import {
	NO_ASSIGNMENTS,
	parseAssignments,
	summarizeUnknowns,
	withAssignments
} from '$lib/data/assign.ts';
import { datasetFromRecords } from '$lib/data/dataset.ts';
import { ingestFile } from '$lib/data/ingest.ts';
import { bundledCatalogs } from '$lib/state/bundledCatalogs.ts';
import type { IngestMessage, IngestRequest } from './protocol.ts';

/** Progress is posted at most this often; more would only keep the page busy. */
const PROGRESS_EVERY_MS = 100;

const catalogs = bundledCatalogs();

/** The worker's global scope, typed as much as this file uses (the project compiles with the DOM lib). */
const scope = self as unknown as {
	postMessage(message: IngestMessage): void;
	onmessage: ((event: MessageEvent<IngestRequest>) => void) | null;
};

function post(message: IngestMessage): void {
	scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<IngestRequest>) => {
	const { file, name, mapping, currency } = event.data;
	let lastPost = 0;
	try {
		// The answers come from the page: checked here, where they meet the data.
		const assignments = event.data.assignments
			? parseAssignments(event.data.assignments)
			: NO_ASSIGNMENTS;
		const { report, records, bands } = await ingestFile(file, {
			file: name,
			catalogs: withAssignments(catalogs, assignments),
			mapping,
			currency,
			onProgress(bytes, rows) {
				const now = performance.now();
				if (now - lastPost < PROGRESS_EVERY_MS) return;
				lastPost = now;
				post({ type: 'progress', bytes, rows });
			}
		});
		post({ type: 'progress', bytes: file.size, rows: report.rowsRead });
		// The summary is taken against the bundled catalogs alone, so rows the answers placed are
		// still listed (and counted as the user's, not the catalog's).
		const unknowns =
			records.length > 0
				? summarizeUnknowns(records, { layout: report.layout, catalogs, assignments })
				: null;
		// Cells are built here, so the page receives counts per pay bin rather than every record.
		const dataset = unknowns ? { ...datasetFromRecords(records, report), unknowns } : null;
		post({ type: 'done', report, dataset, unknowns, bands });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
