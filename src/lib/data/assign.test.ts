import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	MAX_UNKNOWNS_LISTED,
	NO_ASSIGNMENTS,
	defaultLevelChoice,
	isEmptySummary,
	parseAssignments,
	summarizeUnknowns,
	updateAssignments,
	withAssignments,
	type Assignments
} from './assign.ts';
import { createCatalogs } from './catalogs.ts';
import { ingestText, type ImportReport } from './ingest.ts';

const catalogs = createCatalogs(
	readFileSync('data/levels.csv', 'utf8'),
	readFileSync('data/companies.csv', 'utf8')
);

/**
 * SYNTHETIC rows, written for this test: two invented companies no catalog lists, labels no
 * catalog lists (one at a known company), a row the fallback cannot place, a blank line and a
 * negative total.
 */
const CSV = [
	'company,track,level,years_experience,total',
	'Initech Test Co,IC,Code Wrangler,1,120000', // row 2: unknown company, label placed by years → 3
	'Initech Test Co,IC,Code Wrangler,4,130000', // row 3: → 4
	' initech test co ,IC,code  wrangler,5,140000', // row 4: the same company and label, spelt otherwise → 4
	'Initech Test Co,IC,Senior Widget Smith,,200000', // row 5: label placed by its title → 5
	'Initech Test Co,EM,People Shepherd,,210000', // row 6: no title word, no years → refused
	'Globex Test Corp,IC,L5,8,180000', // row 7: unknown company, label by years → 5
	'Google,IC,L5,,300000', // row 8: known company and label: the catalog
	'Google,IC,Wizard,1,150000', // row 9: known company, unknown label → 3 by years
	'', // row 10: blank line
	'Globex Test Corp,IC,L5,8,-5' // row 11: negative pay → refused
].join('\n');

function read(assignments: Assignments = NO_ASSIGNMENTS) {
	const result = ingestText(CSV, {
		file: 'synthetic.csv',
		catalogs: withAssignments(catalogs, assignments)
	});
	const summary = summarizeUnknowns(result.records, {
		layout: result.report.layout,
		catalogs,
		assignments
	});
	return { ...result, summary };
}

function expectAccounted(report: ImportReport) {
	expect(report.rowsRead).toBe(report.imported + report.rejected + report.skipped);
}

describe('summarizeUnknowns', () => {
	const { report, records, summary } = read();

	it('lists unclassified companies with their rows, most first, and adds up to the report', () => {
		expect(summary.companies.shown).toEqual([
			{ companyKey: 'initech test co', company: 'Initech Test Co', count: 4, assigned: null },
			{ companyKey: 'globex test', company: 'Globex Test Corp', count: 1, assigned: null }
		]);
		expect(summary.companies).toMatchObject({ total: 2, rows: 5, assignedRows: 0 });
		expect(summary.companies.rows).toBe(report.unclassifiedCompanies);
	});

	it('groups fallback-placed labels by company, folded label and track, with the levels and methods', () => {
		expect(
			summary.levels.shown.map((l) => [
				l.company,
				l.label,
				l.track,
				l.count,
				l.fallback,
				l.assigned
			])
		).toEqual([
			[
				'Initech Test Co',
				'Code Wrangler',
				'ic',
				3,
				[
					{ stdLevel: 4, method: 'experience', count: 2 },
					{ stdLevel: 3, method: 'experience', count: 1 }
				],
				null
			],
			['Globex Test Corp', 'L5', 'ic', 1, [{ stdLevel: 5, method: 'experience', count: 1 }], null],
			['Google', 'Wizard', 'ic', 1, [{ stdLevel: 3, method: 'experience', count: 1 }], null],
			[
				'Initech Test Co',
				'Senior Widget Smith',
				'ic',
				1,
				[{ stdLevel: 5, method: 'title', count: 1 }],
				null
			]
		]);
		expect(summary.levels).toMatchObject({ total: 4, rows: 6, assignedRows: 0 });
		expect(summary.levels.rows).toBe(report.levelSources.title + report.levelSources.experience);
		expect(report.levelSources).toEqual({ given: 0, catalog: 1, title: 1, experience: 5 });
	});

	it('accounts for every row and leaves the records as they were', () => {
		expect(report).toMatchObject({ rowsRead: 10, imported: 7, rejected: 2, skipped: 1 });
		expectAccounted(report);
		const before = structuredClone(records);
		summarizeUnknowns(records, { layout: 'records', catalogs });
		expect(records).toEqual(before);
		expect(isEmptySummary(summary)).toBe(false);
	});

	it('lists none for a file of known companies and labels, and none for a layout that types its own rows', () => {
		const known = ingestText('company,track,level,total\nGoogle,IC,L5,300000\n', {
			file: 'k.csv',
			catalogs
		});
		expect(isEmptySummary(summarizeUnknowns(known.records, { layout: 'records', catalogs }))).toBe(
			true
		);
		expect(summarizeUnknowns(records, { layout: 'so2024', catalogs }).companies.total).toBe(0);
	});

	it(`lists the first ${MAX_UNKNOWNS_LISTED} and counts the rest`, () => {
		const lines = ['company,track,level,total'];
		for (let i = 0; i < MAX_UNKNOWNS_LISTED + 7; i++)
			lines.push(`Test Co ${String(i).padStart(3, '0')},IC,Senior,100000`);
		const many = ingestText(lines.join('\n'), { file: 'many.csv', catalogs });
		const { companies, levels } = summarizeUnknowns(many.records, { layout: 'records', catalogs });
		expect(companies.shown).toHaveLength(MAX_UNKNOWNS_LISTED);
		expect(companies.total).toBe(MAX_UNKNOWNS_LISTED + 7);
		expect(companies.rows).toBe(MAX_UNKNOWNS_LISTED + 7);
		expect(companies.shown[0]!.company).toBe('Test Co 000');
		expect(levels.total).toBe(MAX_UNKNOWNS_LISTED + 7);
	});
});

describe('withAssignments', () => {
	const assignments: Assignments = {
		companyTypes: [
			{ companyKey: 'initech test co', companyType: 'startup' },
			// An answer never overrides the catalog.
			{ companyKey: 'google', companyType: 'finance' }
		],
		levels: [
			{ companyKey: 'initech test co', label: 'CODE WRANGLER', track: 'ic', stdLevel: 6 },
			{ companyKey: 'initech test co', label: 'People Shepherd', track: 'em', stdLevel: 7 }
		]
	};
	const before = read();
	const after = read(assignments);

	it('types the answered company and moves its rows, leaving the catalog’s companies alone', () => {
		const initech = after.records.filter((r) => r.company === 'Initech Test Co');
		expect(initech.every((r) => r.companyType === 'startup')).toBe(true);
		expect(
			after.records.filter((r) => r.company === 'Google').every((r) => r.companyType === 'big-tech')
		).toBe(true);
		expect(after.records.find((r) => r.company === 'Globex Test Corp')!.companyType).toBe(
			'unclassified'
		);
		expect(after.report.unclassifiedCompanies).toBe(1);
		expect(after.summary.companies.shown[0]).toEqual({
			companyKey: 'initech test co',
			company: 'Initech Test Co',
			count: 5,
			assigned: 'startup'
		});
		expect(after.summary.companies).toMatchObject({ total: 2, rows: 6, assignedRows: 5 });
		expect(after.summary.companies.rows - after.summary.companies.assignedRows).toBe(
			after.report.unclassifiedCompanies
		);
	});

	it('places the answered labels at the answered level, every spelling, and rescues rows the fallback could not place', () => {
		const wranglers = after.records.filter(
			(r) => r.companyLevel.toLowerCase().replace(/\s+/g, ' ') === 'code wrangler'
		);
		expect(wranglers.map((r) => [r.stdLevel, r.levelSource])).toEqual([
			[6, 'catalog'],
			[6, 'catalog'],
			[6, 'catalog']
		]);
		const shepherd = after.records.find((r) => r.companyLevel === 'People Shepherd');
		expect(shepherd).toMatchObject({ track: 'em', stdLevel: 7, levelSource: 'catalog' });

		expect(after.report).toMatchObject({ rowsRead: 10, imported: 8, rejected: 1, skipped: 1 });
		expectAccounted(after.report);
		expect(after.report.levelSources.catalog).toBe(
			before.report.levelSources.catalog + after.summary.levels.assignedRows
		);
		expect(after.summary.levels.assignedRows).toBe(4);
		expect(after.summary.levels.rows - after.summary.levels.assignedRows).toBe(
			after.report.levelSources.title + after.report.levelSources.experience
		);

		const wrangler = after.summary.levels.shown.find((l) => l.label === 'Code Wrangler')!;
		expect(wrangler).toMatchObject({ count: 3, assigned: 6, unplaceable: 0 });
		expect(wrangler.fallback.map((f) => [f.stdLevel, f.count])).toEqual([
			[4, 2],
			[3, 1]
		]);
		expect(after.summary.levels.shown.find((l) => l.label === 'People Shepherd')).toMatchObject({
			count: 1,
			assigned: 7,
			unplaceable: 1,
			fallback: []
		});
	});

	it('is the catalogs themselves when there is nothing to apply', () => {
		expect(withAssignments(catalogs, NO_ASSIGNMENTS)).toBe(catalogs);
	});
});

describe('parseAssignments', () => {
	it('accepts well-formed answers as they are', () => {
		const value = {
			companyTypes: [{ companyKey: '__proto__', companyType: 'finance' }],
			levels: [{ companyKey: 'x', label: 'Y', track: 'em', stdLevel: 9 }]
		};
		const copy = structuredClone(value);
		expect(parseAssignments(value)).toEqual(copy);
		expect(value).toEqual(copy);
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});

	it.each([
		[
			'a level above 9',
			{ companyTypes: [], levels: [{ companyKey: 'x', label: 'Y', track: 'ic', stdLevel: 10 }] },
			/3 \(entry\) to 9/
		],
		[
			'a level that is not whole',
			{ companyTypes: [], levels: [{ companyKey: 'x', label: 'Y', track: 'ic', stdLevel: 4.5 }] },
			/whole number/
		],
		[
			'a level as text',
			{ companyTypes: [], levels: [{ companyKey: 'x', label: 'Y', track: 'ic', stdLevel: '5' }] },
			/stdLevel/
		],
		[
			'an unknown company type',
			{ companyTypes: [{ companyKey: 'x', companyType: 'unicorn' }], levels: [] },
			/companyType/
		],
		[
			'an unknown track',
			{ companyTypes: [], levels: [{ companyKey: 'x', label: 'Y', track: 'pm', stdLevel: 5 }] },
			/track/
		],
		['no lists at all', null, /not valid/]
	])('refuses %s, naming it', (_name, value, message) => {
		expect(() => parseAssignments(value)).toThrow(message);
	});
});

describe('updateAssignments and defaultLevelChoice', () => {
	const { summary } = read();

	it('starts each label at the fallback’s level when it gave one, else at the fallback as it is', () => {
		expect(summary.levels.shown.map(defaultLevelChoice)).toEqual(['fallback', 5, 3, 5]);
	});

	it('answers only what the choices change, and keeps answers for entries not listed', () => {
		const unlisted = { companyKey: 'not listed co', companyType: 'enterprise' as const };
		const previous: Assignments = { companyTypes: [unlisted], levels: [] };
		const choices = {
			companies: ['finance' as const, 'unclassified' as const],
			levels: ['fallback' as const, 5 as const, 4 as const, 5 as const]
		};
		expect(updateAssignments(previous, summary, choices)).toEqual({
			companyTypes: [unlisted, { companyKey: 'initech test co', companyType: 'finance' }],
			levels: [{ companyKey: 'google', label: 'Wizard', track: 'ic', stdLevel: 4 }]
		});
		expect(previous).toEqual({ companyTypes: [unlisted], levels: [] });
	});

	it('drops an answer the user takes back', () => {
		const answered = read({
			companyTypes: [{ companyKey: 'initech test co', companyType: 'startup' }],
			levels: []
		}).summary;
		expect(
			updateAssignments(NO_ASSIGNMENTS, answered, {
				companies: ['unclassified', 'unclassified'],
				levels: []
			})
		).toEqual(NO_ASSIGNMENTS);
	});
});
