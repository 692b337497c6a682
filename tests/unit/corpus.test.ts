import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/lib/data/ingest.ts';
import { loadCatalogs } from '../../scripts/node-catalogs.ts';
import { CORPUS } from '../corpus/corpus.ts';

const catalogs = loadCatalogs();

describe('the corpus of odd files: each gets its expected outcome, never an exception', () => {
	it.each(CORPUS.map((f) => [f.name, f] as const))('%s', async (_name, file) => {
		const parts = file.parts();
		const before = parts.map((p) => p.slice());
		const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
		const { report, records } = await ingestFile(new Blob(parts), { file: file.name, catalogs });
		const expected = file.expected;

		// The input is not changed (compared as Buffers: toEqual walks typed arrays element by element).
		expect(parts.every((p, i) => Buffer.from(p).equals(before[i]!))).toBe(true);
		expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(protoBefore);
		expect(report.rowsRead).toBe(report.imported + report.rejected + report.skipped);
		if ('fatal' in expected) {
			expect(report.fatal?.message).toMatch(expected.fatal);
			if (expected.row !== undefined) expect(report.fatal?.row).toBe(expected.row);
			expect(report.fatal?.kind).toBe(expected.kind ?? 'file');
			expect(report.fatal!.message.length).toBeLessThan(1000);
			expect(records).toEqual([]);
			return;
		}
		expect(report.fatal).toBeNull();
		expect({
			rowsRead: report.rowsRead,
			imported: report.imported,
			rejected: report.rejected,
			skipped: report.skipped
		}).toEqual({
			rowsRead: expected.rowsRead,
			imported: expected.imported,
			rejected: expected.rejected,
			skipped: expected.skipped
		});
		if (expected.encoding) expect(report.encoding).toBe(expected.encoding);
		if (expected.delimiter) expect(report.delimiter).toBe(expected.delimiter);
		if (expected.fileWarning) expect(report.fileWarnings.join('\n')).toMatch(expected.fileWarning);
		for (const [row, column, value] of expected.rejects ?? []) {
			expect(report.rejects).toContainEqual(expect.objectContaining({ row, column, value }));
		}
		if (expected.warnings?.length === 0) expect(report.warnings).toEqual([]);
		for (const [reason, count] of expected.warnings ?? []) {
			expect(report.warningsByReason).toContainEqual({ reason, count });
		}
		if (expected.companies) expect(records.map((r) => r.company)).toEqual(expected.companies);
		if (expected.ignoredColumns) expect(report.ignoredColumns).toEqual(expected.ignoredColumns);
		if (expected.totals) expect(records.map((r) => r.total)).toEqual(expected.totals);
	});
});
