/**
 * The text of a PDF that Chromium printed, for asserting what a printout says. Chromium (Skia)
 * writes plain objects, Flate-compressed streams, and Type0 fonts with Identity-H glyph codes and
 * a ToUnicode map; this reads exactly that, not PDFs in general. Text runs are joined with spaces
 * (line breaks and kerning gaps become one space) and ligatures are undone, so assert on words,
 * not layout.
 */
import { inflateSync } from 'node:zlib';

/** Every `n 0 obj … endobj` body, by object number; stream data decompressed when Flate. */
function readObjects(pdf: Buffer): Map<number, { dict: string; stream?: string }> {
	const objects = new Map<number, { dict: string; stream?: string }>();
	const text = pdf.toString('latin1');
	for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
		const body = m[2]!;
		const at = body.indexOf('stream');
		if (at < 0) {
			objects.set(Number(m[1]), { dict: body });
			continue;
		}
		const dict = body.slice(0, at);
		const start =
			m.index! + m[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
		const end = text.indexOf('endstream', start);
		let raw = pdf.subarray(start, end);
		if (/FlateDecode/.test(dict)) raw = inflateSync(raw);
		objects.set(Number(m[1]), { dict, stream: raw.toString('latin1') });
	}
	return objects;
}

/** A ToUnicode CMap as glyph code (hex) → text. */
function parseCMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
			map.set(code!.toUpperCase(), utf16(uni!));
	}
	for (const block of readRanges(cmap)) {
		const [lo, hi, uni] = block;
		const width = lo.length;
		for (let c = parseInt(lo, 16), u = parseInt(uni, 16); c <= parseInt(hi, 16); c++, u++) {
			map.set(c.toString(16).toUpperCase().padStart(width, '0'), String.fromCodePoint(u));
		}
	}
	return map;
}

function readRanges(cmap: string): [string, string, string][] {
	return [...cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)].flatMap((b) =>
		[...b[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)].map(
			(m) => [m[1]!.toUpperCase(), m[2]!.toUpperCase(), m[3]!] as [string, string, string]
		)
	);
}

/**
 * The page text of a Chromium PDF, runs joined by single spaces.
 *
 *     readPdfText(await page.pdf()) → 'Compensation brief: IC and EM pay at level 6, Big tech Question. …'
 */
export function readPdfText(pdf: Buffer): string {
	const objects = readObjects(pdf);
	// Font resource name (F4) → its glyph map, from every /Font dictionary in the file.
	const fonts = new Map<string, Map<string, string>>();
	for (const { dict } of objects.values()) {
		for (const res of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
			for (const [, name, ref] of res[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
				const font = objects.get(Number(ref))?.dict ?? '';
				const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
				const cmap = cmapRef && objects.get(Number(cmapRef))?.stream;
				if (cmap) fonts.set(name!, parseCMap(cmap));
			}
		}
	}
	const runs: string[] = [];
	for (const { stream } of objects.values()) {
		if (!stream || !/\bBT\b/.test(stream)) continue;
		let font = new Map<string, string>();
		// Walk font selections and hex strings in order; each hex string is decoded with the font in use.
		for (const m of stream.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|(\bET\b)/g)) {
			if (m[1]) font = fonts.get(m[1]) ?? new Map();
			else if (m[3]) runs.push(' ');
			else if (m[2] !== undefined) {
				const hex = m[2].replace(/\s/g, '').toUpperCase();
				let out = '';
				for (let i = 0; i < hex.length; i += 4) out += font.get(hex.slice(i, i + 4)) ?? '';
				runs.push(out);
			}
		}
	}
	// NFKC undoes the font's ligatures (ﬀ, ﬁ), so 'offer' matches what the page said.
	return runs.join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
}
