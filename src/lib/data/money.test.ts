import { describe, expect, it } from 'vitest';
import { parseCount, parseMoney } from './money.ts';

describe('parseMoney', () => {
	it.each([
		['185000', 185000],
		['185000.0', 185000],
		['$185,000', 185000],
		['185k', 185000],
		['185 000', 185000],
		['1.5M', 1500000],
		['USD 90,000', 90000],
		['', null],
		['  ', null],
		['NA', null],
		['N/A', null]
	])('reads %j as %j', (raw, expected) => {
		expect(parseMoney(raw)).toEqual({ ok: true, value: expected });
	});

	it.each(['-5', '(5,000)', 'NaN', 'Infinity', '0x10', '1e3', 'abc', '12%'])('refuses %j', (raw) => {
		const reading = parseMoney(raw);
		expect(reading.ok).toBe(false);
	});

	it('never reads an empty cell as 0', () => {
		expect(parseMoney('')).not.toEqual({ ok: true, value: 0 });
	});
});

describe('parseCount', () => {
	it.each([
		['7.5', 7.5],
		['0', 0],
		['', null]
	])('reads %j as %j', (raw, expected) => {
		expect(parseCount(raw)).toEqual({ ok: true, value: expected });
	});
	it.each(['Infinity', '-1', 'ten'])('refuses %j', (raw) => {
		expect(parseCount(raw).ok).toBe(false);
	});
});
