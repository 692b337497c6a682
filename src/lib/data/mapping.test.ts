import { describe, expect, it } from 'vitest';
import {
	createMappedLayout,
	guessMapping,
	guessTrackValues,
	missingFields,
	previewMapping,
	sampleCsvText,
	type ColumnMapping
} from './mapping.ts';
import { SkippedRow } from './layouts.ts';
import { ingestText } from './ingest.ts';
import type { Catalogs } from './catalogs.ts';

/** A stand-in for the real catalogs: every company unclassified, levels from years only. */
const catalogs: Catalogs = {
	companyKey: (name) => name.trim().toLowerCase(),
	companyType: () => 'unclassified',
	companyName: () => undefined,
	catalogLevel: () => undefined,
	inferLevel: (_label, _track, years) =>
		years === null ? undefined : { stdLevel: years < 5 ? 4 : 5, method: 'experience' }
};

// SYNTHETIC: a hand-written survey-style header no layout knows; the pay figures are made up.
const HEADER = ['Employer', 'Role', 'Grade', 'Salary', 'Yrs', 'Notes'];
const ROWS = [
	['Acme', 'Software Engineer', '4', '150000', '3', 'x'],
	['Acme', 'Engineering Manager', '6', '250000', '12', ''],
	['Beta', 'Designer', '', '90000', '4', ''],
	['Beta', 'Software Engineer', '5', 'lots', '8', '']
];
const MAPPING: ColumnMapping = {
	columns: { company: 0, track: 1, std_level: 2, total: 3, years_experience: 4 },
	trackValues: [
		['Software Engineer', 'ic'],
		['Engineering Manager', 'em'],
		['Designer', 'skip']
	]
};

describe('guessMapping', () => {
	it('guesses fields from header names and track meanings from the values', () => {
		const header = [...HEADER];
		const guess = guessMapping(header, ROWS);
		expect(guess.columns).toEqual({
			company: 0,
			track: 1,
			level: 2,
			total: 3,
			years_experience: 4
		});
		expect(guess.trackValues).toEqual([
			['Software Engineer', 'ic'],
			['Engineering Manager', 'em'],
			['Designer', 'skip']
		]);
		expect(header).toEqual(HEADER);
	});

	it.each([
		[['Company', 'Track', 'Level', 'Total comp'], { company: 0, track: 1, level: 2, total: 3 }],
		[
			['employer name', 'job title', 'seniority', 'annual salary'],
			{ company: 0, track: 1, level: 2, total: 3 }
		],
		[['__proto__', 'constructor'], {}]
	])('guesses %j', (header, columns) => {
		expect(guessMapping(header).columns).toEqual(columns);
	});

	it('reads manager words as EM before engineer words as IC', () => {
		expect(guessTrackValues(['IC', 'EM', 'Manager, Software Engineering', 'Recruiter'])).toEqual([
			['IC', 'ic'],
			['EM', 'em'],
			['Manager, Software Engineering', 'em'],
			['Recruiter', 'skip']
		]);
	});
});

describe('missingFields', () => {
	it.each([
		[{}, ['Company', 'Track', 'Level or common level', 'Total pay (or base, stock and bonus)']],
		[
			{ company: 0, track: 1, level: 2, base: 3, stock: 4 },
			['Total pay (or base, stock and bonus)']
		],
		[{ company: 0, track: 1, level: 2, base: 3, stock: 4, bonus: 5 }, []],
		[MAPPING.columns, []]
	])('%j lacks %j', (columns, missing) => {
		expect(missingFields({ columns, trackValues: [] })).toEqual(missing);
	});
});

describe('createMappedLayout', () => {
	it('turns cells into canonical rows, translating and skipping track values', () => {
		const layout = createMappedLayout(HEADER, MAPPING);
		expect(layout.ignoredColumns).toEqual(['Notes']);
		const first = layout.read(ROWS[0]!);
		expect(first).toEqual(
			expect.objectContaining({
				company: 'Acme',
				track: 'IC',
				std_level: '4',
				total: '150000',
				years_experience: '3',
				location: ''
			})
		);
		expect(layout.read(ROWS[2]!)).toEqual(
			new SkippedRow('track "Designer" was mapped to "not IC or EM"')
		);
		expect(ROWS[0]).toEqual(['Acme', 'Software Engineer', '4', '150000', '3', 'x']);
	});

	it('refuses a mapping that points past the header or lacks a required field', () => {
		expect(() => createMappedLayout(['a', 'b'], MAPPING)).toThrow(/file has 2 columns/);
		expect(() => createMappedLayout(HEADER, { columns: { company: 0 }, trackValues: [] })).toThrow(
			/no column for: Track/
		);
	});
});

describe('previewMapping', () => {
	it('shows each mapped field typed, or the reason the import would refuse it', () => {
		const preview = previewMapping(HEADER, [...ROWS, ['short']], MAPPING);
		expect(preview[0]).toEqual({
			row: 2,
			kind: 'row',
			cells: {
				company: { ok: true, text: 'Acme' },
				track: { ok: true, text: 'IC' },
				std_level: { ok: true, text: '4' },
				years_experience: { ok: true, text: '3' },
				total: { ok: true, text: '150000' }
			}
		});
		expect(preview[2]).toEqual({
			row: 4,
			kind: 'skip',
			reason: 'track "Designer" was mapped to "not IC or EM"'
		});
		const bad = preview[3]!;
		expect(bad.kind === 'row' && bad.cells.total).toEqual({
			ok: false,
			text: 'lots',
			reason: expect.stringMatching(/./)
		});
		expect(bad.kind === 'row' && bad.cells.company).toEqual({ ok: true, text: 'Beta' });
		// The import rejects a ragged row (it does not skip it), and the preview says the same.
		expect(preview[4]).toEqual({
			row: 6,
			kind: 'reject',
			reason: expect.stringMatching(/1 cells but the header has 6/)
		});
	});
});

describe('ingestText with a mapping', () => {
	it('imports the mapped file and accounts for every row', () => {
		const text = [HEADER.join(','), ...ROWS.map((r) => r.join(','))].join('\n') + '\n';
		const { report, records } = ingestText(text, {
			file: 'survey.csv',
			catalogs,
			mapping: MAPPING
		});
		expect(report.fatal).toBeNull();
		expect({
			read: report.rowsRead,
			imported: report.imported,
			rejected: report.rejected,
			skipped: report.skipped
		}).toEqual({
			read: 4,
			imported: 2,
			rejected: 1,
			skipped: 1
		});
		expect(report.rejects[0]).toMatchObject({ row: 5, column: 'total', value: 'lots' });
		expect(records.map((r) => [r.company, r.track, r.stdLevel, r.levelSource, r.total])).toEqual([
			['Acme', 'ic', 4, 'given', 150000],
			['Acme', 'em', 6, 'given', 250000]
		]);
		expect(report.ignoredColumns).toEqual(['Notes']);
	});

	it('without a mapping the same file is refused as an unknown layout', () => {
		const text = [HEADER.join(','), ...ROWS.map((r) => r.join(','))].join('\n');
		expect(() => ingestText(text, { file: 'survey.csv', catalogs })).toThrow(
			/is not a layout Forkline knows/
		);
	});
});

describe('sampleCsvText', () => {
	it('gives the header and the first complete rows, leaving out a record cut off at the end', () => {
		expect(sampleCsvText('a,b\n1,2\n3,"4\n', 'x.csv', false, 10)).toEqual({
			header: ['a', 'b'],
			rows: [['1', '2']]
		});
		expect(sampleCsvText('a,b\n1,2\n3,4', 'x.csv', true, 10)).toEqual({
			header: ['a', 'b'],
			rows: [
				['1', '2'],
				['3', '4']
			]
		});
		expect(sampleCsvText('a\n1\n2\n3\n', 'x.csv', true, 2).rows).toEqual([['1'], ['2']]);
	});
});
