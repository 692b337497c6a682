/**
 * #15.6: every view's headline speaks of what the view draws, under every combination of the
 * filters that pick the rows (company type, company, report year) and the pay component. Built
 * as the explorer page builds a view's context: through toViewFilters, so a view without the
 * 'group' control gets no company-type or company filter.
 */
import { describe, expect, test } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells';
import { bandsFromCells } from '$lib/data/cells';
import {
	COMPANY_TYPE_PHRASES,
	COMPANY_TYPES,
	PAY_COMPONENTS,
	type Band,
	type CompanyType,
	type PayComponent
} from '$lib/data/domain';
import { listCompanies } from '$lib/data/explore';
import { DEFAULT_FILTERS, formatSubtitle, type Filters } from '$lib/state/filters';
import { createViewContext } from './context';
import { VIEWS } from './registry';
import { formatHeadlinePay, toViewFilters } from './shared';
import type { AnyView, ViewContext } from './view';

// Synthetic cells (seeded, tests/fixtures/cells.ts): SYNTHETIC, NOT REAL PAY. Three companies a
// type (25 reports each a level and track), every report from 2020, EMs paid 1.2× ICs with log-normal spread.
const cells = createSyntheticCells({ seed: 11, perGroup: 75, emFactor: 1.2 });
const source = { name: 'synthetic', firstYear: 2020, lastYear: 2020 };
const prerendered = Object.fromEntries(
	(['all', ...COMPANY_TYPES] as const).map((type) => [
		type,
		bandsFromCells(cells, { companyType: type })
	])
) as Record<CompanyType | 'all', Band[]>;
const companies = listCompanies(cells);
const BIG_TECH_COMPANY = companies.find((c) => c.companyType === 'big-tech')!.name;

function contextFor(view: AnyView, patch: Partial<Filters>): ViewContext {
	return createViewContext({
		filters: toViewFilters(view.controls, { ...DEFAULT_FILTERS, view: view.id, ...patch }),
		dataset: { cells, source: { ...source, detail: '', license: '', n: cells.length } },
		prerendered: { source, bandsByType: prerendered },
		companies,
		extras: {},
		position: undefined
	});
}

const headlineOf = (view: AnyView, patch: Partial<Filters>) => {
	const ctx = contextFor(view, patch);
	return view.headline(view.compute(ctx), ctx);
};

/** The company-type phrases a headline names. */
const typesNamed = (headline: string) =>
	COMPANY_TYPES.filter((type) => headline.includes(`at ${COMPANY_TYPE_PHRASES[type]}`));

/** Every combination of the filters that pick rows, and the pay component. */
const COMBINATIONS: Partial<Filters>[] = (['all', 'big-tech', 'finance'] as const).flatMap(
	(companyType) =>
		['', BIG_TECH_COMPANY].flatMap((company) =>
			[null, 2020].flatMap((year) =>
				PAY_COMPONENTS.map((component: PayComponent) => ({
					companyType,
					company: companyType === 'finance' ? '' : company,
					year,
					component
				}))
			)
		)
);

const label = (patch: Partial<Filters>) =>
	`type=${patch.companyType} company=${patch.company || '-'} year=${patch.year ?? '-'} component=${patch.component}`;

/** What every headline owes: the pay component it is about, and the year when one is chosen. */
function expectNamesThePay(headline: string, patch: Partial<Filters>): void {
	if (headline.startsWith('Too few')) return;
	if (patch.component === 'total') {
		expect(headline).not.toMatch(/median (base salary|stock|bonus)/);
		return;
	}
	expect(headline).toContain(formatHeadlinePay({ component: patch.component! }));
	expect(headline).not.toMatch(/median pay|managers earn|EM median is/);
}

describe.each([
	['ladder', VIEWS.ladder],
	['distribution', VIEWS.distribution]
] as const)('#15.6 the %s headline', (_, view) => {
	test.each(COMBINATIONS.map((patch) => [label(patch), patch] as const))('%s', (_, patch) => {
		const headline = headlineOf(view, patch);
		expectNamesThePay(headline, patch);
		expect(headline).not.toMatch(/^Too few/);
		if (patch.company) {
			expect(headline).toContain(`at ${patch.company}`);
			expect(typesNamed(headline)).toEqual([]);
		} else if (patch.companyType !== 'all')
			expect(typesNamed(headline)).toEqual([patch.companyType]);
		else if (!patch.year) expect(headline).toContain('across all company types');
		if (patch.year) expect(headline).toContain('in 2020 reports');
	});
});

describe('#15.6 the parity gap headline', () => {
	test.each(COMBINATIONS.map((patch) => [label(patch), patch] as const))('%s', (_, patch) => {
		const headline = headlineOf(VIEWS.gap, patch);
		expectNamesThePay(headline, patch);
		expect(headline).not.toMatch(/^Too few/);
		if (patch.company) {
			// One company's rows are its own reports: named by the company, never by its type.
			expect(headline).toContain(`at ${patch.company}`);
			expect(typesNamed(headline)).toEqual([]);
		} else if (patch.companyType !== 'all') {
			expect(typesNamed(headline)).toEqual([patch.companyType]);
		} else {
			const drawn = new Set(cells.map((cell) => cell.companyType));
			for (const type of typesNamed(headline)) expect(drawn.has(type)).toBe(true);
		}
		if (patch.year) expect(headline).toContain('in 2020 reports');
	});

	test('a year with no reports says so, naming the year', () => {
		expect(headlineOf(VIEWS.gap, { year: 2019 })).toBe(
			'Too few reports in 2019 reports under these filters to compare the two tracks across groups.'
		);
	});
});

describe.each([
	['company types', VIEWS.types],
	['company ladders', VIEWS.companies]
] as const)('#15.6 the %s headline', (_, view) => {
	test('the company-type and company filters are hidden there (no group control)', () => {
		expect(view.controls).not.toContain('group');
	});

	test.each(COMBINATIONS.map((patch) => [label(patch), patch] as const))('%s', (_, patch) => {
		const headline = headlineOf(view, patch);
		expectNamesThePay(headline, patch);
		expect(headline).not.toMatch(/^Too few/);
		// The filters that are hidden change nothing the view says.
		expect(headline).toBe(headlineOf(view, { ...patch, companyType: 'all', company: '' }));
		const ctx = contextFor(view, patch);
		const panels = view.compute(ctx).panels as { key: string; title: string }[];
		if (view.id === 'types')
			for (const type of typesNamed(headline)) expect(panels.map((p) => p.key)).toContain(type);
		else
			for (const company of companies.map((c) => c.name))
				if (headline.includes(`at ${company}`))
					expect(panels.map((p) => p.title)).toContain(company);
		if (patch.year) expect(headline).toContain('in 2020 reports');
	});
});

describe('toViewFilters', () => {
	test('keeps the group filters for views that use them and drops them elsewhere', () => {
		const filters = { ...DEFAULT_FILTERS, companyType: 'finance' as const, company: 'Acme' };
		expect(toViewFilters(['group', 'scale'], filters)).toBe(filters);
		expect(toViewFilters(['scale'], filters)).toEqual({
			...filters,
			companyType: 'all',
			company: ''
		});
	});
});

describe('the subtitle under the headline', () => {
	test('on the parity gap, names a chosen company (its rows are labelled by type)', () => {
		expect(formatSubtitle({ ...DEFAULT_FILTERS, view: 'gap', company: 'Google' })).toContain(
			' · Google · '
		);
		expect(formatSubtitle({ ...DEFAULT_FILTERS, view: 'gap' })).not.toContain('all company types');
	});
});
