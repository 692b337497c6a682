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
import { chooseEncoding, sniffBytes, SNIFF_BYTES, type TextEncoding } from './encoding.ts';
import { excerpt } from './excerpt.ts';

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

/**
 * The longest first line (the header) we wait for. A header of a few hundred columns is a few
 * kilobytes; a first line past 1 MiB with no line break is a file of one long line, or not a CSV.
 */
export const MAX_HEADER_CHARS = 1024 * 1024;

/**
 * The longest cell. No pay figure, name or label comes near it; a free-text column of a survey
 * export can hold a long answer, and 1 MiB leaves room for any of them.
 */
export const MAX_FIELD_CHARS = 1024 * 1024;

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

/**
 * A push parser: feed it byte (or text) chunks in order, then call `end()`.
 *
 *     const p = new CsvStreamParser('pay.csv', handlers);
 *     for await (const chunk of stream) p.push(chunk);
 *     const summary = p.end();
 */
export class CsvStreamParser {
	private decoder: TextDecoder | undefined;
	private encoding: TextEncoding | string = 'utf-8';
	private pending = '';
	private newline: '\n' | '\r\n' | '\r' | undefined;
	private delimiter: string | undefined;
	private parser: InstanceType<typeof Papa.Parser> | undefined;
	private headerSeen = false;
	/** The header's names, for messages that name a column. */
	private headerNames: string[] | undefined;
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
		if (!utf16) {
			const zero = chunk.indexOf(0);
			if (zero !== -1) this.nulFound(at + zero, this.decodeLoosely(chunk.subarray(0, zero)));
		}
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
		if (utf16) {
			const zero = text.indexOf('\0');
			if (zero !== -1) this.nulFound(at, text.slice(0, zero));
		}
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

	/** Bytes as text for a message: never throws, whatever the bytes. */
	private decodeLoosely(bytes: Uint8Array): string {
		return new TextDecoder(this.encoding).decode(bytes);
	}

	/**
	 * Stop at a zero byte, naming its row and column. `before` is the text of this chunk up to
	 * it; `pending` holds the unparsed record(s) before that, starting at row `nextRow`. The row
	 * counts line breaks, so a quoted line break before the zero makes it a row too high: the
	 * message says "line" for that reason.
	 */
	private nulFound(at: number, before: string): never {
		const text = this.pending + before;
		const breakChar = this.newline === '\r' ? '\r' : '\n';
		let lines = 0;
		let lineStart = 0;
		for (let i = text.indexOf(breakChar); i !== -1; i = text.indexOf(breakChar, i + 1)) {
			lines++;
			lineStart = i + 1;
		}
		const row = this.nextRow + lines;
		const line = text.slice(lineStart);
		const delimiter = this.delimiter ?? inferDelimiter(line);
		const index = line.split(delimiter).length - 1;
		// A zero in the first chunk comes before the header is parsed: its names are split here.
		const header =
			this.headerNames ??
			(lines > 0 ? text.slice(0, text.search(/\r|\n/)).split(delimiter) : undefined);
		const name = header?.[index];
		const column =
			name === undefined
				? `column ${index + 1}`
				: `column ${index + 1} (${excerpt(name.trim(), 60)})`;
		throw new CsvError(
			`${this.file}, line ${row}, ${column}: a zero (NUL) byte, at byte ${at}. ` +
				'CSV text never holds one, so the file is damaged or is not a CSV export; ' +
				'remove the byte or export the file again.',
			{ file: this.file, row, column: name },
			'nul'
		);
	}

	/**
	 * Choose the decoder from the first chunk, by the rules of encoding.ts: a byte-order mark, a
	 * UTF-16 pattern of zero bytes, else UTF-8, or windows-1252 when the bytes are not UTF-8 (the
	 * summary says so). A later chunk that breaks UTF-8 stops the read with code `encoding` so the
	 * caller can start again as windows-1252. Archives, workbooks and UTF-32 stop here, named.
	 */
	private startDecoding(chunk: Uint8Array): void {
		const sniffed = sniffBytes(chunk.subarray(0, SNIFF_BYTES));
		if (sniffed.kind === 'not-text' && !this.forcedEncoding) {
			throw new CsvError(
				`${this.file} is not a CSV text file: it looks like ${sniffed.what}. To use it, ${sniffed.fix}.`,
				{ file: this.file, row: 1 },
				'binary'
			);
		}
		if (this.forcedEncoding) {
			this.encoding = this.forcedEncoding;
			this.encodingFallback = this.forcedEncoding === 'windows-1252';
		} else {
			const chosen = chooseEncoding(chunk, sniffed);
			this.encoding = chosen.encoding;
			this.encodingFallback = chosen.fallback;
		}
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
		// A CR at the very end may be the first half of a CRLF split between two pieces: parsed
		// now, its record would end in a stray CR and a quoted last cell would be called damaged,
		// depending only on where the piece ended. It waits for the next piece instead.
		const text =
			!final && this.newline === '\r\n' && this.pending.charCodeAt(this.pending.length - 1) === 13
				? this.pending.slice(0, -1)
				: this.pending;
		const result = parser.parse(text, 0, !final);
		const consumed = final ? text.length : result.meta.cursor;
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
		const rows = result.data as string[][];
		for (const error of result.errors) {
			// The held-back last record is parsed again with the next piece: its problems are
			// reported then, once, and not once for every piece it spans.
			if (!final && (error.row ?? 0) >= rows.length) continue;
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
		// Only text longer than the cell limit can hold a cell over it.
		if (consumed > MAX_FIELD_CHARS) this.checkFieldLengths(rows);
		this.deliver(rows);
	}

	/** Stop at a cell longer than MAX_FIELD_CHARS, naming its row and column. */
	private checkFieldLengths(rows: string[][]): void {
		for (let r = 0; r < rows.length; r++) {
			const cells = rows[r]!;
			for (let c = 0; c < cells.length; c++) {
				const length = cells[c]!.length;
				if (length <= MAX_FIELD_CHARS) continue;
				// Before the header is delivered, row 0 of this batch is the header itself.
				const row = this.headerSeen ? this.nextRow + r : r + 1;
				const name = this.headerSeen ? this.headerNames?.[c] : undefined;
				const named = name === undefined ? '' : ` (${excerpt(name.trim(), 60)})`;
				throw new CsvError(
					`${this.file}, row ${row}, column ${c + 1}${named}: a cell of ` +
						`${length.toLocaleString('en-US')} characters, starting "${excerpt(cells[c]!, 60)}". ` +
						`Forkline reads cells of up to ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters ` +
						'(1 MiB); a longer one is almost always a quote (") left open or a column of something else.',
					{ file: this.file, row, column: name },
					'record-too-long'
				);
			}
		}
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
		} else if (!final && text.length <= MAX_HEADER_CHARS) {
			return false;
		} else {
			this.newline = '\n';
		}
		const firstBreak = Math.min(...[lf, cr].filter((i) => i !== -1), text.length);
		if (firstBreak > MAX_HEADER_CHARS) {
			throw new CsvError(
				`${this.file}: the first line runs on for more than ` +
					`${MAX_HEADER_CHARS.toLocaleString('en-US')} characters (1 MiB) without a line break, ` +
					`starting "${excerpt(text, 60)}". A CSV file starts with a header line naming its ` +
					'columns; this looks like a file of one long line, or not a CSV file.',
				{ file: this.file, row: 1 },
				'record-too-long'
			);
		}
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
			this.headerNames = rows[0]!;
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

/** Split a byte array into chunks of `size` bytes (tests use it to force awkward boundaries). */
export function* chunkBytes(bytes: Uint8Array, size: number): Generator<Uint8Array> {
	for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}
