import { describe, expect, it } from 'vitest';
import { fromKept, toKept } from './keep.ts';
import type { Dataset } from '$lib/data/dataset.ts';
import type { ImportReport } from '$lib/data/ingest.ts';
import { bandsFromCells, type PayCell } from '$lib/data/cells.ts';
import { describeShown } from './shownSource.ts';

// SYNTHETIC: a tiny made-up upload; the numbers only need a shape.
const report: ImportReport = {
	file: 'pay.csv',
	fatal: null,
	layout: 'records',
	layoutLabel: 'Forkline records',
	rowsRead: 3,
	imported: 2,
	rejected: 1,
	skipped: 0,
	rejects: [{ row: 4, column: 'total', value: 'secret cell', reason: 'pay cannot be negative' }],
	rejectedByReason: [{ reason: 'pay cannot be negative', count: 1 }],
	warnings: [{ row: 2, column: 'total', value: '4', reason: 'total under 10,000 a year' }],
	warningsByReason: [{ reason: 'total under 10,000 a year', count: 1 }],
	fileWarnings: [],
	currencies: [{ currency: 'USD', count: 2 }],
	currency: 'USD',
	setAside: [],
	skippedByReason: [],
	levelSources: { given: 2, catalog: 0, title: 0, experience: 0 },
	ignoredColumns: [],
	unclassifiedCompanies: 2,
	encoding: 'utf-8',
	delimiter: ',',
	bytes: 120
};
// SYNTHETIC pay bins: two reports, in the $150k and $160k bins.
const cell: PayCell = {
	company: 'Secret Co',
	companyType: 'unclassified',
	track: 'ic',
	stdLevel: 5,
	placement: 'catalog',
	region: 'unknown',
	year: 2024,
	yoe: -1,
	n: 2,
	total: [30, 1, 32, 1],
	base: [],
	stock: [],
	bonus: []
};
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
	cells: [cell],
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
		expect(JSON.stringify(kept.dataset.unknowns)).not.toContain('Secret Co');
		// The upload in memory is untouched.
		expect(upload.report?.rejects).toHaveLength(1);
		expect(upload.unknowns?.companies.shown).toHaveLength(1);
		expect(upload.listsDropped).toBeUndefined();
	});

	it('reads back what it wrote, through structured clone', () => {
		expect(fromKept(structuredClone(toKept(upload)))).toEqual({
			kind: 'restored',
			dataset: toKept(upload).dataset
		});
	});

	it('marks a record kept before listsDropped existed as having no lists', () => {
		const older = {
			version: 1,
			dataset: { ...upload, report: { ...report, rejects: [], warnings: [] }, unknowns: undefined }
		};
		const restored = fromKept(older);
		expect(restored.kind === 'restored' && restored.dataset.listsDropped).toBe(true);
	});

	/** The IC L5 median of a restored dataset, read at the width describeShown gives it. */
	const medianOf = (dataset: Dataset) =>
		bandsFromCells(dataset.cells, {}, { binWidth: describeShown(dataset).binWidth })[0]?.p50;

	it('reads a record kept before bin widths were recorded at $5,000, the width it was binned at', () => {
		const restored = fromKept(structuredClone(toKept(upload)));
		expect(restored.kind).toBe('restored');
		if (restored.kind !== 'restored') return;
		expect(restored.dataset.binWidth).toBeUndefined();
		// Bins 30 and 32 at $5,000: reports at $152,500 and $162,500.
		expect(medianOf(restored.dataset)).toBe(157_500);
	});

	it('keeps an exact upload’s $1 width, so its typed amounts come back exact', () => {
		// SYNTHETIC: two reports typed as $150,000 and $160,001.
		const exact: Dataset = {
			...upload,
			binWidth: 1,
			cells: [{ ...cell, total: [150_000, 1, 160_001, 1] }]
		};
		const restored = fromKept(structuredClone(toKept(exact)));
		expect(restored.kind === 'restored' && restored.dataset.binWidth).toBe(1);
		expect(restored.kind === 'restored' && medianOf(restored.dataset)).toBe(155_000.5);
	});

	it('has nothing to restore when nothing was kept', () => {
		expect(fromKept(undefined)).toEqual({ kind: 'none' });
	});

	it('drops another version’s record and says so', () => {
		const restored = fromKept({ version: 2, dataset: upload });
		expect(restored.kind).toBe('dropped');
		expect(restored.kind === 'dropped' && restored.message).toMatch(
			/another version of Forkline, so it could not be restored and was removed/
		);
	});

	// The damaged records: right version, wrong shape. Each threw on every page.
	const kept = toKept(upload);
	const withCells = (cells: unknown) => ({ ...kept, dataset: { ...kept.dataset, cells } });
	it.each([
		['null', null],
		['a string', 'x'],
		['an empty object', {}],
		['a bundled dataset', { ...kept, dataset: { ...kept.dataset, id: 'bundled' } }],
		['cells that are not a list', withCells('no')],
		['no cells', withCells([])],
		['a null cell', withCells([null])],
		['a bad track', withCells([{ ...cell, track: 'cto' }])],
		['a bad level', withCells([{ ...cell, stdLevel: 12 }])],
		['a histogram of a huge bin', withCells([{ ...cell, total: [4e14, 2] }])],
		['a bin width no upload is binned at', { ...kept, dataset: { ...kept.dataset, binWidth: 7 } }],
		['$5,000 bins above the largest amount', withCells([{ ...cell, total: [4e11, 2] }])],
		['a histogram that does not count n', withCells([{ ...cell, n: 5 }])],
		['an empty report', { ...kept, dataset: { ...kept.dataset, report: {} } }],
		['no source name', { ...kept, dataset: { ...kept.dataset, source: {} } }]
	])('drops a record with %s, saying it could not be restored and was removed', (_what, value) => {
		const restored = fromKept(value);
		expect(restored.kind).toBe('dropped');
		expect(restored.kind === 'dropped' && restored.message).toMatch(
			/Your kept data could not be restored and was removed/
		);
	});
});
