/**
 * Reading amounts of money and other numbers the way people write them in spreadsheets.
 *
 * Why not `Number()` or `z.coerce.number()`: both read `''` and `' '` as 0 (a missing salary
 * would become a zero salary), read `0x10` as 16 and `1e3` as 1000, and reject `$185,000`.
 * Here an empty cell is always "missing", never 0, and anything ambiguous is refused with a
 * reason the import report can show.
 */

export type NumberReading = { ok: true; value: number | null } | { ok: false; reason: string };

/** Values that spreadsheets and dataframe tools write for "no value". */
const MISSING = new Set(['', 'na', 'n/a', 'null', 'none', '-', '—']);

/** Plain decimal number: `185000`, `185000.0`, `7.5`. The common case, checked first. */
const PLAIN = /^\d+(?:\.\d+)?$/;

/**
 * Money as people write it: an optional `$`/`USD`, thousands grouped by `,`, space, no-break or
 * thin space, optional decimals, an optional `k`/`M` multiplier.
 */
const WRITTEN = /^(?:\$|usd)?\s*(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?\s*([km])?$/i;

/**
 * Read an amount of money. Missing → `{ok: true, value: null}`; not money → `{ok: false}`.
 *
 *     parseMoney('185000')   → 185000      parseMoney('$185,000') → 185000
 *     parseMoney('185k')     → 185000      parseMoney('1.5M')     → 1500000
 *     parseMoney('185 000')  → 185000      parseMoney('')         → null (missing, not 0)
 *     parseMoney('-5')       → refused: negative    parseMoney('0x10') → refused
 *     parseMoney('(5,000)')  → refused: accounting negative
 */
export function parseMoney(raw: string): NumberReading {
	const text = raw.trim();
	if (PLAIN.test(text)) return { ok: true, value: Number(text) };
	if (MISSING.has(text.toLowerCase())) return { ok: true, value: null };
	if (/^\(.*\)$/.test(text) || text.startsWith('-') || text.startsWith('\u2212')) {
		return { ok: false, reason: 'pay cannot be negative' };
	}
	const match = WRITTEN.exec(text);
	if (!match) return { ok: false, reason: 'not an amount of money' };
	const whole = match[1]!.replace(/[,\u00a0\u202f ]/g, '');
	const value = Number(`${whole}.${match[2] ?? '0'}`);
	const multiplier = match[3] ? (match[3].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
	const result = Math.round(value * multiplier * 100) / 100;
	if (!Number.isFinite(result)) return { ok: false, reason: 'not a finite amount' };
	return { ok: true, value: result };
}

/**
 * Read a plain non-negative number (years of experience, a count). Missing → null.
 *
 *     parseCount('7.5') → 7.5    parseCount('') → null    parseCount('Infinity') → refused
 */
export function parseCount(raw: string): NumberReading {
	const text = raw.trim();
	if (PLAIN.test(text)) return { ok: true, value: Number(text) };
	if (MISSING.has(text.toLowerCase())) return { ok: true, value: null };
	return { ok: false, reason: 'not a number' };
}
