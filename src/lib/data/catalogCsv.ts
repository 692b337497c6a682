/**
 * Reading the hand-written fact catalogs (data/levels.csv, data/companies.csv): the header is
 * checked against what the catalog expects, blank lines are passed over, and every data row
 * keeps its spreadsheet row number (header = row 1) so a mistake is reported where it is.
 */
import { parseCsvText } from './csv.ts';

/** The error every catalog problem raises: `levels.csv row 7, column std_level: …`. */
export function catalogError(file: string, row: number, column: string, message: string): Error {
	return new Error(`${file} row ${row}, column ${column}: ${message}`);
}

/**
 * The data rows of a catalog, each with its row number; throws when the header is not the
 * expected one.
 *
 *     readCatalogRows('a,b\n1,2\n\n3,4\n', 'x.csv', ['a', 'b'])
 *       → [{ row: 2, cells: ['1', '2'] }, { row: 4, cells: ['3', '4'] }]
 */
export function readCatalogRows(
	csvText: string,
	file: string,
	expectedHeader: readonly string[]
): { row: number; cells: string[] }[] {
	const { header, rows } = parseCsvText(csvText, file);
	expectedHeader.forEach((name, i) => {
		if ((header[i] ?? '').trim() !== name) {
			throw catalogError(
				file,
				1,
				name,
				`expected header "${expectedHeader.join(',')}", found "${header.join(',')}"`
			);
		}
	});
	return rows
		.map((cells, i) => ({ row: i + 2, cells }))
		.filter(({ cells }) => !cells.every((cell) => cell.trim() === ''));
}
