/**
 * The CLI's memory bounds. Whatever the file, the CLI holds at most these, and stops with a
 * clear message (exit code 1) naming the limit when a file goes past one. README.md lists them.
 */
import { escapeControl } from './terminal.ts';

export const LIMITS = {
	/**
	 * Bytes between two line breaks. A pay row is a few hundred bytes; a line of megabytes is a
	 * file that is not CSV (a header of 50 MB of commas, a file with no line breaks), and parsing
	 * it would make an array of millions of cells.
	 */
	lineBytes: 64 * 1024,
	/** Characters of a company name that is kept for the bands. */
	companyChars: 1000,
	/**
	 * Distinct companies the JavaScript engine groups. Past it, the automatic engine choice
	 * switches to DuckDB, which groups on disk; `--engine js` stops.
	 */
	jsCompanies: 100_000,
	/** Distinct companies the DuckDB engine's bands are sorted and written from. */
	duckdbCompanies: 1_000_000,
	/** Characters of all the distinct reasons for rejected and skipped rows, together. */
	reasonChars: 4 * 1024 * 1024
} as const;

/** The file went past one of the limits above. */
export class LimitError extends Error {
	constructor(
		message: string,
		readonly limit: keyof typeof LIMITS
	) {
		super(message);
		this.name = 'LimitError';
	}
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The bytes of `chunks`, passed on unchanged, stopping with a LimitError at the first line longer
 * than `LIMITS.lineBytes` (a line ends at LF, CR or CRLF). Checked on the bytes, before any
 * parsing, so an overlong line never becomes a string.
 */
export async function* guardLineLength(
	chunks: AsyncIterable<Uint8Array>,
	file: string,
	maxBytes: number = LIMITS.lineBytes
): AsyncGenerator<Uint8Array> {
	// Bytes since the last line break, and line breaks seen (for the line number).
	let run = 0;
	let lines = 0;
	for await (const chunk of chunks) {
		let from = 0;
		for (;;) {
			const lf = chunk.indexOf(LF, from);
			const end = lf === -1 ? chunk.byteLength : lf;
			if (run + end - from > maxBytes) {
				// A long stretch without LF may still be short lines ended by CR alone.
				let cr = chunk.indexOf(CR, from);
				while (cr !== -1 && cr < end && run + cr - from <= maxBytes) {
					run = 0;
					lines++;
					from = cr + 1;
					cr = chunk.indexOf(CR, from);
				}
				if (run + end - from > maxBytes) throw tooLong(file, lines + 1, maxBytes);
			}
			if (lf === -1) {
				run += chunk.byteLength - from;
				break;
			}
			run = 0;
			lines++;
			from = lf + 1;
		}
		yield chunk;
	}
}

function tooLong(file: string, line: number, maxBytes: number): LimitError {
	return new LimitError(
		`${escapeControl(file)}, line ${line.toLocaleString('en-US')}: the line runs on past ${maxBytes.toLocaleString('en-US')} bytes without a line break. ` +
			'No pay row is that long: the file is not a CSV export, or a quote (") is opened and never closed. ' +
			`The CLI reads lines of up to ${maxBytes.toLocaleString('en-US')} bytes.`,
		'lineBytes'
	);
}
