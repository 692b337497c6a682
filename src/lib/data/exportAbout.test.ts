import { describe, expect, test } from 'vitest';
import { ABOUT_COLUMNS, describeExport, isExportedSource, toAboutCells } from './exportAbout.ts';
import { SOURCES } from './sources/registry.ts';

describe('describeExport', () => {
	test.each(SOURCES)('names $id by its label, its pay measure and currency', (info) => {
		expect(describeExport({ sourceId: info.id })).toEqual({
			source: info.label,
			payMeasure: info.measureLabel,
			currency: info.currency,
			dollars: 'in dollars as reported'
		});
		expect(isExportedSource(info.id)).toBe(true);
	});

	test('a pay part chosen on the page is the measure, not the source’s own', () => {
		expect(describeExport({ sourceId: 'levelsfyi', payMeasure: 'base salary a year' })).toEqual({
			source: 'levels.fyi 2017–2021',
			payMeasure: 'base salary a year',
			currency: 'USD',
			dollars: 'in dollars as reported'
		});
		expect(
			describeExport({ sourceId: 'so2024', dollars: 'in May 2026 dollars; reported 2024' }).dollars
		).toBe('in May 2026 dollars; reported 2024');
	});

	test("an upload's figures are in the currency its import kept", () => {
		expect(describeExport({ sourceId: 'upload', name: 'eu.csv', currency: 'EUR' }).currency).toBe(
			'EUR'
		);
		expect(describeExport({ sourceId: 'upload', name: 'pay.csv' }).currency).toBe('USD');
	});

	test('an upload is named by its file, the benchmark by its publisher', () => {
		expect(describeExport({ sourceId: 'upload', name: 'pay.csv' }).source).toBe('pay.csv');
		expect(describeExport({ sourceId: 'upload' }).source).toBe('your upload');
		expect(describeExport({ sourceId: 'bls-oews' }).source).toMatch(/Bureau of Labor Statistics/);
		expect(isExportedSource('nope')).toBe(false);
	});

	test('gives one cell per column, in the columns’ order', () => {
		const cells = toAboutCells(describeExport({ sourceId: 'dou' }));
		expect(cells).toHaveLength(ABOUT_COLUMNS.length);
		expect(Object.fromEntries(ABOUT_COLUMNS.map((c, i) => [c, cells[i]]))).toEqual({
			source: 'DOU, Ukraine (Dec 2024, Jun 2025)',
			pay_measure: 'net base pay a month',
			currency: 'USD',
			dollars: 'in dollars as reported'
		});
	});
});
