// Stability of the verdicts on SYNTHETIC cells from the seeded generator (tests/fixtures), not
// real pay: the resampling is reproducible from its seed, keeps the cells' shape, and tells a
// clear verdict from a knife-edge one.
import { describe, expect, it } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';
import { createSeededRandom } from '$lib/data/bootstrap.ts';
import { CLAIMS, evaluateClaims } from './catalog.ts';
import { describeStability, isSettled, measureStability, resampleCells } from './stability.ts';

const verdictsOf = (cells: Parameters<typeof evaluateClaims>[0]) =>
	Object.fromEntries(evaluateClaims(cells).map((e) => [e.claim.id, e.evaluation.verdict]));

describe('resampleCells', () => {
	const cells = createSyntheticCells({ perGroup: 30 });

	it('redraws each bin’s count, keeps n equal to the counts, and leaves the input alone', () => {
		const before = JSON.stringify(cells);
		const resample = resampleCells(cells, createSeededRandom(1));
		expect(JSON.stringify(cells)).toBe(before);
		expect(resample).toHaveLength(cells.length);
		let changed = 0;
		resample.forEach((cell, i) => {
			let n = 0;
			for (let j = 1; j < cell.total.length; j += 2) n += cell.total[j]!;
			expect(cell.n).toBe(n);
			if (JSON.stringify(cell.total) !== JSON.stringify(cells[i]!.total)) changed++;
		});
		expect(changed).toBeGreaterThan(cells.length / 2);
		const reports = (cs: typeof cells) => cs.reduce((sum, c) => sum + c.n, 0);
		expect(reports(resample) / reports(cells)).toBeCloseTo(1, 1);
	});
});

describe('measureStability', () => {
	const claims = CLAIMS.filter((c) => c.id === 'parity-ideal');

	// EM pay 1.1× IC pay at level 5 only sits on the ±10% parity band: resamples fall either side.
	const edge = createSyntheticCells({ perGroup: 30, emFactor: 1.1, levels: [5] });

	it('is reproducible from its seed and changes with it', () => {
		const cells = edge;
		const verdicts = verdictsOf(cells);
		const run = (seed: number) =>
			measureStability(cells, {}, verdicts, { resamples: 12, seed, claims });
		expect(run(5)).toEqual(run(5));
		expect(run(5).map((s) => s.counts)).not.toEqual(run(6).map((s) => s.counts));
	});

	it('calls a clear verdict settled: EM pay 1.5× IC pay contradicts parity in every resample', () => {
		const cells = createSyntheticCells({ perGroup: 30, emFactor: 1.5 });
		const [parity] = measureStability(cells, {}, verdictsOf(cells), { resamples: 20, claims });
		expect(parity).toMatchObject({ claimId: 'parity-ideal', verdict: 'contradicted', same: 20 });
		expect(isSettled(parity!)).toBe(true);
		expect(describeStability(parity!)).toBe('Contradicted in 20 of 20 resamples: settled.');
	});

	it('marks a knife-edge verdict not settled and says which way it would tip', () => {
		const cells = edge;
		const [parity] = measureStability(cells, {}, verdictsOf(cells), { resamples: 30, claims });
		expect(isSettled(parity!)).toBe(false);
		expect(parity!.tip).toBeDefined();
		// Every outcome is named, so the counts add up to the resamples.
		const counts = [...describeStability(parity!).matchAll(/\b(\d+)(?: of 30|\))/g)].map((m) =>
			Number(m[1])
		);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
		expect(describeStability(parity!)).toMatch(
			/^(Supported|Mixed|Contradicted) in \d+ of 30 resamples: (not settled|a coin toss, not settled); it would tip to (Supported|Mixed|Contradicted) \(\d+\)(, else (Supported|Mixed|Contradicted|Not enough data) \(\d+\))*\.$/
		);
	});
});
