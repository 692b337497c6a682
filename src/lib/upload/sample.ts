/**
 * The opening rows of a file whose header Forkline does not know, for the mapping step. Only the
 * first 256 KB are read, in this browser, on the page: enough for the header and the preview.
 */
import { detectLayout, HeaderError } from '$lib/data/layouts.ts';
import { sampleCsvText } from '$lib/data/mapping.ts';
import { decodeOpening } from '$lib/data/encoding.ts';

/** Bytes read for the sample. */
const SAMPLE_BYTES = 256 * 1024;

/** Rows shown in the mapping preview (and searched for track values). */
export const SAMPLE_ROWS = 10;

/** Rows searched for the distinct values of the track column. */
const VALUE_ROWS = 500;

export interface FileSample {
	header: string[];
	/** Up to `VALUE_ROWS` rows; the preview shows the first `SAMPLE_ROWS`. */
	rows: string[][];
}

/**
 * The header and first rows of `file` when its header is one a mapping can help with (no known
 * layout, or a records header lacking a column); undefined when it is not, or cannot be read.
 */
export async function sampleForMapping(file: Blob, name: string): Promise<FileSample | undefined> {
	try {
		// Decoded by the import's own rules (encoding.ts), so a windows-1252 or UTF-16 file
		// previews as it will be read: Blob.text() would read every file as UTF-8.
		const bytes = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
		const text = decodeOpening(bytes);
		if (text === undefined) return undefined;
		const sample = sampleCsvText(text, name, file.size <= SAMPLE_BYTES, VALUE_ROWS);
		if (sample.header.length === 0) return undefined;
		try {
			detectLayout(sample.header, name);
			return undefined;
		} catch (error) {
			return error instanceof HeaderError ? sample : undefined;
		}
	} catch {
		return undefined;
	}
}
