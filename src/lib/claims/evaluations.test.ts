/**
 * The evaluations on data whose truth we know. SYNTHETIC, NOT REAL PAY: every record comes from
 * tests/fixtures/records.ts, a seeded generator, turned into cells the way an upload is.
 */
import { describe, expect, it } from 'vitest';
import { createSyntheticRecords } from '../../../tests/fixtures/records.ts';
import { createCells, toYoeBand, type PayCell } from '$lib/data/cells.ts';
import type { PayRecord } from '$lib/data/domain.ts';
import { CLAIMS, evaluateClaims, toExplorerHref } from './catalog.ts';
import type { Verdict } from './types.ts';

function toCells(records: readonly PayRecord[]): PayCell[] {
	return createCells(records, (r) => ({
		company: r.company,
		companyType: r.companyType,
		track: r.track,
		stdLevel: r.stdLevel,
		region: 'synthetic',
		year: r.year ?? 0,
		yoe: toYoeBand(r.yearsExperience)
	}));
}

function verdicts(cells: readonly PayCell[], filter = {}): Record<string, Verdict> {
	return Object.fromEntries(
		evaluateClaims(cells, filter).map(({ claim, evaluation }) => [claim.id, evaluation.verdict])
	);
}

// 60 reports per company type, track and level: 20 per synthetic company, enough for every claim.
const premiumCells = toCells(createSyntheticRecords({ emFactor: 1.5, perGroup: 60 }));
const sameCells = toCells(createSyntheticRecords({ emFactor: 1, perGroup: 60 }));

describe('the catalog', () => {
	it('holds the ten claims of the essays’ index and more, each with a source, paraphrase and view', () => {
		const ids = CLAIMS.map((c) => c.id);
		for (const id of [
			'parity-ideal',
			'culture-decides',
			'switch-cost',
			'premium-smaller',
			'dual-ladder',
			'drivers-not-track',
			'startup-vs-bigtech',
			'fork-at-five',
			'same-neighborhood',
			'ic-keeps-climbing'
		]) {
			expect(ids).toContain(id);
		}
		expect(new Set(ids).size).toBe(ids.length);
		for (const claim of CLAIMS) {
			expect(claim.paraphrase.length).toBeGreaterThan(20);
			expect(claim.views.length).toBeGreaterThan(0);
		}
	});

	it('links each claim to its first explorer view with the company type', () => {
		const claim = CLAIMS.find((c) => c.id === 'startup-vs-bigtech')!;
		expect(toExplorerHref(claim, { companyType: 'startup' })).toBe('/?view=types&type=startup');
		expect(toExplorerHref(claim)).toBe('/?view=types');
	});
});

describe('EM pay 1.5× IC pay at every level', () => {
	const v = verdicts(premiumCells);

	it.each([
		'parity-ideal',
		'premium-smaller',
		'same-neighborhood',
		'switch-cost',
		'dual-ladder',
		'leadership-not-money',
		'drivers-not-track',
		'startup-vs-bigtech'
	])('%s is contradicted', (id) => {
		expect(v[id]).toBe('contradicted');
	});

	it('culture-decides is not supported: every company type pays managers the same premium', () => {
		expect(v['culture-decides']).not.toBe('supported');
	});

	it('ic-keeps-climbing is supported: both ladders grow alike, only their height differs', () => {
		expect(v['ic-keeps-climbing']).toBe('supported');
	});

	it('fork-at-five is contradicted: the generator puts managers at every level from 3', () => {
		expect(v['fork-at-five']).toBe('contradicted');
	});

	it('says so in a sentence built from its figures', () => {
		const parity = CLAIMS[0]!.evaluate(premiumCells, {});
		expect(parity.sentence).toMatch(
			/^At levels 5–9 the EM premium over IC pay ranges from \+\d+% to \+\d+%; parity holds at 0 of 5 levels: at 5 of 5 levels even the 90% interval lies outside ±10%\.$/
		);
		for (const c of parity.comparisons) {
			expect(c.gap).toBeGreaterThan(0.4);
			expect(c.low).toBeLessThanOrEqual(c.gap);
			expect(c.high).toBeGreaterThanOrEqual(c.gap);
			expect(c.a.n).toBe(300);
			expect(c.b.n).toBe(300);
		}
		expect(parity.n).toEqual({ ic: 1500, em: 1500 });
	});
});

describe('both tracks drawn from the same distribution', () => {
	const v = verdicts(sameCells);

	it.each([
		'parity-ideal',
		'premium-smaller',
		'same-neighborhood',
		'switch-cost',
		'dual-ladder',
		'leadership-not-money',
		'ic-keeps-climbing'
	])('%s is supported', (id) => {
		expect(v[id]).toBe('supported');
	});

	it('culture-decides is not supported: no company type favours either track', () => {
		expect(v['culture-decides']).not.toBe('supported');
	});

	it('drivers-not-track is supported when companies differ in pay and tracks do not', () => {
		// Synthetic companies 1, 2 and 3 of each type pay 0%, 20% and 40% more.
		const records = createSyntheticRecords({ emFactor: 1, perGroup: 60 }).map((r) => {
			const k = Number(r.company.slice(-1)) - 1;
			return { ...r, total: Math.round(r.total * (1 + 0.2 * k)) };
		});
		expect(verdicts(toCells(records))['drivers-not-track']).toBe('supported');
	});

	it('fork-at-five is supported when managers start at level 5', () => {
		const records = createSyntheticRecords({ emFactor: 1, perGroup: 60 }).filter(
			(r) => r.track === 'ic' || r.stdLevel >= 5
		);
		expect(verdicts(toCells(records))['fork-at-five']).toBe('supported');
	});
});

describe('three reports a side', () => {
	// Level 5 only, one company type: 3 IC and 3 EM reports in the selection.
	const cells = toCells(createSyntheticRecords({ perGroup: 3, levels: [5] }));

	it.each(CLAIMS.map((c) => c.id))('%s says not enough data, naming the threshold', (id) => {
		const evaluation = CLAIMS.find((c) => c.id === id)!.evaluate(cells, {
			companyType: 'big-tech'
		});
		expect(evaluation.verdict).toBe('not-enough-data');
		expect(evaluation.sentence).toMatch(/^Not enough data: .*10 or more/);
	});
});

describe('every evaluation', () => {
	it('is deterministic and leaves its input alone', () => {
		const before = JSON.stringify(sameCells);
		const first = evaluateClaims(sameCells, { companyType: 'finance' });
		const second = evaluateClaims(sameCells, { companyType: 'finance' });
		expect(second).toEqual(first);
		expect(JSON.stringify(sameCells)).toBe(before);
	});

	it('follows the filter: one company type has fewer reports than all', () => {
		const all = CLAIMS[0]!.evaluate(premiumCells, {});
		const finance = CLAIMS[0]!.evaluate(premiumCells, { companyType: 'finance' });
		expect(finance.n.ic).toBeLessThan(all.n.ic);
		expect(finance.verdict).toBe('contradicted');
	});
});
