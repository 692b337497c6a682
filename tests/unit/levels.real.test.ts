/**
 * The years-of-experience fallback on the real levels.fyi file (../shared/data, kept beside the
 * repository): applied to the reports whose level the catalog gives, it must place both tracks
 * alike, and the steps in levels.ts must be the ones the calibration fits.
 */
import { createReadStream, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/data/ingest.ts';
import {
	calibrateExperienceSteps,
	checkExperienceSteps,
	EXPERIENCE_STEPS
} from '../../src/lib/data/levels.ts';
import { LEVELSFYI_CSV, loadCatalogs } from '../../scripts/node-catalogs.ts';

describe('the experience fallback on the levels.fyi file', async () => {
	if (!existsSync(LEVELSFYI_CSV))
		throw new Error(`${LEVELSFYI_CSV} is missing: the tests read the real files in ../shared/data`);
	const { records } = await ingestBytes(createReadStream(LEVELSFYI_CSV), {
		file: 'Levels_Fyi_Salary_Data.csv',
		catalogs: loadCatalogs()
	});
	const catalogRows = records.filter((r) => r.levelSource === 'catalog');
	const checks = checkExperienceSteps(catalogRows);

	it('places catalog-placed reports, per track, at a level whose true mean is within 0.2 of it', () => {
		expect(checks.length).toBeGreaterThanOrEqual(4);
		for (const c of checks)
			expect(Math.abs(c.meanLevel - c.stdLevel), JSON.stringify(c)).toBeLessThanOrEqual(0.2);
	});

	it('places managers and engineers at one level with true means within 0.2 of each other', () => {
		const shared = checks.filter(
			(c) => c.track === 'em' && checks.some((d) => d.track === 'ic' && d.stdLevel === c.stdLevel)
		);
		expect(shared.length).toBeGreaterThan(0);
		for (const em of shared) {
			const ic = checks.find((d) => d.track === 'ic' && d.stdLevel === em.stdLevel)!;
			expect(Math.abs(em.meanLevel - ic.meanLevel)).toBeLessThanOrEqual(0.2);
		}
	});

	it('uses the steps the calibration fits on this file', () => {
		expect(calibrateExperienceSteps(catalogRows, 'ic')).toEqual(EXPERIENCE_STEPS.ic);
		expect(calibrateExperienceSteps(catalogRows, 'em')).toEqual(EXPERIENCE_STEPS.em);
	});
});
