/**
 * BLS Occupational Employment and Wage Statistics, national, May 2021–2024
 * (shared/data/bls-oews, public domain). Occupation-wide yearly wage percentiles, all employers,
 * base wages only: **a benchmark, not pay cells** (no levels, no companies, no n in the survey
 * sense). Forkline keeps the occupations that bracket its two tracks.
 */
import { parseCsvText } from '../csv.ts';
import { HeaderError } from '../layouts.ts';

/** Occupations kept, with the track each stands beside. */
export const OEWS_OCCUPATIONS = [
	{ code: '15-1252', track: 'ic', why: 'Software Developers: the IC track, occupation-wide' },
	{
		code: '11-3021',
		track: 'em',
		why: 'Computer and Information Systems Managers: the nearest occupation to engineering managers (it also holds IT managers)'
	},
	{ code: '00-0000', track: null, why: 'All occupations, for scale' }
] as const;

/** A wage figure: a number, or why there is none ('#' top-coded above BLS's ceiling, '*' not published). */
export type OewsWage = number | 'top-coded' | 'not published';

export interface OewsRow {
	year: number;
	code: string;
	title: string;
	employment: number | null;
	mean: OewsWage;
	p10: OewsWage;
	p25: OewsWage;
	median: OewsWage;
	p75: OewsWage;
	p90: OewsWage;
}

function wage(raw: string): OewsWage {
	const text = raw.trim();
	if (text === '#') return 'top-coded';
	if (text === '*' || text === '**' || text === '') return 'not published';
	const value = Number(text.replace(/,/g, ''));
	return Number.isFinite(value) ? value : 'not published';
}

/**
 * The kept occupations of one year's national file.
 *
 *     readOewsYear(text, 2024).find((r) => r.code === '15-1252')?.median → 133080
 */
export function readOewsYear(text: string, year: number): OewsRow[] {
	const file = `national_M${year}_dl.csv`;
	const { header, rows } = parseCsvText(text, file);
	const col = (name: string) => {
		const i = header.findIndex((h) => h.trim().toUpperCase() === name);
		if (i === -1) throw new HeaderError(`${file}: no ${name} column`);
		return i;
	};
	const at = {
		code: col('OCC_CODE'),
		title: col('OCC_TITLE'),
		employment: col('TOT_EMP'),
		mean: col('A_MEAN'),
		p10: col('A_PCT10'),
		p25: col('A_PCT25'),
		median: col('A_MEDIAN'),
		p75: col('A_PCT75'),
		p90: col('A_PCT90')
	};
	const wanted = new Set<string>(OEWS_OCCUPATIONS.map((o) => o.code));
	const out: OewsRow[] = [];
	for (const row of rows) {
		const code = row[at.code]?.trim() ?? '';
		if (!wanted.has(code)) continue;
		const employment = wage(row[at.employment]!);
		out.push({
			year,
			code,
			title: row[at.title]!.trim(),
			employment: typeof employment === 'number' ? employment : null,
			mean: wage(row[at.mean]!),
			p10: wage(row[at.p10]!),
			p25: wage(row[at.p25]!),
			median: wage(row[at.median]!),
			p75: wage(row[at.p75]!),
			p90: wage(row[at.p90]!)
		});
	}
	for (const code of wanted)
		if (!out.some((r) => r.code === code))
			throw new Error(`${file}: occupation ${code} is missing`);
	return out;
}

/**
 * Managers' median over developers' median, minus 1, per year: the occupation-wide premium.
 *
 *     oewsPremium(rows2024) → 0.286   (171,200 / 133,080 − 1)
 */
export function oewsPremium(rows: OewsRow[]): number | null {
	const median = (code: string) => rows.find((r) => r.code === code)?.median;
	const em = median('11-3021');
	const ic = median('15-1252');
	return typeof em === 'number' && typeof ic === 'number' ? em / ic - 1 : null;
}
