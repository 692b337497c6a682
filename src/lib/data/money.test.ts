import { describe, expect, it } from 'vitest';
import { readCount, readMoney, Refusal } from './money.ts';

describe('readMoney', () => {
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
		expect(readMoney(raw)).toBe(expected);
	});

	it.each(['-5', '(5,000)', 'NaN', 'Infinity', '0x10', '1e3', 'abc', '12%', '1.', '.5', '1.2.3'])(
		'refuses %j',
		(raw) => {
			const reading = readMoney(raw);
			expect(reading).toBeInstanceOf(Refusal);
			expect((reading as Refusal).reason).toMatch(/./);
		}
	);

	it('refuses digits too many to make a finite number instead of reading Infinity', () => {
		expect(readMoney('9'.repeat(400))).toBeInstanceOf(Refusal);
		expect(readCount('9'.repeat(400))).toBeInstanceOf(Refusal);
	});

	it('never reads an empty cell as 0', () => {
		expect(readMoney('')).not.toBe(0);
	});
});

describe('readCount', () => {
	it.each([
		['7.5', 7.5],
		[' 12 ', 12],
		['0', 0],
		['', null]
	])('reads %j as %j', (raw, expected) => {
		expect(readCount(raw)).toBe(expected);
	});
	it.each(['Infinity', '-1', 'ten', '1.', '7..5'])('refuses %j', (raw) => {
		expect(readCount(raw)).toBeInstanceOf(Refusal);
	});
});
