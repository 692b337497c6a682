import { describe, expect, it } from 'vitest';
import { CatalogError, parsePlacementCatalog } from './catalog.ts';

describe('placement catalogs', () => {
	it('read track, level and company type, and a skip line with its reason', () => {
		const map = parsePlacementCatalog(
			'value,track,std_level,reason\nSenior,ic,5,senior rung\nIntern,skip,,not a rung\n',
			't.csv',
			['value']
		);
		expect(map.get('Senior')).toEqual({
			skip: false,
			track: 'ic',
			stdLevel: 5,
			reason: 'senior rung'
		});
		expect(map.get('Intern')).toEqual({ skip: true, reason: 'not a rung' });
	});

	it('refuse a line without a reason, naming the file and line', () => {
		expect(() =>
			parsePlacementCatalog('value,track,std_level,reason\nSenior,ic,5,\n', 't.csv', ['value'])
		).toThrow(new CatalogError('t.csv, line 2: no reason given'));
	});

	it('refuse a level off the common scale, an unknown type and a key listed twice', () => {
		expect(() =>
			parsePlacementCatalog('value,track,std_level,reason\nX,ic,10,r\n', 't.csv', ['value'])
		).toThrow(/std_level "10" is not 3–9/);
		expect(() =>
			parsePlacementCatalog('value,track,std_level,reason\nX,ic,,r\n', 't.csv', ['value'])
		).toThrow(/std_level "" is not 3–9/);
		expect(() =>
			parsePlacementCatalog('value,company_type,reason\nX,bigtech,r\n', 't.csv', ['value'])
		).toThrow(/company_type "bigtech" is unknown/);
		expect(() =>
			parsePlacementCatalog('value,company_type,reason\nX,startup,r\nX,startup,r\n', 't.csv', [
				'value'
			])
		).toThrow(/"X" is listed twice/);
	});
});
