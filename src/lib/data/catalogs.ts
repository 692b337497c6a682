/**
 * The two fact catalogs an import needs, behind one small interface: which company is which
 * (data/companies.csv) and where each company's level labels sit on the common scale
 * (data/levels.csv). The callers hand in the CSV texts, so this module stays free of file
 * access and runs the same in the browser, a worker and Node.
 */
import type { CompanyType, StdLevel, Track } from './domain.ts';
import { parseCompanyCatalog, type CompanyCatalog } from './companies.ts';
import { parseCompanyAliases, type CompanyAliases } from './companyAliases.ts';
import { toCompanyKey } from './companyKey.ts';
import { inferStdLevel, parseLevelCatalog, type LevelCatalog } from './levels.ts';
import { memoize } from './memo.ts';

export interface Catalogs {
	/** The folded key a company name is matched by, aliases resolved (`AWS` → `amazon`). */
	companyKey(name: string): string;
	/** The company's type; 'unclassified' when the catalog does not list it. */
	companyType(key: string): CompanyType;
	/** The catalog's display name, or undefined when the company is not listed. */
	companyName(key: string): string | undefined;
	/** The common level of a company's own label, from the catalog. */
	catalogLevel(key: string, label: string, track: Track): StdLevel | undefined;
	/** The fallback: a level from title keywords, then from years of experience. */
	inferLevel(
		label: string,
		track: Track,
		yearsExperience: number | null
	): { stdLevel: StdLevel; method: 'title' | 'experience' } | undefined;
}

/**
 * Build the catalogs from the texts of data/levels.csv, data/companies.csv and (optionally)
 * data/company-aliases.csv, whose renames (`Meta` → Facebook) resolve before the spellings.
 *
 *     createCatalogs(levelsCsv, companiesCsv).companyType(c.companyKey('Goldman Sachs')) → 'finance'
 */
export function createCatalogs(
	levelsCsv: string,
	companiesCsv: string,
	aliasesCsv?: string
): Catalogs {
	return combineCatalogs(
		parseLevelCatalog(levelsCsv),
		parseCompanyCatalog(companiesCsv),
		aliasesCsv === undefined ? undefined : parseCompanyAliases(aliasesCsv)
	);
}

/** The catalogs over a level catalog, a company catalog and company renames already parsed. */
export function combineCatalogs(
	levels: LevelCatalog,
	companies: CompanyCatalog,
	aliases?: CompanyAliases
): Catalogs {
	// Company names repeat thousands of times in a file: each spelling is folded once. This is
	// the one memo of company spellings; an import looks a row's company up here.
	const companyKey = memoize((name: string) => {
		const key = toCompanyKey(name);
		return companies.toCanonicalKey(aliases ? aliases.toKey(key) : key);
	});
	return {
		companyKey,
		companyType: (key) => companies.typeOf(key),
		companyName: (key) => companies.displayName(key),
		catalogLevel: (key, label, track) => levels.lookup(key, label, track),
		inferLevel: (label, track, years) => inferStdLevel(label, track, years)
	};
}
