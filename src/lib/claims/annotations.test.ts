// The claims that live on the ladder chart, on SYNTHETIC records from the seeded generator, not
// real pay.
import { describe, expect, it } from 'vitest';
import { createSyntheticRecords } from '../../../tests/fixtures/records.ts';
import { createCells, toYoeBand } from '$lib/data/cells.ts';
import { createAnnotations } from './annotations.ts';
import { evaluateClaims } from './catalog.ts';

describe('createAnnotations', () => {
	// SYNTHETIC records from the seeded generator, not real pay.
	const cells = createCells(createSyntheticRecords({ perGroup: 60 }), (r) => ({
		company: r.company,
		companyType: r.companyType,
		track: r.track,
		stdLevel: r.stdLevel,
		region: 'synthetic',
		year: 2020,
		yoe: toYoeBand(r.yearsExperience)
	}));
	const specs = createAnnotations(evaluateClaims(cells));

	it('numbers the ladder claims by level, one per mark', () => {
		expect(specs.length).toBeGreaterThanOrEqual(4);
		expect(specs.map((s) => s.number)).toEqual(specs.map((_, i) => i + 1));
		const slots = specs.map((s) => `${s.anchor.stdLevel}${s.anchor.track}`);
		expect(new Set(slots).size).toBe(slots.length);
	});
});
