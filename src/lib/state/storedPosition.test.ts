import { describe, expect, it } from 'vitest';
import { readStoredPosition } from './storedPosition.ts';

// A made-up position, as /me stores it (not anyone's real pay).
const STORED = {
	companyType: 'big-tech',
	company: '',
	track: 'ic',
	stdLevel: 6,
	companyLevel: 'L6',
	total: 400000,
	base: 200000,
	stock: 150000,
	bonus: 50000
};

describe('readStoredPosition', () => {
	it('reads back what /me stored', () => {
		expect(readStoredPosition(JSON.stringify(STORED))).toEqual(STORED);
	});

	it('reads a position stored before the level label was named companyLevel', () => {
		const { companyLevel, ...rest } = STORED;
		expect(readStoredPosition(JSON.stringify({ ...rest, levelLabel: companyLevel }))).toEqual(
			STORED
		);
	});

	it.each([
		['not JSON', '{oops'],
		['an older shape', JSON.stringify({ level: 6, pay: 1 })],
		['a level off the scale', JSON.stringify({ ...STORED, stdLevel: 12 })],
		['negative pay', JSON.stringify({ ...STORED, total: -5 })],
		['a pay of 1e308 (above what the form reads)', JSON.stringify({ ...STORED, total: 1e308 })],
		['a stock of two trillion', JSON.stringify({ ...STORED, stock: 2e12 })],
		['an unknown company type', JSON.stringify({ ...STORED, companyType: 'agency' })]
	])('refuses %s', (_name, text) => {
		expect(readStoredPosition(text)).toBeUndefined();
	});
});
