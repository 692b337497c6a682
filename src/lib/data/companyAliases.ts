/**
 * The names people use today for employers the data knows by another name (Meta for Facebook,
 * X for Twitter), from data/company-aliases.csv, and the one lookup every page uses to turn a
 * typed company name into a company of the data. Pure TypeScript: no DOM, no Svelte.
 *
 * Renames live here rather than among companies.csv's spellings because each needs its own
 * reason and date; the spellings of one name (`JP Morgan`, `JPMorgan`) stay in companies.csv.
 */
import { catalogError, readCatalogRows } from './catalogCsv.ts';
import { toCompanyKey } from './companyKey.ts';

const FILE = 'company-aliases.csv';
const EXPECTED_HEADER = ['alias', 'company', 'reason'] as const;

/** One row of data/company-aliases.csv. */
export interface CompanyAlias {
	/** The name people use, as written in the file, e.g. `Meta`. */
	alias: string;
	/** `toCompanyKey(alias)`. */
	aliasKey: string;
	/** The name the data and the other catalogs use, e.g. `Facebook`. */
	company: string;
	/** `toCompanyKey(company)`. */
	companyKey: string;
	/** Why the two names are one employer, with the date of the change. */
	reason: string;
}

/** The parsed alias catalog. */
export interface CompanyAliases {
	/** The alias a folded key stands for, or undefined when the key is no alias. */
	resolve(key: string): CompanyAlias | undefined;
	/** The key to look the company up by: the alias's company key, or the key itself. */
	toKey(key: string): string;
	/** Every row, in file order. */
	entries(): readonly CompanyAlias[];
}

/**
 * Parse data/company-aliases.csv (header `alias,company,reason`). Throws an Error naming the file,
 * row and column for an empty cell, an alias listed twice, or an alias that folds to its company.
 *
 *     parseCompanyAliases('alias,company,reason\nMeta,Facebook,renamed 2021\n').toKey('meta') → 'facebook'
 */
export function parseCompanyAliases(csvText: string): CompanyAliases {
	const byKey = new Map<string, CompanyAlias>();
	const claimedAt = new Map<string, number>();
	const entries: CompanyAlias[] = [];
	for (const { row, cells } of readCatalogRows(csvText, FILE, EXPECTED_HEADER)) {
		const [alias = '', company = '', reason = ''] = cells.map((cell) => cell.trim());
		if (alias === '') throw catalogError(FILE, row, 'alias', 'alias is empty');
		if (company === '') throw catalogError(FILE, row, 'company', `no company for "${alias}"`);
		if (reason === '') throw catalogError(FILE, row, 'reason', `no reason given for "${alias}"`);
		const aliasKey = toCompanyKey(alias);
		const companyKey = toCompanyKey(company);
		if (aliasKey === companyKey)
			throw catalogError(FILE, row, 'alias', `"${alias}" folds to its company's own name`);
		const earlier = claimedAt.get(aliasKey);
		if (earlier !== undefined)
			throw catalogError(FILE, row, 'alias', `"${alias}" is already listed on row ${earlier}`);
		claimedAt.set(aliasKey, row);
		const entry = { alias, aliasKey, company, companyKey, reason };
		entries.push(entry);
		byKey.set(aliasKey, entry);
	}
	return {
		resolve: (key) => byKey.get(key),
		toKey: (key) => byKey.get(key)?.companyKey ?? key,
		entries: () => entries
	};
}

/** A typed name matched to a company of the data, and the alias that led there, if any. */
export interface CompanyMatch {
	/** The company's name as the data writes it. */
	name: string;
	/** Set when the typed name is an alias (`Meta` → Facebook), with its reason. */
	via: CompanyAlias | undefined;
}

/**
 * The company of the data a person means by a typed name: the same name (case, spacing and legal
 * suffixes aside), or the company an alias stands for. Undefined when the data has neither.
 *
 *     findCompany(' meta ', ['Facebook', 'Google'], aliases) → { name: 'Facebook', via: { alias: 'Meta', … } }
 *     findCompany('Initech', ['Facebook'], aliases) → undefined
 */
export function findCompany(
	typed: string,
	names: readonly string[],
	aliases: CompanyAliases
): CompanyMatch | undefined {
	const key = toCompanyKey(typed);
	if (key === '') return undefined;
	const same = names.find((name) => toCompanyKey(name) === key);
	if (same !== undefined) return { name: same, via: undefined };
	const via = aliases.resolve(key);
	const target = via && names.find((name) => toCompanyKey(name) === via.companyKey);
	return target === undefined ? undefined : { name: target, via };
}

/**
 * Companies of the data whose name, or an alias of it, contains the typed text, in the order of
 * `names`: the search behind a company picker.
 *
 *     searchCompanies('met', ['Facebook', 'Metlife'], aliases) → [{ name: 'Facebook', via: Meta }, { name: 'Metlife', via: undefined }]
 */
export function searchCompanies(
	typed: string,
	names: readonly string[],
	aliases: CompanyAliases,
	limit = 8
): CompanyMatch[] {
	const query = toCompanyKey(typed);
	if (query === '') return [];
	const viaAlias = new Map<string, CompanyAlias>();
	for (const entry of aliases.entries())
		if (entry.aliasKey.includes(query) && !viaAlias.has(entry.companyKey))
			viaAlias.set(entry.companyKey, entry);
	const out: CompanyMatch[] = [];
	for (const name of names) {
		const key = toCompanyKey(name);
		if (key.includes(query)) out.push({ name, via: undefined });
		else if (viaAlias.has(key)) out.push({ name, via: viaAlias.get(key) });
		if (out.length >= limit) break;
	}
	return out;
}
