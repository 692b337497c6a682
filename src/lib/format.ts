/**
 * How Forkline writes numbers and levels for people. Pure functions over d3-format; they
 * never throw, and a missing value (null, undefined, NaN, ±Infinity) prints as an em dash.
 *
 * Negative numbers use the real minus sign (U+2212), as d3-format does, so they line up with
 * plus signs in tables and screen readers read them as "minus".
 */
import { format } from 'd3-format';
import { STD_LEVEL_NAMES, type StdLevel, type Track } from './data/domain.ts';

/** What a formatter prints for a value that is missing or not a finite number. */
export const MISSING = '—';
const MINUS = '\u2212';

const count = format(',.0f');
const percent = format('.0%');
const thousands = format(',.0f');
const millions = format('.2~f');
const countSi = format('.2~s');

/** The currency every bundled source is in, and an amount's when none is given. */
const USD = 'USD';

const currencyPrefixes = new Map<string, string>([[USD, '$']]);

/**
 * What goes before an amount in `currency`: its symbol when that is one character (€, £, ₴, ₹),
 * else its code and a space ("CHF ", "PLN "), so no two currencies share a mark. A symbol of
 * several letters (zł, kr) reads as a word, and the dollar sign belongs to USD alone: an amount
 * in CAD or AUD printed as "$58,750" would read as US dollars. A code Intl does not know prints
 * as given. Computed once per currency.
 *
 * @example currencyPrefix('EUR') // → '€'
 * @example currencyPrefix('CHF') // → 'CHF '
 */
function currencyPrefix(currency: string): string {
	const known = currencyPrefixes.get(currency);
	if (known !== undefined) return known;
	let symbol = '';
	try {
		const parts = new Intl.NumberFormat('en-US', {
			style: 'currency',
			currency,
			currencyDisplay: 'narrowSymbol'
		}).formatToParts(1);
		symbol = parts.find((p) => p.type === 'currency')?.value ?? '';
	} catch {
		// An invalid code (RangeError) keeps the code itself, below.
	}
	const oneMark = [...symbol].length === 1 && !/[\p{L}$]/u.test(symbol);
	const prefix = oneMark ? symbol : `${currency} `;
	currencyPrefixes.set(currency, prefix);
	return prefix;
}

/** A signed text with `prefix` put after its sign: '−1,200' → '−€1,200'. */
function withPrefix(text: string, prefix: string): string {
	return text.startsWith(MINUS) ? MINUS + prefix + text.slice(1) : prefix + text;
}

function isFiniteNumber(n: number | null | undefined): n is number {
	return typeof n === 'number' && Number.isFinite(n);
}

/**
 * The step a pay figure adjusted for inflation is printed to, from the width of the bins it was
 * read from: the power of ten of the width's leading digit, so figures from $5,000 bins print to
 * the $1,000 and DOU's $50 bins to the $10, while the exact $1 bins of a small upload keep every
 * dollar. A binned figure is within one bin of the exact one (cells.ts), and a CPI factor adds
 * digits but no precision: "$265,568" claims the dollar; "$266,000" claims what the bins hold,
 * with one digit to tell neighbouring groups apart. Figures as reported are printed to the
 * dollar (step 1), as the claims' sentences print the same bins.
 *
 * @example toFigureStep(5000) // → 1000
 * @example toFigureStep(50) // → 10
 * @example toFigureStep(1) // → 1
 */
export function toFigureStep(binWidth: number): number {
	return binWidth <= 1 ? 1 : 10 ** Math.floor(Math.log10(binWidth));
}

/**
 * An amount rounded to a step (whole dollars at step 1); missing stays missing.
 *
 * @example roundToStep(265568, 1000) // → 266000
 * @example roundToStep(2451.4) // → 2451
 */
export function roundToStep<N extends number | null | undefined>(n: N, step = 1): N {
	if (!isFiniteNumber(n)) return n;
	return (Math.round(n / step) * step) as N;
}

/**
 * A whole amount with thousands separators in `currency` (an ISO code; dollars when not given),
 * rounded to `step` (see toFigureStep).
 *
 * @example formatMoney(185000) // → '$185,000'
 * @example formatMoney(-1200.4) // → '−$1,200'
 * @example formatMoney(265568, 1000) // → '$266,000'
 * @example formatMoney(58750, 1, 'EUR') // → '€58,750'
 * @example formatMoney(58750, 1, 'CHF') // → 'CHF 58,750'
 * @example formatMoney(null) // → '—'
 */
export function formatMoney(n: number | null | undefined, step = 1, currency = USD): string {
	if (!isFiniteNumber(n)) return MISSING;
	return withPrefix(count(roundToStep(n, step)), currencyPrefix(currency));
}

/**
 * A whole amount of pay (in `currency`, dollars when not given) with its period when the period is a month, so a monthly figure never
 * reads as a yearly one; a yearly figure stays bare, as every table and tooltip has printed it.
 * Rounded to `step` (see toFigureStep).
 *
 * @example formatPay(2450, true) // → '$2,450 a month'
 * @example formatPay(185000, false) // → '$185,000'
 * @example formatPay(2456.2, true, 10) // → '$2,460 a month'
 * @example formatPay(null, true) // → '—'
 */
export function formatPay(
	n: number | null | undefined,
	perMonth: boolean,
	step = 1,
	currency = USD
): string {
	const text = formatMoney(n, step, currency);
	return perMonth && text !== MISSING ? `${text} a month` : text;
}

/**
 * An amount in thousands (`k`) or millions (`M`), in `currency` (dollars when not given), for
 * axes and tight labels. Thousands round to
 * whole numbers; millions keep up to two decimals so axis ticks such as $1.25M stay exact.
 *
 * @example formatMoneyShort(185000) // → '$185k'
 * @example formatMoneyShort(1200000) // → '$1.2M'
 * @example formatMoneyShort(999600) // → '$1M' (rounds up into millions, never '$1,000k')
 * @example formatMoneyShort(0) // → '$0'
 * @example formatMoneyShort(58750, 'EUR') // → '€59k'
 */
export function formatMoneyShort(n: number | null | undefined, currency = USD): string {
	if (!isFiniteNumber(n)) return MISSING;
	const sign = n < 0 ? MINUS : '';
	const unit = currencyPrefix(currency);
	const size = Math.abs(n);
	if (Math.round(size / 1e3) >= 1e3) return `${sign}${unit}${millions(size / 1e6)}M`;
	if (Math.round(size) >= 1e3) return `${sign}${unit}${thousands(size / 1e3)}k`;
	const whole = Math.round(size);
	return whole === 0 ? `${unit}0` : `${sign}${unit}${whole}`;
}

/**
 * A whole count with thousands separators.
 *
 * @example formatCount(1234) // → '1,234'
 */
export function formatCount(n: number | null | undefined): string {
	return isFiniteNumber(n) ? count(n) : MISSING;
}

/**
 * A count in two significant figures with k or M past a thousand, for the tightest labels.
 *
 * @example formatCountShort(575) // → '575'
 * @example formatCountShort(5766) // → '5.8k'
 * @example formatCountShort(12345) // → '12k'
 */
export function formatCountShort(n: number | null | undefined): string {
	if (!isFiniteNumber(n)) return MISSING;
	return Math.abs(n) < 1000 ? count(n) : countSi(n);
}

/**
 * A signed share, given as a fraction, in whole percent. Zero (after rounding) has no sign.
 *
 * @example formatPercent(0.03) // → '+3%'
 * @example formatPercent(-0.021) // → '−2%'
 * @example formatPercent(0.004) // → '0%'
 */
export function formatPercent(x: number | null | undefined): string {
	if (!isFiniteNumber(x)) return MISSING;
	const rounded = Math.round(Math.abs(x) * 100) / 100;
	if (rounded === 0) return '0%';
	return (x < 0 ? MINUS : '+') + percent(rounded);
}

/**
 * The name of a level on one track, or on both when the track is not given.
 *
 * @example formatLevelName(5, 'em') // → 'Manager'
 * @example formatLevelName(5) // → 'Senior / Manager'
 * @example formatLevelName(3) // → 'Entry' (both tracks use the same word)
 */
export function formatLevelName(level: StdLevel, track?: Track): string {
	const names = STD_LEVEL_NAMES[level];
	if (track) return names[track];
	return names.ic === names.em ? names.ic : `${names.ic} / ${names.em}`;
}

/**
 * A level with its number and names, on one line.
 *
 * @example formatLevel(5) // → 'L5 · Senior / Manager'
 * @example formatLevel(5, 'ic') // → 'L5 · Senior'
 */
export function formatLevel(level: StdLevel, track?: Track): string {
	return `L${level} · ${formatLevelName(level, track)}`;
}

/**
 * A level as the lines of an axis label: the number first, then the names, on one line when
 * `nameLines` is 1 or one line per track when it is 2. With 0 only the number is given.
 *
 * @example formatLevelLines(5) // → ['L5', 'Senior / Manager']
 * @example formatLevelLines(7, 2) // → ['L7', 'Senior staff', 'Senior manager']
 * @example formatLevelLines(3, 2) // → ['L3', 'Entry']
 */
export function formatLevelLines(level: StdLevel, nameLines: 0 | 1 | 2 = 1): string[] {
	const names = STD_LEVEL_NAMES[level];
	if (nameLines === 0) return [`L${level}`];
	if (nameLines === 1 || names.ic === names.em) return [`L${level}`, formatLevelName(level)];
	return [`L${level}`, names.ic, names.em];
}

/**
 * A share (0–1) as an ordinal percentile, clamped to 1st–99th: the ends of a binned distribution
 * are not precise enough to claim 0th or 100th.
 *
 * @example formatPercentile(0.613) // → '61st'
 * @example formatPercentile(0.12) // → '12th'
 * @example formatPercentile(1) // → '99th'
 */
export function formatPercentile(p: number | null | undefined): string {
	if (!isFiniteNumber(p)) return MISSING;
	const n = Math.min(99, Math.max(1, Math.round(p * 100)));
	const suffix =
		n % 100 >= 11 && n % 100 <= 13
			? 'th'
			: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * The years a source covers: a span, or one year when it starts and ends in the same one; ''
 * when unknown. `prefix` goes before a non-empty result.
 *
 *     formatYearSpan(2017, 2021) → '2017–2021'    formatYearSpan(2024, 2024) → '2024'
 */
export function formatYearSpan(
	first: number | null | undefined,
	last: number | null | undefined,
	prefix = ''
): string {
	if (!first || !last) return '';
	return prefix + (first === last ? String(first) : `${first}–${last}`);
}

/**
 * A word for a file name: lower case, runs of anything but letters and digits as one hyphen.
 *
 *     toFileWord('Booking.com') → 'booking-com'    toFileWord('big-tech') → 'big-tech'
 */
export function toFileWord(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
