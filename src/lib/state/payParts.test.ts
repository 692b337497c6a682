import { describe, expect, test } from 'vitest';
import type { PayCell } from '$lib/data/cells';
import { formatMissingPart, listPayParts } from './payParts';

// Hand-made cells: only their histograms (bin, count pairs) matter here; no pay figure is read.
const cell = (parts: Pick<PayCell, 'total' | 'base' | 'stock' | 'bonus'>) => parts as PayCell;

describe('the parts of pay a source has', () => {
	test('a source giving base, stock and bonus offers all four parts', () => {
		const cells = [cell({ total: [40, 2], base: [30, 2], stock: [8, 1], bonus: [2, 2] })];
		expect(listPayParts(cells)).toEqual(['total', 'base', 'stock', 'bonus']);
	});

	test('a source whose base is its total (net base pay, salary) offers total alone', () => {
		const cells = [
			cell({ total: [40, 2], base: [40, 2], stock: [], bonus: [] }),
			cell({ total: [41, 1], base: [41, 1], stock: [], bonus: [] })
		];
		expect(listPayParts(cells)).toEqual(['total']);
		expect(listPayParts([cell({ total: [3, 4], base: [], stock: [], bonus: [] })])).toEqual([
			'total'
		]);
	});

	test('a base that differs from the total somewhere is offered', () => {
		const cells = [
			cell({ total: [40, 2], base: [40, 2], stock: [], bonus: [] }),
			cell({ total: [12, 1], base: [11, 1], stock: [], bonus: [] })
		];
		expect(listPayParts(cells)).toEqual(['total', 'base']);
	});

	test('the note names the missing part and what is shown instead', () => {
		expect(formatMissingPart('stock', 'DOU Ukraine', 'net base pay a month')).toBe(
			'DOU Ukraine has no stock a year figures: showing net base pay a month instead.'
		);
	});
});
