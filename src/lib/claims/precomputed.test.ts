// The claims computed when the data is built, on SYNTHETIC cells from the seeded generator
// (tests/fixtures), not real pay: every company type's shares from one pass over the resamples
// are the shares the Claims page's worker computes for that type alone, and a stored part reads
// back as the live evaluation.
import { describe, expect, it } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';
import { evaluateClaims } from './catalog.ts';
import {
	CLAIMS_FORMAT,
	CLAIMS_FILTERS,
	findSmallSides,
	measureStabilityByType,
	parseClaimsFile,
	toEvaluatedClaims,
	toFilterKey
} from './precomputed.ts';
import { measureStability } from './stability.ts';
import type { Evaluation } from './types.ts';

const cells = createSyntheticCells({ perGroup: 20, emFactor: 1.1 });
const options = { binWidth: 5000, perMonth: false };
const verdictsOf = (companyType: 'all' | 'big-tech') =>
	Object.fromEntries(
		evaluateClaims(cells, { companyType }, options).map((e) => [e.claim.id, e.evaluation.verdict])
	);

describe('measureStabilityByType', () => {
	it('gives each company type the shares measureStability gives it alone, from the seed', () => {
		const before = JSON.stringify(cells);
		const verdicts = new Map([
			['all', verdictsOf('all')],
			['big-tech', verdictsOf('big-tech')]
		] as const);
		const byType = measureStabilityByType(cells, ['all', 'big-tech'], verdicts, options, {
			resamples: 6,
			seed: 11
		});
		for (const type of ['all', 'big-tech'] as const)
			expect(byType.get(type)).toEqual(
				measureStability(cells, { companyType: type }, verdicts.get(type)!, {
					resamples: 6,
					seed: 11
				})
			);
		expect(byType.get('all')!.map((s) => s.counts)).not.toEqual(
			measureStabilityByType(cells, ['all'], verdicts, options, { resamples: 6, seed: 12 })
				.get('all')!
				.map((s) => s.counts)
		);
		expect(JSON.stringify(cells)).toBe(before);
	});
});

describe('the claims files', () => {
	it('offer the Claims page’s 16 filters, the default first', () => {
		expect(CLAIMS_FILTERS).toHaveLength(16);
		expect(toFilterKey(CLAIMS_FILTERS[0]!)).toBe('all');
		expect(new Set(CLAIMS_FILTERS.map(toFilterKey)).size).toBe(16);
		expect(CLAIMS_FILTERS.map(toFilterKey)).not.toContain('unclassified');
	});

	it('read back a part as the evaluations it stored, and refuse another source’s file', () => {
		const live = evaluateClaims(cells, {}, options);
		const file = {
			format: CLAIMS_FORMAT,
			sourceId: 'dou',
			parts: [
				{
					key: 'all',
					evaluations: live.map((e) => ({ claimId: e.claim.id, evaluation: e.evaluation })),
					stability: [],
					placement: { fallback: 0, known: 0, n: 0 },
					untestable: {}
				}
			]
		};
		const parsed = parseClaimsFile(JSON.parse(JSON.stringify(file)), 'dou');
		const shown = toEvaluatedClaims(parsed.parts[0]!);
		expect(shown.map((e) => e.claim)).toEqual(live.map((e) => e.claim));
		expect(shown.map((e) => e.evaluation)).toEqual(
			JSON.parse(JSON.stringify(live.map((e) => e.evaluation)))
		);
		expect(() => parseClaimsFile(file, 'aijobs')).toThrow(/dou's/);
		expect(() => parseClaimsFile({ ...file, format: 'forkline-claims/1' }, 'dou')).toThrow(
			/not forkline-claims\/3/
		);
	});

	it('find compared groups under the privacy floor', () => {
		const side = (label: string, n: number) => ({ label, median: 100_000, n });
		const evaluation = {
			comparisons: [
				{
					label: 'L5',
					gap: 0,
					low: 0,
					high: 0,
					agrees: true,
					a: side('IC L5', 3),
					b: side('EM L5', 2)
				}
			],
			measures: []
		} as unknown as Evaluation;
		expect(findSmallSides(evaluation, 3)).toEqual(['EM L5 (2)']);
		expect(findSmallSides({ ...evaluation, comparisons: [] }, 3)).toEqual([]);
	});
});
