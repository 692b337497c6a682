/**
 * The two CSV formats Forkline reads and writes, each defined once as a zod schema; the
 * TypeScript types are inferred from them. data/README.md documents both, with templates in
 * data/templates/.
 *
 * Input to each schema is one CSV row as strings, keyed by the canonical column names below
 * (the reader builds that object from column positions, so header names never become keys).
 * Numbers go through `parseMoney`/`parseCount`, never `z.coerce`, so an empty cell is missing,
 * not zero.
 */
import { z } from 'zod';
import { COMPANY_TYPES, COMPANY_TYPE_LABELS, isStdLevel, type CompanyType, type StdLevel, type Track } from './domain.ts';
import { parseCount, parseMoney } from './money.ts';

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

const money = z.string().transform((raw, ctx) => {
	const reading = parseMoney(raw);
	if (reading.ok) return reading.value;
	ctx.addIssue({ code: 'custom', message: reading.reason, input: raw });
	return z.NEVER;
});

const count = z.string().transform((raw, ctx) => {
	const reading = parseCount(raw);
	if (reading.ok) return reading.value;
	ctx.addIssue({ code: 'custom', message: reading.reason, input: raw });
	return z.NEVER;
});

const TRACK_WORDS: Record<string, Track> = {
	ic: 'ic',
	'individual contributor': 'ic',
	em: 'em',
	manager: 'em',
	'engineering manager': 'em'
};

const track = z.string().transform((raw, ctx): Track => {
	const found = TRACK_WORDS[raw.trim().toLowerCase()];
	if (found) return found;
	ctx.addIssue({ code: 'custom', message: 'track must be IC or EM', input: raw });
	return z.NEVER;
});

const stdLevel = z.string().transform((raw, ctx): StdLevel | null => {
	const text = raw.trim().replace(/^l/i, '');
	if (text === '') return null;
	const value = Number(text);
	if (isStdLevel(value)) return value;
	ctx.addIssue({ code: 'custom', message: 'std_level must be a whole number from 3 to 9', input: raw });
	return z.NEVER;
});

/** Accepts the type ids (`big-tech`) and their labels (`Big tech`), any case. */
const TYPE_WORDS = new Map<string, CompanyType>(
	COMPANY_TYPES.flatMap((id) => [
		[id, id],
		[COMPANY_TYPE_LABELS[id].toLowerCase(), id]
	])
);

const companyType = z.string().transform((raw, ctx): CompanyType | null => {
	const text = raw.trim().toLowerCase();
	if (text === '') return null;
	const found = TYPE_WORDS.get(text);
	if (found) return found;
	ctx.addIssue({
		code: 'custom',
		message: `company_type must be one of ${COMPANY_TYPES.join(', ')}`,
		input: raw
	});
	return z.NEVER;
});

const year = count.refine((y) => y === null || (Number.isInteger(y) && y >= 1990 && y <= 2100), {
	message: 'year must be a four-digit year'
});

/**
 * One pay report. Required: company, track, level or std_level, and total (or base + stock +
 * bonus, which then make the total).
 */
export const recordRowSchema = z
	.object({
		company: z.string().trim().min(1, 'company is required'),
		company_type: companyType,
		track,
		level: z.string().trim(),
		std_level: stdLevel,
		location: z.string().trim(),
		years_experience: count,
		base: money,
		stock: money,
		bonus: money,
		total: money,
		currency: z.string().trim().transform((c) => c.toUpperCase() || 'USD'),
		year
	})
	.superRefine((row, ctx) => {
		if (row.level === '' && row.std_level === null) {
			ctx.addIssue({ code: 'custom', path: ['level'], message: 'level or std_level is required', input: '' });
		}
		const parts = row.base !== null && row.stock !== null && row.bonus !== null;
		if (row.total === null && !parts) {
			ctx.addIssue({
				code: 'custom',
				path: ['total'],
				message: 'total is required (or base, stock and bonus)',
				input: ''
			});
		} else if (row.total === 0) {
			ctx.addIssue({ code: 'custom', path: ['total'], message: 'total pay of 0 is not a pay report', input: '0' });
		}
	});
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
			ctx.addIssue({ code: 'custom', message: `company_type must be all or one of ${COMPANY_TYPES.join(', ')}`, input: raw });
			return z.NEVER;
		}),
		company: z.string().trim(),
		track,
		std_level: stdLevel.refine((v) => v !== null, { message: 'required' }),
		n: count.refine((v) => v !== null && Number.isInteger(v) && v > 0, { message: 'n must be a whole number above 0' }),
		p10: requiredMoney,
		p25: requiredMoney,
		p50: requiredMoney,
		p75: requiredMoney,
		p90: requiredMoney,
		base_p50: money,
		stock_p50: money,
		bonus_p50: money,
		currency: z.string().trim().transform((c) => c.toUpperCase() || 'USD'),
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
export type BandRow = z.output<typeof bandRowSchema>;
