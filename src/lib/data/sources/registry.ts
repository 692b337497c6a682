/**
 * Every source Forkline can show, with what it measures and what it has. scripts/build-sources.ts
 * writes these into each bundle's meta; the app lists them in the header's data control. The
 * bundled levels.fyi 2017–2021 file predates these fields, so its entry here is what a reader
 * uses for it.
 */
import type { BundleMeta, PayMeasure } from '../bundle.ts';
import type { DollarsFacts } from './dollars.ts';

export type SourceId = 'levelsfyi' | 'levelsfyi-2022' | 'dou' | 'aijobs' | 'so2024' | 'eu2020';

export interface SourceInfo {
	id: SourceId;
	/** Name for the data control: "DOU, Ukraine (Dec 2024, Jun 2025)". */
	label: string;
	/** Name in tight places (a table column, a row's reading): "DOU". */
	shortLabel: string;
	/** data/bundled/<file> */
	file: string;
	measure: PayMeasure;
	measureLabel: string;
	currency: string;
	binWidth: number;
	has: NonNullable<BundleMeta['has']>;
	license: string;
	attribution: NonNullable<BundleMeta['attribution']>;
	/** For today's dollars: the months each report year was collected in, a currency converted (dollars.ts). */
	dollars?: DollarsFacts;
}

const YEARLY_BIN = 5000;

export const SOURCES: readonly SourceInfo[] = [
	{
		id: 'levelsfyi',
		label: 'levels.fyi 2017–2021',
		shortLabel: 'levels.fyi 2017–21',
		file: 'levelsfyi-cells.json',
		measure: 'total-yearly',
		measureLabel: 'total pay a year',
		currency: 'USD',
		binWidth: YEARLY_BIN,
		has: { companies: true, levels: true, companyTypes: true, stock: true },
		license: 'Redistribution unverified: aggregates only, with attribution.',
		attribution: {
			text: 'Data: levels.fyi, via the Kaggle "Data Science and STEM Salaries" dataset',
			url: 'https://www.levels.fyi/',
			linkRequired: false
		}
	},
	{
		id: 'levelsfyi-2022',
		label: 'levels.fyi, later reports (Aug 2021 – Mar 2022)',
		shortLabel: 'levels.fyi 2021–22',
		file: 'levelsfyi-2022-cells.json',
		measure: 'total-yearly',
		measureLabel: 'total pay a year',
		currency: 'USD',
		binWidth: YEARLY_BIN,
		has: { companies: true, levels: true, companyTypes: true, stock: true },
		license:
			'Redistribution unverified (the scraper is MIT, the rows are levels.fyi users\u2019 reports): aggregates only, with attribution.',
		attribution: {
			text: 'Data: levels.fyi (scraped March 2022)',
			url: 'https://www.levels.fyi/',
			linkRequired: false
		},
		// Only reports dated 2021-08-18 to 2022-03-09 are this source (SOURCE.md).
		dollars: {
			months: {
				2021: ['2021-08', '2021-09', '2021-10', '2021-11', '2021-12'],
				2022: ['2022-01', '2022-02', '2022-03']
			}
		}
	},
	{
		id: 'dou',
		label: 'DOU, Ukraine (Dec 2024, Jun 2025)',
		shortLabel: 'DOU Ukraine',
		file: 'dou-cells.json',
		measure: 'net-base-monthly',
		measureLabel: 'net base pay a month',
		currency: 'USD',
		binWidth: 50,
		has: { companies: false, levels: true, companyTypes: true, stock: false },
		license:
			'Free for research; any publication must name DOU with an active link to https://dou.ua/.',
		attribution: {
			text: 'Data: DOU salary survey, December 2024 and June 2025',
			url: 'https://dou.ua/',
			linkRequired: true
		},
		// The 2024 reports are the December 2024 survey's, the 2025 ones June 2025's.
		dollars: { months: { 2024: ['2024-12'], 2025: ['2025-06'] } }
	},
	{
		id: 'aijobs',
		label: 'aijobs.net salary index (2020–2025)',
		shortLabel: 'aijobs.net',
		file: 'aijobs-cells.json',
		measure: 'salary-yearly',
		measureLabel: 'yearly salary',
		currency: 'USD',
		binWidth: YEARLY_BIN,
		has: { companies: false, levels: true, companyTypes: true, stock: false },
		license: 'CC0 1.0 (public domain dedication).',
		attribution: {
			text: 'Data: aijobs.net salary index',
			url: 'https://aijobs.net/salaries/',
			linkRequired: false
		}
	},
	{
		id: 'so2024',
		label: 'Stack Overflow survey 2024',
		shortLabel: 'Stack Overflow 2024',
		file: 'so2024-cells.json',
		measure: 'total-yearly',
		measureLabel: 'total pay a year',
		currency: 'USD',
		binWidth: YEARLY_BIN,
		has: { companies: false, levels: true, companyTypes: true, stock: false },
		license: 'ODbL 1.0 (database), DbCL 1.0 (contents): attribute Stack Overflow.',
		attribution: {
			text: 'Data: Stack Overflow Developer Survey 2024 (subset)',
			url: 'https://survey.stackoverflow.co/',
			linkRequired: false
		}
	},
	{
		id: 'eu2020',
		label: 'IT Salary Survey EU 2020',
		shortLabel: 'EU survey 2020',
		file: 'eu2020-cells.json',
		measure: 'total-yearly',
		measureLabel: 'gross pay a year (base + bonus and stock where given)',
		currency: 'USD',
		binWidth: YEARLY_BIN,
		has: { companies: false, levels: true, companyTypes: true, stock: false },
		license: 'Open data with attribution; redistribution rights unverified.',
		attribution: {
			text: 'Data: IT Salary Survey EU 2020',
			url: 'https://www.kaggle.com/datasets/parulpandey/2020-it-salary-survey-for-eu-region',
			linkRequired: false
		},
		// The bundle holds the euros divided by the Fed's 2020 average (scripts/sources/read.ts).
		dollars: { convertedFrom: { currency: 'EUR', name: 'euros', ratesKey: 'Euro', year: 2020 } }
	}
];

/** A source by id. */
export function sourceInfo(id: SourceId): SourceInfo {
	return SOURCES.find((s) => s.id === id)!;
}
