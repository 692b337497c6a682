/**
 * The words Forkline uses everywhere, as types. Pure TypeScript: no DOM, no Svelte.
 *
 * The common level scale and the two tracks come from the essays' index
 * (shared/seeds/README.md): 3 entry, 4 mid, 5 senior (where the EM ladder starts),
 * 6 staff / EM II, 7 senior staff / senior manager, 8 principal / director,
 * 9 distinguished / VP.
 */

/** Individual contributor or engineering manager. */
export type Track = 'ic' | 'em';
export const TRACKS: readonly Track[] = ['ic', 'em'];
export const TRACK_LABELS: Record<Track, string> = { ic: 'IC', em: 'EM' };
export const TRACK_NAMES: Record<Track, string> = {
	ic: 'Individual contributor',
	em: 'Engineering manager'
};

/** A level on the common scale, 3 (entry) to 9 (distinguished / VP). */
export type StdLevel = 3 | 4 | 5 | 6 | 7 | 8 | 9;
export const STD_LEVELS: readonly StdLevel[] = [3, 4, 5, 6, 7, 8, 9];
export const STD_LEVEL_NAMES: Record<StdLevel, { ic: string; em: string }> = {
	3: { ic: 'Entry', em: 'Entry' },
	4: { ic: 'Mid', em: 'Mid' },
	5: { ic: 'Senior', em: 'Manager' },
	6: { ic: 'Staff', em: 'Manager II' },
	7: { ic: 'Senior staff', em: 'Senior manager' },
	8: { ic: 'Principal', em: 'Director' },
	9: { ic: 'Distinguished', em: 'VP' }
};

export function isStdLevel(value: number): value is StdLevel {
	return Number.isInteger(value) && value >= 3 && value <= 9;
}

/** A kind of employer and the names it goes by. */
export interface CompanyTypeEntry {
	/** The id written in data/companies.csv, URLs and exports, e.g. `big-tech`. */
	id: string;
	/** The name in controls, legends and tables, e.g. 'Late-stage private'. */
	label: string;
	/** The name where space is short (the gap chart's label column), e.g. 'Late-stage'. */
	shortLabel: string;
	/** The name as it reads after "at" in a sentence, e.g. 'late-stage private companies'. */
	phrase: string;
}

/**
 * Kinds of employer, in the order they are shown. The catalog in data/companies.csv assigns one
 * to each company; companies it does not list are 'unclassified' (counted, never dropped). This
 * is the one list of company types: every other list, record and order derives from it, so a
 * new type is one entry here plus its companies in the catalog (domain.test.ts checks that no
 * other file spells the list out).
 */
export const COMPANY_TYPE_LIST = [
	{ id: 'big-tech', label: 'Big tech', shortLabel: 'Big tech', phrase: 'big tech' },
	{
		id: 'tech-first',
		label: 'Tech-first',
		shortLabel: 'Tech-first',
		phrase: 'tech-first companies'
	},
	// Late-stage, venture-backed private companies (Stripe, Airbnb, ByteDance): what the levels.fyi
	// catalog can type, since a company needs 20 reports there, which young startups never reach
	// (data/companies.md).
	{
		id: 'late-stage',
		label: 'Late-stage private',
		shortLabel: 'Late-stage',
		phrase: 'late-stage private companies'
	},
	// Young or small companies, as the essays mean startups: DOU's, Stack Overflow's, aijobs' and
	// the EU survey's catalogs file them here (data/sources/README.md). The levels.fyi catalog has
	// none; its venture-backed private companies are 'late-stage' above.
	{ id: 'startup', label: 'Startup', shortLabel: 'Startup', phrase: 'startups' },
	{
		id: 'enterprise',
		label: 'Traditional enterprise',
		shortLabel: 'Enterprise',
		phrase: 'traditional enterprises'
	},
	{ id: 'finance', label: 'Finance', shortLabel: 'Finance', phrase: 'finance companies' },
	// IT services and outsourcing (firms that sell engineers' time to clients): asked for by the DOU
	// survey, where it is the second largest kind of employer (data/sources/README.md).
	{
		id: 'services',
		label: 'IT services / outsourcing',
		shortLabel: 'IT services',
		phrase: 'IT services and outsourcing companies'
	},
	{
		id: 'unclassified',
		label: 'Unclassified',
		shortLabel: 'Unclassified',
		phrase: 'unclassified companies'
	}
] as const satisfies readonly CompanyTypeEntry[];

export type CompanyType = (typeof COMPANY_TYPE_LIST)[number]['id'];

/**
 * The company types in the order bundles store them by index (data/bundled/*-cells.json): the
 * order they were added in, not the order they are shown. A new type is appended here; reordering
 * would change the type of every stored cell. domain.test.ts checks it holds each type once.
 */
export const STORED_COMPANY_TYPE_ORDER = [
	'big-tech',
	'tech-first',
	'startup',
	'enterprise',
	'finance',
	'unclassified',
	'services',
	'late-stage'
] as const satisfies readonly CompanyType[];
export const COMPANY_TYPES: readonly CompanyType[] = COMPANY_TYPE_LIST.map((t) => t.id);

/** One name of every company type, e.g. `byCompanyType('label')['late-stage']` → 'Late-stage private'. */
function byCompanyType(name: 'label' | 'shortLabel' | 'phrase'): Record<CompanyType, string> {
	return Object.fromEntries(COMPANY_TYPE_LIST.map((t) => [t.id, t[name]])) as Record<
		CompanyType,
		string
	>;
}
export const COMPANY_TYPE_LABELS = byCompanyType('label');
export const COMPANY_TYPE_SHORT_LABELS = byCompanyType('shortLabel');
export const COMPANY_TYPE_PHRASES = byCompanyType('phrase');

export function isCompanyType(value: string): value is CompanyType {
	return (COMPANY_TYPES as readonly string[]).includes(value);
}

/** Pay components. `total` is base + stock + bonus a year. */
export type PayComponent = 'total' | 'base' | 'stock' | 'bonus';
export const PAY_COMPONENTS: readonly PayComponent[] = ['total', 'base', 'stock', 'bonus'];

/** One pay report, after validation and level mapping. Money is whole units a year. */
export interface PayRecord {
	company: string;
	companyType: CompanyType;
	track: Track;
	/** The company's own level label as reported, e.g. `L5`, `E6`, `SDE II`; '' when absent. */
	companyLevel: string;
	stdLevel: StdLevel;
	/** How stdLevel was found: given in the file, from the level catalog, or inferred. */
	levelSource: 'given' | 'catalog' | 'title' | 'experience';
	location: string;
	yearsExperience: number | null;
	base: number | null;
	stock: number | null;
	bonus: number | null;
	total: number;
	currency: string;
	year: number | null;
}

/** Quantiles of total pay for one group of reports. */
export interface Band {
	companyType: CompanyType | 'all';
	/** '' for a roll-up over companies. */
	company: string;
	track: Track;
	stdLevel: StdLevel;
	n: number;
	p10: number;
	p25: number;
	p50: number;
	p75: number;
	p90: number;
	/** Medians of each component over the reports that give a breakdown; null when none do. */
	baseP50: number | null;
	stockP50: number | null;
	bonusP50: number | null;
	currency: string;
	source: string;
	/** True when n is under the minimum: drawn faded and labelled, never hidden. */
	lowN: boolean;
}
