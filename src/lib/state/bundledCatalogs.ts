/**
 * The fact catalogs bundled with the app (data/levels.csv and data/companies.csv), as text in
 * this module and parsed once, on first use. The ingest worker imports this module; pages load
 * it through `loadLevelCatalog` (catalogs.ts), so the CSV text is not in their first JavaScript.
 * Node scripts read the same files through scripts/node-catalogs.ts.
 */
import levelsCsv from '$data/levels.csv?raw';
import companiesCsv from '$data/companies.csv?raw';
import { combineCatalogs, type Catalogs } from '$lib/data/catalogs.ts';
import { parseCompanyCatalog } from '$lib/data/companies.ts';
import { parseLevelCatalog, type LevelCatalog } from '$lib/data/levels.ts';

let levels: LevelCatalog | undefined;
let catalogs: Catalogs | undefined;

/** The level catalog: each company's level labels on the common scale. */
export function bundledLevelCatalog(): LevelCatalog {
	levels ??= parseLevelCatalog(levelsCsv);
	return levels;
}

/** Both catalogs behind the interface an import uses. */
export function bundledCatalogs(): Catalogs {
	catalogs ??= combineCatalogs(bundledLevelCatalog(), parseCompanyCatalog(companiesCsv));
	return catalogs;
}
