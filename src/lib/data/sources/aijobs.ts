/**
 * The aijobs.net salary index (shared/data/aijobs-salaries/salaries.csv, CC0): yearly gross
 * **salary** in US dollars (the publisher's conversion), no stock, no bonus, no company names,
 * no years of experience. Read by the catalogs of data/sources/:
 *   - aijobs-titles.csv: which job titles are software engineers (IC) or engineering managers;
 *     every title not listed is another job family, skipped and counted;
 *   - aijobs-experience.csv: experience_level per track → common level (or skipped);
 *   - aijobs-company-size.csv: company_size → company type.
 * Only full-time rows (employment_type FT).
 */
import { HeaderError } from '../layouts.ts';
import { readMoney, Refusal } from '../money.ts';
import type { PayRecord } from '../domain.ts';
import type { Placement } from './catalog.ts';
import { RejectedCell, SkippedRow, type SourceReading } from './accounting.ts';

export interface AijobsCatalogs {
	titles: Map<string, Placement>;
	/** Keyed `<track>|<experience_level>`. */
	experience: Map<string, Placement>;
	sizes: Map<string, Placement>;
}

const COLUMNS = [
	'work_year',
	'experience_level',
	'employment_type',
	'job_title',
	'salary_in_usd',
	'company_location',
	'company_size'
] as const;

const NOT_FULL_TIME = new SkippedRow('not full-time (employment_type is not FT)');
const OTHER_FAMILY = new SkippedRow(
	'job title of another job family (data, ML, analytics, …): not in aijobs-titles.csv'
);

/**
 * The row reader, made from the header (refused when a column it needs is missing).
 *
 *     createAijobsReader(catalogs)(header)(['2024','SE','FT','Software Engineer',…]) → PayRecord
 */
export function createAijobsReader(catalogs: AijobsCatalogs) {
	return (header: string[]) => {
		const names = header.map((h) => h.trim());
		const at = {} as Record<(typeof COLUMNS)[number], number>;
		for (const column of COLUMNS) {
			at[column] = names.indexOf(column);
			if (at[column] === -1) throw new HeaderError(`salaries.csv: no "${column}" column`);
		}
		const skips = new Map<string, SkippedRow>();
		const skipOnce = (reason: string) => {
			let s = skips.get(reason);
			if (!s) skips.set(reason, (s = new SkippedRow(reason)));
			return s;
		};
		return (cells: string[]): SourceReading => {
			if (cells[at.employment_type]!.trim() !== 'FT') return NOT_FULL_TIME;
			const title = cells[at.job_title]!.trim();
			const family = catalogs.titles.get(title);
			if (!family) return OTHER_FAMILY;
			if (family.skip) return skipOnce(`title "${title}": ${family.reason}`);
			const track = family.track!;
			const experience = cells[at.experience_level]!.trim();
			const rung = catalogs.experience.get(`${track}|${experience}`);
			if (!rung) return new RejectedCell('experience_level', experience, 'not EN, MI, SE or EX');
			if (rung.skip)
				return skipOnce(`${track.toUpperCase()} experience ${experience}: ${rung.reason}`);
			const size = cells[at.company_size]!.trim();
			const type = catalogs.sizes.get(size);
			if (!type || type.skip) return new RejectedCell('company_size', size, 'not S, M or L');
			const raw = cells[at.salary_in_usd]!;
			const salary = readMoney(raw);
			if (salary instanceof Refusal) return new RejectedCell('salary_in_usd', raw, salary.reason);
			if (salary === null || salary === 0)
				return new RejectedCell('salary_in_usd', raw, 'no salary given');
			const year = Number(cells[at.work_year]);
			if (!Number.isInteger(year) || year < 2000 || year > 2100)
				return new RejectedCell('work_year', cells[at.work_year]!, 'not a year');
			const record: PayRecord = {
				company: '',
				companyType: type.companyType!,
				track,
				companyLevel: experience,
				stdLevel: rung.stdLevel!,
				levelSource: 'catalog',
				location: cells[at.company_location]!.trim(),
				yearsExperience: null,
				base: salary,
				stock: null,
				bonus: null,
				total: salary,
				currency: 'USD',
				year
			};
			return record;
		};
	};
}
