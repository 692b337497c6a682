import { describe, expect, test } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells';
import { createSyntheticSheet } from '../../../tests/fixtures/sheet';
import { bandsFromCells } from '$lib/data/cells';
import { COMPANY_TYPES, type Band, type CompanyType } from '$lib/data/domain';
import { DEFAULT_FILTERS, type Filters } from '$lib/state/filters';
import { createViewContext } from './context';
import { gapLogic } from './gap/logic';
import { ladderLogic } from './ladder/logic';
import type { UploadedSheet } from '$lib/state/sheet.svelte';

// SYNTHETIC, NOT REAL PAY: seeded cells for the market and a seeded four-band sheet.
const cells = createSyntheticCells({ seed: 7, perGroup: 25, emFactor: 1.2 });
const source = { name: 'synthetic', firstYear: 2019, lastYear: 2021 };
const prerendered = Object.fromEntries(
	(['all', ...COMPANY_TYPES] as const).map((type) => [type, []])
) as unknown as Record<CompanyType | 'all', Band[]>;

function contextFor(sheet: UploadedSheet | undefined, patch: Partial<Filters> = {}) {
	return createViewContext({
		filters: { ...DEFAULT_FILTERS, minN: 1, ...patch },
		dataset: { cells, source: { ...source, detail: '', license: '', n: cells.length } },
		prerendered: { source, bandsByType: prerendered },
		companies: [],
		extras: {},
		position: undefined,
		sheet
	});
}

describe('an uploaded band sheet on the ladder and gap views', () => {
	const bands = createSyntheticSheet();
	const sheet = { name: 'synthetic-sheet.csv', bands };

	test('without a sheet, neither view draws one', () => {
		expect(ladderLogic.compute(contextFor(undefined)).sheet).toBeUndefined();
		expect(gapLogic.compute(contextFor(undefined)).sheet).toBeUndefined();
	});

	test('the ladder places each sheet median in the market of its type, track and level', () => {
		const { sheet: layer } = ladderLogic.compute(contextFor(sheet));
		expect(layer!.marks.map((m) => `${m.track}${m.stdLevel}`)).toEqual([
			'ic5',
			'em5',
			'ic6',
			'em6'
		]);
		for (const mark of layer!.marks) {
			expect(mark.p50).toBe(
				bands.find((b) => b.track === mark.track && b.stdLevel === mark.stdLevel)!.p50
			);
			expect(mark.percentile).toBeGreaterThanOrEqual(0);
			expect(mark.percentile).toBeLessThanOrEqual(1);
		}
		// A sheet median at the market's p25 (p75) sits near its 25th (75th) percentile.
		const market = bandsFromCells(cells, { companyType: 'big-tech' }).find(
			(b) => b.track === 'ic' && b.stdLevel === 5
		)!;
		for (const [quantile, p50] of [
			[0.25, market.p25],
			[0.75, market.p75]
		] as const) {
			const placed = ladderLogic.compute(contextFor({ name: 'x', bands: [{ ...bands[0]!, p50 }] }))
				.sheet!.marks[0]!;
			expect(placed.percentile!).toBeCloseTo(quantile, 1);
		}
		expect(layer!.note).toMatch(/region, year and experience filters do not apply/);
	});

	test('the note names the finer filters that are set', () => {
		const { sheet: layer } = ladderLogic.compute(contextFor(sheet, { region: 'Nowhere' }));
		expect(layer!.note).toMatch(/set now: region/);
	});

	test('bands in another currency are not drawn on the ladder, and the note says why', () => {
		const euro = { name: 'eur.csv', bands: createSyntheticSheet({ currency: 'EUR' }) };
		const { sheet: layer } = ladderLogic.compute(contextFor(euro));
		expect(layer!.marks).toEqual([]);
		expect(layer!.note).toMatch(
			/4 of its bands are in EUR, not USD: they are not drawn or compared/
		);
	});

	test('a company type the filters leave out is not drawn', () => {
		const { sheet: layer } = ladderLogic.compute(contextFor(sheet, { companyType: 'finance' }));
		expect(layer!.marks).toEqual([]);
		expect(layer!.note).toMatch(/None of its bands is of the company type shown/);
	});

	test('the gap view draws the sheet’s own EM ÷ IC gap in its row, whatever its currency', () => {
		for (const currency of ['USD', 'EUR']) {
			const own = createSyntheticSheet({ currency });
			const { sheet: layer, shown } = gapLogic.compute(contextFor({ name: 's', bands: own }));
			expect(layer!.marks.map((m) => `${m.companyType}${m.stdLevel}`)).toEqual([
				'big-tech5',
				'big-tech6'
			]);
			const ic5 = own.find((b) => b.track === 'ic' && b.stdLevel === 5)!;
			const em5 = own.find((b) => b.track === 'em' && b.stdLevel === 5)!;
			expect(layer!.marks[0]!.gap).toBeCloseTo(em5.p50 / ic5.p50 - 1, 10);
			const row = shown.find((r) => r.stdLevel === 5 && r.companyType === 'big-tech')!;
			expect(layer!.marks[0]!.marketGap).toBe(row.gap);
		}
	});
});
