/**
 * Company level labels → the common level scale (StdLevel 3..9). Pure TypeScript: no DOM, no
 * Svelte.
 *
 * Two steps, in this order:
 * 1. The level catalog (data/levels.csv, parsed by `parseLevelCatalog`) maps the labels a
 *    company really uses (`L5`, `E6`, `63`, `Senior MTS`, …) to a StdLevel. Its `lookup` is
 *    called once per pay report, so it is two Map reads plus a cached label fold.
 * 2. `inferStdLevel` is the fallback for labels the catalog does not know: title keywords
 *    first, then years of experience, with thresholds derived from the catalog-mapped rows
 *    (the figures are in data/levels.md).
 */
import { catalogError, readCatalogRows } from './catalogCsv.ts';
import { memoize } from './memo.ts';
import { isStdLevel, STD_LEVELS, type StdLevel, type Track } from './domain';
import { toCompanyKey } from './companyKey';

/** The file name used in error messages, so a reader knows which file to open. */
const FILE = 'levels.csv';

const EXPECTED_HEADER = ['company', 'level', 'track', 'std_level', 'source'] as const;

const WHITESPACE_RUN = /\s+/g;

/**
 * Folds a level label into the key used for matching: Unicode NFC, trimmed, inner whitespace
 * collapsed, lower-cased. Punctuation is kept, because it distinguishes real labels
 * (`IC-4` at Oracle and `IC4` are both in the data, and the catalog lists both).
 *
 * @example
 * toLevelKey('  Senior   SWE ') // → 'senior swe'
 * toLevelKey('L5')              // → 'l5'
 * toLevelKey('SDE\u00a0II')     // → 'sde ii' (a no-break space is whitespace to \s)
 */
export function toLevelKey(label: string): string {
	return label.normalize('NFC').trim().replace(WHITESPACE_RUN, ' ').toLowerCase();
}

/** The track column of levels.csv: one track, or `any` for a ladder shared by IC and EM. */
export type CatalogTrack = Track | 'any';

/** One row of data/levels.csv. */
export interface LevelEntry {
	/** Company as written in the catalog, e.g. `Google`. */
	company: string;
	/** `toCompanyKey(company)`: the key `lookup` expects. */
	companyKey: string;
	/** The company's own level label as written in the catalog (its `level` column), e.g. `L5`. */
	companyLevel: string;
	/** `toLevelKey(companyLevel)`. */
	companyLevelKey: string;
	track: CatalogTrack;
	/** The common level the catalog places that label at. */
	stdLevel: StdLevel;
	/** Where the mapping comes from, with the data evidence (n, median yoe). */
	source: string;
}

/** The parsed level catalog. */
export interface LevelCatalog {
	/**
	 * The StdLevel the catalog gives a company's level label on one track; undefined when the
	 * catalog does not list it. `companyKey` must already be folded with `toCompanyKey` (and
	 * resolved through company aliases); `companyLevel` may be raw, it is folded here.
	 */
	lookup(companyKey: string, companyLevel: string, track: Track): StdLevel | undefined;
	/** Company keys the catalog covers, sorted. */
	companies(): string[];
	/** Every catalog row, in file order. */
	entries(): readonly LevelEntry[];
}

/** The common levels of one company level label, per track. */
interface TrackLevels {
	ic?: StdLevel;
	em?: StdLevel;
}

/**
 * Parses data/levels.csv (header `company,level,track,std_level,source`) into a catalog.
 *
 * Throws an Error naming the file, the row (header = row 1) and the column when the header is
 * wrong, a company or level is empty, track is not `ic`/`em`/`any`, std_level is not an
 * integer 3–9, source is empty, or a (company, level, track) is listed twice — including an
 * `any` row overlapping an `ic` or `em` row for the same label.
 *
 * @example
 * const catalog = parseLevelCatalog(
 *   'company,level,track,std_level,source\nGoogle,L5,any,5,Senior SWE\nAmazon,L6 SDM,em,5,SDM\n'
 * );
 * catalog.lookup('google', ' l5 ', 'em')   // → 5
 * catalog.lookup('amazon', 'L6 SDM', 'em') // → 5
 * catalog.lookup('amazon', 'L6 SDM', 'ic') // → undefined (listed for em only)
 * catalog.companies()                      // → ['amazon', 'google']
 */
export function parseLevelCatalog(csvText: string): LevelCatalog {
	const rows = readCatalogRows(csvText, FILE, EXPECTED_HEADER);

	const entries: LevelEntry[] = [];
	// company key → company level key → common level per track. Nested maps rather than one map
	// over a concatenated key, so the hot path does not build a string per lookup.
	const byCompany = new Map<string, Map<string, TrackLevels>>();
	// Remembers the row that set each (company, company level, track), for the duplicate message.
	const seenAt = new Map<string, number>();

	for (const { row, cells } of rows) {
		const [companyCell = '', levelCell = '', trackCell = '', stdCell = '', sourceCell = ''] = cells;
		const company = companyCell.trim();
		if (company === '') throw catalogError(FILE, row, 'company', 'company is empty');
		const companyLevel = levelCell.trim();
		if (companyLevel === '')
			throw catalogError(FILE, row, 'level', `level is empty for "${company}"`);
		const track = trackCell.trim();
		if (track !== 'ic' && track !== 'em' && track !== 'any') {
			throw catalogError(FILE, row, 'track', `unknown track "${track}"; use ic, em or any`);
		}
		const stdText = stdCell.trim();
		const std = Number(stdText);
		if (stdText === '' || !isStdLevel(std)) {
			throw catalogError(
				FILE,
				row,
				'std_level',
				`"${stdText}" is not a level; use a whole number 3–9`
			);
		}
		const source = sourceCell.trim();
		if (source === '')
			throw catalogError(FILE, row, 'source', `no source given for "${company}" ${companyLevel}`);

		const companyKey = toCompanyKey(company);
		const companyLevelKey = toLevelKey(companyLevel);
		const tracks: readonly Track[] = track === 'any' ? ['ic', 'em'] : [track];

		let labels = byCompany.get(companyKey);
		if (!labels) {
			labels = new Map();
			byCompany.set(companyKey, labels);
		}
		const stdLevels = labels.get(companyLevelKey) ?? {};
		for (const t of tracks) {
			const id = `${companyKey}\u0000${companyLevelKey}\u0000${t}`;
			const earlier = seenAt.get(id);
			if (earlier !== undefined) {
				throw catalogError(
					FILE,
					row,
					'level',
					`"${companyLevel}" (${t}) for "${company}" is already mapped on row ${earlier}`
				);
			}
			seenAt.set(id, row);
			stdLevels[t] = std;
		}
		labels.set(companyLevelKey, stdLevels);
		entries.push({
			company,
			companyKey,
			companyLevel,
			companyLevelKey,
			track,
			stdLevel: std,
			source
		});
	}

	// Raw labels repeat heavily (about 2,300 distinct strings over ~45,000 reports), so each is
	// folded once: after that a lookup does no normalisation or regex.
	const levelKeyOf = memoize(toLevelKey);
	const companyKeys = [...byCompany.keys()].sort();

	return {
		lookup(companyKey, companyLevel, track) {
			const labels = byCompany.get(companyKey);
			if (!labels) return undefined;
			return labels.get(levelKeyOf(companyLevel))?.[track];
		},
		companies: () => [...companyKeys],
		entries: () => entries
	};
}

/** How an inferred level was found. */
export type InferMethod = 'title' | 'experience';

/** One title rule: a keyword pattern and the level it implies. */
interface TitleRule {
	pattern: RegExp;
	stdLevel: StdLevel;
}

/*
 * A ladder step written as a roman numeral or a number right after an engineering title
 * ("Software Engineer II", "SDE 3", "Engineer 1"): I/1 entry, II/2 and III/3 mid, IV/4
 * senior (III is mid level in the data: see the title rules below). A bare number
 * ("Level 4", "Grade 8") is not a step: its meaning depends on the company, so it is left to
 * the experience fallback.
 */
const STEP_TITLE = String.raw`\b(?:engineer|developer|sde|swe|se|mts|programmer|eng|member of technical staff)\s?-?\s?`;
const STEP_SENIOR = new RegExp(`${STEP_TITLE}(?:iv|4)$`);
const STEP_MID = new RegExp(`${STEP_TITLE}(?:iii|ii|3|2)$`);
const STEP_ENTRY = new RegExp(`${STEP_TITLE}(?:i|1)$`);

/*
 * Title keyword rules, tried in order on the folded label; the first match wins, so the more
 * specific phrase comes first ("senior staff" before "staff", "senior manager" before
 * "manager"). Compiled once here, never per call.
 *
 * Each level was checked against the catalog-mapped rows: for the labels a rule matches, the
 * median catalog level (figures in data/levels.md). Where the common-scale names and the
 * data disagree, the data won:
 * - bare "principal" → 6: most ladders in the data put Principal right above Senior or Staff
 *   (Oracle, Dell, Microsoft, Expedia, Workday), median 6 over 339 rows;
 * - "lead" → 5: mostly Salesforce Lead MTS and similar senior titles, median 5 over 194 rows;
 * - "... III" / "... 3" → 4: Google, Cisco, PayPal, eBay and Walmart all put step III at mid
 *   level, 333 of 432 rows;
 * - a bare "associate" → 4: the bank corporate rank (JPMorgan, Goldman Sachs), while
 *   "Associate Software Engineer" stays entry level;
 * - "vice president" / "vp" alone → 5 on both tracks: in this data it is the bank corporate
 *   title (52 of 55 catalog EM rows), not a VP of Engineering, who is recognised by
 *   "vp of engineering", "svp", "cto" and the like.
 */
const IC_TITLE_RULES: readonly TitleRule[] = [
	{ pattern: /\b(?:distinguished|fellow)\b/, stdLevel: 9 },
	{ pattern: /\b(?:senior|sr\.?) principal\b/, stdLevel: 7 },
	{ pattern: /\b(?:senior|sr\.?) staff\b/, stdLevel: 7 },
	{ pattern: /\barchitect\b/, stdLevel: 7 },
	{ pattern: /\bprincipal\b/, stdLevel: 6 },
	{ pattern: /\bstaff\b/, stdLevel: 6 },
	{ pattern: /\bmanaging director\b/, stdLevel: 8 },
	{ pattern: /\b(?:executive director|director)\b/, stdLevel: 7 },
	{ pattern: /\b(?:vice president|vp)\b/, stdLevel: 5 },
	{ pattern: /\b(?:senior|sr\.?|snr)\b/, stdLevel: 5 },
	{ pattern: /\b(?:tech(?:nical)? lead(?:er)?|lead)\b/, stdLevel: 5 },
	{ pattern: /^associate$/, stdLevel: 4 },
	{
		pattern: /\b(?:junior|jr\.?|entry|new grad(?:uate)?|graduate|intern|associate|analyst)\b/,
		stdLevel: 3
	},
	{ pattern: /\bmid(?:-| )?(?:level)?\b/, stdLevel: 4 },
	// A ladder step after an engineering title ("Software Engineer II", "SDE 3"): see STEP_*.
	{ pattern: STEP_SENIOR, stdLevel: 5 },
	{ pattern: STEP_MID, stdLevel: 4 },
	{ pattern: STEP_ENTRY, stdLevel: 3 }
];

const EM_TITLE_RULES: readonly TitleRule[] = [
	{
		pattern:
			/\b(?:svp|evp|cto|(?:vp|vice president) (?:of )?(?:engineering|software|technology))\b/,
		stdLevel: 9
	},
	{ pattern: /\b(?:senior director|sr\.? director|director|head of)\b/, stdLevel: 8 },
	{ pattern: /\b(?:senior|sr\.?) (?:\w+ )?manager\b|\bmanager (?:iii|3)\b/, stdLevel: 7 },
	{ pattern: /\bmanager (?:ii|2)\b/, stdLevel: 6 },
	{ pattern: /\b(?:vice president|vp)\b/, stdLevel: 5 },
	{ pattern: /\b(?:manager|mgr|em|sdm|team lead|tech lead|lead)\b/, stdLevel: 5 }
];

/** One step of the years-of-experience fallback: from `minYears` on, a report is placed here. */
export interface ExperienceStep {
	minYears: number;
	stdLevel: StdLevel;
}

/*
 * Years-of-experience fallback, one ladder a track, calibrated on the catalog-placed rows of the
 * levels.fyi file by `calibrateExperienceSteps` (`npm run data` recomputes and prints it, and
 * fails when these constants no longer match). Each step is chosen so that catalog-placed rows
 * it would place at a level truly sit there on average: mean catalog level within 0.15 of the
 * level (data/levels.md has the table). Both tracks are calibrated the same way, so neither is
 * placed low against the other:
 * - IC: 3 under 2 years (true mean 3.12), 4 from 2 (3.96), 5 from 7 (5.05). No IC step reaches
 *   6: even at 20+ years the catalog rows' mean level stays under 5.9, so any level-6 step
 *   would place ICs too high on average.
 * - EM: 5 under 7 years (5.07), 6 from 7 (5.93). No EM step below 5 or above 6: too few
 *   catalog-placed managers have under 4 years (48 rows) or sit at 7+ on average.
 * Steps are listed from the highest threshold down.
 */
export const EXPERIENCE_STEPS: Readonly<Record<Track, readonly ExperienceStep[]>> = {
	ic: [
		{ minYears: 7, stdLevel: 5 },
		{ minYears: 2, stdLevel: 4 },
		{ minYears: 0, stdLevel: 3 }
	],
	em: [
		{ minYears: 7, stdLevel: 6 },
		{ minYears: 0, stdLevel: 5 }
	]
};

/** The largest mean-level error a calibrated step may have on the rows it was fitted on. */
export const EXPERIENCE_TOLERANCE = 0.15;
/** Years from which every report is pooled into one bin when calibrating (few rows beyond). */
const CALIBRATION_MAX_YEARS = 30;
/** A calibrated step must hold at least this share of its track's rows. */
const CALIBRATION_MIN_SHARE = 0.02;

/** A row whose true level is known: what the calibration is fitted on and checked against. */
export interface PlacedRow {
	track: Track;
	yearsExperience: number | null;
	stdLevel: StdLevel;
}

/** The level a track's experience steps give a number of years; undefined for no usable years. */
export function experienceLevel(
	steps: readonly ExperienceStep[],
	yearsExperience: number | null
): StdLevel | undefined {
	if (yearsExperience === null || !Number.isFinite(yearsExperience) || yearsExperience < 0)
		return undefined;
	return steps.find((s) => yearsExperience >= s.minYears)?.stdLevel;
}

/**
 * Fits one track's experience steps to rows whose level is known: whole years are grouped into
 * contiguous runs, each run gets one level (rising with the years), and the runs are chosen so
 * that the rows of each run have a mean true level within `EXPERIENCE_TOLERANCE` of the level
 * given, with the smallest squared error of each row's true level from the level it is given. A run must hold at least 2% of the
 * track's rows, so no step rests on a handful of reports. Undefined when no such steps exist.
 *
 *     calibrateExperienceSteps(catalogRows, 'em') → [{ minYears: 7, stdLevel: 6 }, { minYears: 0, stdLevel: 5 }]
 */
export function calibrateExperienceSteps(
	rows: readonly PlacedRow[],
	track: Track
): ExperienceStep[] | undefined {
	const bins = CALIBRATION_MAX_YEARS + 1;
	const n = new Array<number>(bins).fill(0);
	const sum = new Array<number>(bins).fill(0);
	const sumSquares = new Array<number>(bins).fill(0);
	let total = 0;
	for (const row of rows) {
		const years = row.yearsExperience;
		if (row.track !== track || years === null || !Number.isFinite(years) || years < 0) continue;
		const bin = Math.min(CALIBRATION_MAX_YEARS, Math.floor(years));
		n[bin]!++;
		sum[bin]! += row.stdLevel;
		sumSquares[bin]! += row.stdLevel ** 2;
		total++;
	}
	if (total === 0) return undefined;
	const minRows = Math.ceil(CALIBRATION_MIN_SHARE * total);
	// best[end][level]: the least squared error of runs covering bins [0, end) whose last run is
	// at `level`, with where that last run starts and the level before it.
	type Best = { cost: number; start: number; previous: number };
	const best: (Best | undefined)[][] = Array.from({ length: bins + 1 }, () => []);
	for (let end = 1; end <= bins; end++) {
		let runN = 0;
		let runSum = 0;
		let runSquares = 0;
		for (let start = end - 1; start >= 0; start--) {
			runN += n[start]!;
			runSum += sum[start]!;
			runSquares += sumSquares[start]!;
			if (runN < minRows) continue;
			const mean = runSum / runN;
			for (const level of STD_LEVELS) {
				if (Math.abs(mean - level) > EXPERIENCE_TOLERANCE) continue;
				// Squared distance of every row's true level from the level given: a run that mixes
				// far-apart levels costs more than two runs that keep them apart.
				const cost = runSquares - 2 * level * runSum + runN * level ** 2;
				let found: Best | undefined;
				if (start === 0) found = { cost, start, previous: 0 };
				else
					for (const previous of STD_LEVELS) {
						const before = best[start]![previous];
						if (previous >= level || !before) continue;
						if (!found || before.cost + cost < found.cost)
							found = { cost: before.cost + cost, start, previous };
					}
				const current = best[end]![level];
				if (found && (!current || found.cost < current.cost)) best[end]![level] = found;
			}
		}
	}
	let level = STD_LEVELS.filter((l) => best[bins]![l]).sort(
		(a, b) => best[bins]![a]!.cost - best[bins]![b]!.cost
	)[0];
	if (level === undefined) return undefined;
	const steps: ExperienceStep[] = [];
	for (let end = bins; end > 0;) {
		const { start, previous } = best[end]![level]!;
		steps.push({ minYears: start, stdLevel: level });
		end = start;
		level = previous as StdLevel;
	}
	return steps;
}

/** One line of the calibration table: rows an experience step places at a level, per track. */
export interface ExperienceCheck {
	track: Track;
	stdLevel: StdLevel;
	/** Rows with a known level that the steps place here. */
	n: number;
	/** Their mean true level. */
	meanLevel: number;
}

/**
 * Applies experience steps to rows whose level is known and reports, per track and placed level,
 * how many rows land there and their mean true level: the table data/levels.md prints and the
 * real-file test checks (each mean within 0.2 of the level and of the other track's).
 *
 *     checkExperienceSteps(catalogRows) → [{ track: 'ic', stdLevel: 3, n: 4721, meanLevel: 3.12 }, …]
 */
export function checkExperienceSteps(
	rows: readonly PlacedRow[],
	steps: Readonly<Record<Track, readonly ExperienceStep[]>> = EXPERIENCE_STEPS
): ExperienceCheck[] {
	const groups = new Map<string, ExperienceCheck & { sum: number }>();
	for (const row of rows) {
		const placed = experienceLevel(steps[row.track], row.yearsExperience);
		if (placed === undefined) continue;
		const key = `${row.track}${placed}`;
		let group = groups.get(key);
		if (!group)
			groups.set(key, (group = { track: row.track, stdLevel: placed, n: 0, meanLevel: 0, sum: 0 }));
		group.n++;
		group.sum += row.stdLevel;
	}
	return [...groups.values()]
		.map(({ sum, ...g }) => ({ ...g, meanLevel: sum / g.n }))
		.sort((a, b) => a.stdLevel - b.stdLevel || (a.track === 'ic' ? -1 : 1));
}

function matchTitle(key: string, rules: readonly TitleRule[]): StdLevel | undefined {
	for (const rule of rules) if (rule.pattern.test(key)) return rule.stdLevel;
	return undefined;
}

/** The level a title's keywords give on a track, or undefined when no keyword rule matches. */
function matchTitleLevel(label: string, track: Track): StdLevel | undefined {
	const key = toLevelKey(label);
	if (key === '') return undefined;
	const own = track === 'ic' ? IC_TITLE_RULES : EM_TITLE_RULES;
	const other = track === 'ic' ? EM_TITLE_RULES : IC_TITLE_RULES;
	const byTitle = matchTitle(key, own) ?? matchTitle(key, other);
	// An EM is never placed below the start of the EM ladder, whatever title they give.
	return byTitle !== undefined && track === 'em' && byTitle < 5 ? 5 : byTitle;
}

/**
 * The level a title's keywords give, memoised per track: a file repeats the same few thousand
 * labels across tens of thousands of rows, and each miss tries every keyword rule.
 */
const titleLevel: Record<Track, (label: string) => StdLevel | undefined> = {
	ic: memoize((label: string) => matchTitleLevel(label, 'ic')),
	em: memoize((label: string) => matchTitleLevel(label, 'em'))
};

/**
 * Infers a StdLevel for a label the catalog does not know: first from title keywords (the
 * track's own rules, then the other track's, since EMs often report an IC title and some
 * banks' ICs report a manager grade), then from years of experience. Returns undefined when
 * neither applies (no keyword and no usable years).
 *
 * @example
 * inferStdLevel('Staff Software Engineer', 'ic', null) // → { stdLevel: 6, method: 'title' }
 * inferStdLevel('Software Engineer II', 'ic', 3)       // → { stdLevel: 4, method: 'title' }
 * inferStdLevel('Director of Engineering', 'em', 20)   // → { stdLevel: 8, method: 'title' }
 * inferStdLevel('P7', 'ic', 1)                          // → { stdLevel: 3, method: 'experience' }
 * inferStdLevel('P7', 'em', 9)                          // → { stdLevel: 6, method: 'experience' }
 * inferStdLevel('P7', 'ic', null)                       // → undefined
 */
export function inferStdLevel(
	label: string,
	track: Track,
	yearsExperience: number | null
): { stdLevel: StdLevel; method: InferMethod } | undefined {
	const byTitle = titleLevel[track](label);
	if (byTitle !== undefined) return { stdLevel: byTitle, method: 'title' };
	const stdLevel = experienceLevel(EXPERIENCE_STEPS[track], yearsExperience);
	return stdLevel === undefined ? undefined : { stdLevel, method: 'experience' };
}
