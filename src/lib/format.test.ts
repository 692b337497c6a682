import { describe, expect, it } from 'vitest';
import { STD_LEVELS } from '$lib/data/domain';
import {
	MISSING,
	formatCount,
	formatCountShort,
	formatLevel,
	formatLevelLines,
	formatLevelName,
	formatMoney,
	formatMoneyShort,
	formatPay,
	formatPercent,
	formatYearSpan,
	roundToStep,
	toFigureStep
} from './format';

const MINUS = '\u2212';
const missingInputs = [null, undefined, NaN, Infinity, -Infinity];

describe('formatMoney', () => {
	it.each([
		[185000, '$185,000'],
		[0, '$0'],
		[999.5, '$1,000'],
		[1234567.4, '$1,234,567'],
		[-1200.4, `${MINUS}$1,200`]
	])('%d → %s', (n, expected) => {
		expect(formatMoney(n)).toBe(expected);
	});

	it.each(missingInputs)('%s → —', (n) => {
		expect(formatMoney(n)).toBe(MISSING);
	});
});

describe('formatPay', () => {
	it('writes a monthly amount with its period and a yearly one bare', () => {
		expect(formatPay(2450, true)).toBe('$2,450 a month');
		expect(formatPay(185000, false)).toBe('$185,000');
		expect(formatPay(null, true)).toBe('—');
	});
});

describe('the step figures print to', () => {
	it.each([
		[5000, 1000],
		[50, 10],
		[1, 1]
	])('bins of $%d print to the $%d', (binWidth, step) => {
		expect(toFigureStep(binWidth)).toBe(step);
	});

	it('rounds an adjusted figure to its step and keeps a typed one exact', () => {
		expect(formatMoney(265_568, toFigureStep(5000))).toBe('$266,000');
		expect(formatPay(2_456.2, true, toFigureStep(50))).toBe('$2,460 a month');
		expect(formatMoney(262_345, toFigureStep(1))).toBe('$262,345');
		expect(roundToStep(null, 1000)).toBeNull();
		expect(formatMoney(undefined, 1000)).toBe(MISSING);
	});
});

describe('formatMoneyShort', () => {
	it.each([
		[185000, '$185k'],
		[185499, '$185k'],
		[50000, '$50k'],
		[1000, '$1k'],
		[999.6, '$1k'],
		[950, '$950'],
		[0, '$0'],
		[-0.2, '$0'],
		[999600, '$1M'],
		[1200000, '$1.2M'],
		[1250000, '$1.25M'],
		[2000000, '$2M'],
		[-185000, `${MINUS}$185k`]
	])('%d → %s', (n, expected) => {
		expect(formatMoneyShort(n)).toBe(expected);
	});

	it.each(missingInputs)('%s → —', (n) => {
		expect(formatMoneyShort(n)).toBe(MISSING);
	});
});

describe('amounts in an upload’s own currency', () => {
	it('prints dollars exactly as without a currency', () => {
		expect(formatMoney(185000, 1, 'USD')).toBe('$185,000');
		expect(formatMoneyShort(185000, 'USD')).toBe('$185k');
		expect(formatPay(2450, true, 1, 'USD')).toBe('$2,450 a month');
	});

	it('prints a one-character symbol before the amount, after a minus', () => {
		expect(formatMoney(58750, 1, 'EUR')).toBe('€58,750');
		expect(formatMoneyShort(58750, 'EUR')).toBe('€59k');
		expect(formatMoney(-1200.4, 1, 'EUR')).toBe(`${MINUS}€1,200`);
		expect(formatMoneyShort(-1200, 'EUR')).toBe(`${MINUS}€1k`);
		expect(formatMoneyShort(0, 'EUR')).toBe('€0');
		expect(formatPay(2456.2, true, 10, 'UAH')).toBe('₴2,460 a month');
		expect(formatMoney(58750, 1000, 'GBP')).toBe('£59,000');
		expect(formatMoneyShort(1250000, 'INR')).toBe('₹1.25M');
	});

	it('prints the code and a space where the symbol is letters or a dollar sign of another country', () => {
		expect(formatMoney(58750, 1, 'CHF')).toBe('CHF 58,750');
		expect(formatMoneyShort(58750, 'CHF')).toBe('CHF 59k');
		expect(formatMoney(58750, 1, 'PLN')).toBe('PLN 58,750');
		expect(formatMoney(-1200, 1, 'CAD')).toBe(`${MINUS}CAD 1,200`);
	});

	it('falls back to the code for one Intl does not know, and never throws', () => {
		expect(formatMoney(58750, 1, 'XYZ')).toBe('XYZ 58,750');
		expect(formatMoney(58750, 1, 'euro')).toBe('euro 58,750');
		expect(() => formatMoneyShort(58750, '')).not.toThrow();
		expect(formatMoney(null, 1, 'EUR')).toBe(MISSING);
	});
});

describe('formatCountShort', () => {
	it.each([
		[575, '575'],
		[999, '999'],
		[1000, '1k'],
		[5766, '5.8k'],
		[12345, '12k'],
		[1234567, '1.2M']
	])('%d → %s', (n, expected) => {
		expect(formatCountShort(n)).toBe(expected);
	});

	it.each(missingInputs)('%s → —', (n) => {
		expect(formatCountShort(n)).toBe(MISSING);
	});
});

describe('formatCount', () => {
	it.each([
		[1234, '1,234'],
		[0, '0'],
		[5, '5'],
		[1234567, '1,234,567']
	])('%d → %s', (n, expected) => {
		expect(formatCount(n)).toBe(expected);
	});

	it.each(missingInputs)('%s → —', (n) => {
		expect(formatCount(n)).toBe(MISSING);
	});
});

describe('formatPercent', () => {
	it.each([
		[0.03, '+3%'],
		[-0.021, `${MINUS}2%`],
		[0.125, '+13%'],
		[1, '+100%'],
		[0, '0%'],
		[0.004, '0%'],
		[-0.004, '0%']
	])('%d → %s', (x, expected) => {
		expect(formatPercent(x)).toBe(expected);
	});

	it('uses the real minus sign, not a hyphen', () => {
		expect(formatPercent(-0.5)).not.toContain('-');
	});

	it.each(missingInputs)('%s → —', (x) => {
		expect(formatPercent(x)).toBe(MISSING);
	});
});

describe('levels', () => {
	it.each([
		[5, undefined, 'L5 · Senior / Manager'],
		[5, 'ic', 'L5 · Senior'],
		[5, 'em', 'L5 · Manager'],
		[3, undefined, 'L3 · Entry'],
		[9, undefined, 'L9 · Distinguished / VP']
	] as const)('formatLevel(%d, %s) → %s', (level, track, expected) => {
		expect(formatLevel(level, track)).toBe(expected);
	});

	it('names both tracks once when they share a word', () => {
		expect(formatLevelName(4)).toBe('Mid');
		expect(formatLevelName(6)).toBe('Staff / Manager II');
	});

	it.each([
		[5, 1, ['L5', 'Senior / Manager']],
		[7, 2, ['L7', 'Senior staff', 'Senior manager']],
		[3, 2, ['L3', 'Entry']],
		[8, 0, ['L8']]
	] as const)('formatLevelLines(%d, %d) → %j', (level, nameLines, expected) => {
		expect(formatLevelLines(level, nameLines)).toEqual(expected);
	});

	it('labels every level on the common scale', () => {
		const labels = STD_LEVELS.map((level) => formatLevel(level));
		expect(new Set(labels).size).toBe(STD_LEVELS.length);
		expect(labels.every((label) => /^L[3-9] · \S/.test(label))).toBe(true);
	});
});

describe('formatYearSpan', () => {
	it('writes one year once, a span with an en dash, and nothing when unknown', () => {
		expect(formatYearSpan(2024, 2024)).toBe('2024');
		expect(formatYearSpan(2017, 2021, ' ')).toBe(' 2017–2021');
		expect(formatYearSpan(null, 2021, ' ')).toBe('');
	});
});
