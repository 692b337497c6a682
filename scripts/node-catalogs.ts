/**
 * Node-side helpers shared by the scripts: where the repository is, and the catalogs read from
 * data/. The data layer itself never touches the file system.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogs, type Catalogs } from '../src/lib/data/catalogs.ts';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The raw levels.fyi export, kept outside the repository in ../shared/data. */
export const LEVELSFYI_CSV = resolve(
	ROOT,
	'../shared/data/levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv'
);

/** The level and company catalogs from data/levels.csv, companies.csv and company-aliases.csv. */
export function loadCatalogs(): Catalogs {
	return createCatalogs(
		readFileSync(resolve(ROOT, 'data/levels.csv'), 'utf8'),
		readFileSync(resolve(ROOT, 'data/companies.csv'), 'utf8'),
		readFileSync(resolve(ROOT, 'data/company-aliases.csv'), 'utf8')
	);
}
