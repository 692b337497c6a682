// Every claim on two generated worlds, one that bears it out and one that plausibly contradicts
// it. SYNTHETIC, NOT REAL PAY: tests/fixtures/worlds.ts draws log-normal pay (middle half about
// ±20%) from a seeded generator. The contradicting worlds are realistic, not extreme: a manager
// premium of a third, managers promoted three years sooner, an IC ladder that stops at staff.
import { describe, expect, it } from 'vitest';
import { createWorldCells, type World } from '../../../tests/fixtures/worlds.ts';
import type { PayCell } from '$lib/data/cells.ts';
import type { CompanyType } from '$lib/data/domain.ts';
import { whyUntestable } from '$lib/evidence/matrix.ts';
import { CLAIMS } from './catalog.ts';
import type { Verdict } from './types.ts';

const TECH: readonly CompanyType[] = ['big-tech', 'tech-first'];

/** Each claim's supporting world and contradicting world, with why the second contradicts it. */
const WORLDS: Record<string, { supports: World; contradicts: World; because: string }> = {
	'parity-ideal': {
		supports: {},
		contradicts: { emFactor: () => 1.35 },
		because: 'managers earn 35% more at every level'
	},
	'culture-decides': {
		supports: { emFactor: (type) => (TECH.includes(type) ? 0.9 : 1.1) },
		contradicts: { emFactor: (type) => (TECH.includes(type) ? 1.15 : 0.95) },
		because: 'tech-first managers earn more, traditional ones less'
	},
	'switch-cost': {
		supports: {},
		contradicts: { emFactor: () => 1.45 },
		because: 'going back to IC at the same level costs about 31%'
	},
	'premium-smaller': {
		supports: { emLevels: [3, 4, 5, 6, 7, 8, 9] },
		contradicts: { emLevels: [3, 4, 5, 6, 7, 8, 9], emYearsSooner: 3 },
		because:
			'managers are promoted three years sooner, so at the same experience they earn about a third more while each level pays alike'
	},
	'dual-ladder': {
		supports: {},
		contradicts: { emFactor: () => 1.4 },
		because: 'at every level the IC median sits below the managers’ middle half'
	},
	'drivers-not-track': {
		supports: {
			companyFactor: (k) => 1 + 0.25 * k,
			typeFactor: (type) => (TECH.includes(type) ? 1.3 : 1)
		},
		contradicts: { emFactor: () => 1.6 },
		because: 'every company pays alike and managers 60% more'
	},
	'startup-vs-bigtech': {
		supports: { typeFactor: (type) => (type === 'startup' ? 0.4 : 1) },
		contradicts: {},
		because:
			'startups pay their managers as big tech does, so about one in twenty earns less than a mid-level big-tech engineer'
	},
	'fork-at-five': {
		supports: {},
		contradicts: { emLevels: [6, 7, 8, 9] },
		because: 'the manager ladder starts at level 6'
	},
	'same-neighborhood': {
		supports: {},
		contradicts: { emFactor: (_type, _level, company) => (company === 1 ? 0.7 : 1.4) },
		because: 'managers earn 40% more at two companies of each type and 30% less at the third'
	},
	'ic-keeps-climbing': {
		supports: {},
		contradicts: { icLevels: [3, 4, 5, 6] },
		because: 'the IC ladder stops at staff (level 6)'
	},
	'leadership-not-money': {
		supports: {},
		contradicts: { emFactor: () => 1.35 },
		because: 'managers earn 35% more, so few ICs out-earn the median manager'
	}
};

function verdictOf(id: string, world: World): Verdict {
	return CLAIMS.find((c) => c.id === id)!.evaluate(createWorldCells(world), {}).verdict;
}

describe('every claim has a world that supports it and one that contradicts it', () => {
	it('covers all the claims of the catalog', () => {
		expect(Object.keys(WORLDS).sort()).toEqual(CLAIMS.map((c) => c.id).sort());
	});

	it.each(Object.keys(WORLDS))('%s is supported by its supporting world', (id) => {
		expect(verdictOf(id, WORLDS[id]!.supports)).toBe('supported');
	});

	it.each(Object.entries(WORLDS).map(([id, w]) => [id, w.because]))(
		'%s is contradicted when %s',
		(id) => {
			expect(verdictOf(id, WORLDS[id]!.contradicts)).toBe('contradicted');
		}
	);
});

describe('premium-smaller rests on the same experience, and shows both readings', () => {
	it('reads managers promoted sooner as a premium the same-level reading cannot see', () => {
		const evaluation = CLAIMS.find((c) => c.id === 'premium-smaller')!.evaluate(
			createWorldCells(WORLDS['premium-smaller']!.contradicts),
			{}
		);
		const [experience, level] = evaluation.readings!.shown;
		expect(evaluation.readings!.restsOn).toBe('experience');
		expect(experience!.verdict).toBe('contradicted');
		expect(experience!.typical).toBeGreaterThan(0.2);
		expect(level!.verdict).toBe('supported');
		expect(Math.abs(level!.typical)).toBeLessThan(0.1);
		expect(evaluation.sentence).toContain(evaluation.decisive);
	});
});

describe('leadership-not-money rests on the same experience, and shows both readings', () => {
	it('finds few ICs out-earning managers promoted sooner, where the same level sees half', () => {
		const evaluation = CLAIMS.find((c) => c.id === 'leadership-not-money')!.evaluate(
			createWorldCells({ emLevels: [3, 4, 5, 6, 7, 8, 9], emYearsSooner: 3 }),
			{}
		);
		const [experience, level] = evaluation.readings!.shown;
		expect(evaluation.readings!.restsOn).toBe('experience');
		expect(evaluation.verdict).toBe(experience!.verdict);
		expect(experience!.verdict).toBe('contradicted');
		expect(level!.verdict).toBe('supported');
		expect(evaluation.sentence).toContain(evaluation.decisive);
		expect(evaluation.readings!.why).toMatch(/same-experience reading/);
	});
});

describe('startup-vs-bigtech reads young startups, or the nearest type a source has', () => {
	const evaluate = (cells: PayCell[]) =>
		CLAIMS.find((c) => c.id === 'startup-vs-bigtech')!.evaluate(cells, {});
	// Young startups pay managers far less than big tech; late-stage private companies far more.
	const world: World = {
		typeFactor: (type) => (type === 'startup' ? 0.4 : type === 'late-stage' ? 1.5 : 1)
	};

	it('reads the startups of a source that has them, never late-stage ones, against big tech', () => {
		const evaluation = evaluate(createWorldCells(world));
		expect(evaluation.verdict).toBe('supported');
		expect(evaluation.sentence).toMatch(
			/^Startup managers’ median pay .* against big-tech level-4 engineers’/
		);
		expect(evaluation.sentence).toMatch(/young or small companies the essay means\.$/);
		expect(evaluation.comparisons[0]!.companyType).toBe('startup');
		expect(evaluation.comparisons[0]!.a.label).toBe('Big tech IC L4');
	});

	it('reads late-stage private companies where a source has no young startups (levels.fyi), and says so', () => {
		const cells = createWorldCells(world).filter((c) => c.companyType !== 'startup');
		const evaluation = evaluate(cells);
		expect(evaluation.verdict).toBe('contradicted');
		expect(evaluation.sentence).toMatch(/^Late-stage private managers’ median pay/);
		expect(evaluation.sentence).toContain(
			'Late-stage private companies are the nearest this data has to the essay’s young startups'
		);
		expect(evaluation.sentence).not.toMatch(/startup managers/i);
		expect(evaluation.comparisons[0]!.companyType).toBe('late-stage');
	});
});

// The surveys (DOU, Stack Overflow, the EU survey) have young or small startups and tech-first
// companies but no big tech: the large tech company's side is tech-first, named so.
describe('startup-vs-bigtech on a survey with startups and no big tech', () => {
	const SURVEY_TYPES: readonly CompanyType[] = [
		'tech-first',
		'startup',
		'enterprise',
		'finance',
		'services'
	];
	const evaluate = (world: World) =>
		CLAIMS.find((c) => c.id === 'startup-vs-bigtech')!.evaluate(
			createWorldCells({ types: SURVEY_TYPES, ...world }),
			{}
		);
	const supports: World = { typeFactor: (type) => (type === 'startup' ? 0.4 : 1) };

	it('is supported when startups pay 40% of what others pay (the essay’s $120k against $300k)', () => {
		const evaluation = evaluate(supports);
		expect(evaluation.verdict).toBe('supported');
		expect(evaluation.comparisons[0]!.companyType).toBe('startup');
		expect(evaluation.comparisons[0]!.a.label).toBe('Tech-first IC L4');
		expect(evaluation.comparisons[0]!.gap).toBeLessThan(-0.1);
	});

	it('is contradicted when startups pay their managers as tech-first companies do', () => {
		const evaluation = evaluate({});
		expect(evaluation.verdict).toBe('contradicted');
		expect(evaluation.measures[0]!.value).toBeLessThan(0.1);
		expect(evaluation.decisive).toMatch(
			/of startup managers earn less than the median tech-first level-4 engineer, under the 10%/
		);
	});

	it('names both sides, calls tech-first the nearest, and never calls it big tech', () => {
		const { sentence, rule } = evaluate(supports);
		expect(sentence).toMatch(
			/^Startup managers’ median pay .* against tech-first level-4 engineers’/
		);
		expect(sentence).toContain(
			'tech-first companies (whose main product is software) are the nearest it has to the essay’s large tech company'
		);
		expect(sentence).not.toMatch(/big-tech|big tech (engineers|level|company|companies)/i);
		expect(rule).toContain('tech-first level-4 IC median');
	});

	it('cannot be tested without a large tech side, and says why (aijobs)', () => {
		const cells = createWorldCells({ types: ['startup', 'enterprise'] });
		const evaluation = CLAIMS.find((c) => c.id === 'startup-vs-bigtech')!.evaluate(cells, {});
		expect(evaluation.verdict).toBe('not-enough-data');
		expect(evaluation.sentence).toBe(
			'This data cannot test the claim: it has no large tech employers.'
		);
		expect(whyUntestable('startup-vs-bigtech', { companies: false }, cells)).toBe(
			'no large tech employers'
		);
	});

	it('does not set two stand-ins against each other: late-stage against tech-first is untestable', () => {
		const cells = createWorldCells({ types: ['late-stage', 'tech-first'] });
		expect(whyUntestable('startup-vs-bigtech', { companies: true }, cells)).toBe(
			'no young startups or big tech'
		);
		expect(
			whyUntestable(
				'startup-vs-bigtech',
				{ companies: true },
				createWorldCells({ types: SURVEY_TYPES })
			)
		).toBeUndefined();
	});
});
