/**
 * The explorer's state as it lives in the URL: which view, and every filter. Pure functions, so
 * the page reads the state with `parseFilters(page.url.searchParams)` in a `$derived` and writes
 * it with `toSearch(filters)` + `goto`, and tests check the round trip in node.
 *
 * Defaults are left out of the URL, so the plain home page link is the default view and a shared
 * link carries only what the sender changed. Junk values (a typo, an old link) fall back to the
 * default for that one parameter instead of breaking the page.
 */
import { DEFAULT_MIN_N } from '$lib/data/bands';
import { YOE_BANDS, type YoeBand } from '$lib/data/cells';
import { REGIONS } from '$lib/data/regions';
import {
	COMPANY_TYPE_PHRASES,
	isCompanyType,
	isStdLevel,
	PAY_COMPONENTS,
	type CompanyType,
	type PayComponent,
	type StdLevel
} from '$lib/data/domain';
import type { SourceId } from '$lib/data/sources/registry';
import { VIEW_IDS, type ViewId } from '$lib/views/ids';
import { DEFAULT_DOLLARS, parseDollars, type DollarsMode } from './dollars';
import { DEFAULT_SOURCE, parseSource } from './source';

/** The explorer's views: the ids the view registry (src/lib/views/registry.ts) is checked against. */
export { VIEW_IDS as VIEWS, VIEW_LABELS } from '$lib/views/ids';
export type View = ViewId;

/** Minimum-n choices offered; any positive integer in the URL is accepted. */
export const MIN_N_CHOICES = [1, 5, 10, 20, 50] as const;
/** Company ladders compare at most this many companies, so panels stay readable on a phone. */
export const MAX_COMPANIES = 4;

export interface Filters {
	view: View;
	companyType: CompanyType | 'all';
	/** One company's display name, or '' for every company. */
	company: string;
	/** A region id from REGIONS (or 'us' for every US region), or '' for everywhere. */
	region: string;
	/** An experience band, or null for every band. */
	yoe: Exclude<YoeBand, -1> | null;
	/** A report year, or null for every year. */
	year: number | null;
	minN: number;
	component: PayComponent;
	scale: 'linear' | 'log';
	/** Which spread the ladder's boxes show: the middle half, or p10–p90 as well. */
	range: 'iqr' | 'p10p90';
	/** The level of the distribution view. */
	level: StdLevel;
	/** Companies of the company-ladder view, in the order picked. */
	companies: string[];
	/** Show the essays' claims as notes on the ladder (`notes=1`). */
	notes: boolean;
	/** The bundled source shown (`source=dou`; see source.ts), kept as the explorer writes its URL. */
	source: SourceId;
	/** Today's dollars (the default) or as reported (`dollars=reported`; see dollars.ts). */
	dollars: DollarsMode;
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
	view: 'ladder',
	companyType: 'all',
	company: '',
	region: '',
	yoe: null,
	year: null,
	minN: DEFAULT_MIN_N,
	component: 'total',
	scale: 'linear',
	range: 'p10p90',
	level: 6,
	companies: [],
	notes: false,
	source: DEFAULT_SOURCE,
	dollars: DEFAULT_DOLLARS
});

const oneOf = <T extends string>(options: readonly T[], raw: string | null, fallback: T): T =>
	raw !== null && (options as readonly string[]).includes(raw) ? (raw as T) : fallback;

function toInteger(raw: string | null): number | null {
	if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
	return Number(raw);
}

/**
 * Company names joined into one URL parameter by commas, a comma or backslash inside a name
 * escaped with a backslash, so any name (`Acme, Inc.`) comes back whole; links written before
 * names were escaped have no backslashes and read the same.
 *
 *     joinNames(['Acme, Inc.', 'Google']) → 'Acme\, Inc.,Google'
 */
export function joinNames(names: readonly string[]): string {
	return names.map((name) => name.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/** The inverse of joinNames: `splitNames('Acme\, Inc.,Google') → ['Acme, Inc.', 'Google']`. */
export function splitNames(text: string): string[] {
	const names: string[] = [];
	let name = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < text.length) name += text[++i];
		else if (c === ',') {
			names.push(name);
			name = '';
		} else name += c;
	}
	names.push(name);
	return names;
}

/**
 * URL search params → filters, each falling back to its default when absent or unreadable.
 *
 *     parseFilters(new URLSearchParams('view=gap&type=finance&minN=abc'))
 *       → { ...DEFAULT_FILTERS, view: 'gap', companyType: 'finance' }
 */
export function parseFilters(params: URLSearchParams): Filters {
	const type = params.get('type');
	const yoe = toInteger(params.get('yoe'));
	const year = toInteger(params.get('year'));
	const minN = toInteger(params.get('minN'));
	const level = toInteger(params.get('level'));
	const companies = splitNames(params.get('companies') ?? '')
		.map((name) => name.trim())
		.filter((name, i, all) => name !== '' && all.indexOf(name) === i)
		.slice(0, MAX_COMPANIES);
	return {
		view: oneOf(VIEW_IDS, params.get('view'), DEFAULT_FILTERS.view),
		companyType: type && isCompanyType(type) ? type : 'all',
		company: (params.get('company') ?? '').trim(),
		region: (params.get('region') ?? '').trim(),
		yoe: yoe !== null && yoe < YOE_BANDS.length ? (yoe as Exclude<YoeBand, -1>) : null,
		year: year !== null && year >= 2000 && year <= 2100 ? year : null,
		minN: minN !== null && minN >= 1 ? minN : DEFAULT_FILTERS.minN,
		component: oneOf(PAY_COMPONENTS, params.get('component'), DEFAULT_FILTERS.component),
		scale: oneOf(['linear', 'log'] as const, params.get('scale'), DEFAULT_FILTERS.scale),
		range: oneOf(['iqr', 'p10p90'] as const, params.get('range'), DEFAULT_FILTERS.range),
		level: level !== null && isStdLevel(level) ? level : DEFAULT_FILTERS.level,
		companies,
		notes: params.get('notes') === '1',
		source: parseSource(params).id,
		dollars: parseDollars(params)
	};
}

/**
 * Filters → search params, leaving out every default (so `toSearch(DEFAULT_FILTERS)` is '').
 *
 *     toSearch({ ...DEFAULT_FILTERS, view: 'gap', companyType: 'finance' }) → '?view=gap&type=finance'
 */
export function toSearch(filters: Filters): string {
	const params = new URLSearchParams();
	const put = (key: string, value: string | number | null, fallback: string | number | null) => {
		if (value !== null && value !== fallback && value !== '') params.set(key, String(value));
	};
	put('view', filters.view, DEFAULT_FILTERS.view);
	put('type', filters.companyType, DEFAULT_FILTERS.companyType);
	put('company', filters.company, '');
	put('region', filters.region, '');
	put('yoe', filters.yoe, null);
	put('year', filters.year, null);
	put('minN', filters.minN, DEFAULT_FILTERS.minN);
	put('component', filters.component, DEFAULT_FILTERS.component);
	put('scale', filters.scale, DEFAULT_FILTERS.scale);
	put('range', filters.range, DEFAULT_FILTERS.range);
	put('level', filters.level, DEFAULT_FILTERS.level);
	put('companies', joinNames(filters.companies.slice(0, MAX_COMPANIES)), '');
	put('notes', filters.notes ? '1' : null, null);
	put('source', filters.source, DEFAULT_SOURCE);
	put('dollars', filters.dollars, DEFAULT_DOLLARS);
	const text = params.toString();
	return text ? `?${text}` : '';
}

const COMPONENT_WORDS: Record<PayComponent, string> = {
	total: 'total pay',
	base: 'base salary',
	stock: 'stock a year',
	bonus: 'bonus'
};

/** How a pay component reads in a sentence, e.g. 'base salary'. */
export function formatComponent(component: PayComponent): string {
	return COMPONENT_WORDS[component];
}

/**
 * Where the numbers come from, as a phrase for headlines: company type or company, region,
 * experience and year.
 *
 *     formatWhere({ ...DEFAULT_FILTERS, companyType: 'finance', region: 'new-york' }) → 'at finance companies in New York'
 */
export function formatWhere(filters: Filters, { withType = true } = {}): string {
	const parts: string[] = [];
	if (filters.company) parts.push(`at ${filters.company}`);
	else if (withType && filters.companyType !== 'all')
		parts.push(`at ${COMPANY_TYPE_PHRASES[filters.companyType]}`);
	if (filters.region === 'us') parts.push('in the US');
	else if (filters.region)
		parts.push(`in ${REGIONS.find((r) => r.id === filters.region)?.label ?? filters.region}`);
	if (filters.yoe !== null) parts.push(`with ${YOE_BANDS[filters.yoe]!.label} of experience`);
	if (filters.year !== null) parts.push(`in ${filters.year} reports`);
	return parts.length
		? parts.join(' ')
		: withType
			? 'across all company types'
			: 'across all reports';
}

/** A company type as it reads after "at", e.g. 'finance companies'. */
export function formatCompanyTypeWords(type: CompanyType): string {
	return COMPANY_TYPE_PHRASES[type];
}

/**
 * The subtitle under a view's headline: the pay (`measured`, the source's measure, when given) and
 * which dollars it is in (`dollars`, when given), every active filter, in order, and the minimum n.
 *
 *     formatSubtitle(DEFAULT_FILTERS) → 'Total pay · all company types · everywhere · any experience · all years · groups under 5 reports faded'
 *     formatSubtitle(DEFAULT_FILTERS, undefined, 'in May 2026 dollars; reported 2017–2021')
 *       → 'Total pay, in May 2026 dollars; reported 2017–2021 · all company types · …'
 */
export function formatSubtitle(filters: Filters, measured?: string, dollars?: string): string {
	const region =
		filters.region === 'us'
			? 'United States'
			: filters.region
				? (REGIONS.find((r) => r.id === filters.region)?.label ?? filters.region)
				: 'everywhere';
	const who =
		filters.company ||
		(filters.companyType === 'all'
			? 'all company types'
			: COMPANY_TYPE_PHRASES[filters.companyType]);
	const parts = [
		(measured ?? formatComponent(filters.component)).replace(/^./, (c) => c.toUpperCase()) +
			(dollars ? `, ${dollars}` : ''),
		// The panel views name their groups on the panels; the gap rows name company types, so a
		// company chosen there is said here.
		filters.view === 'types' ||
		filters.view === 'companies' ||
		(filters.view === 'gap' && !filters.company)
			? null
			: who,
		region,
		filters.yoe === null ? 'any experience' : `${YOE_BANDS[filters.yoe]!.label} of experience`,
		filters.year === null ? 'all years' : `reported in ${filters.year}`,
		filters.view === 'distribution' ? `level ${filters.level}` : null,
		`groups under ${filters.minN} reports faded`
	];
	return parts.filter((p) => p !== null).join(' · ');
}
