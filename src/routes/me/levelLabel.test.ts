import { describe, expect, it } from 'vitest';
import { parseLevelCatalog } from '$lib/data/levels';
import { findLevelLabel, foldLevelLabel } from './levelLabel';

// A few rows in the shape of data/levels.csv (labels as the bundled catalog writes them).
const catalog = parseLevelCatalog(
	[
		'company,level,track,std_level,source',
		'Twitter,SWE II,ic,4,test row',
		'Twitter,Senior SWE,any,5,test row',
		'Twitter,Staff SWE,ic,6,test row',
		'Amazon,SDE II,ic,4,test row',
		'Amazon,SDE 3,ic,5,test row',
		'Acme,Engineer 2,ic,4,test row',
		'Acme,Engineer II,ic,5,test row'
	].join('\n')
);
const entries = catalog.entries();

describe('foldLevelLabel', () => {
	it('abbreviates titles, writes roman steps as numbers and splits a run-in step', () => {
		expect(foldLevelLabel('Senior Software Engineer')).toBe('senior swe');
		expect(foldLevelLabel('Software Development Engineer II')).toBe('sde 2');
		expect(foldLevelLabel('SDE II')).toBe('sde 2');
		expect(foldLevelLabel('Swe2')).toBe('swe 2');
		expect(foldLevelLabel('L5')).toBe('l 5');
	});
});

describe('findLevelLabel', () => {
	it('finds the exact label first, as written in the catalog', () => {
		expect(findLevelLabel(entries, 'twitter', 'swe ii', 'ic')).toEqual({
			stdLevel: 4,
			catalogLabel: 'SWE II',
			exact: true
		});
	});

	it('finds "Senior Software Engineer" at Twitter as the catalog’s "Senior SWE", on either track of an any row', () => {
		for (const track of ['ic', 'em'] as const)
			expect(findLevelLabel(entries, 'twitter', 'Senior Software Engineer', track)).toEqual({
				stdLevel: 5,
				catalogLabel: 'Senior SWE',
				exact: false
			});
		expect(findLevelLabel(entries, 'amazon', 'Software Development Engineer III', 'ic')).toEqual({
			stdLevel: 5,
			catalogLabel: 'SDE 3',
			exact: false
		});
	});

	it('gives no level when folded labels disagree, and nothing for an unlisted label or track', () => {
		expect(findLevelLabel(entries, 'acme', 'Engineer2', 'ic')).toEqual({
			ambiguous: ['Engineer 2', 'Engineer II']
		});
		expect(findLevelLabel(entries, 'acme', 'ENGINEER 2', 'ic')).toMatchObject({ exact: true });
		expect(findLevelLabel(entries, 'acme', 'Engineer  ii', 'ic')).toMatchObject({ exact: true });
		expect(findLevelLabel(entries, 'twitter', 'Staff Software Engineer', 'em')).toBeUndefined();
		expect(findLevelLabel(entries, 'twitter', 'Principal', 'ic')).toBeUndefined();
	});
});
