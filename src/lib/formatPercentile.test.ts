import { describe, expect, it } from 'vitest';
import { formatPercentile } from './format';

describe('formatPercentile', () => {
	it.each([
		[0.613, '61st'],
		[0.12, '12th'],
		[0.22, '22nd'],
		[0.03, '3rd'],
		[0.111, '11th'],
		[0, '1st'],
		[1, '99th'],
		[Number.NaN, '—']
	])('%f → %s', (p, text) => {
		expect(formatPercentile(p)).toBe(text);
	});
});
