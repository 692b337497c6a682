/**
 * Node-side reading of each source of issue #12 from ../shared/data: the files, their encodings
 * and the catalogs of data/sources/, handed to the pure readers of src/lib/data/sources/. Shared
 * by scripts/build-sources.ts and tests/unit/sources.real.test.ts, so the tests count the very
 * rows the build publishes.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PayRecord } from '../../src/lib/data/domain.ts';
import { ingestBytes } from '../../src/lib/data/ingest.ts';
import { inferRegion } from '../../src/lib/data/regions.ts';
import {
	readRows,
	RowTally,
	type RowReaderFactory,
	type SourceAccounting
} from '../../src/lib/data/sources/accounting.ts';
import { parsePlacementCatalog } from '../../src/lib/data/sources/catalog.ts';
import { createDouReader, DOU_FILES, type DouEdition } from '../../src/lib/data/sources/dou.ts';
import { createAijobsReader } from '../../src/lib/data/sources/aijobs.ts';
import {
	createLevelsFyi2022Reader,
	LEVELSFYI_2022_FILES
} from '../../src/lib/data/sources/levelsfyi2022.ts';
import { toSo2024Record } from '../../src/lib/data/sources/so2024.ts';
import { EU2020_YEAR, toEu2020Record } from '../../src/lib/data/sources/eu2020.ts';
import { readOewsYear } from '../../src/lib/data/sources/oews.ts';
import { readCpi } from '../../src/lib/data/sources/cpi.ts';
import { readExchangeRates } from '../../src/lib/data/sources/exchangeRates.ts';
import { regionOfCountry, regionOfIsoCode } from '../../src/lib/data/sources/regions.ts';
import type { SourceId } from '../../src/lib/data/sources/registry.ts';
import { loadCatalogs, ROOT } from '../node-catalogs.ts';

export const SHARED = resolve(ROOT, '../shared/data');
const shared = (...parts: string[]) => resolve(SHARED, ...parts);
const catalogText = (file: string) => readFileSync(resolve(ROOT, 'data/sources', file), 'utf8');
const placements = (file: string, keys: string[]) =>
	parsePlacementCatalog(catalogText(file), file, keys);
const stream = (path: string) => createReadStream(path, { highWaterMark: 1 << 20 });
const fmt = (n: number) => n.toLocaleString('en-US');

/** One source, read: its records, the accounting of its rows and what the meta says of it. */
export interface ReadSource {
	id: SourceId;
	records: PayRecord[];
	accounting: SourceAccounting;
	regionOf: (r: PayRecord) => string;
	sourceDetail: string;
	rawFiles: string[];
	notes: string[];
	warnings?: string[];
}

async function readFiles(
	files: { path: string; reader: RowReaderFactory; encoding?: string }[]
): Promise<{ records: PayRecord[]; accounting: SourceAccounting }> {
	const tally = new RowTally();
	for (const { path, reader, encoding } of files)
		await readRows(stream(path), { file: path.split('/').pop()!, reader, tally, encoding });
	return { records: tally.records, accounting: tally.result() };
}

export async function readLevelsFyi2022(): Promise<ReadSource> {
	const catalogs = loadCatalogs();
	const { records, accounting } = await readFiles(
		LEVELSFYI_2022_FILES.map(({ file, track }) => ({
			path: shared('levelsfyi-scrape-2022', file),
			reader: createLevelsFyi2022Reader(track, catalogs)
		}))
	);
	return {
		id: 'levelsfyi-2022',
		records,
		accounting,
		regionOf: (r) => inferRegion(r.location),
		sourceDetail:
			'levels.fyi reports of US software engineers and software engineering managers, scraped in ' +
			'March 2022 (GitHub borsboomT/levels_scraper). Only reports dated after 2021-08-17 are ' +
			'taken: earlier ones largely repeat the bundled 2017–2021 file, so this source is an ' +
			'out-of-time test of the same source, not an independent sample.',
		rawFiles: LEVELSFYI_2022_FILES.map((f) => `levelsfyi-scrape-2022/${f.file}`),
		notes: [
			'Out-of-time test: only reports dated 2021-08-18 to 2022-03-09, the same source as the bundled levels.fyi file, later.',
			'Levels and companies are placed by the same catalogs as the bundled file (data/levels.csv, data/companies.csv, data/levels.md fallback).'
		]
	};
}

export async function readDou(): Promise<ReadSource> {
	const catalogs = {
		employment: placements('dou-employment.csv', ['value']),
		scope: placements('dou-scope.csv', ['field', 'value']),
		titles: placements('dou-titles.csv', ['value']),
		kinds: placements('dou-company-kinds.csv', ['value'])
	};
	const editions = Object.keys(DOU_FILES) as DouEdition[];
	const { records, accounting } = await readFiles(
		editions.map((edition) => ({
			path: shared('dou-salaries-ukraine', DOU_FILES[edition].file),
			reader: createDouReader(edition, catalogs),
			encoding: DOU_FILES[edition].encoding
		}))
	);
	return {
		id: 'dou',
		records,
		accounting,
		// Respondents in Ukraine are in Europe, as data/regions.md counts Ukraine; those abroad
		// were not asked the country, so their region is withheld.
		regionOf: (r) => (r.location === 'Ukraine' ? 'europe' : 'withheld'),
		sourceDetail:
			"DOU's salary survey of Ukrainian IT, December 2024 (UTF-8 with BOM) and June 2025 " +
			"(Windows-1251) editions, from the publisher's repository devua/csv. Software engineering " +
			'(categories SE and Tech Leadership, and the Engineering Manager position), employed by a ' +
			'company.',
		rawFiles: editions.map((e) => `dou-salaries-ukraine/${DOU_FILES[e].file}`),
		notes: [
			'Pay is net (after tax) base pay a month in US dollars, as respondents gave it: not ' +
				'comparable in dollars with any other source; compare ratios (EM/IC) only.',
			'Report year: 2024 for the December 2024 edition, 2025 for June 2025.',
			'Region: respondents living in Ukraine are under Europe; those abroad were not asked the country, so their region is withheld.',
			'Titles, company kinds, categories and employment are placed by data/sources/dou-*.csv, each line with its reason.'
		]
	};
}

export async function readAijobs(): Promise<ReadSource> {
	const catalogs = {
		titles: placements('aijobs-titles.csv', ['value']),
		experience: placements('aijobs-experience.csv', ['track', 'value']),
		sizes: placements('aijobs-company-size.csv', ['value'])
	};
	const { records, accounting } = await readFiles([
		{ path: shared('aijobs-salaries', 'salaries.csv'), reader: createAijobsReader(catalogs) }
	]);
	return {
		id: 'aijobs',
		records,
		accounting,
		regionOf: (r) => regionOfIsoCode(r.location),
		sourceDetail:
			'The aijobs.net salary index (GitHub foorilla/ai-jobs-net-salaries, snapshot 2025-01-19): ' +
			'anonymous yearly salaries of AI, ML, data and software roles, 2020–2025. ' +
			'Software-engineer and engineering-manager titles only, full-time.',
		rawFiles: ['aijobs-salaries/salaries.csv'],
		notes: [
			'Pay is yearly gross salary in US dollars (the publisher\u2019s conversion): no stock, no bonus.',
			'No company names and no years of experience; the level is aijobs\u2019s experience_level (data/sources/aijobs-experience.csv).',
			'Region by company_location; every US report is under "Other US" (no city is given).',
			'The file runs 2020–2025, the reports used 2022–2025: its 2020 and 2021 rows (75 and 218, ' +
				'SOURCE.md) carry no title of data/sources/aijobs-titles.csv (they are data, ML and ' +
				'analytics roles) and are skipped by title like every other such row; no year is left out.'
		]
	};
}

async function readUploadLayout(
	path: string,
	toRecord: (r: PayRecord) => PayRecord
): Promise<{ records: PayRecord[]; accounting: SourceAccounting; warnings: string[] }> {
	const { report, records } = await ingestBytes(stream(path), {
		file: path.split('/').pop()!,
		catalogs: loadCatalogs()
	});
	const tally = new RowTally();
	tally.addCounts({
		rowsRead: report.rowsRead,
		skippedByReason: report.skippedByReason,
		rejectedByReason: report.rejectedByReason,
		rejects: report.rejects.map((r) => ({ file: report.file, ...r })),
		levelSources: report.levelSources
	});
	const warnings = report.warningsByReason.map(
		(w) => `${fmt(w.count)} imported rows flagged: ${w.reason}`
	);
	return { records: records.map(toRecord), accounting: tally.result(), warnings };
}

export async function readSo2024(): Promise<ReadSource> {
	const { records, accounting, warnings } = await readUploadLayout(
		shared('so-survey-2024-subset', 'so_survey_2024_subset.csv'),
		toSo2024Record
	);
	return {
		id: 'so2024',
		records,
		accounting,
		warnings,
		regionOf: (r) => regionOfCountry(r.location),
		sourceDetail:
			'An 18,845-row subset of the Stack Overflow Developer Survey 2024 public results (IBM ' +
			'course material; how rows were selected is not documented). Read by the upload layout of ' +
			'data/README.md: track from ICorPM, full-time only, yearly total pay ConvertedCompYearly ' +
			'in USD.',
		rawFiles: ['so-survey-2024-subset/so_survey_2024_subset.csv'],
		notes: [
			'No company names and no levels: the level comes from years of professional coding (YearsCodePro) by the thresholds of data/levels.md.',
			'Company type from organisation size and industry (finance by industry; startup under 100 people; ' +
				'tech-first for Software Development at 1,000 people or more; otherwise unclassified).',
			'Region by country; every US report is under "Other US" (no city is given).'
		]
	};
}

export async function readEu2020(eurPerUsd: number): Promise<ReadSource> {
	const { records, accounting, warnings } = await readUploadLayout(
		shared('it-salary-survey-eu-2020', 'it_salary_survey_eu_2020.csv'),
		(r) => toEu2020Record(r, eurPerUsd)
	);
	return {
		id: 'eu2020',
		records,
		accounting,
		warnings,
		// The survey's City is free text (Berlin, Munich, …), nearly all in Germany: Europe.
		regionOf: () => 'europe',
		sourceDetail:
			'The IT Salary Survey EU 2020 (mostly Germany, 54% Berlin), answers from late November ' +
			'2020 to January 2021. Read by the upload layout of data/README.md: track from Position, ' +
			'level from Seniority level, full-time employees only.',
		rawFiles: ['it-salary-survey-eu-2020/it_salary_survey_eu_2020.csv'],
		notes: [
			'Pay is gross yearly base salary plus bonus and stocks where given, in euros, converted ' +
				"to US dollars at the Federal Reserve's 2020 yearly average " +
				`(${eurPerUsd} euros a dollar; H.10 via FRED).`,
			'Every report is filed under 2020, the salary year the survey asks about.',
			'No company names: the company type comes from the survey\u2019s Company type answer.'
		]
	};
}

/** The reference series: exchange rates (from 2015), CPI-U (from 2015) and OEWS May 2021–2024. */
export function readReferenceSeries() {
	const exchangeRates = readExchangeRates(
		readFileSync(shared('exchange-rates', 'annual.csv'), 'utf8'),
		2015
	);
	const eurPerUsd = exchangeRates.Euro?.[EU2020_YEAR];
	if (!eurPerUsd) throw new Error(`annual.csv has no Euro rate for ${EU2020_YEAR}`);
	const cpi = readCpi(readFileSync(shared('us-cpi', 'cpiai.csv'), 'utf8'), 2015);
	const oewsYears = [2021, 2022, 2023, 2024].map((year) => ({
		year,
		rows: readOewsYear(readFileSync(shared('bls-oews', `national_M${year}_dl.csv`), 'utf8'), year)
	}));
	return { exchangeRates, eurPerUsd, cpi, oewsYears };
}

/** Every source with pay reports, read in the order the data control lists them. */
export async function readAllSources(eurPerUsd: number): Promise<ReadSource[]> {
	return [
		await readLevelsFyi2022(),
		await readDou(),
		await readAijobs(),
		await readSo2024(),
		await readEu2020(eurPerUsd)
	];
}
