import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText, MAX_REASONS } from './ingest.ts';
import type { Catalogs } from './catalogs.ts';
import { chunkBytes } from './csv.ts';
import { createSyntheticRecords, toRecordsCsv } from '../../../tests/fixtures/records.ts';

/** A stand-in for the real catalogs: one known company with two labels, fallback by years. */
const catalogs: Catalogs = {
	companyKey: (name) => name.trim().toLowerCase(),
	companyType: (key) => (key === 'acme' ? 'big-tech' : 'unclassified'),
	companyName: (key) => (key === 'acme' ? 'Acme' : undefined),
	catalogLevel: (key, label) =>
		key === 'acme' ? ({ A5: 5, A6: 6 } as const)[label as 'A5'] : undefined,
	inferLevel: (_label, _track, years) =>
		years === null ? undefined : { stdLevel: years < 5 ? 4 : 5, method: 'experience' }
};

const HEADER = 'company,track,level,std_level,total,base,stock,bonus,years_experience';

function expectAccounted(report: {
	rowsRead: number;
	imported: number;
	rejected: number;
	skipped: number;
}) {
	expect(report.rowsRead).toBe(report.imported + report.rejected + report.skipped);
}

describe('ingestText, records format', () => {
	const text = [
		HEADER,
		'Acme,IC,A5,,200000,,,,3', // row 2: catalog level
		' ACME ,em,A6,,"$250,000",,,,', // row 3: spelling folded, written money
		'Other Co,IC,Senior,,150000,,,,7', // row 4: level from experience
		'Other Co,IC,X,,,100000,50000,10000,', // row 5: total from parts, but no level clue
		'Other Co,IC,X,6,,100000,50000,10000,', // row 6: given std_level, total from parts
		'Acme,IC,A5,,,,,,3', // row 7: no pay at all
		'Acme,Manager-ish,A5,,100,,,,3', // row 8: bad track
		'Acme,IC,A5,,-5,,,,3', // row 9: negative pay
		'', // row 10: blank line
		'Acme,IC,A5,,1,2', // row 11: ragged
		'Acme,IC,A5,,0x10,,,,3' // row 12: hex is not money
	].join('\n');
	const { report, records } = ingestText(text, { file: 'pay.csv', catalogs });

	it('accounts for every row', () => {
		expect(report.rowsRead).toBe(11);
		expectAccounted(report);
		expect(report.imported).toBe(4);
		expect(report.skipped).toBe(1);
		expect(report.skippedByReason).toEqual([{ reason: 'blank line', count: 1 }]);
	});

	it.each([
		[5, 'level', 'X'],
		[7, 'total', ''],
		[8, 'track', 'Manager-ish'],
		[9, 'total', '-5'],
		[11, '(whole row)', 'Acme,IC,A5,,…'],
		[12, 'total', '0x10']
	])('rejects row %i naming column %s and the value %j', (row, column, value) => {
		const reject = report.rejects.find((r) => r.row === row);
		expect(reject).toMatchObject({ row, column, value });
		expect(reject!.reason.length).toBeGreaterThan(5);
	});

	it('places levels from the catalog, the given column and the fallback, and counts each', () => {
		expect(records.map((r) => [r.company, r.track, r.stdLevel, r.levelSource])).toEqual([
			['Acme', 'ic', 5, 'catalog'],
			['Acme', 'em', 6, 'catalog'],
			['Other Co', 'ic', 5, 'experience'],
			['Other Co', 'ic', 6, 'given']
		]);
		expect(report.levelSources).toEqual({ given: 1, catalog: 2, title: 0, experience: 1 });
	});

	it('reads written money and sums parts when total is missing', () => {
		expect(records[1]!.total).toBe(250000);
		expect(records[3]!.total).toBe(160000);
		expect(records[0]!.base).toBeNull();
	});

	it('types companies from the catalog and counts the unclassified', () => {
		expect(records[0]!.companyType).toBe('big-tech');
		expect(records[2]!.companyType).toBe('unclassified');
		expect(report.unclassifiedCompanies).toBe(2);
	});
});

describe('ingestText, levels.fyi layout (synthetic rows in its column layout)', () => {
	const header =
		'timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,yearsatcompany,tag,basesalary,stockgrantvalue,bonus,gender';
	const text = [
		header,
		'6/7/2017 11:33:27,Acme,A5,Software Engineer,300000,"Springfield, ZZ",5,1,NA,200000,80000,20000,NA',
		'6/8/2019 11:33:27,acme,A6,Software Engineering Manager,400000,"Springfield, ZZ",NA,1,NA,0,0,0,NA',
		'6/9/2020 11:33:27,Acme,A5,Product Manager,250000,"Springfield, ZZ",4,1,NA,200000,50000,0,NA',
		'6/9/2020 11:33:27,Acme,A5,Data Scientist,250000,"Springfield, ZZ",4,1,NA,200000,50000,0,NA'
	].join('\n');
	const { report, records } = ingestText(text + '\n', { file: 'levels.csv', catalogs });

	it('recognises the layout and skips other titles, counted by title', () => {
		expect(report.layout).toBe('levelsfyi');
		expectAccounted(report);
		expect(report.imported).toBe(2);
		expect(report.skippedByReason.map((s) => s.count)).toEqual([1, 1]);
		expect(report.skippedByReason[0]!.reason).toMatch(/Product Manager|Data Scientist/);
	});

	it('reads base, stock and bonus of 0 as "no breakdown", not zero pay; NA as missing', () => {
		const em = records.find((r) => r.track === 'em')!;
		expect(em.total).toBe(400000);
		expect([em.base, em.stock, em.bonus]).toEqual([null, null, null]);
		expect(em.yearsExperience).toBeNull();
		expect(em.year).toBe(2019);
	});

	it('lists the columns it does not use', () => {
		expect(report.ignoredColumns).toEqual(['yearsatcompany', 'tag', 'gender']);
	});

	it('skips a title that is the name of a built-in object property instead of importing it', () => {
		const odd = ingestText(
			`${header}
6/7/2017 11:33:27,Acme,A5,constructor,300000,X,5,1,NA,1,1,1,NA
`,
			{ file: 'levels.csv', catalogs }
		);
		expect(odd.report.skipped).toBe(1);
		expect(odd.records).toEqual([]);
	});
});

describe('header problems', () => {
	it.each([
		['unknown layout', 'name,salary\nA,1\n', /not a layout Forkline knows/],
		[
			'duplicate column',
			'company,track,level,total,total\nA,IC,L5,1,2\n',
			/"total" more than once/
		],
		['records without pay', 'company,track,level\nA,IC,L5\n', /no total/]
	])('%s gets a clear message', (_name, text, message) => {
		expect(() => ingestText(text, { file: 'x.csv', catalogs })).toThrowError(message);
	});

	it('refuses track words that are built-in object property names (constructor, __proto__)', () => {
		const { report, records } = ingestText(
			`${HEADER}\nAcme,constructor,A5,,1000,,,,1\nAcme,__proto__,A5,,1000,,,,1\n`,
			{ file: 't.csv', catalogs }
		);
		expect(records).toEqual([]);
		expect(report.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
			[2, 'track', 'track must be IC or EM'],
			[3, 'track', 'track must be IC or EM']
		]);
	});

	it('keeps a __proto__ column harmless and lists it as unused', () => {
		const { report, records } = ingestText(
			`${HEADER},__proto__\nAcme,IC,A5,,1000,,,,1,{"polluted":true}\n`,
			{ file: 'p.csv', catalogs }
		);
		expect(report.ignoredColumns).toEqual(['__proto__']);
		expect(records).toHaveLength(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('ingestBytes', () => {
	it('gives the same records streamed in small chunks as read whole, for generated files', async () => {
		const synthetic = createSyntheticRecords({ perGroup: 3 });
		const csv = toRecordsCsv(synthetic);
		const whole = ingestText(csv, { file: 's.csv', catalogs });
		const streamed = await ingestBytes(chunkBytes(new TextEncoder().encode(csv), 97), {
			file: 's.csv',
			catalogs
		});
		expect(streamed.records).toEqual(whole.records);
		expect(streamed.report.imported).toBe(synthetic.length);
		expectAccounted(streamed.report);
	});

	it('round-trips records: export then import gives the same values', () => {
		const synthetic = createSyntheticRecords({ perGroup: 2 });
		const { records } = ingestText(toRecordsCsv(synthetic), { file: 's.csv', catalogs });
		expect(
			records.map((r) => [
				r.company,
				r.companyType,
				r.track,
				r.stdLevel,
				r.total,
				r.base,
				r.stock,
				r.bonus
			])
		).toEqual(
			synthetic.map((r) => [
				r.company,
				r.companyType,
				r.track,
				r.stdLevel,
				r.total,
				r.base,
				r.stock,
				r.bonus
			])
		);
	});
});

describe('a blank part when the total is empty', () => {
	const text = [
		HEADER,
		'Acme,IC,A5,,,150000,50000,,3', // row 2: blank bonus: no bonus, total = base + stock
		'Acme,IC,A5,,,150000,,20000,3', // row 3: blank stock: total unknown
		'Acme,IC,A5,,,,50000,20000,3' // row 4: blank base: total unknown
	].join('\n');
	const { report, records } = ingestText(text, { file: 'pay.csv', catalogs });

	it('reads a blank bonus as no bonus and rejects a blank base or stock, naming the total column', () => {
		expectAccounted(report);
		expect(report.imported).toBe(1);
		expect(records[0]).toMatchObject({ total: 200_000, base: 150_000, stock: 50_000, bonus: null });
		expect(report.rejects.map((r) => [r.row, r.column])).toEqual([
			[3, 'total'],
			[4, 'total']
		]);
	});
});

describe('a blank part when the total is given', () => {
	const text = [
		HEADER,
		'Acme,IC,A5,,200000,,,,3', // row 2: no breakdown at all
		'Acme,IC,A5,,200000,150000,,,3', // row 3: base only
		'Acme,IC,A5,,200000,150000,50000,,3' // row 4: no bonus given
	].join('\n');
	const { report, records } = ingestText(text, { file: 'pay.csv', catalogs });

	it('imports every row: a blank part is missing, never 0 and never a reason to reject', () => {
		expectAccounted(report);
		expect(report.imported).toBe(3);
		expect(report.rejected).toBe(0);
		expect(records.map((r) => [r.total, r.base, r.stock, r.bonus])).toEqual([
			[200_000, null, null, null],
			[200_000, 150_000, null, null],
			[200_000, 150_000, 50_000, null]
		]);
	});
});

describe('ingestBytes with a source it can open again (the CLI)', () => {
	it('reads a file whose invalid UTF-8 byte comes 1.1 MB in as windows-1252, as the browser does', async () => {
		const head = new TextEncoder().encode(
			'company,track,std_level,total\n' + 'Acme,IC,5,150000\n'.repeat(65_000)
		);
		const tail = Uint8Array.from('Zo\u00eb Labs,IC,5,150000\n', (c) => c.charCodeAt(0));
		const open = () => [head, tail];
		const { report, records } = await ingestBytes(open, { file: 'late.csv', catalogs });
		expect(report.encoding).toBe('windows-1252');
		expect(report.imported).toBe(65_001);
		expect(records.at(-1)!.company).toBe('Zoë Labs');
		// Given the stream itself, there is nothing to re-read: it stops, naming the encoding.
		await expect(ingestBytes(open(), { file: 'late.csv', catalogs })).rejects.toMatchObject({
			code: 'encoding'
		});
	});
});

describe('bounded report', () => {
	it('counts at most MAX_REASONS distinct reasons (a level message per row made one each), still adding up', () => {
		const rows = Array.from(
			{ length: MAX_REASONS + 500 },
			(_, i) => `Other Co,IC,X${i},,150000,,,,`
		);
		const { report } = ingestText([HEADER, ...rows].join('\n') + '\n', { file: 'x.csv', catalogs });
		expect(report.rejected).toBe(MAX_REASONS + 500);
		expect(report.rejectedByReason.length).toBe(MAX_REASONS + 1);
		expect(report.rejectedByReason.reduce((n, r) => n + r.count, 0)).toBe(report.rejected);
		expect(report.rejectedByReason[0]).toEqual({
			reason: 'other reasons (more than 1,000 different ones)',
			count: 500
		});
		expectAccounted(report);
	});
});
