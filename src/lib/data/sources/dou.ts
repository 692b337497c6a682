/**
 * DOU's salary survey of Ukrainian IT (shared/data/dou-salaries-ukraine), December 2024 and June
 * 2025 editions. Pay is **net monthly base pay in US dollars** (after tax, the rate only): it is
 * never compared in dollars with another source, only in ratios (EM/IC) and verdicts.
 *
 * Each row is read by the catalogs in data/sources/ (a reason on every line):
 *   - dou-employment.csv: only people employed by a company (full-time in 2024-12);
 *   - dou-scope.csv: software engineering and its management (categories SE and Tech Leadership,
 *     and the Engineering Manager position);
 *   - dou-titles.csv: the survey's title ladder → track and common level, or skipped;
 *   - dou-company-kinds.csv: the company kind → company type.
 * Anything not listed is skipped and counted with its value; nothing is placed from pay.
 */
import { HeaderError } from '../layouts.ts';
import { readCount, readMoney, Refusal } from '../money.ts';
import type { PayRecord } from '../domain.ts';
import type { Placement } from './catalog.ts';
import { RejectedCell, SkippedRow, type SourceReading } from './accounting.ts';

export type DouEdition = '2024-12' | '2025-06';

type DouColumn =
	'employment' | 'pay' | 'title' | 'category' | 'position' | 'kind' | 'years' | 'residence';

/** Column positions per edition (SOURCE.md's table), with how each header begins. */
const COLUMNS: Record<
	DouEdition,
	{ width: number; columns: Record<DouColumn, { at: number; header: string }> }
> = {
	'2024-12': {
		width: 14,
		columns: {
			employment: { at: 1, header: 'Ваша основна зайнятість' },
			pay: { at: 2, header: 'Зарплата / дохід' },
			title: { at: 3, header: 'Оберіть ваш тайтл' },
			category: { at: 4, header: 'Categories' },
			position: { at: 5, header: 'Position' },
			kind: { at: 8, header: 'Основний напрям роботи компанії' },
			years: { at: 9, header: 'Загальний стаж роботи' },
			residence: { at: 11, header: 'Де ви зараз живете' }
		}
	},
	'2025-06': {
		width: 18,
		columns: {
			employment: { at: 1, header: 'Ваша основна зайнятість' },
			pay: { at: 2, header: 'ЗАРПЛАТА / СУМАРНИЙ ДОХІД' },
			title: { at: 4, header: 'Тайтл' },
			category: { at: 5, header: 'Категорія' },
			position: { at: 6, header: 'Почніть вводити' },
			kind: { at: 11, header: 'Основний напрям роботи компанії' },
			years: { at: 13, header: 'Загальний стаж роботи' },
			residence: { at: 15, header: 'Де ви зараз живете' }
		}
	}
};

/** The file of each edition and how it is encoded (SOURCE.md: 2025-06 is Windows-1251). */
export const DOU_FILES: Record<DouEdition, { file: string; encoding: string; year: number }> = {
	'2024-12': { file: '2024_dec_raw.csv', encoding: 'utf-8', year: 2024 },
	'2025-06': { file: '2025_june_raw.csv', encoding: 'windows-1251', year: 2025 }
};

export interface DouCatalogs {
	employment: Map<string, Placement>;
	/** Keyed `category|<value>` or `position|<value>`. */
	scope: Map<string, Placement>;
	titles: Map<string, Placement>;
	kinds: Map<string, Placement>;
}

/** Skip readings are made once per reason: a file skips thousands of rows for a few reasons. */
function skipCache() {
	const made = new Map<string, SkippedRow>();
	return (reason: string) => {
		let skip = made.get(reason);
		if (!skip) made.set(reason, (skip = new SkippedRow(reason)));
		return skip;
	};
}

/** Where a respondent lives: in Ukraine → Europe (as data/regions.md counts Ukraine); abroad, the country is not asked. */
const IN_UKRAINE = 'В Україні';

/**
 * The row reader of one edition, made from its header (refused if the columns are not where
 * SOURCE.md says).
 *
 *     createDouReader('2024-12', catalogs)(header)(row) → PayRecord | SkippedRow | RejectedCell
 */
export function createDouReader(edition: DouEdition, catalogs: DouCatalogs) {
	const { width, columns } = COLUMNS[edition];
	const year = DOU_FILES[edition].year;
	return (header: string[]) => {
		if (header.length !== width)
			throw new HeaderError(
				`DOU ${edition}: the header has ${header.length} columns, not ${width}`
			);
		for (const [name, { at, header: start }] of Object.entries(columns))
			if (!header[at]!.trim().startsWith(start))
				throw new HeaderError(
					`DOU ${edition}: column ${at + 1} should be the ${name} ("${start}…"), found "${header[at]!.slice(0, 60)}"`
				);
		const at = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v.at])) as Record<
			DouColumn,
			number
		>;
		const skip = skipCache();
		return (cells: string[]): SourceReading => {
			const employment = cells[at.employment]!.trim();
			const work = catalogs.employment.get(employment);
			if (!work)
				return skip(`employment "${employment.slice(0, 80)}" is not in dou-employment.csv`);
			if (work.skip) return skip(`employment: ${work.reason}`);

			const category = cells[at.category]!.trim();
			const position = cells[at.position]!.trim();
			const scope =
				catalogs.scope.get(`position|${position}`) ?? catalogs.scope.get(`category|${category}`);
			if (!scope || scope.skip)
				return skip(
					`category "${category.slice(0, 60)}" is not software engineering or its management`
				);

			const title = cells[at.title]!.trim();
			const rung = catalogs.titles.get(title);
			if (!rung) return skip(`title "${title.slice(0, 60)}" is not in dou-titles.csv`);
			if (rung.skip) return skip(`title "${title}": ${rung.reason}`);
			const managerPosition = catalogs.scope.has(`position|${position}`);
			if (managerPosition && rung.track !== 'em')
				return skip('an IC title on an Engineering Manager position: the track is not clear');

			const kindValue = cells[at.kind]!.trim();
			const kind = catalogs.kinds.get(kindValue);
			if (!kind)
				return skip(`company kind "${kindValue.slice(0, 60)}" is not in dou-company-kinds.csv`);
			if (kind.skip) return skip(`company kind: ${kind.reason}`);

			const rawPay = cells[at.pay]!;
			const pay = readMoney(rawPay);
			if (pay instanceof Refusal) return new RejectedCell('pay', rawPay, pay.reason);
			if (pay === null) return new RejectedCell('pay', rawPay, 'no pay given');
			if (pay === 0) return new RejectedCell('pay', rawPay, 'net pay of 0 a month is not a salary');
			const years = readCount(cells[at.years]!);

			const record: PayRecord = {
				company: '',
				companyType: kind.companyType!,
				track: rung.track!,
				companyLevel: title,
				stdLevel: rung.stdLevel!,
				levelSource: 'catalog',
				location: cells[at.residence]!.trim() === IN_UKRAINE ? 'Ukraine' : '',
				yearsExperience: years instanceof Refusal ? null : years,
				base: pay,
				stock: null,
				bonus: null,
				total: pay,
				currency: 'USD',
				year
			};
			return record;
		};
	};
}
