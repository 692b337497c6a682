import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	DEFAULT_FILTERS,
	formatSubtitle,
	formatWhere,
	parseFilters,
	toSearch,
	VIEWS,
	type Filters
} from './filters';

describe('parseFilters / toSearch', () => {
	test('the default view has an empty query string, and an empty one gives the defaults', () => {
		expect(toSearch(DEFAULT_FILTERS)).toBe('');
		expect(parseFilters(new URLSearchParams(''))).toEqual(DEFAULT_FILTERS);
	});

	test('junk values fall back to each default, one parameter at a time', () => {
		const parsed = parseFilters(
			new URLSearchParams(
				'view=nope&type=banks&minN=-3&yoe=9&year=abc&component=equity&scale=sqrt&range=x&level=12&companies=,,&notes=yes'
			)
		);
		expect(parsed).toEqual(DEFAULT_FILTERS);
		expect(parseFilters(new URLSearchParams('view=gap&minN=x')).view).toBe('gap');
	});

	test('the claims notes are on with notes=1 and off by default, so the plain link stays clean', () => {
		expect(parseFilters(new URLSearchParams('notes=1')).notes).toBe(true);
		expect(parseFilters(new URLSearchParams('notes=0')).notes).toBe(false);
		expect(toSearch({ ...DEFAULT_FILTERS, notes: true })).toBe('?notes=1');
		expect(toSearch({ ...DEFAULT_FILTERS, notes: false })).toBe('');
	});

	test('a company name with a comma survives the link (joined and split on commas, it showed n = 0)', () => {
		const f = {
			...DEFAULT_FILTERS,
			view: 'companies' as const,
			companies: ['Acme, Inc.', 'Google']
		};
		const search = toSearch(f);
		expect(parseFilters(new URLSearchParams(search)).companies).toEqual(['Acme, Inc.', 'Google']);
		// A link written before names were escaped still reads the same.
		expect(parseFilters(new URLSearchParams('companies=Google,Meta')).companies).toEqual([
			'Google',
			'Meta'
		]);
	});

	test('companies are trimmed, deduplicated and capped at four', () => {
		expect(
			parseFilters(new URLSearchParams('companies= Google,Meta,Google,Amazon,Apple,Netflix'))
				.companies
		).toEqual(['Google', 'Meta', 'Amazon', 'Apple']);
	});

	test('any valid filters survive the round trip through the URL', () => {
		const filters = fc.record<Filters>({
			view: fc.constantFrom(...VIEWS),
			companyType: fc.constantFrom('all', 'big-tech', 'finance', 'startup'),
			company: fc.constantFrom('', 'Google', 'Goldman Sachs', 'A&B, "C"'.replace(',', '')),
			region: fc.constantFrom('', 'us', 'sf-bay-area', 'india'),
			yoe: fc.constantFrom(null, 0, 2, 4),
			year: fc.constantFrom(null, 2019, 2021),
			minN: fc.integer({ min: 1, max: 500 }),
			component: fc.constantFrom('total', 'base', 'stock', 'bonus'),
			scale: fc.constantFrom('linear', 'log'),
			range: fc.constantFrom('iqr', 'p10p90'),
			level: fc.constantFrom(3, 5, 9),
			companies: fc.uniqueArray(
				fc
					.oneof(
						fc.constantFrom('Google', 'Meta', 'J.P. Morgan', 'Acme, Inc.', 'A\\B,', ',\\'),
						// Any name a file can hold, as the data trims it.
						fc
							.string({ unit: fc.constantFrom('a', ',', '\\', ' ', '&', '=', '%', 'é') })
							.map((n) => n.trim())
					)
					.filter((n) => n !== ''),
				{ maxLength: 4 }
			),
			notes: fc.boolean(),
			source: fc.constantFrom('levelsfyi', 'dou', 'aijobs', 'levelsfyi-2022'),
			dollars: fc.constantFrom('today', 'reported')
		});
		fc.assert(
			fc.property(filters, (f) => {
				const before = structuredClone(f);
				expect(parseFilters(new URLSearchParams(toSearch(f)))).toEqual(f);
				expect(f).toEqual(before);
			})
		);
	});
});

describe('formatWhere / formatSubtitle', () => {
	test('name the active filters in words', () => {
		expect(
			formatWhere({ ...DEFAULT_FILTERS, companyType: 'finance', region: 'new-york', year: 2020 })
		).toBe('at finance companies in New York in 2020 reports');
		expect(formatWhere(DEFAULT_FILTERS)).toBe('across all company types');
		expect(formatSubtitle({ ...DEFAULT_FILTERS, component: 'base', minN: 20 })).toBe(
			'Base salary · all company types · everywhere · any experience · all years · groups under 20 reports faded'
		);
	});
});
