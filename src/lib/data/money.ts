/**
 * Reading amounts of money and other numbers the way people write them in spreadsheets.
 *
 * Why not `Number()` or `z.coerce.number()`: both read `''` and `' '` as 0 (a missing salary
 * would become a zero salary), read `0x10` as 16 and `1e3` as 1000, and reject `$185,000`.
 * Here an empty cell is always "missing", never 0, and anything ambiguous is refused with a
 * reason the import report can show.
 */

/**
 * Why a cell was refused. The readers below return a value, null (missing) or one of a few
 * `Refusal`s made once at module level, so reading a cell allocates nothing: an import reads
 * a dozen cells a row, and an object per cell would be a real share of its time.
 */
export class Refusal {
	constructor(readonly reason: string) {}
}

const NEGATIVE = new Refusal('pay cannot be negative');
const NOT_MONEY = new Refusal('not an amount of money');
const NOT_FINITE = new Refusal('not a finite amount');
const NOT_A_NUMBER = new Refusal('not a number');
const TOO_LARGE = new Refusal(
	"over 1,000,000,000,000 a year, which is no one's pay in any currency (a typo, or another figure?)"
);
const AMBIGUOUS_DECIMALS = new Refusal(
	'ambiguous: a point before exactly three digits may group thousands (185.000 = 185,000) or mark decimals (185.000 = 185); write 185000, 185,000 or 185.00'
);

/**
 * The largest amount of money read, in the file's own currency units: one trillion. A yearly pay
 * report above it is a typo or another figure (a valuation, an amount with its cents run in), and
 * refusing it keeps every figure derived from pay (sums, bins, chart scales) finite and small.
 * The bound is in units, not dollars, because files carry their own currency: pay in the
 * currencies with the most units per dollar (Iranian rial, Vietnamese dong, Indonesian rupiah)
 * stays below it up to about a million dollars a year, and nothing near it is a dollar salary.
 */
export const MAX_AMOUNT = 1e12;

/** Values that spreadsheets and dataframe tools write for "no value". */
const MISSING = new Set(['', 'na', 'n/a', 'null', 'none', '-', '—']);

/** Whether a UTF-16 code unit is an ASCII digit 0–9. */
export const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * A plain decimal number (`185000`, `185000.0`, `7.5`), the common case, checked first; NaN for
 * anything else, and for digits too many to be finite. A loop over the characters rather than a
 * regular expression: it runs on every number cell of every file.
 */
function readPlain(text: string): number {
	const length = text.length;
	let i = 0;
	while (i < length && isDigit(text.charCodeAt(i))) i++;
	if (i === 0) return NaN;
	if (i < length) {
		// One decimal point, with digits after it.
		if (text.charCodeAt(i) !== 46 || i === length - 1) return NaN;
		for (i++; i < length; i++) if (!isDigit(text.charCodeAt(i))) return NaN;
	}
	const value = Number(text);
	return Number.isFinite(value) ? value : NaN;
}

/**
 * Money as people write it: an optional `$`/`USD`, thousands grouped by `,`, space, no-break,
 * thin (U+2009) or narrow no-break (U+202F) space, optional decimals, an optional `k`/`M`
 * multiplier.
 */
const WRITTEN =
	/^(?:\$|usd)?\s*(\d{1,3}(?:[,\u00a0\u2009\u202f ]\d{3})+|\d+)(?:\.(\d+))?\s*([km])?$/i;
const GROUPING = /[,\u00a0\u2009\u202f ]/g;

/**
 * Whether a plain number has one to three digits, a point, then exactly three digits (`185.000`,
 * `1.500`): in much of Europe the point groups thousands, so the amount could be a thousand times
 * what it says. Checked only on numbers already read, so it costs the common case one comparison.
 */
function hasAmbiguousPoint(text: string): boolean {
	const point = text.length - 4;
	return point >= 1 && point <= 3 && text.charCodeAt(point) === 46;
}

/**
 * Read an amount of money: the amount, null when missing, or why it is not money.
 *
 *     readMoney('185000')   → 185000      readMoney('$185,000') → 185000
 *     readMoney('185k')     → 185000      readMoney('1.5M')     → 1500000
 *     readMoney('185 000')  → 185000      readMoney('')         → null (missing, not 0)
 *     readMoney('185\u2009000') → 185000 (thin space)
 *     readMoney('-5')       → Refusal 'pay cannot be negative'    readMoney('0x10') → Refusal
 *     readMoney('(5,000)')  → Refusal (an accounting negative)
 *     readMoney('185.000')  → Refusal (185 or 185,000?)   readMoney('2e12' written out) → Refusal (over MAX_AMOUNT)
 */
export function readMoney(raw: string): number | null | Refusal {
	const text = raw.trim();
	if (text === '') return null;
	const plain = readPlain(text);
	if (!Number.isNaN(plain)) {
		if (plain > MAX_AMOUNT) return TOO_LARGE;
		return hasAmbiguousPoint(text) ? AMBIGUOUS_DECIMALS : plain;
	}
	if (MISSING.has(text.toLowerCase())) return null;
	if (/^\(.*\)$/.test(text) || text.startsWith('-') || text.startsWith('\u2212')) return NEGATIVE;
	const match = WRITTEN.exec(text);
	if (!match) return NOT_MONEY;
	// `$185.000` is as ambiguous as `185.000`; `185.000k` is not (no one groups thousands of k).
	if (match[2]?.length === 3 && !match[3] && match[1]!.length <= 3) return AMBIGUOUS_DECIMALS;
	const whole = match[1]!.replace(GROUPING, '');
	const value = Number(`${whole}.${match[2] ?? '0'}`);
	const multiplier = match[3] ? (match[3].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
	const result = Math.round(value * multiplier * 100) / 100;
	if (!Number.isFinite(result)) return NOT_FINITE;
	return result > MAX_AMOUNT ? TOO_LARGE : result;
}

/**
 * Read a plain non-negative number (years of experience, a count): the number, null when
 * missing, or a Refusal.
 *
 *     readCount('7.5') → 7.5    readCount('') → null    readCount('Infinity') → Refusal 'not a number'
 */
export function readCount(raw: string): number | null | Refusal {
	const text = raw.trim();
	if (text === '') return null;
	const plain = readPlain(text);
	if (!Number.isNaN(plain)) return plain;
	if (MISSING.has(text.toLowerCase())) return null;
	return NOT_A_NUMBER;
}
