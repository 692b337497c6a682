/**
 * The mapping catalogs of data/sources/: one CSV a decision, each line with the reason for it.
 * Parsed here (pure: the callers hand in the text) and checked, so a line without a reason or
 * with a level, track or company type Forkline does not know stops the build with its line.
 */
import { parseCsvText } from '../csv.ts';
import {
	isCompanyType,
	isStdLevel,
	type CompanyType,
	type StdLevel,
	type Track
} from '../domain.ts';

/** One catalog line: its cells by column name, and its line number in the file (header = 1). */
export interface CatalogLine {
	cells: Map<string, string>;
	line: number;
}

export class CatalogError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CatalogError';
	}
}

/**
 * Read a catalog whose header holds `columns` (and `reason`). Every line needs a reason.
 *
 *     readCatalog('value,track,reason\nJunior,ic,entry rung\n', 'titles.csv', ['value', 'track'])
 *       → [{ cells: Map { value → 'Junior', track → 'ic', reason → 'entry rung' }, line: 2 }]
 */
export function readCatalog(text: string, file: string, columns: readonly string[]): CatalogLine[] {
	const { header, rows } = parseCsvText(text, file);
	const names = header.map((h) => h.trim());
	for (const column of [...columns, 'reason'])
		if (!names.includes(column)) throw new CatalogError(`${file}: no "${column}" column`);
	return rows
		.filter((row) => !(row.length === 1 && row[0]!.trim() === ''))
		.map((row, i) => {
			const line = i + 2;
			if (row.length !== names.length)
				throw new CatalogError(
					`${file}, line ${line}: ${row.length} cells, header has ${names.length}`
				);
			const cells = new Map(names.map((name, j) => [name, row[j]!.trim()]));
			if (!cells.get('reason')) throw new CatalogError(`${file}, line ${line}: no reason given`);
			return { cells, line };
		});
}

/** What one catalog line decides: a placement, or a skip. Both carry the line's reason. */
export type Placement =
	| { skip: false; track?: Track; stdLevel?: StdLevel; companyType?: CompanyType; reason: string }
	| { skip: true; reason: string };

/**
 * Read a placement cell set: `track` (ic, em or skip), `std_level` (3–9 or skip), `company_type`
 * (a CompanyType or skip) and `in_scope` (yes or no), whichever of them the catalog has. A line
 * with a `std_level` column must fill it.
 */
export function toPlacement(line: CatalogLine, file: string): Placement {
	const reason = line.cells.get('reason')!;
	const where = `${file}, line ${line.line}`;
	const track = line.cells.get('track');
	const level = line.cells.get('std_level');
	const type = line.cells.get('company_type');
	const scope = line.cells.get('in_scope');
	if (track === 'skip' || level === 'skip' || type === 'skip' || scope === 'no')
		return { skip: true, reason };
	if (scope !== undefined && scope !== 'yes')
		throw new CatalogError(`${where}: in_scope "${scope}" is not yes or no`);
	const placement: Placement = { skip: false, reason };
	if (track !== undefined && track !== '') {
		if (track !== 'ic' && track !== 'em')
			throw new CatalogError(`${where}: track "${track}" is not ic, em or skip`);
		placement.track = track;
	}
	if (level !== undefined) {
		const n = Number(level);
		if (!isStdLevel(n)) throw new CatalogError(`${where}: std_level "${level}" is not 3–9`);
		placement.stdLevel = n;
	}
	if (type !== undefined && type !== '') {
		if (!isCompanyType(type)) throw new CatalogError(`${where}: company_type "${type}" is unknown`);
		placement.companyType = type;
	}
	return placement;
}

/**
 * A catalog as a lookup from its key columns (joined by `|`) to the placement of that line.
 *
 *     toPlacementMap(lines, 'titles.csv', ['value']).get('Senior') → { skip: false, track: 'ic', stdLevel: 5, reason: '…' }
 */
export function toPlacementMap(
	lines: CatalogLine[],
	file: string,
	keyColumns: readonly string[]
): Map<string, Placement> {
	const map = new Map<string, Placement>();
	for (const line of lines) {
		const key = keyColumns.map((c) => line.cells.get(c) ?? '').join('|');
		if (map.has(key))
			throw new CatalogError(`${file}, line ${line.line}: "${key}" is listed twice`);
		map.set(key, toPlacement(line, file));
	}
	return map;
}

/** Parse a placement catalog in one step. */
export function parsePlacementCatalog(
	text: string,
	file: string,
	keyColumns: readonly string[]
): Map<string, Placement> {
	return toPlacementMap(readCatalog(text, file, keyColumns), file, keyColumns);
}
