/**
 * The conversation views (/me and /brief) as URL search parameters, and back. Pure functions:
 * the pages read `page.url.searchParams` and write with `goto`.
 *
 * Privacy. Pay the user typed — their own figures and any offer scenario — goes into a URL only
 * when `includePay` is true, which the page sets only from a box the user ticks. Everything else
 * (company type, level, track, years, scenarios from the data) describes a view, not a person.
 *
 *     ?type=big-tech&level=6&track=ic&years=10&til=6:4&s=big-tech.6.ic~big-tech.6.em&claim=parity-ideal
 *     …&pay=420000.200000.180000.40000   (only with includePay)
 */
import {
	isCompanyType,
	isStdLevel,
	type CompanyType,
	type StdLevel,
	type Track
} from '$lib/data/domain.ts';
import { MAX_SCENARIOS, type Scenario } from '$lib/data/scenarios.ts';
import { clampYears, type TimeInLevel } from '$lib/data/career.ts';
import { readMoney, Refusal } from '$lib/data/money.ts';
import { DEFAULT_DOLLARS, parseDollars, type DollarsMode } from './dollars.ts';

/** Typed pay: total and, when known, the parts. */
export interface PayFigures {
	total: number;
	base: number | null;
	stock: number | null;
	bonus: number | null;
}

export interface ConversationView {
	companyType: CompanyType | 'all';
	company: string;
	stdLevel: StdLevel;
	track: Track;
	/** Years the career paths add up. */
	years: number;
	/** Times in level the user changed; levels not listed use the data's default. */
	timeInLevel: Partial<TimeInLevel>;
	scenarios: Scenario[];
	/** The user's own pay, present only when read from a URL they chose to share it in. */
	pay: PayFigures | undefined;
	/** The id of the claim the user selected (its figures are detailed in the brief), if any. */
	claim: string | undefined;
	/** Today's dollars (the default) or as reported (`dollars=reported`; see dollars.ts). */
	dollars: DollarsMode;
}

export const DEFAULT_VIEW: ConversationView = {
	companyType: 'big-tech',
	company: '',
	stdLevel: 6,
	track: 'ic',
	years: 10,
	timeInLevel: {},
	scenarios: [],
	pay: undefined,
	claim: undefined,
	dollars: DEFAULT_DOLLARS
};

// A claim id is a short slug; anything else in ?claim= is ignored (the pages look it up in CLAIMS).
const CLAIM_ID = /^[a-z0-9-]{1,60}$/;

export const YEARS_MIN = 1;
export const YEARS_MAX = 30;

/** A pay figure of a link, read as the /me form reads typed pay: null when blank or not money. */
const money = (text: string | undefined): number | null => {
	const value = readMoney(text ?? '');
	return value instanceof Refusal ? null : value;
};

function parsePay(text: string | null): PayFigures | undefined {
	if (!text) return undefined;
	const [total, base, stock, bonus] = text.split('.');
	const t = money(total);
	return t === null || t === 0
		? undefined
		: { total: t, base: money(base), stock: money(stock), bonus: money(bonus) };
}

/** At most 60 characters of a value, for a message that quotes it. */
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

/**
 * The message for a pay that is not a yearly amount, the same for typed pay and a link's.
 *
 *     describeBadPay('abc') → '“abc” is not an amount of money: write it as 450000, $450,000 or 450k.'
 */
export function describeBadPay(text: string): string {
	return `${quote(text)} is not an amount of money: write it as 450000, $450,000 or 450k.`;
}

/**
 * What a link's view parameters say that parseView cannot use, one sentence each, quoting the
 * value: parseView shows the default instead, and a page says so rather than showing a figure
 * the link did not mean. Parameters left out are not problems.
 *
 *     findLinkProblems(new URLSearchParams('level=99')) → [{ param: 'level', message: 'The link’s level “99” …' }]
 */
export function findLinkProblems(params: URLSearchParams): { param: string; message: string }[] {
	const problems: { param: string; message: string }[] = [];
	const type = params.get('type');
	if (type !== null && !(type === 'all' || isCompanyType(type)))
		problems.push({
			param: 'type',
			message: `The link’s company type ${quote(type)} is not one Forkline has, so the default is shown.`
		});
	const level = params.get('level');
	if (level !== null && !isStdLevel(Number(level)))
		problems.push({
			param: 'level',
			message: `The link’s level ${quote(level)} is not a level of the common scale (3 to 9), so level ${DEFAULT_VIEW.stdLevel} is shown.`
		});
	const track = params.get('track');
	if (track !== null && track !== 'ic' && track !== 'em')
		problems.push({
			param: 'track',
			message: `The link’s track ${quote(track)} is neither ic nor em, so the IC track is shown.`
		});
	const years = params.get('years');
	if (years !== null && parseYears(years) === undefined)
		problems.push({
			param: 'years',
			message: `The link’s years ${quote(years)} is not a whole number from ${YEARS_MIN} to ${YEARS_MAX}, so ${DEFAULT_VIEW.years} years are shown.`
		});
	const pay = params.get('pay');
	if (pay !== null && !parsePay(pay)) {
		const total = pay.split('.')[0] ?? '';
		problems.push({
			param: 'pay',
			message: `The link’s pay: ${describeBadPay(total)} Your pay from the link is not marked.`
		});
	}
	return problems;
}

/** A number of years from 1 to 30, or undefined. */
function parseYears(text: string | null): number | undefined {
	const years = Number(text);
	return Number.isInteger(years) && years >= YEARS_MIN && years <= YEARS_MAX ? years : undefined;
}

const formatPay = (pay: PayFigures) =>
	[pay.total, pay.base, pay.stock, pay.bonus]
		.map((v) => (v === null ? '' : Math.round(v)))
		.join('.');

// A company name inside a scenario is percent-encoded, with the scenario separators '.' and '~'
// (which encodeURIComponent leaves alone) encoded too, so a name like "Booking.com" splits safely.
const encodeScenarioCompany = (name: string) =>
	encodeURIComponent(name).replace(
		/[.~]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
function decodeScenarioCompany(text: string): string | undefined {
	try {
		return decodeURIComponent(text).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** `big-tech.6.ic` (or `big-tech.6.ic.Google`, a company's reports) → a data scenario; `offer.300000.180000..` → typed figures; else undefined. */
function parseScenario(text: string, index: number): Scenario | undefined {
	const [head, ...rest] = text.split('.');
	if (head === 'offer') {
		const pay = parsePay(rest.join('.'));
		return pay && { kind: 'offer', label: `Offer ${String.fromCharCode(65 + index)}`, ...pay };
	}
	const [level, track, company] = rest;
	const stdLevel = Number(level);
	if (!head || !(head === 'all' || isCompanyType(head)) || !isStdLevel(stdLevel)) return undefined;
	if (track !== 'ic' && track !== 'em') return undefined;
	const name = company ? decodeScenarioCompany(company) : undefined;
	return { kind: 'band', companyType: head, stdLevel, track, ...(name ? { company: name } : {}) };
}

/**
 * Read a view from search parameters; anything missing or malformed falls back to DEFAULT_VIEW.
 *
 *     parseView(new URLSearchParams('type=finance&level=7&track=em')) → { companyType: 'finance', stdLevel: 7, track: 'em', … }
 */
export function parseView(params: URLSearchParams): ConversationView {
	const type = params.get('type') ?? '';
	const level = Number(params.get('level'));
	const track = params.get('track');
	const timeInLevel: Partial<TimeInLevel> = {};
	for (const pair of (params.get('til') ?? '').split(',')) {
		const [l, y] = pair.split(':').map(Number);
		if (l !== undefined && isStdLevel(l) && y !== undefined && Number.isFinite(y))
			timeInLevel[l] = clampYears(y);
	}
	const scenarios = (params.get('s') ?? '')
		.split('~')
		.filter(Boolean)
		.slice(0, MAX_SCENARIOS)
		.map(parseScenario)
		.filter((s): s is Scenario => s !== undefined);
	return {
		companyType: type === 'all' || isCompanyType(type) ? type : DEFAULT_VIEW.companyType,
		company: params.get('company') ?? '',
		stdLevel: isStdLevel(level) ? level : DEFAULT_VIEW.stdLevel,
		track: track === 'ic' || track === 'em' ? track : DEFAULT_VIEW.track,
		years: parseYears(params.get('years')) ?? DEFAULT_VIEW.years,
		timeInLevel,
		scenarios,
		pay: parsePay(params.get('pay')),
		claim: CLAIM_ID.test(params.get('claim') ?? '') ? params.get('claim')! : undefined,
		dollars: parseDollars(params)
	};
}

/**
 * Write a view as search parameters. Offer scenarios and `pay` are written only with
 * `includePay`; without it they are left out entirely (not blanked), so the link carries no trace.
 *
 *     toSearchParams(view, { includePay: false }).toString() → 'type=big-tech&level=6&track=ic&years=10&s=big-tech.6.ic'
 */
export function toSearchParams(
	view: ConversationView,
	{ includePay }: { includePay: boolean }
): URLSearchParams {
	const params = new URLSearchParams();
	params.set('type', view.companyType);
	if (view.company) params.set('company', view.company);
	params.set('level', String(view.stdLevel));
	params.set('track', view.track);
	params.set('years', String(view.years));
	const til = Object.entries(view.timeInLevel).map(([l, y]) => `${l}:${y}`);
	if (til.length) params.set('til', til.join(','));
	const scenarios = view.scenarios
		.filter((s) => includePay || s.kind === 'band')
		.map((s) =>
			s.kind === 'band'
				? `${s.companyType}.${s.stdLevel}.${s.track}${s.company ? `.${encodeScenarioCompany(s.company)}` : ''}`
				: `offer.${formatPay(s)}`
		);
	if (scenarios.length) params.set('s', scenarios.join('~'));
	if (view.claim) params.set('claim', view.claim);
	if (view.dollars !== DEFAULT_DOLLARS) params.set('dollars', view.dollars);
	if (includePay && view.pay) params.set('pay', formatPay(view.pay));
	return params;
}
