/**
 * Streaming CSV reading: bytes in, rows of strings out, chunk by chunk.
 *
 * Pure TypeScript over papaparse's low-level `Papa.Parser` (array mode, the fast one). We drive it
 * ourselves instead of using `Papa.parse` on a File or stream because papaparse's own streamers
 * decode each chunk on its own, which turns a multi-byte character split across two chunks into
 * U+FFFD, and guess the line ending from a first chunk that may hold no line break at all.
 * Here one `TextDecoder` in streaming mode decodes every byte exactly once, the line ending is
 * fixed only once a line break has been seen, and the parser is handed text that always starts at
 * a record boundary, with `ignoreLastRow` holding back the last, possibly incomplete, record.
 *
 * Rows are plain `string[]`: header names never become object keys here, so a column called
 * `__proto__` or `constructor` keeps its values (papaparse's header mode drops a `__proto__`
 * column silently).
 */
import Papa from 'papaparse';

/** Where a problem is: the file, the row as a spreadsheet numbers it (header = row 1), a column. */
export interface CsvLocation {
	file: string;
	row: number;
	column?: string;
}

/** What kind of problem stopped a file; `encoding` means "read it again as windows-1252". */
export type CsvErrorCode =
	'encoding' | 'binary' | 'nul' | 'quote' | 'record-too-long' | 'empty' | 'other';

/** A problem that stops the whole file from being read. */
export class CsvError extends Error {
	constructor(
		message: string,
		readonly location: CsvLocation,
		readonly code: CsvErrorCode = 'other'
	) {
		super(message);
		this.name = 'CsvError';
	}
}

/** A record papaparse could read but with damaged quoting; the row is still delivered. */
export interface CsvRowProblem {
	row: number;
	reason: string;
}

export interface CsvHandlers {
	/** Called once with the header row (BOM removed, names as written). */
	header(names: string[]): void;
	/**
	 * Called with each batch of data rows, in order. `firstRow` is the spreadsheet row number of
	 * `rows[0]` (the header is row 1, so the first data row is row 2).
	 */
	rows(rows: string[][], firstRow: number): void;
	/** Malformed quoting inside a record that was otherwise read. */
	problem?(problem: CsvRowProblem): void;
	/** Bytes consumed so far, for progress bars. */
	progress?(bytesRead: number): void;
}

export interface CsvSummary {
	delimiter: string;
	newline: string;
	/** The decoder used: utf-8, utf-16le, utf-16be, or windows-1252 when the bytes were not UTF-8. */
	encoding: string;
	/** True when the file was not valid UTF-8 and was read as windows-1252 (Latin-1) instead. */
	encodingFallback: boolean;
	/** Data rows delivered, blank lines included (the header is not counted). */
	rows: number;
	bytes: number;
}

/** Delimiters we recognise, in order of preference when counts tie. */
const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The longest text we hold while waiting for a record to end. A record longer than this is
 * almost always an unterminated quote swallowing the rest of the file (papaparse on its own
 * keeps going until memory runs out or the file ends); we stop and say where it began.
 * 16 MiB leaves room for honest large cells (the import tests use a 1 MB field).
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Chunks are decoded and parsed in pieces of at most this many bytes (see push). */
const PIECE_BYTES = 64 * 1024;

/**
 * Guess the delimiter from the header line: the candidate that occurs most often outside quotes.
 * `"a;b",c` → `,`;  `a;b;c` → `;`;  `name` → `,` (a one-column file).
 */
export function inferDelimiter(headerLine: string): string {
	let best: string = ',';
	let bestCount = 0;
	for (const candidate of DELIMITER_CANDIDATES) {
		let count = 0;
		let quoted = false;
		for (let i = 0; i < headerLine.length; i++) {
			const ch = headerLine[i];
			if (ch === '"') quoted = !quoted;
			else if (!quoted && ch === candidate) count++;
		}
		if (count > bestCount) {
			best = candidate;
			bestCount = count;
		}
	}
	return best;
}

/** Pick the decoder from the byte-order mark, if any; UTF-8 otherwise. */
function detectEncoding(head: Uint8Array): string {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return 'utf-8';
}

/** File signatures of formats people upload by mistake instead of a CSV export. */
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		name: 'a ZIP archive (an Excel .xlsx or .ods workbook is one)'
	},
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Excel .xls workbook' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
	{ bytes: [0x1f, 0x8b], name: 'a gzip archive' }
];

/** How many leading bytes are checked for signs of a binary file. */
const SNIFF_BYTES = 1024;

/**
 * Why the first bytes are not CSV text, or undefined when they may be. A UTF-8 or Latin-1 text
 * file has no zero bytes; a binary file (a workbook, an image) nearly always has some early on.
 *
 *     describeBinary(bytesOf('PK\x03\x04…')) → 'a ZIP archive (…)'    describeBinary(bytesOf('a,b')) → undefined
 */
export function describeBinary(head: Uint8Array): string | undefined {
	for (const { bytes, name } of SIGNATURES) {
		if (bytes.every((b, i) => head[i] === b)) return name;
	}
	const end = Math.min(head.byteLength, SNIFF_BYTES);
	let zeros = 0;
	for (let i = 0; i < end; i++) if (head[i] === 0) zeros++;
	if (zeros === 0) return undefined;
	// Every other byte zero: UTF-16 text saved without the byte-order mark that names it.
	return zeros * 3 >= end
		? 'UTF-16 text without a byte-order mark, or a binary file'
		: 'a binary file (it has zero bytes)';
}

/**
 * Whether a first chunk is valid UTF-8, allowing a character cut off at the chunk's end.
 *
 *     isUtf8Start(bytes('café')) → true     isUtf8Start(Uint8Array.of(0x63, 0xe9)) → false (Latin-1 'cé')
 */
function isUtf8Start(chunk: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/**
 * A push parser: feed it byte (or text) chunks in order, then call `end()`.
 *
 *     const p = new CsvStreamParser('pay.csv', handlers);
 *     for await (const chunk of stream) p.push(chunk);
 *     const summary = p.end();
 */
export class CsvStreamParser {
	private decoder: TextDecoder | undefined;
	private encoding = 'utf-8';
	private pending = '';
	private newline: '\n' | '\r\n' | '\r' | undefined;
	private delimiter: string | undefined;
	private parser: InstanceType<typeof Papa.Parser> | undefined;
	private headerSeen = false;
	private nextRow = 1;
	private dataRows = 0;
	private bytes = 0;
	private firstText = true;
	private encodingFallback = false;
	/** Do not parse `pending` again before it is this long (see drain). */
	private retryAt = 0;

	/**
	 * @param encoding force a decoder (`'windows-1252'` to re-read a file that turned out not to
	 *   be UTF-8 past its first chunk); by default it comes from the BOM, else UTF-8.
	 */
	constructor(
		private readonly file: string,
		private readonly handlers: CsvHandlers,
		private readonly forcedEncoding?: string
	) {}

	/** Feed the next chunk of bytes. */
	push(chunk: Uint8Array): void {
		if (!this.decoder) this.startDecoding(chunk);
		// A big chunk is read a piece at a time: the rows of one piece are alive together while
		// they are handled, and the rows of a whole megabyte outlive the engine's young-object
		// space. On the levels.fyi file, 1 MB pieces had 19 MB a run promoted to the old space and
		// 78 ms of scavenge pauses; 64 KB pieces have 6 MB and 26 ms.
		for (let start = 0; start < chunk.byteLength; start += PIECE_BYTES) {
			this.pushPiece(chunk.subarray(start, start + PIECE_BYTES));
		}
		this.handlers.progress?.(this.bytes);
	}

	private pushPiece(chunk: Uint8Array): void {
		const at = this.bytes;
		this.bytes += chunk.byteLength;
		const utf16 = this.encoding.startsWith('utf-16');
		// A zero byte is never part of CSV text: it means a binary file or a wrong encoding. It is
		// looked for in the bytes (a native scan) except in UTF-16, where every other byte is zero.
		if (!utf16 && chunk.indexOf(0) !== -1) this.nulFound(at);
		// The record left over from the last chunk is finished with the bytes up to the first line
		// break, decoded and parsed on their own, so that the rest of the chunk decodes into a text
		// of its own that starts on a record. Joining the leftover to the whole chunk's text made
		// the engine copy every chunk into a new string, and papaparse reads a string cut from
		// another one more slowly than a whole one. (In UTF-8 and windows-1252 a line-break byte
		// is always a line break; UTF-16 chunks are decoded whole.)
		if (this.pending.length > 0 && this.newline && !utf16) {
			const lineEnd = chunk.indexOf(this.newline === '\r' ? 0x0d : 0x0a);
			if (lineEnd !== -1) {
				this.pushText(this.decode(chunk.subarray(0, lineEnd + 1), at));
				chunk = chunk.subarray(lineEnd + 1);
			}
		}
		const text = this.decode(chunk, this.bytes - chunk.byteLength);
		if (utf16 && text.indexOf('\0') !== -1) this.nulFound(at);
		this.pushText(text);
	}

	/** Decode bytes that start `at` bytes into the file, or stop with code `encoding`. */
	private decode(bytes: Uint8Array, at: number): string {
		try {
			return this.decoder!.decode(bytes, { stream: true });
		} catch {
			throw new CsvError(
				`${this.file} is not valid ${this.encoding.toUpperCase()} text near byte ${at}.`,
				{ file: this.file, row: this.nextRow },
				'encoding'
			);
		}
	}

	private nulFound(at: number): never {
		throw new CsvError(
			`${this.file} has a zero (NUL) byte near row ${this.nextRow} (byte ` +
				`${at} or after). CSV text never holds one: ` +
				`the file is damaged or is not a CSV export.`,
			{ file: this.file, row: this.nextRow },
			'nul'
		);
	}

	/**
	 * Choose the decoder from the first chunk. A BOM names UTF-16 or UTF-8. Without one, bytes
	 * that are not valid UTF-8 are read as windows-1252 (the superset of Latin-1 that Excel on
	 * Windows writes), and the summary says so; a later chunk that breaks UTF-8 stops the read
	 * with code `encoding` so the caller can start again as windows-1252.
	 */
	private startDecoding(chunk: Uint8Array): void {
		const binary = describeBinary(chunk);
		if (binary && !this.forcedEncoding && detectEncoding(chunk) === 'utf-8') {
			throw new CsvError(
				`${this.file} is not a CSV text file: it looks like ${binary}. Export or save it as CSV (UTF-8) and load that.`,
				{ file: this.file, row: 1 },
				'binary'
			);
		}
		this.encoding = this.forcedEncoding ?? detectEncoding(chunk);
		if (this.encoding === 'utf-8' && !this.forcedEncoding && !isUtf8Start(chunk)) {
			this.encoding = 'windows-1252';
			this.encodingFallback = true;
		}
		if (this.forcedEncoding === 'windows-1252') this.encodingFallback = true;
		// fatal: a byte sequence that is not valid in the encoding stops the read with a message,
		// instead of silently becoming U+FFFD inside a company name or a number.
		this.decoder = new TextDecoder(this.encoding, { fatal: true });
	}

	/** Feed already-decoded text (a pasted CSV, a test). */
	pushText(text: string): void {
		if (this.firstText && text.length > 0) {
			// A UTF-8 BOM decoded by hand-fed text arrives as U+FEFF; TextDecoder already drops it.
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			this.firstText = false;
		}
		this.pending += text;
		this.drain(false);
	}

	/** Flush what is left and report what was read. */
	end(): CsvSummary {
		if (this.decoder) {
			try {
				this.pending += this.decoder.decode();
			} catch {
				throw new CsvError(
					`${this.file} ends in the middle of a character: the file is cut short or not UTF-8.`,
					{
						file: this.file,
						row: this.nextRow
					}
				);
			}
		}
		// Parse every complete record first, as a push would have, so the final parse sees only
		// the last record and a trailing line break does not become a phantom empty row.
		this.retryAt = 0;
		this.drain(false);
		this.drain(true);
		return {
			delimiter: this.delimiter ?? ',',
			newline: this.newline ?? '\n',
			encoding: this.encoding,
			encodingFallback: this.encodingFallback,
			rows: this.dataRows,
			bytes: this.bytes
		};
	}

	/** Parse every complete record in `pending`; at the end, parse the rest too. */
	private drain(final: boolean): void {
		if (!this.parser) {
			if (!this.detectDialect(final)) return;
		}
		if (this.pending.length === 0) return;
		// A record longer than a chunk (a big cell, or an open quote) is parsed again from its
		// start each time text arrives; waiting until the text has doubled keeps that linear.
		if (!final && this.pending.length < this.retryAt) return;
		const parser = this.parser!;
		const result = parser.parse(this.pending, 0, !final);
		const consumed = final ? this.pending.length : result.meta.cursor;
		this.pending = this.pending.slice(consumed);
		this.retryAt = consumed === 0 ? this.pending.length * 2 : 0;
		if (!final && this.pending.length > MAX_RECORD_CHARS) {
			throw new CsvError(
				`${this.file}, row ${this.nextRow}: a record runs on for more than ` +
					`${MAX_RECORD_CHARS / 1024 / 1024} MiB without ending. ` +
					`This is almost always a quote (") that is opened and never closed; ` +
					`check that row.`,
				{ file: this.file, row: this.nextRow },
				'quote'
			);
		}
		for (const error of result.errors) {
			const row = this.nextRow + (error.row ?? 0);
			if (error.code === 'MissingQuotes') {
				throw new CsvError(
					`${this.file}, row ${row}: a quote (") opens a cell that never closes, ` +
						`so everything after it would be read as one cell. ` +
						`Close the quote or remove it.`,
					{ file: this.file, row },
					'quote'
				);
			}
			this.handlers.problem?.({ row, reason: error.message });
		}
		this.deliver(result.data as string[][]);
	}

	/** Fix the line ending and delimiter once the first line break (or the end) has arrived. */
	private detectDialect(final: boolean): boolean {
		const text = this.pending;
		const lf = text.indexOf('\n');
		const cr = text.indexOf('\r');
		if (cr !== -1 && (lf === -1 || cr < lf)) {
			// A CR as the very last character might be the first half of a CRLF: wait for more.
			if (cr === text.length - 1 && !final) return false;
			this.newline = text[cr + 1] === '\n' ? '\r\n' : '\r';
		} else if (lf !== -1) {
			this.newline = '\n';
		} else if (!final) {
			return false;
		} else {
			this.newline = '\n';
		}
		const firstBreak = Math.min(...[lf, cr].filter((i) => i !== -1), text.length);
		this.delimiter = inferDelimiter(text.slice(0, firstBreak));
		this.parser = new Papa.Parser({
			delimiter: this.delimiter,
			newline: this.newline,
			quoteChar: '"'
		});
		return true;
	}

	private deliver(rows: string[][]): void {
		let start = 0;
		if (!this.headerSeen && rows.length > 0) {
			this.handlers.header(rows[0]!);
			this.headerSeen = true;
			this.nextRow = 2;
			start = 1;
		}
		const batch = start === 0 ? rows : rows.slice(start);
		if (batch.length === 0) return;
		this.handlers.rows(batch, this.nextRow);
		this.nextRow += batch.length;
		this.dataRows += batch.length;
	}
}

/**
 * Read a whole CSV held in memory. For small inputs (catalogs, pasted text, tests).
 *
 *     parseCsvText('a,b\n1,2\n', 'x.csv') → { header: ['a','b'], rows: [['1','2']], ... }
 */
export function parseCsvText(
	text: string,
	file: string
): { header: string[]; rows: string[][]; problems: CsvRowProblem[]; summary: CsvSummary } {
	let header: string[] = [];
	const rows: string[][] = [];
	const problems: CsvRowProblem[] = [];
	const parser = new CsvStreamParser(file, {
		header: (names) => (header = names),
		rows: (batch) => {
			for (const row of batch) rows.push(row);
		},
		problem: (p) => problems.push(p)
	});
	parser.pushText(text);
	const summary = parser.end();
	return { header, rows, problems, summary };
}

/**
 * A copy of a cell's text that does not keep alive the whole chunk it was cut from. V8 makes
 * longer substrings as views into their parent string; a company name kept from each chunk would
 * otherwise pin every megabyte-sized chunk it came from.
 */
export function ownString(text: string): string {
	return (' ' + text).slice(1);
}

/** Split a byte array into chunks of `size` bytes (tests use it to force awkward boundaries). */
export function* chunkBytes(bytes: Uint8Array, size: number): Generator<Uint8Array> {
	for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}
