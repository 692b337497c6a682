import { describe, expect, it } from 'vitest';
import { CLAIMS } from '$lib/claims/catalog.ts';
import { benchmarkColumn, readRow, type EvidenceCell } from './matrix.ts';

const cell = (sourceId: string, verdict?: EvidenceCell['verdict']): EvidenceCell =>
	verdict
		? { claimId: 'x', sourceId, status: 'tested', verdict }
		: { claimId: 'x', sourceId, status: 'untestable', reason: 'no company names' };

describe('evidence matrix', () => {
	it('reads a row as holds in k of the sources that can test it, naming where it fails or is mixed', () => {
		const labels = new Map([
			['a', 'A'],
			['b', 'B'],
			['c', 'C'],
			['d', 'D'],
			['e', 'E']
		]);
		const row = [
			cell('a', 'supported'),
			cell('b', 'contradicted'),
			cell('c', 'mixed'),
			cell('d', 'not-enough-data'),
			cell('e')
		];
		expect(readRow(row, labels)).toBe(
			'holds in 1 of the 3 sources that can test it; fails on B; mixed on C'
		);
		expect(readRow([cell('e')], labels)).toBe('no source can test it with enough reports');
	});

	it('puts the occupation-wide benchmark beside the premium claims only, never as a verdict', () => {
		const column = benchmarkColumn({ id: 'bls-oews' }, { year: 2024, premium: 0.2865 });
		expect(column).toHaveLength(CLAIMS.length);
		const benchmarks = column.filter((c) => c.status === 'benchmark');
		expect(benchmarks.map((c) => c.claimId).sort()).toEqual(['parity-ideal', 'premium-smaller']);
		expect(benchmarks.every((c) => c.verdict === undefined && c.value === 0.2865)).toBe(true);
		expect(column.filter((c) => c.status === 'untestable').map((c) => c.reason)).toEqual(
			Array(CLAIMS.length - 2).fill('no levels (occupation-wide wages)')
		);
	});
});
