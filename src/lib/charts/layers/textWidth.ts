/**
 * Text measured without a browser. SVG text does not wrap, and layouts are computed in pure
 * functions that node tests run, so every chart and exported image estimates a text's width from
 * its characters with this one model: an ordinary glyph of a system sans-serif is about
 * `GLYPH_EM` of the font size wide, a space, comma or full stop about `NARROW_GLYPH_EM`. The
 * values sit a little above San Francisco, Segoe UI and Roboto, so a label's box errs wide and
 * holds its text; DejaVu Sans (Linux) runs wider still on digits, which the padding around labels
 * absorbs.
 */

/** Width of an ordinary glyph (letters, digits, symbols), in em. */
export const GLYPH_EM = 0.58;
/** Width of a space, comma or full stop, in em. */
export const NARROW_GLYPH_EM = 0.3;

const NARROW = new Set([' ', ',', '.']);

/**
 * The estimated width of a line of text, in pixels.
 *
 *     estimateTextWidth('5,766', 11) → 28.8    estimateTextWidth('You $312k', 12) → 59.3
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += NARROW.has(char) ? NARROW_GLYPH_EM : GLYPH_EM;
	return ems * fontSize;
}

/**
 * Text broken at spaces into lines no wider than `maxWidth` at a font size (a word wider than
 * that gets a line of its own). Runs of spaces count as one.
 *
 *     wrapWords('one two three', 50, 12) → ['one two', 'three']
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (line && estimateTextWidth(joined, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = joined;
	}
	if (line) lines.push(line);
	return lines;
}
