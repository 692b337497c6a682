/**
 * The one memo of the data layer. An import meets the same few thousand strings (company
 * spellings, level labels, job titles, locations) over tens of thousands of rows, so each
 * distinct key is worked out once and looked up after that.
 *
 * Every memo is bounded: past `MEMO_LIMIT` distinct keys a value is computed afresh each time
 * and not stored, so a file of unique strings cannot grow memory without end. String keys are
 * stored as copies (`ownString`), so a memo never keeps a whole chunk of file text alive
 * through a sliced string.
 */
import { ownString } from './ownString.ts';

/** The most distinct keys one memo keeps. */
export const MEMO_LIMIT = 50_000;

/**
 * `compute` wrapped so that each key is computed once (up to `MEMO_LIMIT` keys). Arguments after
 * the key are passed on only when the key is first seen: the value belongs to the key alone.
 *
 *     const fold = memoize((label: string) => label.trim().toLowerCase());
 *     fold(' Senior ') → 'senior' (computed)   fold(' Senior ') → 'senior' (looked up)
 */
export function memoize<K, V, A extends unknown[] = []>(
	compute: (key: K, ...rest: A) => V
): (key: K, ...rest: A) => V {
	const memo = new Map<K, V>();
	return (key, ...rest) => {
		const found = memo.get(key);
		if (found !== undefined || memo.has(key)) return found as V;
		const value = compute(key, ...rest);
		if (memo.size < MEMO_LIMIT)
			memo.set(typeof key === 'string' ? (ownString(key) as K) : key, value);
		return value;
	};
}
