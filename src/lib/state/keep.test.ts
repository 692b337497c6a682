import { describe, expect, it } from 'vitest';
import { fromKept, toKept } from './keep.ts';
import type { Dataset } from '$lib/data/dataset.ts';
import type { ImportReport } from '$lib/data/ingest.ts';

// SYNTHETIC: a tiny made-up upload; the numbers only need a shape.
const report = {
	file: 'pay.csv',
	rowsRead: 3,
	imported: 2,
	rejected: 1,
	skipped: 0,
	rejects: [{ row: 4, column: 'total', value: 'secret cell', reason: 'pay cannot be negative' }],
	rejectedByReason: [{ reason: 'pay cannot be negative', count: 1 }],
	warnings: [{ row: 2, column: 'total', value: '4', reason: 'total under 10,000 a year' }],
	warningsByReason: [{ reason: 'total under 10,000 a year', count: 1 }]
} as unknown as ImportReport;
const upload: Dataset = {
	id: 'upload',
	source: {
		name: 'pay.csv',
		detail: 'Your file',
		license: 'Your own data',
		firstYear: 2024,
		lastYear: 2024,
		n: 2
	},
	cells: [],
	report,
	unknowns: {
		companies: {
			shown: [{ companyKey: 'secret co', company: 'Secret Co', count: 2, assigned: null }],
			total: 1,
			rows: 2,
			assignedRows: 0
		},
		levels: { shown: [], total: 0, rows: 0, assignedRows: 0 }
	}
};

describe('toKept / fromKept', () => {
	it('keeps the cells and the report counts but not the rows that quote the file', () => {
		const kept = toKept(upload);
		expect(kept.version).toBe(1);
		expect(kept.dataset.report?.rejects).toEqual([]);
		expect(kept.dataset.report?.warnings).toEqual([]);
		expect(kept.dataset.report?.rejectedByReason).toEqual([
			{ reason: 'pay cannot be negative', count: 1 }
		]);
		expect(kept.dataset.unknowns?.companies).toEqual({
			shown: [],
			total: 1,
			rows: 2,
			assignedRows: 0
		});
		expect(kept.dataset.listsDropped).toBe(true);
		expect(JSON.stringify(kept)).not.toContain('secret cell');
		expect(JSON.stringify(kept)).not.toContain('Secret Co');
		// The upload in memory is untouched.
		expect(upload.report?.rejects).toHaveLength(1);
		expect(upload.unknowns?.companies.shown).toHaveLength(1);
		expect(upload.listsDropped).toBeUndefined();
	});

	it('reads back what it wrote, through structured clone', () => {
		expect(fromKept(structuredClone(toKept(upload)))).toEqual(toKept(upload).dataset);
	});

	it('marks a record kept before listsDropped existed as having no lists', () => {
		const older = {
			version: 1,
			dataset: { ...upload, report: { ...report, rejects: [], warnings: [] }, unknowns: undefined }
		};
		expect(fromKept(older)?.listsDropped).toBe(true);
	});

	it.each([
		null,
		undefined,
		'x',
		{},
		{ version: 2, dataset: upload },
		{ version: 1, dataset: { ...upload, id: 'bundled' } },
		{ version: 1, dataset: { ...upload, cells: 'no' } }
	])('ignores %j rather than misreading it', (value) => {
		expect(fromKept(value)).toBeUndefined();
	});
});
