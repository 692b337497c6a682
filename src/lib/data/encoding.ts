/**
 * What a file's bytes are, and how to decode them: the one set of rules the browser upload, the
 * mapping step's sample and the CLI all follow (data/README.md, "Encodings").
 *
 * - A byte-order mark names the encoding: UTF-8, UTF-16 LE or BE. UTF-32 (with or without one)
 *   is refused with "save it as UTF-8": browsers' TextDecoder has no UTF-32.
 * - Without a mark, text whose every other byte is zero is UTF-16, LE or BE by where the zeros
 *   sit, and is read as such.
 * - Archives, workbooks, PDFs and images are named by their signature, with what to do instead.
 * - Otherwise the bytes are UTF-8; bytes that are not valid UTF-8 are read as windows-1252 (the
 *   superset of Latin-1 that Excel on Windows writes), and the import report says so. When that
 *   shows only past the first chunk of a stream, the reader starts over as windows-1252
 *   (`LEGACY_ENCODING`), in the browser and in the CLI alike.
 *
 * Pure TypeScript: no DOM, no Node APIs (TextDecoder is in both).
 */

/** The decoder used when bytes are not valid UTF-8. */
export const LEGACY_ENCODING = 'windows-1252';

/** The decoders Forkline reads with. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | typeof LEGACY_ENCODING;

/** What the first bytes of a file say it is. */
export type Sniffed =
	| {
			kind: 'text';
			encoding: TextEncoding;
			/** True when there was no byte-order mark and the encoding was told from the bytes. */
			guessed: boolean;
	  }
	/** Not CSV text: what it is, and what to do instead. */
	| { kind: 'not-text'; what: string; fix: string };

const UNPACK = 'unpack it first and load the CSV file inside';
const SAVE_AS_CSV = 'open it in the program that made it and save it as CSV (UTF-8)';
const EXPORT_CSV = 'export the data as CSV (UTF-8) and load that';

/** File signatures of formats people load by mistake instead of a CSV export. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; fix: string }[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		what: 'a ZIP archive (an Excel .xlsx or .ods workbook is one)',
		fix: `${UNPACK}, or if it is a workbook, ${SAVE_AS_CSV}`
	},
	{ bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive', fix: EXPORT_CSV },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel .xls workbook', fix: SAVE_AS_CSV },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF', fix: EXPORT_CSV },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', fix: EXPORT_CSV },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', fix: EXPORT_CSV },
	{ bytes: [0x1f, 0x8b], what: 'a gzip archive', fix: UNPACK },
	{ bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive', fix: UNPACK },
	{ bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive', fix: UNPACK },
	{ bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard archive', fix: UNPACK },
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', fix: UNPACK },
	{ bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive', fix: UNPACK },
	{ bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text', fix: 'save it as UTF-8 and load that' },
	{ bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text', fix: 'save it as UTF-8 and load that' }
];

/** How many leading bytes are looked at. */
export const SNIFF_BYTES = 1024;

/**
 * A share of control bytes (zero and the other C0 controls but tab, line feed, form feed and
 * carriage return) above which, with no UTF-16 or UTF-32 pattern, the file is binary: random
 * bytes have about 9–11%, text next to none. It sits below that but well above the few escape
 * sequences a crafted or pasted text row can hold (a three-row file with a title-setting sequence
 * has about 7%), which the reader reads and reports with their row. Below it, a zero byte is a
 * damaged spot in a text file, and the reader names its row.
 */
const BINARY_CONTROL_SHARE = 0.08;

/** Whether a byte is a C0 control other than tab, line feed, form feed and carriage return. */
const isControl = (b: number) =>
	(b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f;

/**
 * What the first bytes of a file are.
 *
 *     sniffBytes(bytesOf('a,b\n')) → { kind: 'text', encoding: 'utf-8', guessed: false }
 *     sniffBytes(gzipped) → { kind: 'not-text', what: 'a gzip archive', fix: 'unpack it first …' }
 *     sniffBytes(utf16leWithoutBom) → { kind: 'text', encoding: 'utf-16le', guessed: true }
 */
export function sniffBytes(head: Uint8Array): Sniffed {
	for (const { bytes, what, fix } of SIGNATURES) {
		if (head.byteLength >= bytes.length && bytes.every((b, i) => head[i] === b))
			return { kind: 'not-text', what, fix };
	}
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
		return { kind: 'text', encoding: 'utf-8', guessed: false };
	if (head[0] === 0xff && head[1] === 0xfe)
		return { kind: 'text', encoding: 'utf-16le', guessed: false };
	if (head[0] === 0xfe && head[1] === 0xff)
		return { kind: 'text', encoding: 'utf-16be', guessed: false };
	// Zeros by position modulo 4: ASCII-heavy UTF-16 has them at every odd (LE) or even (BE)
	// byte, UTF-32 at three of every four.
	const end = Math.min(head.byteLength, SNIFF_BYTES) & ~3;
	const zeros = [0, 0, 0, 0];
	let controls = 0;
	for (let i = 0; i < end; i++) {
		if (head[i] === 0) zeros[i & 3]!++;
		if (isControl(head[i]!)) controls++;
	}
	if (end === 0) return { kind: 'text', encoding: 'utf-8', guessed: true };
	const quarter = end / 4;
	const most = (n: number) => n >= quarter * 0.9;
	const few = (n: number) => n <= quarter * 0.1;
	if (
		(most(zeros[1]!) && most(zeros[2]!) && most(zeros[3]!) && few(zeros[0]!)) ||
		(most(zeros[0]!) && most(zeros[1]!) && most(zeros[2]!) && few(zeros[3]!))
	)
		return {
			kind: 'not-text',
			what: 'UTF-32 text without a byte-order mark',
			fix: 'save it as UTF-8 and load that'
		};
	const odd = zeros[1]! + zeros[3]!;
	const even = zeros[0]! + zeros[2]!;
	if (odd >= end * 0.3 && even <= end * 0.02)
		return { kind: 'text', encoding: 'utf-16le', guessed: true };
	if (even >= end * 0.3 && odd <= end * 0.02)
		return { kind: 'text', encoding: 'utf-16be', guessed: true };
	if (controls > end * BINARY_CONTROL_SHARE)
		return {
			kind: 'not-text',
			what: 'a binary file (it is full of control bytes)',
			fix: EXPORT_CSV
		};
	// A few zero bytes in text: the reader stops at the first with its row.
	return { kind: 'text', encoding: 'utf-8', guessed: true };
}

/**
 * Whether bytes are valid UTF-8, allowing a character cut off at their end (the bytes may be the
 * first chunk of a longer file).
 *
 *     isUtf8Start(bytes('café')) → true     isUtf8Start(Uint8Array.of(0x63, 0xe9)) → false (Latin-1 'cé')
 */
export function isUtf8Start(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/**
 * The decoder for a file whose first bytes are `head`, by the rules above: the sniffed encoding,
 * or windows-1252 when a file sniffed as UTF-8 is not valid UTF-8.
 *
 *     chooseEncoding(bytesOf('caf\xe9')) → { encoding: 'windows-1252', fallback: true }
 */
export function chooseEncoding(
	head: Uint8Array,
	sniffed: Sniffed = sniffBytes(head)
): { encoding: TextEncoding; fallback: boolean } {
	if (sniffed.kind === 'text' && sniffed.encoding !== 'utf-8')
		return { encoding: sniffed.encoding, fallback: false };
	return isUtf8Start(head)
		? { encoding: 'utf-8', fallback: false }
		: { encoding: LEGACY_ENCODING, fallback: true };
}

/**
 * The opening text of a file by the same rules, for previews: `bytes` may end mid-character.
 * Undefined when the bytes are not text.
 *
 *     decodeOpening(bytesOf('Zo\xeb,1')) → 'Zoë,1'   (windows-1252)
 */
export function decodeOpening(bytes: Uint8Array): string | undefined {
	const sniffed = sniffBytes(bytes);
	if (sniffed.kind === 'not-text') return undefined;
	const { encoding } = chooseEncoding(bytes, sniffed);
	return new TextDecoder(encoding).decode(bytes, { stream: true });
}
