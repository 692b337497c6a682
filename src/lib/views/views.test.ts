import { describe, expect, test } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells';
import { bandsFromCells } from '$lib/data/cells';
import { COMPANY_TYPES, type Band, type CompanyType } from '$lib/data/domain';
import { listCompanies, toCellFilter } from '$lib/data/explore';
import type { Position } from '$lib/data/position';
import { DEFAULT_FILTERS, type Filters } from '$lib/state/filters';
import { createViewContext, formatSourceLine, formatWaitingHeadline, isWaiting } from './context';
import { VIEW_IDS } from './ids';
import { VIEW_LIST, VIEWS } from './registry';
import type { AnyView, ViewContext } from './view';

// Synthetic cells (seeded, tests/fixtures/cells.ts): SYNTHETIC, NOT REAL PAY. EMs are paid 1.2×
// ICs, level for level, so every view has both tracks to compare.
const cells = createSyntheticCells({ seed: 7, perGroup: 25, emFactor: 1.2 });
const frozen = structuredClone(cells);
const source = { name: 'synthetic', firstYear: 2019, lastYear: 2021 };
const prerendered = Object.fromEntries(
	(['all', ...COMPANY_TYPES] as const).map((type) => [
		type,
		bandsFromCells(cells, { companyType: type })
	])
) as Record<CompanyType | 'all', Band[]>;
const me: Position = {
	companyType: 'big-tech',
	company: '',
	track: 'em',
	stdLevel: 6,
	companyLevel: '',
	total: 300_000,
	base: null,
	stock: null,
	bonus: null
};

function contextFor(patch: Partial<Filters>, loaded = true, position?: Position): ViewContext {
	return createViewContext({
		filters: { ...DEFAULT_FILTERS, minN: 1, ...patch },
		dataset: loaded
			? { cells, source: { ...source, detail: '', license: '', n: cells.length } }
			: undefined,
		prerendered: { source, bandsByType: prerendered },
		companies: listCompanies(cells),
		extras: {},
		position
	});
}

const REQUIRED = [
	'id',
	'label',
	'controls',
	'needsData',
	'skeleton',
	'compute',
	'headline',
	'n',
	'sourceNote',
	'legend',
	'exportData',
	'fileBase',
	'positionMark',
	'components'
] as const;

describe('the view registry', () => {
	test('lists a view for every id, under its own id, in tab order', () => {
		expect(Object.keys(VIEWS).sort()).toEqual([...VIEW_IDS].sort());
		expect(VIEW_LIST.map((view) => view.id)).toEqual(VIEW_IDS);
	});

	test.each(VIEW_LIST)('view $id has every part', (view: AnyView) => {
		for (const part of REQUIRED) expect(view[part], `${view.id}.${part}`).toBeDefined();
		for (const part of ['compute', 'headline', 'n', 'exportData', 'positionMark'] as const)
			expect(typeof view[part], `${view.id}.${part}`).toBe('function');
		expect(view.label).not.toBe('');
	});

	test.each(VIEW_LIST)('view $id draws with a chart and a table', async (view: AnyView) => {
		const components =
			typeof view.components === 'function' ? await view.components() : view.components;
		expect(typeof components.Chart, `${view.id}.Chart`).toBe('function');
		expect(typeof components.Table, `${view.id}.Table`).toBe('function');
	});

	test('only the default view ships its components with the page', () => {
		const withPage = VIEW_LIST.filter((view) => typeof view.components !== 'function');
		expect(withPage.map((view) => view.id)).toEqual([DEFAULT_FILTERS.view]);
	});
});

describe.each(VIEW_LIST)('view $id on synthetic cells', (view: AnyView) => {
	const ctx = contextFor({ view: view.id });
	const model = view.compute(ctx);

	test('counts the reports it shows, states a headline and names its downloads', () => {
		expect(view.n(model, ctx)).toBeGreaterThan(0);
		expect(view.headline(model, ctx)).toMatch(/^(At level|Too few reports).+\.$/);
		const words = view.label.toLowerCase().replace(/ /g, '-');
		expect(view.fileBase(ctx)).toMatch(new RegExp(`^forkline-upload-${words}-`));
		expect(view.exportData(model, ctx)).toBeDefined();
		expect(cells).toEqual(frozen);
	});

	test('before the data arrives, waits for it or shows the prerendered ladder', () => {
		const waiting = contextFor({ view: view.id }, false);
		const early = view.compute(waiting);
		if (view.needsData) expect(view.exportData(early, waiting)).toBeUndefined();
		else expect(view.n(early, waiting)).toBe(prerendered.all.reduce((sum, b) => sum + b.n, 0));
	});

	test('shows no figure of another group while a company’s data is on its way', () => {
		const waiting = contextFor(
			{ view: view.id, companyType: 'big-tech', company: 'Synthetic big-tech 1' },
			false
		);
		expect(isWaiting(view, waiting)).toBe(true);
		expect(view.n(view.compute(waiting), waiting)).toBe(0);
		expect(formatWaitingHeadline(waiting)).toBe('Loading the pay data for Synthetic big-tech 1…');
		expect(formatSourceLine(view, view.compute(waiting), waiting)).not.toMatch(/n = /);
	});

	test('says whether and how it marks the user', () => {
		const withMe = contextFor({ view: view.id }, true, me);
		const mark = view.positionMark(view.compute(withMe), { ...withMe, mine: me });
		expect(typeof mark.shown).toBe('boolean');
		if (!mark.shown) expect(mark.hiddenReason).not.toBe('');
		expect(mark.exportNote).toMatch(/^ · /);
	});
});

describe('what the views compute', () => {
	test('the ladder is bandsFromCells under the filters, and n is their sum', () => {
		const ctx = contextFor({ companyType: 'finance', component: 'base' });
		const model = VIEWS.ladder.compute(ctx);
		const expected = bandsFromCells(cells, toCellFilter(ctx.filters), {
			minN: 1,
			source: 'synthetic',
			component: 'base'
		});
		expect(model.bands).toEqual(expected);
		expect(VIEWS.ladder.n(model)).toBe(expected.reduce((sum, b) => sum + b.n, 0));
	});

	test('company types: one panel per type the data has, and the EM premium of 20% is the headline', () => {
		const ctx = contextFor({ view: 'types' });
		const model = VIEWS.types.compute(ctx);
		const present = new Set(ctx.cells.map((c) => c.companyType));
		expect(model.panels.map((p) => p.key)).toEqual(COMPANY_TYPES.filter((t) => present.has(t)));
		// The synthetic cells have no services firms (a DOU-only type): no empty panel for them.
		expect(present.has('services')).toBe(false);
		expect(VIEWS.types.headline(model, ctx)).toMatch(/managers earn 1\d% more|2\d% more/);
	});

	test('the gap view shows all types plus the chosen type, and counts the all-types rows', () => {
		const ctx = contextFor({ view: 'gap', companyType: 'late-stage' });
		const model = VIEWS.gap.compute(ctx);
		expect(new Set(model.shown.map((r) => r.companyType))).toEqual(new Set(['all', 'late-stage']));
		const n = model.shown
			.filter((r) => r.companyType === 'all')
			.reduce((sum, r) => sum + r.icN + r.emN, 0);
		expect(VIEWS.gap.n(model)).toBe(n);
		expect(VIEWS.gap.legend).toBe(false);
	});

	test('company ladders: the three biggest companies until some are picked', () => {
		const top = listCompanies(cells)
			.slice(0, 3)
			.map((c) => c.name);
		expect(VIEWS.companies.compute(contextFor({ view: 'companies' })).picked).toEqual(top);
		const picked = [top[2]!, top[0]!];
		const model = VIEWS.companies.compute(contextFor({ view: 'companies', companies: picked }));
		expect(model.panels.map((p) => p.title)).toEqual(picked);
	});

	test('the distribution marks the user only at their level', () => {
		for (const level of [5, 6] as const) {
			const ctx = contextFor({ view: 'distribution', level }, true, me);
			const mark = VIEWS.distribution.positionMark(VIEWS.distribution.compute(ctx), {
				...ctx,
				mine: me
			});
			expect(mark.shown).toBe(level === me.stdLevel);
		}
	});
});

describe('#15.6 headlines about what is on screen', () => {
	test('the parity gap filtered to one type speaks of that type only', () => {
		const ctx = contextFor({ view: 'gap', companyType: 'finance' });
		const headline = VIEWS.gap.headline(VIEWS.gap.compute(ctx), ctx);
		expect(headline).toMatch(/finance/);
		expect(headline).not.toMatch(/big tech|startups|tech-first|enterprise|unclassified/);
	});

	test('the ladder’s headline names the pay component it is about', () => {
		const ctx = contextFor({ view: 'ladder', component: 'bonus' });
		expect(VIEWS.ladder.headline(VIEWS.ladder.compute(ctx), ctx)).toMatch(/median bonus/);
		const total = contextFor({ view: 'ladder' });
		expect(VIEWS.ladder.headline(VIEWS.ladder.compute(total), total)).toMatch(/median pay/);
	});
});
