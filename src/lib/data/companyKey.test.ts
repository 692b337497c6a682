import { describe, expect, it } from 'vitest';
import { toCompanyKey } from './companyKey';

describe('toCompanyKey', () => {
	it.each([
		['Google', 'google'],
		[' google', 'google'],
		['GOOGLE', 'google'],
		['\u00a0Google', 'google'],
		['Goo\u200bgle', 'goo gle'],
		['Capital  One ', 'capital one'],
		['Capital\u00a0One', 'capital one'],
		['Apple Inc.', 'apple'],
		['Google LLC', 'google'],
		['Microsoft Corporation', 'microsoft'],
		['Citrix Systems Inc', 'citrix systems'],
		['Visa, Inc.', 'visa'],
		['Bloomberg LP', 'bloomberg'],
		['Wipro Limited', 'wipro'],
		// Brand names that end in Company/Co keep it: only legal-form suffixes are folded.
		['The New York Times Company', 'the new york times company'],
		['McKinsey & Company', 'mckinsey & company'],
		// A suffix-like word inside a name is not a suffix.
		['Incyte', 'incyte'],
		// A name that is only a suffix does not collapse to the empty key.
		['Inc', 'inc'],
		['Cafe\u0301', 'café']
	])('%j → %j', (name, key) => {
		expect(toCompanyKey(name)).toBe(key);
	});
});
