import { describe, expect, test } from 'vitest';
import { SOURCES } from '$lib/data/sources/registry';
import { DEFAULT_FILTERS, parseFilters, toSearch } from './filters';
import {
	DEFAULT_SOURCE,
	formatUnknownSource,
	parseSource,
	toSourceHref,
	withSource
} from './source';

describe('the source choice in the URL', () => {
	test('no source parameter is the bundled levels.fyi 2017–2021 file', () => {
		expect(parseSource(new URLSearchParams(''))).toEqual({ id: 'levelsfyi', unknown: null });
	});

	test('every source id round-trips through the URL, the default leaving it out', () => {
		for (const { id } of SOURCES) {
			const search = withSource('?view=gap', id);
			expect(parseSource(new URLSearchParams(search))).toEqual({ id, unknown: null });
			expect(new URLSearchParams(search).get('view')).toBe('gap');
		}
		expect(withSource('?source=dou&view=gap', DEFAULT_SOURCE)).toBe('?view=gap');
		expect(withSource('?source=dou', DEFAULT_SOURCE)).toBe('');
	});

	test('a link to another page keeps the source, its query and its fragment', () => {
		expect(toSourceHref('/claims#claim-fork-at-five', 'dou')).toBe(
			'/claims?source=dou#claim-fork-at-five'
		);
		expect(toSourceHref('/?view=gap&type=startup', 'aijobs')).toBe(
			'/?view=gap&type=startup&source=aijobs'
		);
		expect(toSourceHref('/claims?source=dou', 'levelsfyi')).toBe('/claims');
		expect(toSourceHref('/evidence', 'levelsfyi')).toBe('/evidence');
	});

	test('an unknown id falls back to the default and is kept for the note', () => {
		const choice = parseSource(new URLSearchParams('source=glassdoor'));
		expect(choice).toEqual({ id: 'levelsfyi', unknown: 'glassdoor' });
		expect(formatUnknownSource(choice.unknown!)).toBe(
			'There is no source "glassdoor": showing levels.fyi 2017–2021 instead.'
		);
		expect(formatUnknownSource('x'.repeat(500)).length).toBeLessThan(140);
	});

	test('the explorer keeps the source when it writes its filters to the URL', () => {
		const filters = parseFilters(new URLSearchParams('source=dou&view=types'));
		expect(filters.source).toBe('dou');
		expect(toSearch({ ...filters, companyType: 'services' })).toBe(
			'?view=types&type=services&source=dou'
		);
		expect(toSearch(DEFAULT_FILTERS)).toBe('');
		expect(parseFilters(new URLSearchParams('source=nope')).source).toBe('levelsfyi');
	});
});
