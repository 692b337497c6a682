/**
 * Property tests (fast-check, fixed seed): whatever bytes arrive, the import gives a report and
 * no exception, with every row accounted for; and any valid set of records, exported and
 * imported again, comes back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogs } from './catalogs.ts';
import { COMPANY_TYPES, type PayRecord, type StdLevel } from './domain.ts';
import { toRecordsCsv } from './export.ts';
import { toSafeText } from './tables.ts';
import { ingestFile, ingestText } from './ingest.ts';

/** Catalogs that know no company, so names come back as written. */
const catalogs: Catalogs = {
	companyKey: (name) => name,
	companyType: () => 'unclassified',
	companyName: () => undefined,
	catalogLevel: () => undefined,
	inferLevel: () => undefined
};

const SEED = 20240611;

/** Bytes that are often CSV-like: delimiters, quotes, line breaks, a known header, junk. */
const csvish = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'company,track,std_level,total\n',
				'a;b\n',
				',',
				';',
				'\t',
				'"',
				'""',
				'\n',
				'\r',
				'\r\n',
				'Acme',
				'IC',
				'EM',
				'5',
				'150000',
				'-5',
				'$1,000',
				'é',
				'\u00e9',
				'\ufeff',
				'\u0000'
			),
			fc.string({ maxLength: 8 })
		),
		{ maxLength: 60 }
	)
	.map((parts) => new TextEncoder().encode(parts.join('')));

describe('any input gives a report, never an exception', () => {
	it.each([
		['arbitrary bytes', fc.uint8Array({ maxLength: 3000 })],
		['CSV-like text', csvish]
	])('%s', async (_name, bytes) => {
		await fc.assert(
			fc.asyncProperty(bytes, fc.integer({ min: 1, max: 64 }), async (input, chunk) => {
				const parts: Uint8Array<ArrayBuffer>[] = [];
				for (let i = 0; i < input.length; i += chunk) parts.push(input.slice(i, i + chunk));
				const { report } = await ingestFile(new Blob(parts), { file: 'x.csv', catalogs });
				expect(report.rowsRead).toBe(report.imported + report.rejected + report.skipped);
				if (report.fatal) expect(report.fatal.message.length).toBeGreaterThan(10);
				else expect(report.layout).not.toBeNull();
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

describe('the report does not depend on how the bytes are chunked', () => {
	/** A records file whose cells include damaged quoting, CRLF and multi-byte letters. */
	const cell = fc.constantFrom('Acme', 'Zoë', '"Q"', '"q"x', 'x"y', '"a,b"', '"l\r\nm"', '');
	const file = fc
		.tuple(
			fc.array(fc.tuple(cell, fc.constantFrom('IC', 'EM', '"IC"'), cell), {
				minLength: 1,
				maxLength: 8
			}),
			fc.constantFrom('\n', '\r\n')
		)
		.map(
			([rows, newline]) =>
				[
					'company,track,std_level,total',
					...rows.map(([c, t, x]) => `${c},${t},5,${x}150000`)
				].join(newline) + newline
		);
	it('gives the same counts, rejects and warnings (quoting ones included) for any chunk size', async () => {
		await fc.assert(
			fc.asyncProperty(file, fc.integer({ min: 1, max: 48 }), async (text, chunk) => {
				const bytes = new TextEncoder().encode(text);
				const parts: Uint8Array<ArrayBuffer>[] = [];
				for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.slice(i, i + chunk));
				const whole = await ingestFile(new Blob([bytes]), { file: 'x.csv', catalogs });
				const chunked = await ingestFile(new Blob(parts), { file: 'x.csv', catalogs });
				expect(chunked.report).toEqual(whole.report);
				// A quoting warning is only ever told against a row that was imported.
				const rejected = new Set(chunked.report.rejects.map((r) => r.row));
				for (const w of chunked.report.warnings)
					if (w.column === '(quoting)') expect(rejected.has(w.row)).toBe(false);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

/** Text a user might type in a cell, CSV's special characters and formula triggers included. */
const text = fc
	.string({
		unit: fc.constantFrom(
			'a',
			'Z',
			'é',
			'東',
			'😎',
			',',
			';',
			'"',
			'\n',
			'\r',
			'=',
			'-',
			'+',
			'@',
			'\t',
			' ',
			"'",
			'0',
			'.',
			'$',
			'k'
		),
		maxLength: 12
	})
	.map((s) => s.trim());
const money = fc.option(fc.integer({ min: 1, max: 20_000_000 }), { nil: null });

const record: fc.Arbitrary<PayRecord> = fc.record({
	company: text.filter((s) => s !== ''),
	companyType: fc.constantFrom(...COMPANY_TYPES),
	track: fc.constantFrom('ic' as const, 'em' as const),
	companyLevel: text,
	stdLevel: fc.constantFrom<StdLevel>(3, 4, 5, 6, 7, 8, 9),
	levelSource: fc.constant('given' as const),
	location: text,
	yearsExperience: fc.option(
		fc.integer({ min: 0, max: 600 }).map((t) => t / 10),
		{ nil: null }
	),
	base: money,
	stock: money,
	bonus: money,
	total: fc.integer({ min: 1, max: 20_000_000 }),
	currency: fc.constantFrom('USD', 'EUR', 'GBP'),
	year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null })
});

describe('records → toRecordsCsv → ingestText', () => {
	it("gives the same records of the kept currency back, the others set aside (text that looks like a formula keeps its documented ' prefix)", () => {
		fc.assert(
			fc.property(fc.array(record, { minLength: 1, maxLength: 30 }), (records) => {
				const { report, records: back } = ingestText(toRecordsCsv(records), {
					file: 'r.csv',
					catalogs
				});
				expect(report.fatal).toBeNull();
				expect(report.rejects).toEqual([]);
				// One currency is kept (currency.ts); every record of another is skipped.
				expect(report.imported + report.skipped).toBe(records.length);
				expect(back).toEqual(
					records
						.filter((r) => r.currency === report.currency)
						.map((r) => ({
							...r,
							company: toSafeText(r.company),
							companyLevel: toSafeText(r.companyLevel),
							location: toSafeText(r.location)
						}))
				);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});
