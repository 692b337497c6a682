// The sentences a reader trips on, checked over many generated worlds. SYNTHETIC, NOT REAL PAY:
// tests/fixtures/worlds.ts draws log-normal pay (middle half about ±20%) from a seeded generator;
// the worlds vary the seed, the company types, the levels with managers and the manager premium,
// so some claims read one level, one group or none.
import { describe, expect, it } from 'vitest';
import { createWorldCells, type World } from '../../../tests/fixtures/worlds.ts';
import type { CompanyType } from '$lib/data/domain.ts';
import { evaluateClaims } from './catalog.ts';
import { describeStability } from './stability.ts';

const WORLDS: World[] = [
	{},
	{ emFactor: () => 1.4 },
	{ emLevels: [5], perCompany: 8 },
	{ emLevels: [7], emFactor: () => 1.25, types: ['tech-first', 'startup'] as CompanyType[] },
	{ emLevels: [5, 6], icLevels: [3, 4, 5], seed: 3 },
	{ emYearsSooner: 3, emLevels: [4, 5, 6, 7, 8, 9] },
	{ emFactor: (type) => (type === 'finance' ? 1.3 : 0.9), seed: 7 }
];

/** Phrases that misread: a plural for one, "0 of 1", a 0% difference, a range of one figure. */
const TRIPS: [RegExp, string][] = [
	[/\b1 points\b/, 'one point written as points'],
	[/\b[01] of 1 levels?\b/, '“0 of 1 level”'],
	[/\bis 0% (higher|lower)\b/, 'a 0% difference'],
	[/\branges [+−-]?\d/, 'a range of one figure'],
	[/\bruns (—|[+−-]?\d)/, 'a range of one figure, or none'],
	[/\b\d{4,} (IC|EM)\b/, 'a count without its thousands separator']
];

// Every world under two filters, in yearly and in monthly pay; few bootstrap draws, since only
// the words are checked.
const EVALUATED = WORLDS.flatMap((world) => {
	const cells = createWorldCells(world);
	return [{}, { companyType: 'finance' as const }].flatMap((filter) =>
		[false, true].flatMap((perMonth) =>
			evaluateClaims(cells, filter, { perMonth, binWidth: perMonth ? 50 : 5000, draws: 40 })
		)
	);
});

describe('the claims’ sentences', () => {
	it('never trip a reader over any generated world, by level or by company type', () => {
		const seen: string[] = [];
		for (const { claim, evaluation } of EVALUATED)
			for (const text of [evaluation.sentence, evaluation.decisive]) {
				seen.push(text);
				for (const [trip, what] of TRIPS) expect(text, `${claim.id}: ${what}`).not.toMatch(trip);
			}
		// The worlds reach the one-level and one-figure cases the rules are about.
		expect(seen.some((s) => /at the one level measured/.test(s))).toBe(true);
		expect(seen.some((s) => /premium over IC pay is [+−]?\d/.test(s))).toBe(true);
	});

	it('print a dual-ladder median and the bound it is outside so the reader sees which side', () => {
		const value = (s: string) => Number(s.replace(/[$,]/g, ''));
		let checked = 0;
		for (const { claim, evaluation } of EVALUATED) {
			if (claim.id !== 'dual-ladder') continue;
			for (const [, median, lo, hi] of evaluation.sentence.matchAll(
				/median \((\$[\d,]+)(?: a month)?\) is outside the \S+ middle half \((\$[\d,]+)–(\$[\d,]+)/g
			)) {
				checked++;
				expect(
					value(median!) < value(lo!) || value(median!) > value(hi!),
					evaluation.sentence
				).toBe(true);
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('name every outcome of the resamples, so the counts add up', () => {
		const text = describeStability({
			verdict: 'mixed',
			same: 171,
			resamples: 200,
			tip: 'supported',
			counts: { mixed: 171, supported: 25, contradicted: 4, 'not-enough-data': 0 }
		});
		expect(text).toBe(
			'Mixed in 171 of 200 resamples: fairly settled; otherwise Supported (25), else Contradicted (4).'
		);
	});
});
