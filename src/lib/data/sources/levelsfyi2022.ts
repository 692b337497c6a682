/**
 * levels.fyi reports scraped in March 2022 (shared/data/levelsfyi-scrape-2022): US software
 * engineers (one file) and software engineering managers (the other). The same source as the
 * bundled 2017–2021 file, later: rows dated up to 2021-08-17 largely repeat reports that file
 * already has, so **only rows dated after 2021-08-17 are taken**, as an out-of-time test of the
 * same source (not merged with it). Levels and companies go through the same catalogs as the
 * bundled file (data/levels.csv, data/companies.csv, then the fallback of data/levels.md).
 */
import type { Catalogs } from '../catalogs.ts';
import { ownString } from '../ownString.ts';
import { HeaderError } from '../layouts.ts';
import { readCount, readMoney, Refusal } from '../money.ts';
import type { PayRecord, Track } from '../domain.ts';
import { RejectedCell, SkippedRow, type SourceReading } from './accounting.ts';

/** The last report date of the bundled 2017–2021 file: only later rows are this source. */
export const BUNDLED_LAST_DATE = '2021-08-17';

export const LEVELSFYI_2022_FILES: { file: string; track: Track }[] = [
	{ file: 'SoftwareEngineer_completeCSV.csv', track: 'ic' },
	{ file: 'SoftwareEngineeringManager_completeCSV.csv', track: 'em' }
];

const HEADER = [
	'Company',
	'Level Name',
	'Tag',
	'Total Compensation',
	'Location',
	'Date',
	'YOE At Company',
	'YOE Total',
	'Base Comp',
	'Stock Comp',
	'Bonus Comp'
];
const COMPANY = 0;
const LEVEL = 1;
const TOTAL = 3;
const LOCATION = 4;
const DATE = 5;
const YOE = 7;
const BASE = 8;
const STOCK = 9;
const BONUS = 10;

const NO_DATE = new SkippedRow('no report date, so not known to be after 2021-08-17');
const EARLIER = new SkippedRow(
	'dated up to 2021-08-17: the bundled levels.fyi 2017–2021 file already has these reports'
);
const DUPLICATE = new SkippedRow('an exact copy of an earlier row of the file (a scrape repeat)');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The row reader of one of the two files. `seen` holds the rows already read, so exact repeats
 * are skipped once across the file.
 *
 *     createLevelsFyi2022Reader('ic', catalogs)(header)(row) → PayRecord | SkippedRow | RejectedCell
 */
export function createLevelsFyi2022Reader(track: Track, catalogs: Catalogs) {
	return (header: string[]) => {
		if (header.length !== HEADER.length || header.some((h, i) => h.trim() !== HEADER[i]))
			throw new HeaderError(
				`levels.fyi 2022 scrape: the header is not ${HEADER.join(',')} (found ${header.join(',').slice(0, 200)})`
			);
		const seen = new Set<string>();
		// Companies the catalog does not list keep the first spelling seen, as an upload does.
		const names = new Map<string, string>();
		return (cells: string[]): SourceReading => {
			const date = cells[DATE]!.trim();
			if (date === '') return NO_DATE;
			if (!ISO_DATE.test(date)) return new RejectedCell('Date', date, 'not a date (YYYY-MM-DD)');
			if (date <= BUNDLED_LAST_DATE) return EARLIER;
			const line = cells.join('\u0000');
			if (seen.has(line)) return DUPLICATE;
			seen.add(ownString(line));

			const spelling = cells[COMPANY]!.trim();
			if (spelling === '') return new RejectedCell('Company', '', 'no company given');
			const rawTotal = cells[TOTAL]!;
			const total = readMoney(rawTotal);
			if (total instanceof Refusal)
				return new RejectedCell('Total Compensation', rawTotal, total.reason);
			if (total === null || total === 0)
				return new RejectedCell('Total Compensation', rawTotal, 'no total pay given');
			const part = (i: number) => {
				const value = readMoney(cells[i]!);
				return value instanceof Refusal ? null : value;
			};
			const years = readCount(cells[YOE]!);
			const yearsExperience = years instanceof Refusal ? null : years;

			const key = catalogs.companyKey(spelling);
			const label = cells[LEVEL]!.trim();
			let stdLevel = catalogs.catalogLevel(key, label, track);
			let levelSource: PayRecord['levelSource'] = 'catalog';
			if (stdLevel === undefined) {
				const inferred = catalogs.inferLevel(label, track, yearsExperience);
				if (!inferred)
					return new RejectedCell(
						'Level Name',
						label,
						'level not in the level catalog and no title keyword or years of experience to place it'
					);
				stdLevel = inferred.stdLevel;
				levelSource = inferred.method;
			}
			let company = names.get(key);
			if (company === undefined)
				names.set(key, (company = catalogs.companyName(key) ?? ownString(spelling)));
			const record: PayRecord = {
				company,
				companyType: catalogs.companyType(key),
				track,
				companyLevel: ownString(label),
				stdLevel,
				levelSource,
				location: cells[LOCATION]!.trim(),
				yearsExperience,
				base: part(BASE),
				stock: part(STOCK),
				bonus: part(BONUS),
				total,
				currency: 'USD',
				year: Number(date.slice(0, 4))
			};
			return record;
		};
	};
}
