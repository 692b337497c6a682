/**
 * What no catalog knew, and the user's answers to it. Pure TypeScript: no DOM, no Svelte.
 *
 * An import types each company from data/companies.csv and places each level label with
 * data/levels.csv. A company the catalog does not list becomes 'unclassified'; a label it does
 * not list is placed by the fallback (title keywords, then years of experience). This module
 *
 *   1. sums up those rows (`summarizeUnknowns`): unclassified companies with their row counts, and
 *      fallback-placed labels grouped by (company, label, track) with the level(s) the fallback gave;
 *   2. validates the user's answers (`parseAssignments`): a company type for a company, a common
 *      level for a (company, label, track);
 *   3. applies them (`withAssignments`) by wrapping the catalogs, so the same file read again
 *      through `ingestFile` picks them up with no change to the import pipeline.
 *
 * Attribution: the import counts a level found by `catalogLevel` as levelSource 'catalog', and a
 * company typed by `companyType` as classified, whether the answer came from data/levels.csv or
 * from the user. The summary is therefore always taken against the bundled catalogs, and says how
 * many rows the user's answers placed (`assignedRows`), so the report can state "from the level
 * catalog N, of which M by your assignments" and nothing is misattributed.
 */
import { z } from 'zod';
import type { Catalogs } from './catalogs.ts';
import {
	COMPANY_TYPES,
	TRACKS,
	type CompanyType,
	type PayRecord,
	type StdLevel,
	type Track
} from './domain.ts';
import type { LayoutId } from './layouts.ts';
import { toLevelKey } from './levels.ts';

/** How many companies, and how many labels, the summary lists one by one (the counts stay complete). */
export const MAX_UNKNOWNS_LISTED = 50;

/** How many answers of each kind an assignment may carry: far more than the lists show. */
const MAX_ASSIGNMENTS = 10_000;

/** A company the company catalog does not list. */
export interface UnknownCompany {
	/** The key the company is matched by (`Catalogs.companyKey`): what an assignment names. */
	companyKey: string;
	/** The company as the file first spells it. */
	company: string;
	/** Imported rows of this company. */
	count: number;
	/** The type the user assigned, or null while its rows stay unclassified. */
	assigned: CompanyType | null;
}

/** A level the fallback gave some rows of one label, and how. */
export interface FallbackPlacement {
	stdLevel: StdLevel;
	method: 'title' | 'experience';
	count: number;
}

/** A level label the level catalog does not list for its company and track. */
export interface UnknownLevel {
	companyKey: string;
	/** The company as the file first spells it. */
	company: string;
	/** The label as the file first spells it (spellings that fold alike are one label). */
	label: string;
	track: Track;
	/** Imported rows with this company, label and track. */
	count: number;
	/** What the fallback gives these rows, most rows first. */
	fallback: FallbackPlacement[];
	/**
	 * Rows the fallback cannot place (no title word, no years of experience): they are imported
	 * only because the user assigned a level, and refused without one.
	 */
	unplaceable: number;
	/** The level the user assigned, or null while the fallback places these rows. */
	assigned: StdLevel | null;
}

/** One list of the summary: the first `MAX_UNKNOWNS_LISTED` entries and complete counts. */
export interface UnknownList<T> {
	/** Most rows first; at most `MAX_UNKNOWNS_LISTED`. */
	shown: T[];
	/** Entries in all, shown or not: `total - shown.length` are not listed. */
	total: number;
	/** Rows over all entries. */
	rows: number;
	/** Rows over all entries the user's assignments placed (counted by the report as catalog rows). */
	assignedRows: number;
}

/** What no catalog knew in one import. Plain data: it goes through structured clone. */
export interface UnknownsSummary {
	companies: UnknownList<UnknownCompany>;
	levels: UnknownList<UnknownLevel>;
}

/**
 * The user's answers. Lists rather than objects keyed by company: a company called `__proto__`
 * is data, never a property name. Catalog keys, not display names, so every spelling of a
 * company that folds to the same key gets the answer.
 */
export interface Assignments {
	companyTypes: { companyKey: string; companyType: CompanyType }[];
	levels: { companyKey: string; label: string; track: Track; stdLevel: StdLevel }[];
}

/** No answers: every unknown keeps the default (unclassified, or the fallback's level). */
export const NO_ASSIGNMENTS: Assignments = { companyTypes: [], levels: [] };

/**
 * Layouts whose rows carry their own company type (the two surveys type a row from its
 * organisation size or industry): the company catalog is never asked, so there is nothing to assign.
 */
const LAYOUTS_TYPING_COMPANIES: ReadonlySet<LayoutId> = new Set<LayoutId>(['so2024', 'eu2020']);

const assignmentsSchema = z.object({
	companyTypes: z
		.array(z.object({ companyKey: z.string(), companyType: z.enum(COMPANY_TYPES) }))
		.max(MAX_ASSIGNMENTS),
	levels: z
		.array(
			z.object({
				companyKey: z.string(),
				label: z.string(),
				track: z.enum(TRACKS),
				stdLevel: z
					.number()
					.int('a common level is a whole number')
					.min(3, 'a common level is 3 (entry) to 9 (distinguished / VP)')
					.max(9, 'a common level is 3 (entry) to 9 (distinguished / VP)')
					.transform((level) => level as StdLevel)
			})
		)
		.max(MAX_ASSIGNMENTS)
});

/**
 * Check answers that came from the page (or anywhere else) before they touch an import; throws
 * an Error naming what is wrong.
 *
 *     parseAssignments({ companyTypes: [{ companyKey: 'initech', companyType: 'startup' }], levels: [] }) → the same, typed
 *     parseAssignments({ companyTypes: [], levels: [{ …, stdLevel: 10 }] }) → throws 'The assignments are not valid: …'
 */
export function parseAssignments(value: unknown): Assignments {
	const parsed = assignmentsSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	throw new Error(`The assignments are not valid: ${z.prettifyError(parsed.error)}`);
}

/** The key of one level answer: company key, folded label and track. */
function toLevelAnswerKey(companyKey: string, label: string, track: Track): string {
	return `${companyKey}\u0000${toLevelKey(label)}\u0000${track}`;
}

/** The answers as lookups. */
function indexAssignments(assignments: Assignments) {
	return {
		types: new Map(assignments.companyTypes.map((a) => [a.companyKey, a.companyType])),
		levels: new Map(
			assignments.levels.map((a) => [toLevelAnswerKey(a.companyKey, a.label, a.track), a.stdLevel])
		)
	};
}

/**
 * The catalogs with the user's answers filling their gaps: an answer is used only where the
 * catalog has none, so it never overrides data/companies.csv or data/levels.csv. Read a file
 * through `ingestFile` with these and the answers take effect.
 *
 *     const c = withAssignments(catalogs, { companyTypes: [{ companyKey: 'initech test co', companyType: 'startup' }], levels: [] });
 *     c.companyType('initech test co') → 'startup'   (catalogs alone: 'unclassified')
 *     c.companyType('google')          → 'big-tech'  (the catalog's, whatever the answers)
 */
export function withAssignments(catalogs: Catalogs, assignments: Assignments): Catalogs {
	const { types, levels } = indexAssignments(assignments);
	if (types.size === 0 && levels.size === 0) return catalogs;
	return {
		companyKey: (name) => catalogs.companyKey(name),
		companyType(key) {
			const type = catalogs.companyType(key);
			return type === 'unclassified' ? (types.get(key) ?? type) : type;
		},
		companyName: (key) => catalogs.companyName(key),
		catalogLevel(key, label, track) {
			const level = catalogs.catalogLevel(key, label, track);
			if (level !== undefined || levels.size === 0) return level;
			return levels.get(toLevelAnswerKey(key, label, track));
		},
		inferLevel: (label, track, years) => catalogs.inferLevel(label, track, years)
	};
}

/**
 * What no catalog knew in an import, counted from its records against the bundled catalogs
 * (not the wrapped ones), with the user's answers marked: a company or label the user answered
 * stays listed, so the answer can be seen and changed, and its rows are counted in `assignedRows`.
 *
 * Which records count:
 * - a company: its type is 'unclassified', or the user's answer, and the company catalog does
 *   not list it. Files of a layout that types its own rows (the surveys) list none. A records
 *   file whose company_type cell says 'unclassified' outright is counted too (the record does not
 *   say where its type came from), though the file's type wins over an answer;
 * - a label: placed by title or experience and not empty (a row with no label must give
 *   std_level, so the survey rows marked 'experience' are not fallback rows), or placed
 *   from the catalog where data/levels.csv has no entry, which only an answer gives.
 *
 * So, for a records file: companies.rows − companies.assignedRows = report.unclassifiedCompanies,
 * and levels.rows − levels.assignedRows = report.levelSources.title + report.levelSources.experience.
 *
 *     summarizeUnknowns(records, { layout: 'records', catalogs })
 *       → { companies: { shown: [{ company: 'Initech Test Co', count: 12, assigned: null, … }], total: 1, rows: 12, assignedRows: 0 }, levels: { … } }
 */
export function summarizeUnknowns(
	records: readonly PayRecord[],
	{
		layout,
		catalogs,
		assignments = NO_ASSIGNMENTS
	}: { layout: LayoutId | null; catalogs: Catalogs; assignments?: Assignments }
): UnknownsSummary {
	const answers = indexAssignments(assignments);
	const listCompanies = layout === null || !LAYOUTS_TYPING_COMPANIES.has(layout);
	const companies = new Map<string, UnknownCompany>();
	const levels = new Map<string, UnknownLevel>();
	// Counted row by row: a company_type cell in the file wins over an answer, so an answered
	// company's rows are the answer's only where the record carries the answered type.
	let companyRowsAssigned = 0;
	let levelRowsAssigned = 0;

	for (const r of records) {
		const companyKey = catalogs.companyKey(r.company);
		const answeredType = answers.types.get(companyKey);

		// An unclassified company: the catalog does not list it, and the record kept its default
		// or took the user's answer.
		if (
			listCompanies &&
			(r.companyType === 'unclassified' || r.companyType === answeredType) &&
			catalogs.companyType(companyKey) === 'unclassified'
		) {
			let entry = companies.get(companyKey);
			if (!entry) {
				const assigned =
					answeredType === undefined || answeredType === 'unclassified' ? null : answeredType;
				entry = { companyKey, company: r.company, count: 0, assigned };
				companies.set(companyKey, entry);
			}
			entry.count++;
			if (entry.assigned !== null && r.companyType === entry.assigned) companyRowsAssigned++;
		}

		// A label the level catalog does not know: placed by the fallback, or by the user's answer
		// (the only catalog level data/levels.csv did not give). The catalog lookup is needed only
		// when there are level answers at all.
		const byFallback =
			(r.levelSource === 'title' || r.levelSource === 'experience') && r.companyLevel !== '';
		const byAnswer =
			r.levelSource === 'catalog' &&
			answers.levels.size > 0 &&
			catalogs.catalogLevel(companyKey, r.companyLevel, r.track) === undefined;
		if (!byFallback && !byAnswer) continue;
		const key = toLevelAnswerKey(companyKey, r.companyLevel, r.track);
		let entry = levels.get(key);
		if (!entry) {
			entry = {
				companyKey,
				company: r.company,
				label: r.companyLevel,
				track: r.track,
				count: 0,
				fallback: [],
				unplaceable: 0,
				assigned: null
			};
			levels.set(key, entry);
		}
		entry.count++;
		// What the fallback gives: the record's own placement, or, for a row the answer placed,
		// what the fallback would have given it.
		const placed = byFallback
			? { stdLevel: r.stdLevel, method: r.levelSource as FallbackPlacement['method'] }
			: catalogs.inferLevel(r.companyLevel, r.track, r.yearsExperience);
		if (byAnswer) {
			entry.assigned = r.stdLevel;
			levelRowsAssigned++;
		}
		if (!placed) {
			entry.unplaceable++;
			continue;
		}
		const same = entry.fallback.find(
			(f) => f.stdLevel === placed.stdLevel && f.method === placed.method
		);
		if (same) same.count++;
		else entry.fallback.push({ stdLevel: placed.stdLevel, method: placed.method, count: 1 });
	}

	for (const entry of levels.values())
		entry.fallback.sort((a, b) => b.count - a.count || a.stdLevel - b.stdLevel);
	return {
		companies: toUnknownList([...companies.values()], companyRowsAssigned, (c) => [c.company]),
		levels: toUnknownList([...levels.values()], levelRowsAssigned, (l) => [
			l.company,
			l.label,
			l.track
		])
	};
}

/** Most rows first, then by name (code-point order, the same in every locale); the first few listed. */
function toUnknownList<T extends { count: number }>(
	entries: T[],
	assignedRows: number,
	names: (entry: T) => string[]
): UnknownList<T> {
	entries.sort((a, b) => b.count - a.count || compareNames(names(a), names(b)));
	const rows = entries.reduce((sum, entry) => sum + entry.count, 0);
	return {
		shown: entries.slice(0, MAX_UNKNOWNS_LISTED),
		total: entries.length,
		rows,
		assignedRows
	};
}

function compareNames(a: string[], b: string[]): number {
	for (let i = 0; i < a.length; i++) {
		if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
	}
	return 0;
}

/** True when there is at least one answer. */
export function hasAnswers(assignments: Assignments): boolean {
	return assignments.companyTypes.length + assignments.levels.length > 0;
}

/** True when the import met nothing the catalogs did not know. */
export function isEmptySummary(summary: UnknownsSummary): boolean {
	return summary.companies.total === 0 && summary.levels.total === 0;
}

/** The choice for one label on the page: a common level, or the fallback's placement as it is. */
export type LevelChoice = StdLevel | 'fallback';

/**
 * What the page's level choice starts at: the user's answer; else the fallback's level when it
 * placed every row at one level; else 'fallback' (rows placed at several levels, say by years).
 *
 *     defaultLevelChoice({ assigned: null, fallback: [{ stdLevel: 5, method: 'title', count: 3 }], unplaceable: 0, … }) → 5
 *     defaultLevelChoice({ assigned: null, fallback: [{ stdLevel: 4, … }, { stdLevel: 5, … }], … })                    → 'fallback'
 */
export function defaultLevelChoice(entry: UnknownLevel): LevelChoice {
	if (entry.assigned !== null) return entry.assigned;
	return entry.fallback.length === 1 ? entry.fallback[0]!.stdLevel : 'fallback';
}

/** True when choosing `level` for the label changes nothing the fallback does not already do. */
function isFallbackAlready(entry: UnknownLevel, level: StdLevel): boolean {
	return (
		entry.unplaceable === 0 &&
		entry.fallback.length > 0 &&
		entry.fallback.every((f) => f.stdLevel === level)
	);
}

/**
 * The answers after the page's choices for the listed entries: a listed entry's answer is what
 * its choice says, an entry not listed keeps its earlier answer. Choosing 'unclassified' for a
 * company, or for a label the level the fallback already gives every row, is no answer: those
 * rows stay as the catalogs and the fallback place them.
 *
 *     updateAssignments(NO_ASSIGNMENTS, summary, { companies: ['startup'], levels: [5] })
 *       → { companyTypes: [{ companyKey: 'initech test co', companyType: 'startup' }], levels: [] }   (when the fallback gave 5)
 */
export function updateAssignments(
	previous: Assignments,
	summary: UnknownsSummary,
	choices: { companies: readonly CompanyType[]; levels: readonly LevelChoice[] }
): Assignments {
	const listedCompanies = new Set(summary.companies.shown.map((c) => c.companyKey));
	const listedLevels = new Set(
		summary.levels.shown.map((l) => toLevelAnswerKey(l.companyKey, l.label, l.track))
	);
	const companyTypes = previous.companyTypes.filter((a) => !listedCompanies.has(a.companyKey));
	const levels = previous.levels.filter(
		(a) => !listedLevels.has(toLevelAnswerKey(a.companyKey, a.label, a.track))
	);
	summary.companies.shown.forEach((entry, i) => {
		const companyType = choices.companies[i] ?? 'unclassified';
		if (companyType !== 'unclassified')
			companyTypes.push({ companyKey: entry.companyKey, companyType });
	});
	summary.levels.shown.forEach((entry, i) => {
		const level = choices.levels[i] ?? 'fallback';
		if (level === 'fallback' || isFallbackAlready(entry, level)) return;
		levels.push({
			companyKey: entry.companyKey,
			label: entry.label,
			track: entry.track,
			stdLevel: level
		});
	});
	return { companyTypes, levels };
}
