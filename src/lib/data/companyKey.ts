/**
 * Company names → one matching key. Kept apart from the company catalog (companies.ts), which
 * reads CSV with papaparse: the explorer folds company names on every page, and importing the
 * catalog module would bring the CSV parser into the home page's first download.
 */

/**
 * Invisible characters that submitters paste in with names: no-break space (U+00A0, seen as a
 * leading character on ` Google` in the levels.fyi file), narrow no-break space, zero-width
 * space/joiners, word joiner and BOM. They are turned into ordinary spaces (then trimmed or
 * collapsed) rather than deleted, so `Capital\u00a0One` still reads as two words.
 */
// The zero-width joiner (u200d) stands outside the class: inside one, a joiner between two
// characters reads as a joined sequence (ESLint's no-misleading-character-class).
const INVISIBLE_SPACES = /[\u00a0\u202f\u200b\u200c\u2060\ufeff]|\u200d/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Legal-form suffixes that the levels.fyi data really shows on top of a plain name, e.g.
 * `Apple Inc.` (8 rows next to 1,293 `Apple`), `Intel Corporation` (9), `Google LLC` (5),
 * `Microsoft Corporation` (4), `Visa Inc` (7), `Bloomberg LP` (7), `Citrix Systems Inc` (60),
 * `Wipro Limited` (7), `Infosys Ltd` (1). `Company`/`Co` are deliberately NOT folded: in this
 * file they are part of brand names (`The New York Times Company`, `McKinsey & Company`).
 * Only one suffix is stripped, and only after a space or comma, so `Incyte` or `Plcy` are safe.
 */
const LEGAL_SUFFIX = /[\s,]+(?:inc|llc|l\.l\.c|ltd|corp|corporation|plc|limited|lp|l\.p)\.?$/;

/**
 * Folds a company name as typed by a submitter into the key used for all matching: Unicode
 * NFC, invisible spaces → spaces, trimmed, inner whitespace collapsed, lower-cased, and one
 * trailing legal-form suffix removed (see LEGAL_SUFFIX for the evidence).
 *
 * Keys are only for matching; show people `CompanyCatalog.displayName(key)` instead.
 *
 * @example
 * toCompanyKey('\u00a0Google')      // → 'google'
 * toCompanyKey('GOOGLE')            // → 'google'
 * toCompanyKey('Apple Inc.')        // → 'apple'
 * toCompanyKey('Capital  One ')     // → 'capital one'
 * toCompanyKey('McKinsey & Company')// → 'mckinsey & company'
 */
export function toCompanyKey(name: string): string {
	const folded = name
		.normalize('NFC')
		.replace(INVISIBLE_SPACES, ' ')
		.trim()
		.replace(WHITESPACE_RUN, ' ')
		.toLowerCase();
	const stripped = folded.replace(LEGAL_SUFFIX, '');
	// A name that is nothing but a suffix (e.g. "Inc") keeps its folded form rather than
	// becoming the empty key.
	return stripped === '' ? folded : stripped;
}
