/**
 * Spotting repeated rows without keeping them: a 53-bit hash of each row's cells, held in an
 * open-addressing table of doubles. A `Set<number>` of the same hashes would box every one of
 * them (they are past the small-integer range), and its lookups would weigh on every row.
 */

/**
 * A 53-bit hash of a row's cells (two 32-bit FNV-1a-style lanes). Collisions are possible but,
 * at 2^-53 per pair, not in files people upload.
 *
 *     hashCells(['a', 'bc']) !== hashCells(['ab', 'c'])
 */
export function hashCells(cells: readonly string[]): number {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (const cell of cells) {
		for (let i = 0; i < cell.length; i++) {
			const c = cell.charCodeAt(i);
			h1 = Math.imul(h1 ^ c, 0x01000193);
			h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		}
		// A separator, so ['ab', 'c'] and ['a', 'bc'] differ.
		h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
		h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
	}
	return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * A set of row hashes (non-negative integers below 2^53). Linear probing in a Float64Array kept
 * at most half full; slot value 0 means empty, so hashes are stored plus one.
 *
 *     const seen = new RowHashSet();
 *     seen.add(h) → true (new)    seen.add(h) → false (seen before)
 */
export class RowHashSet {
	private table = new Float64Array(1024);
	private mask = 1023;
	size = 0;

	/** Add a hash; true when it was not in the set yet. */
	add(hash: number): boolean {
		const stored = hash + 1;
		let i = hash % (this.mask + 1);
		for (;;) {
			const slot = this.table[i]!;
			if (slot === 0) break;
			if (slot === stored) return false;
			i = (i + 1) & this.mask;
		}
		this.table[i] = stored;
		if (++this.size * 2 > this.mask) this.grow();
		return true;
	}

	private grow(): void {
		const old = this.table;
		this.table = new Float64Array(old.length * 2);
		this.mask = this.table.length - 1;
		for (const stored of old) {
			if (stored === 0) continue;
			let i = (stored - 1) % this.table.length;
			while (this.table[i] !== 0) i = (i + 1) & this.mask;
			this.table[i] = stored;
		}
	}
}
