import { describe, expect, it } from 'vitest';
import { estimateTextWidth, GLYPH_EM, NARROW_GLYPH_EM, wrapWords } from './textWidth';

describe('estimateTextWidth', () => {
	it.each([
		// 4 glyphs at 0.58 em and a comma at 0.3 em, at 11px: the mark labels' count.
		['5,766', 11, 28.82],
		// 8 glyphs and a space at 12px: a position label.
		['You $312k', 12, 59.28],
		// 13 glyphs and a space at 12px: the longest level name of one track.
		['Senior manager', 12, 94.08],
		['', 12, 0]
	] as const)('%j at %ipx is %fpx', (text, size, width) => {
		expect(estimateTextWidth(text, size)).toBeCloseTo(width, 5);
	});

	it('grows with the font size and counts narrow glyphs narrower', () => {
		expect(estimateTextWidth('You', 12)).toBeLessThan(estimateTextWidth('You', 14));
		expect(estimateTextWidth('a.b', 10)).toBeCloseTo((2 * GLYPH_EM + NARROW_GLYPH_EM) * 10, 5);
	});
});

describe('wrapWords', () => {
	it.each([
		// 'one two' is 45.4px at 12px and 'one two three' 83.8px, so a 50px line holds two words.
		['one two three', 50, 12, ['one two', 'three']],
		// A word wider than the line gets a line of its own.
		['a verylongword b', 30, 12, ['a', 'verylongword', 'b']],
		['  ', 100, 12, []],
		['fits on one line', 1000, 12, ['fits on one line']]
	] as const)('%j in %ipx at %ipx', (text, maxWidth, size, lines) => {
		expect(wrapWords(text, maxWidth, size)).toEqual(lines);
	});

	it('keeps every line within the width unless it is a single word', () => {
		const text = 'Source: levels.fyi self-reported pay, 2017–2021, n = 44,792 reports';
		for (const line of wrapWords(text, 120, 11))
			expect(line.includes(' ') ? estimateTextWidth(line, 11) : 0).toBeLessThanOrEqual(120);
	});
});
