import { quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../scripts/node-catalogs.ts';
import { createSyntheticRecords, toRecordsCsv } from '../../../tests/fixtures/records.ts';
import { bandsFromCells, BIN_WIDTH, EXACT_BIN_WIDTH } from './cells.ts';
import { datasetFromRecords, EXACT_MAX_RECORDS, uploadBinWidth } from './dataset.ts';
import { ingestText } from './ingest.ts';

describe('an upload’s bin width', () => {
	it('is exact up to EXACT_MAX_RECORDS records and $5,000 beyond, as the bundle is', () => {
		expect(uploadBinWidth(1)).toBe(EXACT_BIN_WIDTH);
		expect(uploadBinWidth(EXACT_MAX_RECORDS)).toBe(EXACT_BIN_WIDTH);
		expect(uploadBinWidth(EXACT_MAX_RECORDS + 1)).toBe(BIN_WIDTH);
		// The raw levels.fyi file the bundle is built from stays comparable with the bundle.
		expect(uploadBinWidth(62_642)).toBe(BIN_WIDTH);
	});

	it('a small file read as the upload page reads it keeps every median as typed', () => {
		// SYNTHETIC, NOT REAL PAY: seeded records written as a records CSV and read back.
		const synthetic = createSyntheticRecords({ seed: 3, perGroup: 9, levels: [5, 6] });
		const { report, records } = ingestText(toRecordsCsv(synthetic), {
			file: 'team.csv',
			catalogs: loadCatalogs()
		});
		expect(records).toHaveLength(synthetic.length);
		const dataset = datasetFromRecords(records, report);
		expect(dataset.binWidth).toBe(EXACT_BIN_WIDTH);
		const bands = bandsFromCells(dataset.cells, {}, { binWidth: dataset.binWidth });
		expect(bands).toHaveLength(4);
		for (const band of bands) {
			const pays = synthetic
				.filter((r) => r.track === band.track && r.stdLevel === band.stdLevel)
				.map((r) => r.total);
			expect(band.p50).toBe(quantile(pays, 0.5));
			expect(band.p25).toBe(quantile(pays, 0.25));
		}
	});
});
