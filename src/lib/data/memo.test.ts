import { describe, expect, test } from 'vitest';
import { MEMO_LIMIT, memoize } from './memo';

describe('memoize', () => {
	test('computes each key once and returns the same value after', () => {
		const calls: string[] = [];
		const fold = memoize((label: string) => {
			calls.push(label);
			return label.trim().toLowerCase();
		});
		expect([fold(' Senior '), fold(' Senior '), fold('L5'), fold(' Senior ')]).toEqual([
			'senior',
			'senior',
			'l5',
			'senior'
		]);
		expect(calls).toEqual([' Senior ', 'L5']);
	});

	test('remembers undefined and null results too', () => {
		let calls = 0;
		const none = memoize((key: string) => {
			calls++;
			return key === 'a' ? undefined : null;
		});
		none('a');
		none('a');
		none('b');
		none('b');
		expect(calls).toBe(2);
	});

	test('stops storing past the limit but still answers', () => {
		let calls = 0;
		const id = memoize((key: number) => {
			calls++;
			return key * 2;
		});
		for (let i = 0; i < MEMO_LIMIT + 10; i++) id(i);
		expect(calls).toBe(MEMO_LIMIT + 10);
		expect(id(MEMO_LIMIT + 5)).toBe((MEMO_LIMIT + 5) * 2);
		expect(calls).toBe(MEMO_LIMIT + 11);
		expect(id(3)).toBe(6);
		expect(calls).toBe(MEMO_LIMIT + 11);
	});
});
