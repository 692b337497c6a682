import { describe, expect, it } from 'vitest';
import { REGIONS, inferRegion, type RegionId } from './regions';

describe('inferRegion', () => {
	it.each<[string, RegionId]>([
		['Mountain View, CA', 'sf-bay-area'],
		['Menlo Park, CA', 'sf-bay-area'],
		['San Francisco, CA', 'sf-bay-area'],
		['Redmond, WA', 'seattle'],
		['Bellevue, WA', 'seattle'],
		['Kirkland, WA', 'seattle'],
		['New York, NY', 'new-york'],
		['Jersey City, NJ', 'new-york'],
		['Cambridge, MA', 'boston'],
		['Cambridge, MA, United States', 'boston'],
		['Santa Monica, CA', 'los-angeles'],
		['Irvine, CA', 'los-angeles'],
		['Austin, TX', 'austin'],
		['Washington, DC', 'washington-dc'],
		['Herndon, VA', 'washington-dc'],
		['San Diego, CA', 'san-diego'],
		['Plano, TX', 'dallas'],
		['Chicago, IL', 'chicago'],
		['Boulder, CO', 'denver-boulder'],
		// Same city name, other state: not the metro.
		['Arlington, TX', 'dallas'],
		['Portland, ME', 'other-us'],
		['Atlanta, GA', 'other-us'],
		['Omaha, NE', 'other-us'],
		['Folsom, CA', 'other-us'],
		['  Seattle ,  WA ', 'seattle'],
		['Bangalore, KA, India', 'india'],
		['Toronto, ON, Canada', 'canada'],
		['London, EN, United Kingdom', 'uk-ireland'],
		['Dublin, DN, Ireland', 'uk-ireland'],
		// "Barcelona, CT, Spain" has a two-letter region like a US state, but three parts.
		['Barcelona, CT, Spain', 'europe'],
		['Moscow, MS, Russia', 'europe'],
		['Tel Aviv, TA, Israel', 'israel'],
		['Tel Aviv, Israel', 'israel'],
		['Singapore, SG, Singapore', 'asia-pacific'],
		['Seoul, KG, Korea, South', 'asia-pacific'],
		['Sao Paulo, SP, Brazil', 'latin-america'],
		['Lagos, LA, Nigeria', 'other-world'],
		['', 'other-world'],
		['Remote', 'other-world']
	])('%j → %s', (location, region) => {
		expect(inferRegion(location)).toBe(region);
	});

	it('gives the same answer on a repeated (cached) call', () => {
		expect([inferRegion('Sunnyvale, CA'), inferRegion('Sunnyvale, CA')]).toEqual([
			'sf-bay-area',
			'sf-bay-area'
		]);
	});
});

describe('REGIONS', () => {
	it('lists each region once, metros first, then Other US, then the world', () => {
		const ids = REGIONS.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		const kinds = REGIONS.map((r) => r.kind);
		expect(kinds.indexOf('us')).toBe(kinds.lastIndexOf('us-metro') + 1);
		expect(kinds.slice(kinds.indexOf('us') + 1).every((k) => k === 'world')).toBe(true);
	});

	it('covers every region inferRegion can return', () => {
		const ids = new Set(REGIONS.map((r) => r.id));
		const seen = ['Sunnyvale, CA', 'Omaha, NE', 'Pune, MH, India', 'Lagos, LA, Nigeria'].map(
			inferRegion
		);
		expect(seen.every((id) => ids.has(id))).toBe(true);
	});
});
