/**
 * The fact catalogs bundled with the app (data/levels.csv and data/companies.csv), as text in
 * this module and parsed once, on first use. The ingest worker imports this module; pages load
 * it through `loadLevelCatalog` (catalogs.ts), so the CSV text is not in their first JavaScript.
 * Node scripts read the same files through scripts/node-catalogs.ts.
 */
import levelsCsv from '$data/levels.csv?raw';
import companiesCsv from '$data/companies.csv?raw';
import aliasesCsv from '$data/company-aliases.csv?raw';
import { combineCatalogs, type Catalogs } from '$lib/data/catalogs.ts';
import { parseCompanyCatalog } from '$lib/data/companies.ts';
import { parseCompanyAliases, type CompanyAliases } from '$lib/data/companyAliases.ts';
import { parseLevelCatalog, type LevelCatalog } from '$lib/data/levels.ts';

let levels: LevelCatalog | undefined;
let catalogs: Catalogs | undefined;
let aliases: CompanyAliases | undefined;

/** The names people use today for companies the data knows by another (data/company-aliases.csv). */
export function bundledCompanyAliases(): CompanyAliases {
	aliases ??= parseCompanyAliases(aliasesCsv);
	return aliases;
}

/** The level catalog: each company's level labels on the common scale. */
export function bundledLevelCatalog(): LevelCatalog {
	levels ??= parseLevelCatalog(levelsCsv);
	return levels;
}

/** Both catalogs behind the interface an import uses. */
export function bundledCatalogs(): Catalogs {
	catalogs ??= combineCatalogs(
		bundledLevelCatalog(),
		parseCompanyCatalog(companiesCsv),
		bundledCompanyAliases()
	);
	return catalogs;
}
