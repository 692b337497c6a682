import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecordCells, RECORD_COLUMNS, recordRowSchema, type RecordColumn } from './schema.ts';

/** Cells people write in each column: mostly good ones, so many rows pass and many do not. */
const GOOD: Record<RecordColumn, string[]> = {
	company: ['Acme', ' Acme ', 'Google'],
	company_type: ['', 'big-tech', 'Finance'],
	track: ['IC', 'em', 'Manager'],
	level: ['L5', '', 'Senior SWE'],
	std_level: ['', '5', 'L6'],
	location: ['', 'New York, NY'],
	years_experience: ['', '3', '7.5'],
	base: ['', '100000', '$1,000', '0'],
	stock: ['', '50000', '1.5M'],
	bonus: ['', '10000', '12k'],
	total: ['', '185000', '185k', '0'],
	currency: ['', 'USD', 'eur'],
	year: ['', '2021']
};
const BAD = fc.oneof(
	fc.constantFrom(' ', 'NA', 'constructor', '-5', 'abc', '1800', '1e3', '12%'),
	fc.string({ maxLength: 6 })
);
const row = fc.record(
	Object.fromEntries(
		RECORD_COLUMNS.map((c) => [
			c,
			fc.oneof(
				{ arbitrary: fc.constantFrom(...GOOD[c]), weight: 12 },
				{ arbitrary: BAD, weight: 1 }
			)
		])
	) as Record<RecordColumn, fc.Arbitrary<string>>
);

describe('readRecordCells, the records schema reading the import runs directly', () => {
	it('accepts exactly the rows the zod schema accepts, with the same values', () => {
		let accepted = 0;
		fc.assert(
			fc.property(row, (cells) => {
				const parsed = recordRowSchema.safeParse(cells);
				const read = readRecordCells(cells);
				accepted += parsed.success ? 1 : 0;
				expect(read !== undefined).toBe(parsed.success);
				if (parsed.success) expect(read).toEqual(parsed.data);
			}),
			{ seed: 20261121, numRuns: 3000 }
		);
		// Both ways are exercised: a good share of the rows pass and a good share do not.
		expect(accepted).toBeGreaterThan(600);
		expect(accepted).toBeLessThan(2400);
	});

	it('leaves each refusal to the schema, which names the column and the reason', () => {
		const cells = Object.fromEntries(RECORD_COLUMNS.map((c) => [c, ''])) as Record<
			RecordColumn,
			string
		>;
		Object.assign(cells, { company: 'Acme', track: 'chef', level: 'L5', total: '-5' });
		expect(readRecordCells(cells)).toBeUndefined();
		const parsed = recordRowSchema.safeParse(cells);
		expect(parsed.success).toBe(false);
		expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
			['track', 'track must be IC or EM'],
			['total', 'pay cannot be negative']
		]);
	});
});
