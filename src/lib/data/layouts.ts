/**
 * The file layouts Forkline recognises from a header, and how each turns a row of strings into
 * the canonical records-format row that `recordRowSchema` validates.
 *
 * A layout never builds objects keyed by the file's own header names: it reads cells by
 * position, so odd names (`__proto__`, `constructor`) are just strings.
 */
import { BAND_COLUMNS, RECORD_COLUMNS, type BandColumn, type RecordColumn } from './schema.ts';
import { inferStdLevel } from './levels.ts';
import { memoize } from './memo.ts';
import { isDigit, readMoney } from './money.ts';
import { excerpt } from './excerpt.ts';
import type { CompanyType, PayRecord, StdLevel, Track } from './domain.ts';

export type LayoutId = 'records' | 'bands' | 'levelsfyi' | 'so2024' | 'eu2020';

/**
 * A canonical row: one string per column. Its keys are always our own column names, never the
 * file's, so a plain object is safe; it is built from a fixed template so every row has the same
 * shape (null-prototype objects fall into slow dictionary mode, which costs a third of the import).
 */
export type CanonicalRow<C extends string> = Record<C, string>;

/**
 * A data row a layout does not import (another job title, no pay given), and why. Each reason is
 * made once and handed out again, so a skipped row allocates nothing.
 */
export class SkippedRow {
	constructor(readonly reason: string) {}
}

/** What a layout makes of one data row: its canonical row, or why it is skipped. */
export type RowReading<C extends string> = CanonicalRow<C> | SkippedRow;

export interface Layout<C extends string> {
	id: LayoutId;
	/** Shown in the import report, e.g. "levels.fyi salary export". */
	label: string;
	/** Header names the layout did not use; the report lists them so nothing vanishes unseen. */
	ignoredColumns: string[];
	/** How this layout's std_level values were found, when the layout computes them itself. */
	levelSource?: PayRecord['levelSource'];
	read(cells: string[]): RowReading<C>;
}

/**
 * Normalise a header name for matching: strip BOM, NFC, trim, lower-case, spaces → `_`.
 * The file's own spelling is what the report shows.
 *
 *     toColumnKey(' Std Level ') → 'std_level'
 */
export function toColumnKey(name: string): string {
	return foldLookalikes(
		name
			.replace(/^\ufeff/, '')
			.normalize('NFC')
			.trim()
	)
		.toLowerCase()
		.replace(/\s+/g, '_');
}

/**
 * Cyrillic and Greek letters drawn like Latin ones. A header typed on a Russian keyboard layout
 * (the EU survey's `Сontract duration` starts with Cyrillic С) must still match, and the report
 * must say so rather than match it silently.
 */
const LOOKALIKES: Record<string, string> = {
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	У: 'Y',
	І: 'I',
	Ј: 'J',
	Ѕ: 'S',
	а: 'a',
	е: 'e',
	о: 'o',
	р: 'p',
	с: 'c',
	у: 'y',
	х: 'x',
	і: 'i',
	ј: 'j',
	ѕ: 's',
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: 'I',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: 'O',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
	ο: 'o'
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/** `'Сontract'` (Cyrillic С) → `'Contract'`. */
function foldLookalikes(text: string): string {
	return text.replace(LOOKALIKE_PATTERN, (ch) => LOOKALIKES[ch]!);
}

/**
 * Warnings for header names that mix look-alike letters into Latin text, or carry spaces at
 * either end: both are matched as if typed plainly, and the report says so.
 *
 *     describeLookalikes(['Сontract duration'])
 *       → ['The header "Сontract duration" has look-alike letters (Cyrillic or Greek С);
 *          it was read as "Contract duration".']
 */
export function describeLookalikes(header: string[]): string[] {
	const notes: string[] = [];
	for (const name of header) {
		const folded = foldLookalikes(name);
		// Only names that are mostly Latin: a header written wholly in Cyrillic is not a look-alike.
		if (folded !== name && /[a-z]{2}/i.test(name)) {
			const letters = [...new Set(name.match(LOOKALIKE_PATTERN) ?? [])].join(' ');
			notes.push(
				`The header "${excerpt(name)}" has look-alike letters (Cyrillic or Greek ${letters}); it was read as "${excerpt(folded)}".`
			);
		}
	}
	return notes;
}

/** The columns of the levels.fyi export (shared/data/levelsfyi-stem-salaries) we read. */
const LEVELSFYI_COLUMNS = [
	'timestamp',
	'company',
	'level',
	'title',
	'totalyearlycompensation',
	'location',
	'yearsofexperience',
	'basesalary',
	'stockgrantvalue',
	'bonus'
] as const;

/**
 * levels.fyi titles that are our two tracks; every other title is skipped and counted. Compared
 * as strings rather than looked up: a keyed lookup makes the engine intern each row's fresh title
 * string first, which was a twentieth of the whole import.
 */
function levelsFyiTrack(title: string): 'IC' | 'EM' | undefined {
	if (title === 'Software Engineer') return 'IC';
	if (title === 'Software Engineering Manager') return 'EM';
	return undefined;
}

export class HeaderError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'HeaderError';
	}
}

/** Map each wanted column to its position, or throw naming duplicates. */
function indexColumns(header: string[], file: string): Map<string, number> {
	const positions = new Map<string, number>();
	const duplicates: string[] = [];
	header.forEach((name, i) => {
		const key = toColumnKey(name);
		if (key === '') return;
		if (positions.has(key)) duplicates.push(name.trim());
		else positions.set(key, i);
	});
	if (duplicates.length > 0) {
		throw new HeaderError(
			`${file}: the header names ${duplicates.map((d) => `"${excerpt(d)}"`).join(', ')} more ` +
				'than once; rename the duplicate columns so each name is used once.'
		);
	}
	return positions;
}

function emptyRow<C extends string>(columns: readonly C[]): CanonicalRow<C> {
	const row = {} as CanonicalRow<C>;
	for (const c of columns) row[c] = '';
	return row;
}

/** Header columns a layout does not read; a blank header is named by its position. */
function unusedColumns(header: string[], used: Iterable<string>): string[] {
	const usedSet = new Set(used);
	return header.flatMap((name, i) => {
		if (name.trim() === '') return [`(blank header, column ${i + 1})`];
		return usedSet.has(toColumnKey(name)) ? [] : [excerpt(name)];
	});
}

/** A layout that reads its own canonical columns by name, in any order. */
function canonicalLayout<C extends string>(
	id: LayoutId,
	label: string,
	columns: readonly C[],
	header: string[],
	positions: Map<string, number>
): Layout<C> {
	const present = columns
		.filter((c) => positions.has(c))
		.map((c) => [c, positions.get(c)!] as const);
	return {
		id,
		label,
		ignoredColumns: unusedColumns(header, columns),
		read(cells) {
			const row = emptyRow(columns);
			for (const [column, i] of present) row[column] = cells[i] ?? '';
			return row;
		}
	};
}

function levelsFyiLayout(header: string[], positions: Map<string, number>): Layout<RecordColumn> {
	const at = Object.fromEntries(LEVELSFYI_COLUMNS.map((c) => [c, positions.get(c)!])) as Record<
		(typeof LEVELSFYI_COLUMNS)[number],
		number
	>;
	const na = (value: string | undefined) => (value === undefined || value === 'NA' ? '' : value);
	return {
		id: 'levelsfyi',
		label: 'levels.fyi salary export',
		ignoredColumns: unusedColumns(header, LEVELSFYI_COLUMNS),
		read(cells) {
			const title = cells[at.title] ?? '';
			const track = levelsFyiTrack(title);
			if (!track) return skipTitle(title);
			// levels.fyi writes base, stock and bonus as 0 when the submitter gave no breakdown
			// (SOURCE.md: 2,304 rows). That is "unknown", not zero pay.
			const base = na(cells[at.basesalary]);
			const stock = na(cells[at.stockgrantvalue]);
			const bonus = na(cells[at.bonus]);
			const noBreakdown = isZero(base) && isZero(stock) && isZero(bonus);
			// One object literal in column order, so every row has the same shape.
			return {
				company: cells[at.company] ?? '',
				company_type: '',
				track,
				level: na(cells[at.level]),
				std_level: '',
				location: na(cells[at.location]),
				years_experience: na(cells[at.yearsofexperience]),
				base: noBreakdown ? '' : base,
				stock: noBreakdown ? '' : stock,
				bonus: noBreakdown ? '' : bonus,
				total: na(cells[at.totalyearlycompensation]),
				currency: 'USD',
				year: yearOfTimestamp(cells[at.timestamp] ?? '')
			};
		}
	};
}

/**
 * The year of a levels.fyi timestamp, written M/D/YYYY H:MM:SS; '' when there is none. Read by
 * position rather than by a regular expression, which made a match array on every row.
 *
 *     yearOfTimestamp('6/7/2017 11:33:27') → '2017'    yearOfTimestamp('') → ''
 */
export function yearOfTimestamp(timestamp: string): string {
	const slash = timestamp.indexOf('/', timestamp.indexOf('/') + 1);
	if (slash === -1) return '';
	for (let i = slash + 1; i <= slash + 4; i++) if (!isDigit(timestamp.charCodeAt(i))) return '';
	return isDigit(timestamp.charCodeAt(slash + 5)) ? '' : timestamp.slice(slash + 1, slash + 5);
}

/** One skip reading per title, made once: 17,842 rows of the levels.fyi file are skipped. */
const skipTitle = memoize(
	(title: string) => new SkippedRow(`title "${excerpt(title)}" is not a software-engineering track`)
);

function isZero(value: string): boolean {
	return value === '0' || value === '0.0';
}

/**
 * The Stack Overflow Developer Survey 2024 (shared/data/so-survey-2024-subset). The survey has
 * no companies and no levels, so data/README.md documents how each row is read:
 * - track from `ICorPM` (`Individual contributor` → IC, `People manager` → EM; empty → skipped);
 * - only `Employment` answers that include `Employed, full-time` (others skipped and counted);
 * - pay is `ConvertedCompYearly`, Stack Overflow's yearly USD conversion (empty → skipped);
 * - the common level from `YearsCodePro` by the experience thresholds of data/levels.md
 *   (IC: < 3 years → 3, < 7 → 4, < 18 → 5, else 6; EM: < 12 → 5, < 22 → 6, else 7);
 * - the organisation size band stands in for the company, and gives the company type
 *   with `Industry` (see `soCompanyType`); `Country` is the location.
 */
const SO_COLUMNS = [
	'icorpm',
	'employment',
	'yearscodepro',
	'orgsize',
	'convertedcompyearly',
	'country',
	'industry'
] as const;

/** Maps rather than objects wherever a key comes from the file: `constructor` is not a track. */
const SO_TRACKS = new Map<string, Track>([
	['Individual contributor', 'ic'],
	['People manager', 'em']
]);

/**
 * The company type from `Industry` and `OrgSize` (data/README.md, data/sources/README.md): a
 * finance industry gives `finance` at any size; otherwise size bands under 100 people are read as
 * `startup` (a small organisation, the young or small company the essays mean); the `Software
 * Development` industry at 1,000 or more people is `tech-first` (a large company whose main
 * product is software, as the levels.fyi catalog's tech-first companies are); everything else is
 * left `unclassified`, because size alone does not tell a tech company from a traditional
 * enterprise.
 */
const SO_SMALL_ORGS = new Set(['2 to 9 employees', '10 to 19 employees', '20 to 99 employees']);
const SO_LARGE_ORGS = new Set([
	'1,000 to 4,999 employees',
	'5,000 to 9,999 employees',
	'10,000 or more employees'
]);
const SO_FINANCE_INDUSTRIES = new Set(['Fintech', 'Banking/Financial Services']);
const SO_SOFTWARE_INDUSTRY = 'Software Development';

function soCompanyType(industry: string, orgSize: string): CompanyType {
	if (SO_FINANCE_INDUSTRIES.has(industry)) return 'finance';
	if (SO_SMALL_ORGS.has(orgSize)) return 'startup';
	if (industry === SO_SOFTWARE_INDUSTRY && SO_LARGE_ORGS.has(orgSize)) return 'tech-first';
	return 'unclassified';
}

/** `'7'` → 7, `'Less than 1 year'` → 0, `'More than 50 years'` → 50, `''` → null. */
function readSoYears(raw: string): number | null {
	if (raw === 'Less than 1 year') return 0;
	if (raw === 'More than 50 years') return 50;
	const value = Number(raw);
	return raw.trim() === '' || !Number.isFinite(value) || value < 0 ? null : value;
}

function experienceLevel(track: Track, years: number): StdLevel | undefined {
	// An empty label matches no title keyword, so this is the experience rule alone.
	return inferStdLevel('', track, years)?.stdLevel;
}

function soSurveyLayout(header: string[], positions: Map<string, number>): Layout<RecordColumn> {
	const at = Object.fromEntries(SO_COLUMNS.map((c) => [c, positions.get(c)!])) as Record<
		(typeof SO_COLUMNS)[number],
		number
	>;
	const skips = {
		track: new SkippedRow('ICorPM (individual contributor or people manager) not answered'),
		employment: new SkippedRow('not employed full-time (Employment)'),
		pay: new SkippedRow('no pay given (ConvertedCompYearly empty)'),
		years: new SkippedRow('no YearsCodePro answer, so no level')
	};
	return {
		id: 'so2024',
		label: 'Stack Overflow Developer Survey 2024',
		levelSource: 'experience',
		ignoredColumns: unusedColumns(header, SO_COLUMNS),
		read(cells) {
			const track = SO_TRACKS.get(cells[at.icorpm] ?? '');
			if (!track) return skips.track;
			if (!(cells[at.employment] ?? '').split(';').includes('Employed, full-time'))
				return skips.employment;
			const pay = cells[at.convertedcompyearly] ?? '';
			if (pay.trim() === '') return skips.pay;
			const years = readSoYears(cells[at.yearscodepro] ?? '');
			if (years === null) return skips.years;
			const orgSize = cells[at.orgsize] ?? '';
			const industry = cells[at.industry] ?? '';
			return {
				company: orgSize === '' ? 'Organisation size not given' : orgSize,
				company_type: soCompanyType(industry, orgSize),
				track: track.toUpperCase(),
				level: '',
				std_level: String(experienceLevel(track, years) ?? ''),
				location: cells[at.country] ?? '',
				years_experience: String(years),
				base: '',
				stock: '',
				bonus: '',
				total: pay,
				currency: 'USD',
				year: '2024'
			};
		}
	};
}

/**
 * The IT Salary Survey EU 2020 (shared/data/it-salary-survey-eu-2020), read as data/README.md
 * documents: `Position ` (trailing space in the file) gives the track by the lists below, other
 * positions are skipped; `Seniority level` gives the level; pay is base + `bonus + stocks`, in
 * EUR; only `Full-time employee` rows; the `Company size` band stands in for the company.
 */
const EU_COLUMNS = {
	position: 'position',
	seniority: 'seniority_level',
	companyType: 'company_type',
	companySize: 'company_size',
	base: 'yearly_brutto_salary_(without_bonus_and_stocks)_in_eur',
	bonus: 'yearly_bonus_+_stocks_in_eur',
	city: 'city',
	years: 'total_years_of_experience',
	employment: 'employment_status',
	timestamp: 'timestamp'
} as const;

const EU_IC_POSITIONS = new Set([
	'software engineer',
	'backend developer',
	'frontend developer',
	'fullstack developer',
	'mobile developer',
	'ios developer',
	'devops',
	'sre',
	'qa engineer',
	'data scientist',
	'ml engineer',
	'data engineer',
	'software architect',
	'security engineer',
	'cloud engineer',
	'firmware engineer',
	'tech lead'
]);
const EU_EM_POSITIONS = new Set([
	'engineering manager',
	'team lead',
	'teamlead',
	'engineering team lead',
	'head of engineering',
	'cto',
	'vp engineering',
	'director of engineering',
	'devops manager',
	'data science manager'
]);

/**
 * `Seniority level` → common level. "Lead" mixes tech leads and people leads (SOURCE.md), so an
 * IC lead is read as staff (6) and an EM lead as a first-line manager (5). Levels not listed are
 * left to the usual fallback (title keywords, then years of experience).
 */
const EU_LEVELS: Record<Track, Map<string, StdLevel>> = {
	ic: new Map([
		['junior', 3],
		['middle', 4],
		['senior', 5],
		['lead', 6],
		['head', 7],
		['principal', 8]
	]),
	em: new Map([
		['junior', 5],
		['middle', 5],
		['senior', 5],
		['lead', 5],
		['head', 7],
		['director', 8],
		['vp', 9]
	])
};

/** `Company type` → Forkline's types; others (Consulting / Agency, Media, …) stay unclassified. */
const EU_COMPANY_TYPES = new Map<string, string>([
	['product', 'tech-first'],
	['startup', 'startup'],
	['bank', 'finance'],
	['finance', 'finance'],
	['fintech', 'finance'],
	['corporation', 'enterprise']
]);

function euSurveyLayout(header: string[], positions: Map<string, number>): Layout<RecordColumn> {
	const at = Object.fromEntries(
		Object.entries(EU_COLUMNS).map(([k, c]) => [k, positions.get(c) ?? -1])
	) as Record<keyof typeof EU_COLUMNS, number>;
	// One skip reading per position, worded with its first spelling.
	const skipPosition = memoize(
		(_key: string, position: string) =>
			new SkippedRow(
				`position "${position.slice(0, 80)}" is not a software-engineering IC or manager role`
			)
	);
	const employmentSkip = new SkippedRow('not a full-time employee (Employment status)');
	return {
		id: 'eu2020',
		label: 'IT Salary Survey EU 2020',
		ignoredColumns: unusedColumns(header, Object.values(EU_COLUMNS)),
		read(cells) {
			const position = (cells[at.position] ?? '').trim();
			const key = position.toLowerCase();
			const track: Track | undefined = EU_IC_POSITIONS.has(key)
				? 'ic'
				: EU_EM_POSITIONS.has(key)
					? 'em'
					: undefined;
			if (!track) return skipPosition(key, position);
			if ((cells[at.employment] ?? '').trim() !== 'Full-time employee') return employmentSkip;
			const seniority = (cells[at.seniority] ?? '').trim();
			const stdLevel = EU_LEVELS[track].get(seniority.toLowerCase());
			const base = cells[at.base] ?? '';
			const bonus = cells[at.bonus] ?? '';
			// An empty bonus + stocks cell is read as none: total = base. When both are amounts the
			// total is their sum; when either is not, total stays empty and the schema names the cell.
			let total = base;
			if (bonus.trim() !== '') {
				const b = readMoney(base);
				const x = readMoney(bonus);
				total = typeof b === 'number' && typeof x === 'number' ? String(b + x) : '';
			}
			const year = /\/(\d{4})\b/.exec(cells[at.timestamp] ?? '')?.[1] ?? '2020';
			const size = (cells[at.companySize] ?? '').trim();
			const row: CanonicalRow<RecordColumn> = {
				company: size === '' ? 'Company size not given' : `Company size ${size}`,
				company_type:
					EU_COMPANY_TYPES.get((cells[at.companyType] ?? '').trim().toLowerCase()) ??
					'unclassified',
				track: track.toUpperCase(),
				level: seniority,
				std_level: stdLevel === undefined ? '' : String(stdLevel),
				location: cells[at.city] ?? '',
				years_experience: cells[at.years] ?? '',
				base,
				stock: '',
				bonus: '',
				total,
				currency: 'EUR',
				year
			};
			// The bonus is kept only inside the total: the survey gives bonus and stocks as one figure.
			return row;
		}
	};
}

export type DetectedLayout =
	| { id: 'records' | 'levelsfyi' | 'so2024' | 'eu2020'; layout: Layout<RecordColumn> }
	| { id: 'bands'; layout: Layout<BandColumn> };

/**
 * Recognise the layout from the header.
 *
 *     detectLayout(['timestamp','company','level','title',…]) → levels.fyi
 *     detectLayout(['company','track','level','total'])        → records
 *     detectLayout(['company_type','track','std_level','n','p10',…]) → bands
 */
export function detectLayout(header: string[], file: string): DetectedLayout {
	const positions = indexColumns(header, file);
	const has = (c: string) => positions.has(c);
	if (LEVELSFYI_COLUMNS.every(has)) {
		return { id: 'levelsfyi', layout: levelsFyiLayout(header, positions) };
	}
	if (SO_COLUMNS.every(has)) {
		return { id: 'so2024', layout: soSurveyLayout(header, positions) };
	}
	if (
		[
			EU_COLUMNS.position,
			EU_COLUMNS.seniority,
			EU_COLUMNS.base,
			EU_COLUMNS.bonus,
			EU_COLUMNS.employment
		].every(has)
	) {
		return { id: 'eu2020', layout: euSurveyLayout(header, positions) };
	}
	if (['track', 'std_level', 'n', 'p50'].every(has)) {
		const missing = BAND_COLUMNS.filter(
			(c) =>
				!has(c) &&
				!['company', 'base_p50', 'stock_p50', 'bonus_p50', 'currency', 'source'].includes(c)
		);
		if (missing.length > 0) {
			throw new HeaderError(
				`${file} looks like a bands file but has no ${missing.join(', ')} column.`
			);
		}
		return {
			id: 'bands',
			layout: canonicalLayout('bands', 'Forkline bands', BAND_COLUMNS, header, positions)
		};
	}
	if (has('company') && has('track')) {
		const missing: string[] = [];
		if (!has('level') && !has('std_level')) missing.push('level or std_level');
		if (!has('total') && !(has('base') && has('stock') && has('bonus')))
			missing.push('total (or base, stock and bonus)');
		if (missing.length > 0) {
			throw new HeaderError(
				`${file} looks like a records file but has no ${missing.join(' and no ')} column.`
			);
		}
		return {
			id: 'records',
			layout: canonicalLayout('records', 'Forkline records', RECORD_COLUMNS, header, positions)
		};
	}
	const shown = header
		.slice(0, 8)
		.map((h) => `"${excerpt(h.trim())}"`)
		.join(', ');
	throw new HeaderError(
		`${file}: the header (${shown}${header.length > 8 ? ', …' : ''}) is not ` +
			`a layout Forkline knows. A records file needs company, track, ` +
			`level or std_level, and total; see data/README.md.`
	);
}
