/**
 * The level and company catalogs, read from the package's data/ folder: one folder up from the
 * compiled CLI's entry (dist/forkline.js), two from the chunk this code is compiled into
 * (dist/chunks/) and from its sources (src/cli/, which the tests run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogs, type Catalogs } from '../lib/data/catalogs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = [resolve(here, '..', 'data'), resolve(here, '..', '..', 'data')].find((folder) =>
	existsSync(resolve(folder, 'levels.csv'))
);

/** data/levels.csv and data/companies.csv as the import's catalogs. */
export function loadCatalogs(): Catalogs {
	if (!DATA) throw new Error(`the catalogs (data/levels.csv) are not beside ${here}`);
	return createCatalogs(
		readFileSync(resolve(DATA, 'levels.csv'), 'utf8'),
		readFileSync(resolve(DATA, 'companies.csv'), 'utf8')
	);
}
