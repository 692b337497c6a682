import { describe, expect, test } from 'vitest';
import { createMonthlyRecords, toSyntheticCells } from '../../../tests/fixtures/records';
import type { PayCell } from '$lib/data/cells';
import { COMPANY_TYPES, type Band, type CompanyType, type PayRecord } from '$lib/data/domain';
import { listCompanies } from '$lib/data/explore';
import type { SourceId } from '$lib/data/sources/registry';
import { DEFAULT_FILTERS } from '$lib/state/filters';
import { createViewContext, formatSourceLine } from './context';
import { payFormatter } from './shared';
import { VIEWS } from './registry';

// Synthetic records (seeded, tests/fixtures/records.ts): SYNTHETIC, NOT REAL PAY. Their yearly
// pay is divided by 12 and binned at $50, as DOU's monthly figures are.
const monthly: PayRecord[] = createMonthlyRecords(11);
const cellsAt = (binWidth: number): PayCell[] => toSyntheticCells(monthly, binWidth);
const noBands = Object.fromEntries(
	['all', ...COMPANY_TYPES].map((t) => [t, []])
) as unknown as Record<CompanyType | 'all', Band[]>;

function contextOn(
	sourceId: SourceId,
	cells: PayCell[],
	binWidth: number,
	view = 'ladder' as const
) {
	return createViewContext({
		// As reported: these tests compare the views' medians with the synthetic reports' own.
		filters: { ...DEFAULT_FILTERS, minN: 1, view, source: sourceId, dollars: 'reported' },
		dataset: {
			cells,
			sourceId,
			binWidth,
			source: {
				name: 'synthetic',
				detail: '',
				license: '',
				n: cells.length,
				firstYear: 2024,
				lastYear: 2025
			}
		},
		chosen: sourceId,
		prerendered: {
			source: { name: 'levels.fyi', firstYear: 2017, lastYear: 2021 },
			bandsByType: noBands
		},
		companies: listCompanies(cells),
		extras: {},
		position: undefined
	});
}

function trueMedian(track: 'ic' | 'em', level: number): number {
	const pays = monthly
		.filter((r) => r.track === track && r.stdLevel === level)
		.map((r) => r.total)
		.sort((a, b) => a - b);
	return pays[Math.floor(pays.length / 2)]!;
}

describe('views on a source with its own bin width', () => {
	test('the ladder reads DOU-like $50 bins at $50: medians within a bin of the reports’ own', () => {
		const ctx = contextOn('dou', cellsAt(50), 50);
		expect(ctx.measure.binWidth).toBe(50);
		const { bands } = VIEWS.ladder.compute(ctx);
		const l5 = bands.find((b) => b.track === 'ic' && b.stdLevel === 5)!;
		expect(Math.abs(l5.p50 - trueMedian('ic', 5))).toBeLessThanOrEqual(100);
		// Read at the default $5,000 the same histograms would put the median 100× too high.
		expect(l5.p50).toBeLessThan(trueMedian('ic', 5) * 1.1);
	});

	test('the ladder says the source’s measure on its axis and source line', () => {
		const ctx = contextOn('dou', cellsAt(50), 50);
		expect(ctx.words.payLabel).toBe('↑ Net base pay a month');
		expect(ctx.words.measured).toBe('net base pay a month');
		const line = formatSourceLine(VIEWS.ladder, VIEWS.ladder.compute(ctx), ctx);
		expect(line).toContain('net base pay a month, USD');
		expect(line).not.toContain('stock');
	});

	test('company ladders say why they are not drawn on a source without company names', () => {
		expect(VIEWS.companies.unavailable?.(contextOn('dou', cellsAt(50), 50))).toMatch(
			/^DOU Ukraine names no companies/
		);
		expect(
			VIEWS.companies.unavailable?.(contextOn('levelsfyi', cellsAt(5000), 5000))
		).toBeUndefined();
	});

	test('another source shows no levels.fyi bands while its own cells load', () => {
		const ctx = createViewContext({
			filters: { ...DEFAULT_FILTERS, source: 'aijobs' },
			dataset: undefined,
			chosen: 'aijobs',
			prerendered: {
				source: { name: 'levels.fyi', firstYear: 2017, lastYear: 2021 },
				bandsByType: {
					...noBands,
					all: VIEWS.ladder.compute(contextOn('levelsfyi', cellsAt(5000), 5000)).bands
				}
			},
			companies: [],
			extras: {},
			position: undefined
		});
		expect(VIEWS.ladder.compute(ctx).bands).toEqual([]);
		expect(ctx.source.name).toBe('aijobs.net salary index (2020–2025)');
	});
});

describe('every view reads the source’s bin width', () => {
	const ctx = contextOn('dou', cellsAt(50), 50);

	test('the company types view and the gap view: medians at the $50 scale', () => {
		const types = VIEWS.types.compute({ ...ctx, filters: { ...ctx.filters, view: 'types' } });
		const band = types.panels
			.flatMap((panel) => panel.bands)
			.find((b) => b.track === 'ic' && b.stdLevel === 5)!;
		expect(band.p50).toBeLessThan(trueMedian('ic', 5) * 2);
		const gap = VIEWS.gap.compute({ ...ctx, filters: { ...ctx.filters, view: 'gap' } });
		expect(gap.rows.length).toBeGreaterThan(0);
	});

	test('the distribution view draws bars narrower than $5,000 on monthly pay', () => {
		const model = VIEWS.distribution.compute({
			...ctx,
			filters: { ...ctx.filters, view: 'distribution', level: 5 }
		})!;
		const ic = model.tracks.find((t) => t.track === 'ic')!;
		expect(model.width).toBeLessThan(5000);
		expect(model.width % 50).toBe(0);
		expect(Math.abs(ic.p50 - trueMedian('ic', 5))).toBeLessThanOrEqual(100);
		expect(ic.bins.reduce((sum, b) => sum + b.count, 0)).toBe(ic.n);
	});
});

describe('a monthly source’s amounts say they are a month’s pay', () => {
	test('tables and tooltips write "$X a month" on DOU and bare dollars on a yearly source', () => {
		const dou = contextOn('dou', cellsAt(50), 50);
		expect(payFormatter(dou.measure)(2450)).toBe('$2,450 a month');
		const yearly = contextOn('levelsfyi', cellsAt(5000), 5000);
		expect(payFormatter(yearly.measure)(185000)).toBe('$185,000');
	});

	test('the distribution headline’s ranges end "a month" on DOU', () => {
		const ctx = contextOn('dou', cellsAt(50), 50);
		const filters = { ...ctx.filters, view: 'distribution' as const, level: 5 as const };
		const on = { ...ctx, filters };
		const headline = VIEWS.distribution.headline(VIEWS.distribution.compute(on), on);
		expect(headline).toMatch(/managers’ net base pay is \$[\d,]+–\$[\d,]+ a month, of ICs’/);
	});
});

describe('headlines name the source’s measure', () => {
	test('the ladder headline says net base pay on DOU and pay on a total-pay source', () => {
		const dou = contextOn('dou', cellsAt(50), 50);
		expect(VIEWS.ladder.headline(VIEWS.ladder.compute(dou), dou)).toContain(
			'managers’ median net base pay'
		);
		const yearly = contextOn('levelsfyi', cellsAt(5000), 5000);
		expect(VIEWS.ladder.headline(VIEWS.ladder.compute(yearly), yearly)).toContain(
			'managers’ median pay'
		);
	});
});
