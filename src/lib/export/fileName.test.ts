import { describe, expect, test } from 'vitest';
import { composeFileName } from './fileName.ts';

describe('composeFileName', () => {
	test.each<[Parameters<typeof composeFileName>, string]>([
		[[['Company types', 'types', 'total pay']], 'forkline-company-types-total-pay'],
		[[['Ladder', 'big-tech', 'total pay']], 'forkline-ladder-big-tech-total-pay'],
		[
			[['Ladder', 'JPMorgan Chase & Co.', 'base salary']],
			'forkline-ladder-jpmorgan-chase-co-base-salary'
		],
		[
			[['Distribution', 'all types', 'total pay', 'L6', '', null, false, 2021]],
			'forkline-distribution-all-types-total-pay-l6-2021'
		],
		[
			[['Ladder', 'all types', 'net base pay'], 'dou'],
			'forkline-dou-ladder-all-types-net-base-pay'
		],
		[[['Ladder', 'all types', 'total pay'], 'levelsfyi'], 'forkline-ladder-all-types-total-pay'],
		[
			[['Ladder', 'all types', 'total pay', 2022], 'levelsfyi-2022'],
			'forkline-levelsfyi-2022-ladder-all-types-total-pay-2022'
		],
		[[['claim', 'forkline claim', 'parity-ideal']], 'forkline-claim-parity-ideal']
	])('%j → %s', (args, name) => {
		expect(composeFileName(...args)).toBe(name);
	});

	test('never writes a word twice, whatever the parts', () => {
		const name = composeFileName(['types types', 'Types', 'TYPES-total', 'total', 'pay pay']);
		expect(name).toBe('forkline-types-total-pay');
		const words = name.split('-');
		expect(new Set(words).size).toBe(words.length);
	});
});
