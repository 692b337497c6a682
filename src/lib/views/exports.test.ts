import { describe, expect, test } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '$lib/state/filters';
import type { SourceId } from '$lib/data/sources/registry';
import { createViewContext } from './context';
import { toViewExportAbout, toViewFileBase } from './exports';

const source = { name: 'levels.fyi', firstYear: 2017, lastYear: 2021 };
/** A view's context on a bundled source (no cells: names and columns need none), or on an upload. */
function contextFor(patch: Partial<Filters>, sourceId: SourceId | 'upload' = 'levelsfyi') {
	return createViewContext({
		filters: { ...DEFAULT_FILTERS, ...patch },
		dataset: {
			cells: [],
			source: {
				...source,
				name: sourceId === 'upload' ? 'pay.csv' : source.name,
				detail: '',
				license: '',
				n: 0
			},
			sourceId: sourceId === 'upload' ? undefined : sourceId
		},
		prerendered: { source, bandsByType: { all: [] } as never },
		companies: [],
		extras: {},
		position: undefined
	});
}

describe('toViewFileBase', () => {
	test.each<[Partial<Filters>, SourceId | 'upload', string]>([
		[{}, 'levelsfyi', 'forkline-ladder-all-types-total-pay'],
		[{ companyType: 'big-tech' }, 'levelsfyi', 'forkline-ladder-big-tech-total-pay'],
		[{ dollars: 'reported' }, 'levelsfyi', 'forkline-ladder-all-types-total-pay-as-reported'],
		[
			{ company: 'JPMorgan Chase & Co.', component: 'base' },
			'levelsfyi',
			'forkline-ladder-jpmorgan-chase-co-base-salary'
		],
		[{ view: 'types', companyType: 'finance' }, 'levelsfyi', 'forkline-company-types-total-pay'],
		[{ view: 'gap', yoe: 4 }, 'levelsfyi', 'forkline-parity-gap-all-types-total-pay-yoe-15-years'],
		[{ view: 'gap', companyType: 'finance' }, 'levelsfyi', 'forkline-parity-gap-finance-total-pay'],
		[
			{ view: 'companies', companies: ['Google', 'Meta'] },
			'levelsfyi',
			'forkline-company-ladders-google-meta-total-pay'
		],
		[{ view: 'companies' }, 'levelsfyi', 'forkline-company-ladders-top-total-pay'],
		[
			{ view: 'distribution', level: 7, region: 'new-york', year: 2021 },
			'levelsfyi',
			'forkline-distribution-all-types-total-pay-l7-new-york-2021'
		],
		[{ view: 'distribution' }, 'dou', 'forkline-dou-distribution-all-types-net-base-pay-l6'],
		[{}, 'eu2020', 'forkline-eu2020-ladder-all-types-gross-pay'],
		[{}, 'upload', 'forkline-upload-ladder-all-types-total-pay']
	])('%j on %s → %s', (patch, sourceId, name) => {
		const ctx = contextFor(patch, sourceId);
		const before = structuredClone(ctx.filters);
		expect(toViewFileBase(ctx)).toBe(name);
		expect(ctx.filters).toEqual(before);
		const words = name.split('-');
		expect(new Set(words).size, 'no word twice').toBe(words.length);
	});
});

describe('toViewExportAbout', () => {
	test('names the source, the pay shown and its currency', () => {
		expect(toViewExportAbout(contextFor({}))).toEqual({
			source: 'levels.fyi 2017–2021',
			payMeasure: 'total pay a year',
			currency: 'USD',
			dollars: 'in May 2026 dollars; reported 2017–2021'
		});
		expect(toViewExportAbout(contextFor({ component: 'base' }, 'levelsfyi-2022'))).toEqual({
			source: 'levels.fyi, later reports (Aug 2021 – Mar 2022)',
			payMeasure: 'base salary a year',
			currency: 'USD',
			dollars: 'in May 2026 dollars; reported 2017–2021'
		});
		expect(toViewExportAbout(contextFor({}, 'dou')).payMeasure).toBe('net base pay a month');
		expect(toViewExportAbout(contextFor({}, 'upload'))).toEqual({
			source: 'pay.csv',
			payMeasure: 'total pay a year',
			currency: 'USD',
			dollars: 'as uploaded, not adjusted for inflation'
		});
	});
});
