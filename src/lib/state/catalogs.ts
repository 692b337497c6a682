/**
 * Pages' access to the bundled level catalog. About 120 KB of CSV, so it loads on first use (a
 * chunk of its own) rather than with the page; every caller shares the one parse.
 */
import type { LevelCatalog } from '$lib/data/levels.ts';

/** The level catalog of data/levels.csv, fetched and parsed on the first call. */
export function loadLevelCatalog(): Promise<LevelCatalog> {
	return import('./bundledCatalogs.ts').then((m) => m.bundledLevelCatalog());
}
