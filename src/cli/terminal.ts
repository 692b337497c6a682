/**
 * What the CLI prints on a terminal: text with control characters made visible, and a progress
 * line that only a terminal sees.
 *
 * File content reaches the terminal through messages (a company name, a rejected value, the file
 * name itself). A raw escape sequence there could set the window title, clear the screen or
 * recolour the lines that follow, and hide the rejected-row lines, so every control character
 * is written as a visible escape (`\x1b`) instead of being sent to the terminal.
 */

/**
 * C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates (which reorder
 * the text shown after them). Matching control characters is these patterns' purpose, so the
 * lint rule against them is off for them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_EXCEPT_NEWLINE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
	const code = ch.charCodeAt(0);
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/**
 * Text with every control character written visibly; line breaks too unless `keepNewlines`.
 *
 *     escapeControl('Acme\x1b]0;pwned\x07') → 'Acme\\x1b]0;pwned\\x07'
 */
export function escapeControl(text: string, keepNewlines = false): string {
	return text.replace(keepNewlines ? CONTROL_EXCEPT_NEWLINE : CONTROL, visible);
}

/** The most characters of a value that a message quotes. */
export const QUOTE_CHARS = 200;

/**
 * A value from the file as a message quotes it: at most `QUOTE_CHARS` characters, controls
 * escaped, in double quotes.
 *
 *     quoteValue('x'.repeat(500)) → '"xxx…x…" (500 characters)'
 */
export function quoteValue(value: string, max = QUOTE_CHARS): string {
	if (value.length <= max) return `"${escapeControl(value)}"`;
	return `"${escapeControl(value.slice(0, max))}…" (${value.length.toLocaleString('en-US')} characters)`;
}

/** Write text whose line breaks are the CLI's own; every other control character is escaped. */
export function say(stream: NodeJS.WriteStream, text: string): void {
	stream.write(escapeControl(text, true));
}

export interface Progress {
	/** Bytes of the input read so far, and data rows when the engine knows them. */
	update(bytes: number, rows: number | null): void;
	/** Clear the progress line. */
	done(): void;
}

const NO_PROGRESS: Progress = { update() {}, done() {} };

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

/**
 * A progress line on stderr, redrawn at most four times a second: MB read of the total, rows,
 * rate and time left. Nothing at all when stderr is not a terminal (a pipe, a file, CI).
 */
export function createProgress(
	totalBytes: number,
	stream: NodeJS.WriteStream = process.stderr
): Progress {
	if (!stream.isTTY) return NO_PROGRESS;
	const start = performance.now();
	let lastDrawn = start;
	let drawn = false;
	return {
		update(bytes, rows) {
			const now = performance.now();
			if (now - lastDrawn < 250) return;
			lastDrawn = now;
			const seconds = (now - start) / 1000;
			const rate = bytes / seconds;
			const left = rate > 0 ? Math.max(0, (totalBytes - bytes) / rate) : NaN;
			const parts = [`${mb(bytes)} of ${mb(totalBytes)} MB`];
			if (rows !== null) parts.push(`${rows.toLocaleString('en-US')} rows`);
			parts.push(`${(rate / 1e6).toFixed(0)} MB/s`);
			if (Number.isFinite(left)) parts.push(`${left.toFixed(0)} s left`);
			// \r and "erase line" are the CLI's own control sequences, written directly.
			stream.write(`\r\x1b[K${parts.join(', ')}`);
			drawn = true;
		},
		done() {
			if (drawn) stream.write('\r\x1b[K');
		}
	};
}
