/**
 * The one way a message quotes text from a file: at most `MAX_QUOTED_CHARS` characters, and when
 * cut, how long the whole was. A 50 MB line or a 1 MB cell then makes a message of a few hundred
 * characters, which a page, a terminal and a report can all hold.
 */

/** The most characters of a value any message quotes. */
export const MAX_QUOTED_CHARS = 200;

/**
 * `text` if it is short enough, else its start, an ellipsis and its full length.
 *
 *     excerpt('Acme') → 'Acme'
 *     excerpt('x'.repeat(50_000_000)) → 'xxx…x… (50,000,000 characters)'  (200 x's, then the note)
 */
export function excerpt(text: string, max = MAX_QUOTED_CHARS): string {
	if (text.length <= max) return text;
	// Do not cut a surrogate pair in half: that would leave a lone half that is not text.
	const code = text.charCodeAt(max - 1);
	const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
	return `${text.slice(0, end)}… (${text.length.toLocaleString('en-US')} characters)`;
}
