/**
 * The two CSV formats Forkline reads and writes, each defined once as a zod schema; the
 * TypeScript types are inferred from them. data/README.md documents both, with templates in
 * data/templates/.
 *
 * Input to each schema is one CSV row as strings, keyed by the canonical column names below
 * (the reader builds that object from column positions, so header names never become keys).
 * Numbers go through `readMoney`/`readCount`, never `z.coerce`, so an empty cell is missing,
 * not zero.
 */
import { z } from 'zod';
import {
	COMPANY_TYPES,
	COMPANY_TYPE_LABELS,
	isStdLevel,
	type CompanyType,
	type StdLevel,
	type Track
} from './domain.ts';
import { isDigit, MAX_AMOUNT, readCount, readMoney, Refusal } from './money.ts';

/** Columns of the records format, in the order exports write them. */
export const RECORD_COLUMNS = [
	'company',
	'company_type',
	'track',
	'level',
	'std_level',
	'location',
	'years_experience',
	'base',
	'stock',
	'bonus',
	'total',
	'currency',
	'year'
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Columns of the bands format, in the order exports write them. */
export const BAND_COLUMNS = [
	'company_type',
	'company',
	'track',
	'std_level',
	'n',
	'p10',
	'p25',
	'p50',
	'p75',
	'p90',
	'base_p50',
	'stock_p50',
	'bonus_p50',
	'currency',
	'source'
] as const;
export type BandColumn = (typeof BAND_COLUMNS)[number];

/** What reading one cell gives: a value, or why it was refused (made once, so reading allocates nothing). */
type Reading<T> = T | Refusal;

/** Track words, any case. A Map: a file's `constructor` must not find Object's own property. */
const TRACK_WORDS = new Map<string, Track>([
	['ic', 'ic'],
	['individual contributor', 'ic'],
	['em', 'em'],
	['manager', 'em'],
	['engineering manager', 'em']
]);

const NOT_A_TRACK = new Refusal('track must be IC or EM');
const NOT_A_STD_LEVEL = new Refusal('std_level must be a whole number from 3 to 9');
const NOT_A_COMPANY_TYPE = new Refusal(`company_type must be one of ${COMPANY_TYPES.join(', ')}`);
const NOT_A_YEAR = new Refusal('year must be a four-digit year');

/**
 * The most years of experience a report may give. A working life is about 45 years; 60 leaves
 * room for anyone still at work, while 1000 or 10^20 is a typo or another figure.
 */
export const MAX_YEARS_EXPERIENCE = 60;
const NOT_YEARS = new Refusal(
	`years_experience must be a number of years from 0 to ${MAX_YEARS_EXPERIENCE}`
);

function readTrack(raw: string): Reading<Track> {
	// The words every layout writes, compared before anything is folded.
	if (raw === 'IC') return 'ic';
	if (raw === 'EM') return 'em';
	return TRACK_WORDS.get(raw.trim().toLowerCase()) ?? NOT_A_TRACK;
}

/**
 * A common level: plain digits, optionally after an `L` (`5`, `L5`). Only digits: `Number` would
 * also read `0x5`, `0b101` and `5e0` as 5.
 */
function readStdLevel(raw: string): Reading<StdLevel | null> {
	if (raw === '') return null;
	const text = raw.trim().replace(/^l/i, '');
	if (text === '') return null;
	for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return NOT_A_STD_LEVEL;
	const value = Number(text);
	return isStdLevel(value) ? value : NOT_A_STD_LEVEL;
}

function readYearsExperience(raw: string): Reading<number | null> {
	const years = readCount(raw);
	if (years === null || years instanceof Refusal) return years;
	return years <= MAX_YEARS_EXPERIENCE ? years : NOT_YEARS;
}

/** Accepts the type ids (`big-tech`) and their labels (`Big tech`), any case. */
const TYPE_WORDS = new Map<string, CompanyType>(
	COMPANY_TYPES.flatMap((id) => [
		[id, id],
		[COMPANY_TYPE_LABELS[id].toLowerCase(), id]
	])
);

function readCompanyType(raw: string): Reading<CompanyType | null> {
	if (raw === '') return null;
	const text = raw.trim().toLowerCase();
	if (text === '') return null;
	return TYPE_WORDS.get(text) ?? NOT_A_COMPANY_TYPE;
}

function readYear(raw: string): Reading<number | null> {
	const year = readCount(raw);
	if (year === null || year instanceof Refusal) return year;
	return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : NOT_A_YEAR;
}

const readCurrency = (raw: string): Reading<string> =>
	raw === 'USD' ? raw : raw.trim().toUpperCase() || 'USD';

/** A zod field that reads its cell with one of the readers above (used by the bands schema). */
function field<T>(read: (raw: string) => Reading<T>) {
	return z.string().transform((raw, ctx): T => {
		const reading = read(raw);
		if (!(reading instanceof Refusal)) return reading;
		ctx.addIssue({ code: 'custom', message: reading.reason, input: raw });
		return z.NEVER;
	});
}

const money = field(readMoney);
const count = field(readCount);
const track = field(readTrack);
const stdLevel = field(readStdLevel);

/** Whether a value is a records row of cells: a text cell under every canonical column. */
function isRecordCells(value: unknown): value is Record<RecordColumn, string> {
	if (typeof value !== 'object' || value === null) return false;
	const cells = value as Record<string, unknown>;
	for (const column of RECORD_COLUMNS) if (typeof cells[column] !== 'string') return false;
	return true;
}

/**
 * The records format's cells, all text, keyed by the canonical column names. A guard rather than
 * `z.object` of 13 strings: `z.object` copies the row and allocates two objects per column while
 * it does, on every row of a file; the guard checks the same thing and copies nothing.
 */
const recordCells = z.custom<Record<RecordColumn, string>>(isRecordCells, {
	message: `a records row has a text cell for each of ${RECORD_COLUMNS.join(', ')}`
});

/**
 * The state of one row's check: `ok` until a cell is refused; each refusal is handed to
 * `issues` when there is one (zod's context), and only counted when there is not.
 */
interface RowCheck {
	cells: Record<RecordColumn, string>;
	issues: z.RefinementCtx | null;
	ok: boolean;
}

/**
 * A reader's answer for one cell: the value, or undefined with an issue recorded under the
 * column. Each call site calls its own reader, so the engine can inline it.
 */
function accept<T>(check: RowCheck, column: RecordColumn, reading: Reading<T>): T {
	if (!(reading instanceof Refusal)) return reading;
	refuse(check, column, reading.reason);
	return undefined as T;
}

function refuse(check: RowCheck, column: RecordColumn, message: string): void {
	check.ok = false;
	check.issues?.addIssue({ code: 'custom', path: [column], message, input: check.cells[column] });
}

/**
 * Read one records row's cells into typed values: the records format's rules, written once.
 * The schema below runs this as its transform, with zod's context collecting an issue per
 * refused cell. The import runs it first with no context, which skips zod's per-row
 * bookkeeping (a result object, a payload, an issue-collecting closure per row, through code
 * shared by every schema in the app): rows that pass need nothing more, and a row it refuses
 * (undefined) is parsed again by the schema for its issues. A property test checks that both
 * ways give the same rows.
 */
export function readRecordCells(
	cells: Record<RecordColumn, string>,
	issues: z.RefinementCtx | null = null
) {
	const check: RowCheck = { cells, issues, ok: true };
	const company = cells.company.trim();
	if (company === '') refuse(check, 'company', 'company is required');
	const row = {
		company,
		company_type: accept(check, 'company_type', readCompanyType(cells.company_type)),
		track: accept(check, 'track', readTrack(cells.track)),
		level: cells.level.trim(),
		std_level: accept(check, 'std_level', readStdLevel(cells.std_level)),
		location: cells.location.trim(),
		years_experience: accept(
			check,
			'years_experience',
			readYearsExperience(cells.years_experience)
		),
		base: accept(check, 'base', readMoney(cells.base)),
		stock: accept(check, 'stock', readMoney(cells.stock)),
		bonus: accept(check, 'bonus', readMoney(cells.bonus)),
		total: accept(check, 'total', readMoney(cells.total)),
		currency: accept(check, 'currency', readCurrency(cells.currency)),
		year: accept(check, 'year', readYear(cells.year))
	};
	if (row.level === '' && row.std_level === null)
		refuse(check, 'level', 'level or std_level is required');
	// With no total, base and stock make it; a blank bonus then counts as no bonus (many reports
	// have none), while a blank base or stock leaves the total unknown (data/README.md).
	const parts = row.base !== null && row.stock !== null;
	if (row.total === null && !parts && check.ok)
		refuse(check, 'total', 'total is required (or base and stock, plus bonus if any)');
	else if (row.total === 0) refuse(check, 'total', 'total pay of 0 is not a pay report');
	else if (row.total === null && parts && check.ok) {
		// The parts make the total: the same rules as a total written out.
		const sum = row.base! + row.stock! + (row.bonus ?? 0);
		if (sum === 0)
			refuse(check, 'total', 'base + stock + bonus is 0, and total pay of 0 is not a pay report');
		else if (!(sum <= MAX_AMOUNT))
			refuse(
				check,
				'total',
				`base + stock + bonus is ${Number.isFinite(sum) ? 'over 1,000,000,000,000' : 'not a finite amount'}, which is no one's pay in any currency`
			);
	}
	return check.ok ? row : undefined;
}

/**
 * One pay report. Required: company, track, level or std_level, and total (or base + stock,
 * plus bonus when given, which then make the total).
 *
 * The cells are checked as one object of strings and converted in a single transform, not one
 * zod pipe per column: that keeps zod on its compiled fast path, and the import of a 45,000-row
 * file about 0.4 s quicker, with the same issues, each under its column.
 */
export const recordRowSchema = recordCells.transform(
	(cells, ctx) => readRecordCells(cells, ctx) ?? z.NEVER
);
export type RecordRow = z.output<typeof recordRowSchema>;

const requiredMoney = money.refine((v) => v !== null, { message: 'required' });

/** Aggregated pay of one group. Quantiles are of total pay a year. */
export const bandRowSchema = z
	.object({
		company_type: z.string().transform((raw, ctx): CompanyType | 'all' => {
			const text = raw.trim().toLowerCase();
			if (text === 'all') return 'all';
			const found = TYPE_WORDS.get(text);
			if (found) return found;
			ctx.addIssue({
				code: 'custom',
				message: `company_type must be all or one of ${COMPANY_TYPES.join(', ')}`,
				input: raw
			});
			return z.NEVER;
		}),
		company: z.string().trim(),
		track,
		std_level: stdLevel.refine((v) => v !== null, { message: 'required' }),
		n: count.refine((v) => v !== null && Number.isInteger(v) && v > 0, {
			message: 'n must be a whole number above 0'
		}),
		p10: requiredMoney,
		p25: requiredMoney,
		p50: requiredMoney,
		p75: requiredMoney,
		p90: requiredMoney,
		base_p50: money,
		stock_p50: money,
		bonus_p50: money,
		currency: field(readCurrency),
		source: z.string().trim()
	})
	.superRefine((row, ctx) => {
		const order = [row.p10, row.p25, row.p50, row.p75, row.p90] as number[];
		for (let i = 1; i < order.length; i++) {
			if (order[i]! < order[i - 1]!) {
				ctx.addIssue({
					code: 'custom',
					path: [(['p10', 'p25', 'p50', 'p75', 'p90'] as const)[i]!],
					message: 'percentiles must not decrease from p10 to p90',
					input: String(order[i])
				});
				return;
			}
		}
	});
