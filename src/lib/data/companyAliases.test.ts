import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalogs } from './catalogs.ts';
import { parseCompanyCatalog } from './companies.ts';
import { findCompany, parseCompanyAliases, searchCompanies } from './companyAliases.ts';

const read = (file: string) =>
	readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
const aliasesCsv = read('company-aliases.csv');
const aliases = parseCompanyAliases(aliasesCsv);

describe('data/company-aliases.csv', () => {
	it('maps the renames people ask about to the names the data uses', () => {
		for (const [alias, company] of [
			['Meta', 'Facebook'],
			['Alphabet', 'Google'],
			['X', 'Twitter'],
			['Block', 'Square']
		] as const)
			expect(aliases.resolve(alias.toLowerCase())?.company).toBe(company);
	});

	it('points every alias at a company of data/companies.csv, and takes no name that file already uses', () => {
		const companies = parseCompanyCatalog(read('companies.csv'));
		for (const entry of aliases.entries()) {
			expect(companies.displayName(entry.companyKey), entry.alias).toBe(entry.company);
			expect(companies.displayName(entry.aliasKey), `${entry.alias} is its own company`).toBe(
				undefined
			);
		}
	});

	it('reports a bad row with its file, row and column', () => {
		expect(() => parseCompanyAliases('alias,company,reason\nMeta,Facebook,\n')).toThrow(
			'company-aliases.csv row 2, column reason'
		);
		expect(() =>
			parseCompanyAliases('alias,company,reason\nMeta,Facebook,a\n META ,Facebook,b\n')
		).toThrow('company-aliases.csv row 3, column alias: "META" is already listed on row 2');
		expect(() => parseCompanyAliases('alias,company,reason\nFacebook Inc,Facebook,a\n')).toThrow(
			'row 2, column alias'
		);
	});
});

describe('findCompany', () => {
	const names = ['Facebook', 'Google', 'Twitter'];

	it('finds the same name in any case or spacing, and a renamed company through its alias', () => {
		expect(findCompany(' google ', names, aliases)).toEqual({ name: 'Google', via: undefined });
		const meta = findCompany('Meta', names, aliases)!;
		expect(meta.name).toBe('Facebook');
		expect(meta.via?.reason).toMatch(/October 2021/);
		expect(findCompany('X', names, aliases)?.name).toBe('Twitter');
	});

	it('says nothing matches for a company neither the data nor the aliases know', () => {
		expect(findCompany('Initech', names, aliases)).toBeUndefined();
		expect(findCompany('', names, aliases)).toBeUndefined();
		// An alias whose company is not in this data (an upload without Square) matches nothing.
		expect(findCompany('Block', names, aliases)).toBeUndefined();
	});
});

describe('searchCompanies', () => {
	it('suggests a company when the typed text is part of its name or of an alias', () => {
		const found = searchCompanies('met', ['Facebook', 'MetLife', 'Google'], aliases);
		expect(found.map((m) => [m.name, m.via?.alias])).toEqual([
			['Facebook', 'Meta'],
			['MetLife', undefined]
		]);
	});
});

describe('uploads', () => {
	it('place a report from "Meta" at Facebook: its type and its level labels', () => {
		const catalogs = createCatalogs(read('levels.csv'), read('companies.csv'), aliasesCsv);
		const key = catalogs.companyKey('Meta');
		expect(key).toBe(catalogs.companyKey('Facebook'));
		expect(catalogs.companyType(key)).toBe('big-tech');
		expect(catalogs.companyName(key)).toBe('Facebook');
		expect(catalogs.catalogLevel(key, 'E6', 'ic')).toBe(
			catalogs.catalogLevel('facebook', 'E6', 'ic')
		);
		expect(catalogs.catalogLevel(key, 'E6', 'ic')).toBeDefined();
	});
});
