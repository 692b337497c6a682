/**
 * Pages' access to the bundled level catalog. About 120 KB of CSV, so it loads on first use (a
 * chunk of its own) rather than with the page; every caller shares the one parse.
 */
import type { Catalogs } from '$lib/data/catalogs.ts';
import type { CompanyAliases } from '$lib/data/companyAliases.ts';
import type { LevelCatalog } from '$lib/data/levels.ts';

/** The level catalog of data/levels.csv, fetched and parsed on the first call. */
export function loadLevelCatalog(): Promise<LevelCatalog> {
	return import('./bundledCatalogs.ts').then((m) => m.bundledLevelCatalog());
}

/** The level and company catalogs and the company renames, fetched and parsed on the first call. */
export function loadCatalogs(): Promise<{ catalogs: Catalogs; aliases: CompanyAliases }> {
	return import('./bundledCatalogs.ts').then((m) => ({
		catalogs: m.bundledCatalogs(),
		aliases: m.bundledCompanyAliases()
	}));
}
