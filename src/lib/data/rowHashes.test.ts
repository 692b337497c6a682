import { describe, expect, it } from 'vitest';
import { hashCells, RowHashSet } from './rowHashes.ts';

describe('hashCells', () => {
	it('tells cells apart by where they split, and is a whole number below 2^53', () => {
		expect(hashCells(['ab', 'c'])).not.toBe(hashCells(['a', 'bc']));
		expect(hashCells(['x', 'y'])).toBe(hashCells(['x', 'y']));
		const h = hashCells(['Acme', 'IC', 'L5', '150000']);
		expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
	});
});

describe('RowHashSet', () => {
	it('says whether each hash is new, across growth, as a Set would', () => {
		// Generated test data: hashes of synthetic rows, each added twice.
		const set = new RowHashSet();
		const reference = new Set<number>();
		const hashes = Array.from({ length: 5000 }, (_, i) =>
			hashCells([`row ${i % 3000}`, String(i % 7)])
		);
		for (const h of [...hashes, ...hashes]) {
			expect(set.add(h)).toBe(!reference.has(h));
			reference.add(h);
		}
		expect(set.size).toBe(reference.size);
	});

	it('keeps 0 and the largest hash', () => {
		const set = new RowHashSet();
		expect(set.add(0)).toBe(true);
		expect(set.add(0)).toBe(false);
		expect(set.add(2 ** 53 - 2)).toBe(true);
		expect(set.add(2 ** 53 - 2)).toBe(false);
	});
});
