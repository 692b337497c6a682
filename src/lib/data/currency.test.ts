import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { chooseCurrency, setAsideReason, toDataCurrency } from './currency.ts';
import { toRecordsCsv } from './export.ts';
import { ingestText } from './ingest.ts';
import type { Catalogs } from './catalogs.ts';
import type { PayRecord } from './domain.ts';
import { createMixedCurrencyRecords } from '../../../tests/fixtures/currencies.ts';

/** Catalogs that know no company: every row here gives its own type and level. */
const catalogs: Catalogs = {
	companyKey: (name) => name.trim().toLowerCase(),
	companyType: () => 'unclassified',
	companyName: () => undefined,
	catalogLevel: () => undefined,
	inferLevel: () => undefined
};

const median = (records: readonly PayRecord[]) =>
	quantileSorted(
		records.map((r) => r.total).sort((a, b) => a - b),
		0.5
	)!;

describe('chooseCurrency', () => {
	it('keeps the currency most records use, the first met on a tie, and the chosen one when the file has it', () => {
		const counts = [
			{ currency: 'USD', count: 5 },
			{ currency: 'EUR', count: 7 }
		];
		expect(chooseCurrency(counts)).toBe('EUR');
		expect(chooseCurrency(counts, 'USD')).toBe('USD');
		expect(chooseCurrency(counts, 'GBP')).toBe('EUR');
		expect(chooseCurrency([counts[0]!, { currency: 'EUR', count: 5 }])).toBe('USD');
		expect(chooseCurrency([])).toBeNull();
	});
});

describe('an import never pools currencies', () => {
	// SYNTHETIC: 5 IC L5 reports in dollars (around $260k) and 5 in euros (around €90k), as in
	// the audit's file, plus more levels so the file is not one group.
	const records = createMixedCurrencyRecords({ perGroup: { USD: 7, EUR: 3 } });
	const dollars = records.filter((r) => r.currency === 'USD');
	const euros = records.filter((r) => r.currency === 'EUR');
	const { report, records: imported } = ingestText(toRecordsCsv(records), {
		file: 'mixed.csv',
		catalogs
	});

	it('imports the currency most rows use and sets the others aside, counted and named', () => {
		expect(report.currency).toBe('USD');
		expect(report.imported).toBe(dollars.length);
		expect(report.skipped).toBe(euros.length);
		expect(report.rowsRead).toBe(report.imported + report.rejected + report.skipped);
		expect(report.setAside).toEqual([{ currency: 'EUR', count: euros.length }]);
		expect(report.skippedByReason).toEqual([
			{ reason: setAsideReason('EUR', 'USD'), count: euros.length }
		]);
		expect(report.fileWarnings.join(' ')).toContain(
			`${euros.length} rows in EUR set aside: Forkline compares pay within one currency`
		);
		expect(report.currencies).toEqual([
			{ currency: 'USD', count: dollars.length },
			{ currency: 'EUR', count: euros.length }
		]);
	});

	it("keeps only the kept currency's records, so a band's median is theirs alone", () => {
		expect(imported.every((r) => r.currency === 'USD')).toBe(true);
		const ic5 = (list: readonly PayRecord[]) =>
			list.filter((r) => r.track === 'ic' && r.stdLevel === 5);
		expect(median(ic5(imported))).toBe(median(ic5(dollars)));
		// Pooled, the median would be far from the dollars' (the audit's $175,375 against ~$260k).
		expect(median(ic5(records))).toBeLessThan(0.9 * median(ic5(dollars)));
	});

	it("counts how levels were placed over the kept currency's records only", () => {
		expect(report.levelSources.given).toBe(dollars.length);
	});

	it('keeps the chosen currency when the user picks it', () => {
		const chosen = ingestText(toRecordsCsv(records), {
			file: 'mixed.csv',
			catalogs,
			currency: 'EUR'
		});
		expect(chosen.report.currency).toBe('EUR');
		expect(chosen.report.imported).toBe(euros.length);
		expect(chosen.report.skipped).toBe(dollars.length);
		expect(chosen.records.every((r) => r.currency === 'EUR')).toBe(true);
		expect(chosen.report.skippedByReason[0]!.reason).toBe(setAsideReason('USD', 'EUR'));
	});

	it('lists no warning of a row it set aside', () => {
		// A euro row under 10,000 a year would be warned about, were it imported.
		const low = { ...euros[0]!, total: 900 };
		const { report: withLow } = ingestText(toRecordsCsv([...dollars, low]), {
			file: 'low.csv',
			catalogs
		});
		expect(withLow.currency).toBe('USD');
		expect(withLow.warnings).toEqual([]);
		expect(withLow.warningsByReason).toEqual([]);
	});

	it('says nothing about currency when the file has one', () => {
		const { report: one } = ingestText(toRecordsCsv(euros), { file: 'eur.csv', catalogs });
		expect(one.currency).toBe('EUR');
		expect(one.setAside).toEqual([]);
		expect(one.skipped).toBe(0);
		expect(one.fileWarnings).toEqual([]);
	});
});

describe('toDataCurrency', () => {
	it("names a bundled source's currency, an upload's kept one, and an older kept upload's most frequent", () => {
		expect(toDataCurrency({ sourceId: 'eu2020' })).toBe('USD');
		expect(toDataCurrency({ report: { currency: 'EUR', currencies: [] } })).toBe('EUR');
		expect(toDataCurrency({ report: { currencies: [{ currency: 'GBP', count: 3 }] } })).toBe('GBP');
		expect(toDataCurrency(undefined)).toBe('USD');
	});
});
