/**
 * Layout detection on the real files in ../shared/data (CI keeps shared/ beside the repository):
 * each file is recognised from its header and read by the mapping data/README.md documents.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/data/ingest.ts';
import { loadCatalogs, ROOT } from '../../scripts/node-catalogs.ts';

const catalogs = loadCatalogs();
const SHARED = resolve(ROOT, '../shared/data');
const files = {
	so: resolve(SHARED, 'so-survey-2024-subset/so_survey_2024_subset.csv'),
	eu: resolve(SHARED, 'it-salary-survey-eu-2020/it_salary_survey_eu_2020.csv'),
	levelsfyi: resolve(SHARED, 'levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv')
};

async function ingest(path: string) {
	if (!existsSync(path))
		throw new Error(`${path} is missing: the tests read the real files in ../shared/data`);
	return ingestBytes(createReadStream(path, { highWaterMark: 1 << 20 }), {
		file: path.split('/').pop()!,
		catalogs
	});
}

const count = (reasons: { reason: string; count: number }[], reason: string) =>
	reasons.find((r) => r.reason === reason)?.count;

describe('Stack Overflow Developer Survey 2024 subset', async () => {
	const { report, records } = await ingest(files.so);

	it('is recognised and every one of its 18,845 rows is accounted for', () => {
		expect(report.layout).toBe('so2024');
		expect(report.rowsRead).toBe(18_845);
		expect(report.imported + report.rejected + report.skipped).toBe(18_845);
	});

	it('skips the 6,533 rows with no ICorPM answer, and counts the other skips by reason', () => {
		expect(
			count(
				report.skippedByReason,
				'ICorPM (individual contributor or people manager) not answered'
			)
		).toBe(6_533);
		expect(count(report.skippedByReason, 'not employed full-time (Employment)')).toBeGreaterThan(0);
		expect(
			count(report.skippedByReason, 'no pay given (ConvertedCompYearly empty)')
		).toBeGreaterThan(0);
	});

	it('reads ICorPM as the track, within the counts SOURCE.md gives for rows with pay', () => {
		const em = records.filter((r) => r.track === 'em').length;
		const ic = records.filter((r) => r.track === 'ic').length;
		// SOURCE.md: 1,041 people managers and 5,848 ICs have pay; 756 managers are full-time only.
		expect(em).toBeGreaterThanOrEqual(756);
		expect(em).toBeLessThanOrEqual(1_041);
		expect(ic).toBeLessThanOrEqual(5_848);
		expect(ic).toBeGreaterThan(em);
	});

	it('places levels by years of professional coding, with the thresholds of data/levels.md', () => {
		expect(report.levelSources.experience).toBe(report.imported);
		for (const r of records) {
			const y = r.yearsExperience!;
			const expected = r.track === 'ic' ? (y < 2 ? 3 : y < 7 ? 4 : 5) : y < 7 ? 5 : 6;
			expect(r.stdLevel).toBe(expected);
		}
	});

	it('takes pay as USD, the year as 2024 and the organisation size as the company', () => {
		expect(report.currencies).toEqual([{ currency: 'USD', count: report.imported }]);
		expect(new Set(records.map((r) => r.year))).toEqual(new Set([2024]));
		expect(
			records.some((r) => r.company === '20 to 99 employees' && r.companyType === 'startup')
		).toBe(true);
		expect(
			records.some(
				(r) => r.company === '10,000 or more employees' && r.companyType === 'unclassified'
			)
		).toBe(true);
	});

	it('files software-development employers of 1,000+ people as tech-first, and no smaller one', () => {
		const techFirst = records.filter((r) => r.companyType === 'tech-first');
		expect(new Set(techFirst.map((r) => r.company))).toEqual(
			new Set(['1,000 to 4,999 employees', '5,000 to 9,999 employees', '10,000 or more employees'])
		);
		// The large bands hold other industries too, which stay unclassified.
		expect(
			records.some(
				(r) => r.company === '1,000 to 4,999 employees' && r.companyType === 'unclassified'
			)
		).toBe(true);
	});
});

describe('IT Salary Survey EU 2020', async () => {
	const { report, records } = await ingest(files.eu);

	it('is recognised despite the trailing space in "Position " and accounts for its 1,253 rows', () => {
		expect(report.layout).toBe('eu2020');
		expect(report.rowsRead).toBe(1_253);
		expect(report.imported + report.rejected + report.skipped).toBe(1_253);
	});

	it('says that "Сontract duration" starts with a Cyrillic letter', () => {
		expect(report.fileWarnings.join('\n')).toMatch(/"Сontract duration" has look-alike letters/);
	});

	it('reads Position as the track and Seniority level as the level, in EUR', () => {
		expect(
			count(
				report.skippedByReason,
				'position "Product Manager" is not a software-engineering IC or manager role'
			)
		).toBe(39);
		expect(records.filter((r) => r.track === 'em').length).toBeGreaterThan(10);
		const seniorSwe = records.find((r) => r.companyLevel === 'Senior' && r.track === 'ic');
		expect(seniorSwe?.stdLevel).toBe(5);
		expect(report.currencies.map((c) => c.currency)).toEqual(['EUR']);
		expect(report.imported).toBeGreaterThan(900);
	});

	it('flags junk salaries (SOURCE.md: up to 99,999,999,999) as over 5,000,000', () => {
		expect(count(report.warningsByReason, 'total over 5,000,000 a year')).toBeGreaterThanOrEqual(1);
	});
});

describe('levels.fyi export', async () => {
	const { report } = await ingest(files.levelsfyi);
	it('is recognised and its 62,642 rows accounted for', () => {
		expect(report.layout).toBe('levelsfyi');
		expect(report.rowsRead).toBe(62_642);
		expect(report.imported + report.rejected + report.skipped).toBe(62_642);
	});
});
