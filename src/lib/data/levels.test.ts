import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StdLevel, Track } from './domain';
import { toCompanyKey } from './companyKey';
import {
	calibrateExperienceSteps,
	checkExperienceSteps,
	inferStdLevel,
	parseLevelCatalog,
	toLevelKey,
	type PlacedRow
} from './levels';

const HEADER = 'company,level,track,std_level,source';

describe('toLevelKey', () => {
	it.each([
		['L5', 'l5'],
		['  Senior   SWE ', 'senior swe'],
		['SDE\u00a0II', 'sde ii'],
		['IC-4', 'ic-4'],
		['Cafe\u0301', 'café']
	])('%j → %j', (label, key) => {
		expect(toLevelKey(label)).toBe(key);
	});
});

describe('parseLevelCatalog', () => {
	const csv = [
		HEADER,
		'Google,L5,any,5,Google L5 = Senior SWE',
		'Amazon,L6 SDM,em,5,SDM in the L6 band',
		'Amazon,L6,ic,5,SDE III',
		'"Facebook",M1,em,6,"M1 in the E6 band, per the chart"',
		''
	].join('\n');

	it.each<[string, string, Track, StdLevel | undefined]>([
		['google', 'L5', 'ic', 5],
		['google', ' l5 ', 'em', 5],
		['amazon', 'L6 SDM', 'em', 5],
		['amazon', 'L6 SDM', 'ic', undefined],
		['amazon', 'l6', 'ic', 5],
		['amazon', 'L6', 'em', undefined],
		['facebook', 'M1', 'em', 6],
		['facebook', 'E9', 'ic', undefined],
		['initech', 'L5', 'ic', undefined]
	])('%s %j %s → %s', (company, label, track, level) => {
		expect(parseLevelCatalog(csv).lookup(company, label, track)).toBe(level);
	});

	it('lists companies sorted and entries in file order', () => {
		const catalog = parseLevelCatalog(csv);
		expect(catalog.companies()).toEqual(['amazon', 'facebook', 'google']);
		expect(
			catalog.entries().map((e) => [e.companyKey, e.companyLevelKey, e.track, e.stdLevel])
		).toEqual([
			['google', 'l5', 'any', 5],
			['amazon', 'l6 sdm', 'em', 5],
			['amazon', 'l6', 'ic', 5],
			['facebook', 'm1', 'em', 6]
		]);
		expect(catalog.entries()[3]?.source).toBe('M1 in the E6 band, per the chart');
	});

	it('does not let a caller change its company list', () => {
		const catalog = parseLevelCatalog(csv);
		catalog.companies().push('mutated');
		expect(catalog.companies()).toEqual(['amazon', 'facebook', 'google']);
	});

	it.each([
		[
			'wrong header',
			'company,level,track,level,source\nA,L1,ic,3,x',
			/levels\.csv row 1, column std_level/
		],
		['empty company', `${HEADER}\n,L1,ic,3,x`, /levels\.csv row 2, column company/],
		['empty level', `${HEADER}\nA, ,ic,3,x`, /levels\.csv row 2, column level/],
		[
			'unknown track',
			`${HEADER}\nA,L1,ic,3,x\nA,L2,both,4,x`,
			/levels\.csv row 3, column track: unknown track "both"/
		],
		[
			'level out of range',
			`${HEADER}\nA,L1,ic,10,x`,
			/levels\.csv row 2, column std_level: "10" is not a level/
		],
		['level not whole', `${HEADER}\nA,L1,ic,4.5,x`, /row 2, column std_level/],
		['level empty', `${HEADER}\nA,L1,ic,,x`, /row 2, column std_level/],
		['empty source', `${HEADER}\nA,L1,ic,3,`, /row 2, column source/],
		[
			'duplicate after folding',
			`${HEADER}\nA,L1,ic,3,x\na, l1 ,ic,4,y`,
			/levels\.csv row 3, column level: "l1" \(ic\) for "a" is already mapped on row 2/
		],
		[
			'any overlapping em',
			`${HEADER}\nA,M1,em,5,x\nA,M1,any,6,y`,
			/row 3, column level: .*already mapped on row 2/
		]
	])('%s → error naming file, row and column', (_name, text, message) => {
		expect(() => parseLevelCatalog(text)).toThrow(message);
	});

	it('does not modify its input', () => {
		const input = `${csv}`;
		parseLevelCatalog(input);
		expect(input).toBe(csv);
	});
});

describe('data/levels.csv', () => {
	const catalog = parseLevelCatalog(readFileSync('data/levels.csv', 'utf8'));
	const at = (company: string, label: string, track: Track) =>
		catalog.lookup(toCompanyKey(company), label, track);

	it('covers at least the 40 companies with the most SWE/EM rows', () => {
		expect(catalog.companies().length).toBeGreaterThanOrEqual(40);
		expect(catalog.companies()).toEqual(
			expect.arrayContaining([
				'amazon',
				'microsoft',
				'google',
				'facebook',
				'apple',
				'dell technologies'
			])
		);
	});

	it.each<[string, string, Track, StdLevel | undefined]>([
		['Google', 'L5', 'ic', 5],
		['Google', 'T5', 'ic', 5],
		['Google', '5', 'ic', 5],
		['Google', 'Senior SWE', 'ic', 5],
		['Google', 'SWE II', 'ic', 3],
		['Google', 'L6', 'em', 6],
		['Google', 'Manager (L6)', 'em', 6],
		['Amazon', 'L4', 'ic', 3],
		['Amazon', 'SDE II', 'ic', 4],
		['Amazon', 'L6', 'ic', 5],
		['Amazon', 'L6 SDM', 'em', 5],
		['Amazon', 'L7', 'em', 7],
		['Facebook', 'E6', 'ic', 6],
		['Facebook', 'IC6', 'ic', 6],
		['Facebook', 'M1', 'em', 6],
		['Facebook', 'M2', 'em', 7],
		['Microsoft', '59', 'ic', 3],
		['Microsoft', '62', 'ic', 4],
		['Microsoft', '63', 'ic', 5],
		['Microsoft', '65', 'em', 6],
		['Microsoft', '67', 'ic', 7],
		['Apple', 'ICT4', 'ic', 5],
		['Oracle', 'IC-4', 'ic', 5],
		['Oracle', 'IC4', 'ic', 5],
		['IBM', 'Staff Engineer', 'ic', 4],
		['Goldman Sachs', 'Vice President', 'ic', 5],
		['JPMorgan Chase', 'Executive Director', 'em', 7],
		['Netflix', 'Senior Software Engineer', 'ic', 5],
		['Salesforce', 'Lead MTS', 'ic', 5],
		['Google', 'Vice Admiral', 'ic', undefined]
	])('%s %j %s → %s', (company, label, track, level) => {
		expect(at(company, label, track)).toBe(level);
	});

	it('cites a source for every row', () => {
		expect(catalog.entries().filter((e) => e.source.length < 10)).toEqual([]);
	});
});

describe('inferStdLevel', () => {
	it.each<[string, Track, number | null, StdLevel, 'title' | 'experience']>([
		['Staff Software Engineer', 'ic', null, 6, 'title'],
		['Senior Staff Engineer', 'ic', null, 7, 'title'],
		['Distinguished Engineer', 'ic', null, 9, 'title'],
		['Fellow', 'ic', 30, 9, 'title'],
		['Principal Engineer', 'ic', null, 6, 'title'],
		['Senior Software Engineer', 'ic', 1, 5, 'title'],
		['Sr. Developer', 'ic', null, 5, 'title'],
		['Junior Developer', 'ic', 10, 3, 'title'],
		['New Grad', 'ic', null, 3, 'title'],
		['Associate Software Engineer', 'ic', null, 3, 'title'],
		['Associate', 'ic', null, 4, 'title'],
		['Software Engineer I', 'ic', null, 3, 'title'],
		['Software Engineer II', 'ic', null, 4, 'title'],
		['Software Engineer III', 'ic', null, 4, 'title'],
		['SDE 2', 'ic', null, 4, 'title'],
		['Software Engineer IV', 'ic', null, 5, 'title'],
		['Vice President', 'ic', null, 5, 'title'],
		['Vice President', 'em', null, 5, 'title'],
		['VP of Engineering', 'em', null, 9, 'title'],
		['Director of Engineering', 'em', null, 8, 'title'],
		['Senior Engineering Manager', 'em', null, 7, 'title'],
		['Manager II', 'em', null, 6, 'title'],
		['Engineering Manager', 'em', 30, 5, 'title'],
		// An EM reporting an IC title gets the IC title's level, but never below 5.
		['Staff Software Engineer', 'em', null, 6, 'title'],
		['Junior', 'em', null, 5, 'title'],
		// No keyword: years of experience decide (calibrated steps, table in data/levels.md).
		['P7', 'ic', 1, 3, 'experience'],
		['', 'ic', 0, 3, 'experience'],
		['Grade 8', 'ic', 2, 4, 'experience'],
		['X5', 'ic', 6.5, 4, 'experience'],
		['X5', 'ic', 7, 5, 'experience'],
		['X5', 'ic', 30, 5, 'experience'],
		['Level 4', 'em', 0, 5, 'experience'],
		['Level 4', 'em', 6.9, 5, 'experience'],
		['Level 4', 'em', 7, 6, 'experience'],
		['Level 4', 'em', 25, 6, 'experience']
	])('%j %s yoe %s → %s by %s', (label, track, years, stdLevel, method) => {
		expect(inferStdLevel(label, track, years)).toEqual({ stdLevel, method });
	});

	it.each<[string, Track, number | null]>([
		['P7', 'ic', null],
		['', 'em', null],
		['X5', 'ic', Number.NaN],
		['X5', 'ic', -1]
	])('%j %s yoe %s → undefined', (label, track, years) => {
		expect(inferStdLevel(label, track, years)).toBeUndefined();
	});
});

describe('calibrateExperienceSteps', () => {
	// SYNTHETIC rows, generated here: true level = 3 + years ÷ 4 (rounded down, at most 7), so
	// a fitted ladder must rise with the years and place each run at its rows' mean level.
	const synthetic: PlacedRow[] = [];
	for (let years = 0; years < 24; years++)
		for (let i = 0; i < 50; i++)
			synthetic.push({
				track: 'ic',
				yearsExperience: years + i / 50,
				stdLevel: Math.min(7, 3 + Math.floor(years / 4)) as StdLevel
			});

	it('fits steps whose rows sit on average at the level they are given', () => {
		const steps = calibrateExperienceSteps(synthetic, 'ic')!;
		expect(steps).toEqual([
			{ minYears: 16, stdLevel: 7 },
			{ minYears: 12, stdLevel: 6 },
			{ minYears: 8, stdLevel: 5 },
			{ minYears: 4, stdLevel: 4 },
			{ minYears: 0, stdLevel: 3 }
		]);
		for (const check of checkExperienceSteps(synthetic, { ic: steps, em: [] }))
			expect(check.meanLevel).toBe(check.stdLevel);
	});

	it('leaves out a level no run of rows reaches on average, rather than placing rows too high', () => {
		// Half the rows at 8+ years are level 5 and half level 6: mean 5.5, neither level.
		const rows: PlacedRow[] = [];
		for (let i = 0; i < 400; i++)
			rows.push({ track: 'em', yearsExperience: i % 16, stdLevel: i % 16 < 8 ? 5 : i % 2 ? 6 : 5 });
		const steps = calibrateExperienceSteps(rows, 'em');
		expect(steps === undefined || steps.every((s) => s.stdLevel !== 6)).toBe(true);
	});

	it('has no steps for a track without rows', () => {
		expect(calibrateExperienceSteps(synthetic, 'em')).toBeUndefined();
	});
});
