import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompanyCatalog } from './companies';
import { toCompanyKey } from './companyKey';

const HEADER = 'company,company_type,reason,aliases';

describe('parseCompanyCatalog', () => {
	const csv = [
		HEADER,
		'Amazon,big-tech,"public, >1M employees",AWS|Amazon Web Services',
		'Goldman Sachs,finance,investment bank,',
		'Walmart,enterprise,retailer,Walmart Labs',
		''
	].join('\n');

	it.each([
		['amazon', 'big-tech', 'Amazon', 'amazon'],
		[toCompanyKey('AWS'), 'big-tech', 'Amazon', 'amazon'],
		[toCompanyKey(' Amazon Web Services'), 'big-tech', 'Amazon', 'amazon'],
		[toCompanyKey('GOLDMAN SACHS'), 'finance', 'Goldman Sachs', 'goldman sachs'],
		[toCompanyKey('Walmart Labs'), 'enterprise', 'Walmart', 'walmart'],
		['initech', 'unclassified', undefined, 'initech']
	] as const)('%j → %s, %j, canonical %j', (key, type, name, canonical) => {
		const catalog = parseCompanyCatalog(csv);
		expect(catalog.typeOf(key)).toBe(type);
		expect(catalog.displayName(key)).toBe(name);
		expect(catalog.toCanonicalKey(key)).toBe(canonical);
	});

	it('lists entries in file order with folded keys and aliases', () => {
		const entries = parseCompanyCatalog(csv).entries();
		expect(entries.map((e) => [e.company, e.key, e.companyType, e.aliases])).toEqual([
			['Amazon', 'amazon', 'big-tech', ['aws', 'amazon web services']],
			['Goldman Sachs', 'goldman sachs', 'finance', []],
			['Walmart', 'walmart', 'enterprise', ['walmart labs']]
		]);
		expect(entries[0]?.reason).toBe('public, >1M employees');
	});

	it('does not modify its input', () => {
		const input = `${csv}`;
		parseCompanyCatalog(input);
		expect(input).toBe(csv);
	});

	it.each([
		[
			'wrong header',
			'company,type,reason,aliases\nA,finance,x,',
			/companies\.csv row 1, column company_type/
		],
		[
			'unknown type',
			`${HEADER}\nA,finance,x,\nB,bigtech,x,`,
			/companies\.csv row 3, column company_type: unknown company type "bigtech"/
		],
		[
			'unclassified is not a catalog type',
			`${HEADER}\nA,unclassified,x,`,
			/row 2, column company_type/
		],
		[
			'empty company',
			`${HEADER}\n ,finance,x,`,
			/companies\.csv row 2, column company: company is empty/
		],
		['empty reason', `${HEADER}\nA,finance, ,`, /companies\.csv row 2, column reason/],
		[
			'duplicate key after folding',
			`${HEADER}\nGoogle,big-tech,x,\n GOOGLE ,big-tech,x,`,
			/companies\.csv row 3, column company: key "google" is already used on row 2/
		],
		[
			'alias taken by a company',
			`${HEADER}\nAmazon,big-tech,x,\nAWS,big-tech,x,\nZ,startup,x,Amazon`,
			/row 4, column aliases: key "amazon" is already used on row 2/
		],
		[
			'alias equal to own key',
			`${HEADER}\nApple,big-tech,x,Apple Inc.`,
			/row 2, column aliases: alias "apple" folds to the company's own key/
		]
	])('%s → error naming file, row and column', (_name, text, message) => {
		expect(() => parseCompanyCatalog(text)).toThrow(message);
	});

	it('counts rows from the header as row 1, skipping blank lines but not renumbering', () => {
		expect(() => parseCompanyCatalog(`${HEADER}\nA,finance,x,\n\nB,nope,x,`)).toThrow(/row 4/);
	});
});

describe('data/companies.csv', () => {
	const text = readFileSync('data/companies.csv', 'utf8');
	const catalog = parseCompanyCatalog(text);

	it('parses and lists at least the 240 companies with ≥20 SWE/EM rows', () => {
		expect(catalog.entries().length).toBeGreaterThanOrEqual(240);
	});

	it.each([
		['Google', 'big-tech'],
		['\u00a0Google', 'big-tech'],
		['Amazon Web Services', 'big-tech'],
		['Facebook', 'big-tech'],
		['Netflix', 'tech-first'],
		['LinkedIn', 'tech-first'],
		['Uber', 'tech-first'],
		['Airbnb', 'late-stage'],
		['Stripe', 'late-stage'],
		['IBM', 'enterprise'],
		['Walmart Labs', 'enterprise'],
		['Capital One', 'finance'],
		['JP Morgan Chase', 'finance'],
		['Bloomberg LP', 'finance'],
		['Initech', 'unclassified']
	])('%j is %s', (name, type) => {
		expect(catalog.typeOf(catalog.toCanonicalKey(toCompanyKey(name)))).toBe(type);
	});

	it('gives every company a reason', () => {
		expect(catalog.entries().filter((e) => e.reason.length < 5)).toEqual([]);
	});
});
