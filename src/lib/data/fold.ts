/**
 * Privacy folding of pay cells: no published cell describes fewer than `minN` reports, and as many
 * reports as possible keep their company's name. Pure TypeScript: no DOM, no Svelte.
 *
 * The published cells serve the explorer (a company's ladder, a region, a year, a years band); the
 * claims are not evaluated on them but on the unfolded cells, when the data is built
 * (claims/precomputed.ts). So folding gives up details before names:
 * 1. A company with fewer than `minN` reports on a track at a level, which no withheld detail can
 *    lift to the floor, loses its name there: "other companies of this type". Then a type with
 *    fewer than `minN` unnamed reports at a track and level is counted with that level's
 *    unclassified companies (figures over all types stay whole), and what is under the floor even
 *    then is left out.
 * 2. Cell by cell, a cell under the floor has its experience band withheld, then its report year,
 *    then its region.
 * 3. A group's last cell (its company, type, track, level and placement, every detail withheld)
 *    still under the floor takes in the group's smallest other cells.
 * 4. A placement with too few reports at a company's track and level to make a cell at all has its
 *    placement withheld, taking in as few of the company's other reports there as the floor needs.
 * Every step counts the reports it touched.
 */
import type { CellKey } from './cells.ts';

/** One detail that can be withheld from a cell key, and what withholding it means. */
export interface FoldStep {
	/** Said in data/SOURCES.md, e.g. 'region withheld'. */
	name: string;
	withhold(key: Required<CellKey>): Required<CellKey>;
}

/**
 * The details withheld cell by cell, in this order, before any name goes. The experience band
 * goes last: the explorer's experience filter and /me's same-experience figures read it, while a
 * withheld year still gets today's dollars (at the dated reports' average factor) and region
 * matters less than either inside one company. Withheld first, the band left 17,603 of 44,791
 * levels.fyi reports out of every experience filter; last, 564.
 */
export const DETAIL_STEPS: readonly FoldStep[] = [
	{ name: 'report year withheld', withhold: (k) => ({ ...k, year: 0 }) },
	{ name: 'region withheld', withhold: (k) => ({ ...k, region: 'withheld' }) },
	{ name: 'experience band withheld', withhold: (k) => ({ ...k, yoe: -1 }) }
];

export interface FoldResult<T> {
	/** Each published item's cell key; items left out are not in it. */
	keys: Map<T, Required<CellKey>>;
	/** Reports touched by each step, in order. */
	steps: { step: string; count: number }[];
	/** Items left out because their unnamed group is under the floor. */
	suppressed: T[];
}

interface Entry<T> {
	item: T;
	key: Required<CellKey>;
}

function idOf(k: Required<CellKey>): string {
	return `${k.company}\u0000${k.companyType}\u0000${k.track}\u0000${k.stdLevel}\u0000${k.placement}\u0000${k.region}\u0000${k.year}\u0000${k.yoe}`;
}

/** Entries grouped by an id, groups in the order first seen. */
function groupBy<T>(entries: Iterable<Entry<T>>, id: (k: Required<CellKey>) => string) {
	const groups = new Map<string, Entry<T>[]>();
	for (const entry of entries) {
		const key = id(entry.key);
		const list = groups.get(key);
		if (list) list.push(entry);
		else groups.set(key, [entry]);
	}
	return groups;
}

/**
 * Reports of `others` (lists of reports sharing a cell) taken into a cell of `have` reports until
 * it reaches the floor, each given `key`: the few needed from the largest cell that keeps the
 * floor after giving them, else whole cells, smallest first. Returns how many were taken.
 */
function takeInto<T>(
	have: number,
	others: Entry<T>[][],
	key: Required<CellKey>,
	minN: number
): number {
	const need = minN - have;
	if (need <= 0) return 0;
	const spare = others
		.filter((list) => list.length - need >= minN)
		.sort((x, y) => y.length - x.length)[0];
	const taken = spare
		? spare.slice(0, need)
		: [...others]
				.sort((x, y) => x.length - y.length || (idOf(x[0]!.key) < idOf(y[0]!.key) ? -1 : 1))
				.reduce<Entry<T>[]>(
					(all, list) => (have + all.length >= minN ? all : [...all, ...list]),
					[]
				);
	for (const entry of taken) entry.key = { ...key };
	return taken.length;
}

/**
 * Folds items' cell keys until every cell holds at least `minN` of them (see the module comment).
 *
 *     foldForPrivacy(records, (r) => ({ company: r.company, …, placement: toPlacement(r.levelSource) }), 3)
 *       → { keys: Map { record → { company: 'Google', …, yoe: -1 } }, steps: [{ step: 'company → …', count: 941 }, …], suppressed: [] }
 */
export function foldForPrivacy<T>(
	items: readonly T[],
	keyOf: (item: T) => Required<CellKey>,
	minN: number,
	details: readonly FoldStep[] = DETAIL_STEPS
): FoldResult<T> {
	const entries: Entry<T>[] = items.map((item) => ({ item, key: keyOf(item) }));
	const identity = (k: Required<CellKey>) => details.reduce((key, d) => d.withhold(key), k);
	const identityId = (k: Required<CellKey>) => idOf(identity(k));
	const groupOf = (k: Required<CellKey>) =>
		`${k.company}\u0000${k.companyType}\u0000${k.track}\u0000${k.stdLevel}`;
	const steps: { step: string; count: number }[] = [];

	// 1. Names, types and reports that no withheld detail can lift to the floor: a company group
	// (one company's reports on a track at a level) under it loses its name; a type's unnamed
	// reports at a track and level under it are counted as unclassified; unclassified unnamed
	// reports under it are left out.
	let unnamed = 0;
	for (const group of groupBy(entries, groupOf).values())
		if (group[0]!.key.company !== '' && group.length < minN)
			for (const entry of group) {
				entry.key = { ...entry.key, company: '' };
				unnamed++;
			}
	steps.push({ step: 'company → other companies of this type', count: unnamed });
	let retyped = 0;
	for (const group of groupBy(entries, groupOf).values())
		if (group[0]!.key.company === '' && group[0]!.key.companyType !== 'unclassified')
			if (group.length < minN)
				for (const entry of group) {
					entry.key = { ...entry.key, companyType: 'unclassified' };
					retyped++;
				}
	steps.push({ step: 'company type withheld (counted as unclassified)', count: retyped });
	const suppressed = new Set<Entry<T>>();
	for (const group of groupBy(entries, groupOf).values())
		if (group.length < minN) for (const entry of group) suppressed.add(entry);
	const published = entries.filter((e) => !suppressed.has(e));

	// 2. Experience band, report year and region of cells under the floor, one at a time.
	for (const detail of details) {
		let count = 0;
		for (const cell of groupBy(published, idOf).values()) {
			if (cell.length >= minN) continue;
			for (const entry of cell) {
				const next = detail.withhold(entry.key);
				if (idOf(next) !== idOf(entry.key)) count++;
				entry.key = next;
			}
		}
		steps.push({ step: detail.name, count });
	}

	// 3. A group's last cell (every detail withheld) under the floor takes in its smallest others.
	let filled = 0;
	for (const group of groupBy(published, identityId).values()) {
		const last = identity(group[0]!.key);
		const cells = groupBy(group, idOf);
		const have = cells.get(idOf(last))?.length ?? 0;
		if (have === 0 || have >= minN) continue;
		const others = [...cells.entries()].filter(([id]) => id !== idOf(last)).map(([, l]) => l);
		filled += takeInto(have, others, last, minN);
	}
	steps.push({ step: 'details withheld to complete a cell', count: filled });

	// 4. A placement under the floor at a company's track and level (its last cell could not fill
	// up) has its placement withheld, and that cell takes in the group's smallest others.
	let placementWithheld = 0;
	for (const group of groupBy(published, groupOf).values()) {
		const short = [...groupBy(group, identityId).values()].filter((list) => list.length < minN);
		if (short.length === 0) continue;
		const withheld = identity({ ...group[0]!.key, placement: 'withheld' });
		for (const entry of short.flat()) entry.key = { ...withheld };
		const cells = groupBy(group, idOf);
		const have = cells.get(idOf(withheld))!.length;
		const others = [...cells.entries()].filter(([id]) => id !== idOf(withheld)).map(([, l]) => l);
		placementWithheld += short.flat().length + takeInto(have, others, withheld, minN);
	}
	steps.push({ step: 'level placement withheld', count: placementWithheld });

	const keys = new Map<T, Required<CellKey>>();
	for (const entry of published) keys.set(entry.item, entry.key);
	return { keys, steps, suppressed: [...suppressed].map((e) => e.item) };
}
