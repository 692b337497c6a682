/**
 * Privacy folding of pay cells: no published cell describes fewer than `minN` reports, and what
 * the claims compare survives whole. Pure TypeScript: no DOM, no Svelte.
 *
 * A report's cell has an identity the claims read (company, company type, track, common level,
 * how the level was placed, and experience band) and finer details no claim reads (report year,
 * region). The claims read three groupings of the identity: a company's reports at a track and
 * level (same-neighborhood, fork-at-five), a company type's reports at a track and level (most
 * claims), and a company type's reports on a track in a years band (premium-smaller's
 * same-experience reading), each with or without the fallback-placed reports. Folding gives up
 * what the fewest of those read, one report at a time:
 * 1. A company with fewer than `minN` reports on one track at one level loses its name there:
 *    "other companies of this type". Type, track, level, placement and years band stay.
 * 2. Inside a named group, reports whose placement and years band together are under the floor
 *    have their years band withheld (the company's figures stay whole; only the same-experience
 *    reading loses them), taking in as few of the company's other reports as the floor needs. A
 *    group under SMALL_GROUP, which no claim compares on its own, and a placement with too few
 *    reports in the group to make a cell at all, give up the company name instead, so every count
 *    by type, placement and years band stays whole.
 * 3. Among a type's unnamed reports at one track, level and placement, a years band under the
 *    floor is withheld, taking in as few of the same slot's reports as needed: unnamed ones
 *    first, else the largest named company's, which lose their name. A type with too few reports
 *    there even so is counted with the unclassified companies of its level (figures over all
 *    types stay whole), and what is under the floor even then is left out.
 * 4. Last, inside each identity, cells under the floor have their report year, then their region
 *    withheld; an identity's last cell (both withheld) under the floor takes in its smallest
 *    other cells. Only the drivers claim reads region, as one factor of the spread of pay.
 * Every step counts the reports it touched.
 */
import type { CellKey } from './cells.ts';

/** One detail that can be withheld from a cell key, and what withholding it means. */
export interface FoldStep {
	/** Said in data/SOURCES.md, e.g. 'region withheld'. */
	name: string;
	withhold(key: Required<CellKey>): Required<CellKey>;
}

/** The details no claim compares on, withheld in this order (the least used first). */
export const DETAIL_STEPS: readonly FoldStep[] = [
	{ name: 'report year withheld', withhold: (k) => ({ ...k, year: 0 }) },
	{ name: 'region withheld', withhold: (k) => ({ ...k, region: 'withheld' }) }
];

export interface FoldResult<T> {
	/** Each published item's cell key; items left out are not in it. */
	keys: Map<T, Required<CellKey>>;
	/** Reports touched by each step, in order. */
	steps: { step: string; count: number }[];
	/** Items left out because their unnamed group is under the floor. */
	suppressed: T[];
}

/**
 * A named group smaller than this gives up its name rather than a detail: no claim compares a
 * company at a level on fewer reports (thresholds.ts MIN_N_PER_SIDE is 10).
 */
const SMALL_GROUP = 10;

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
 * Reports to bring `short` (fewer than minN) up to the floor, from `others` (lists of reports
 * sharing a cell): `need` of the largest list that keeps minN after giving them, else whole lists,
 * smallest first. Empty when all of `others` together are not enough.
 */
function takeToFloor<T>(short: number, others: Entry<T>[][], minN: number): Entry<T>[] {
	const need = minN - short;
	if (need <= 0) return [];
	const lists = others.filter((list) => list.length > 0);
	const spare = lists
		.filter((list) => list.length - need >= minN)
		.sort((x, y) => y.length - x.length)[0];
	if (spare) return spare.slice(0, need);
	const taken: Entry<T>[] = [];
	for (const list of [...lists].sort((x, y) => x.length - y.length)) {
		if (short + taken.length >= minN) break;
		taken.push(...list);
	}
	return short + taken.length >= minN ? taken : [];
}

/**
 * Folds items' cell keys until every cell holds at least `minN` of them (see the module comment).
 *
 *     foldForPrivacy(records, (r) => ({ company: r.company, …, placement: toPlacement(r.levelSource) }), 3)
 *       → { keys: Map { record → { company: 'Google', …, year: 0 } }, steps: [{ step: 'company → …', count: 2473 }, …], suppressed: [] }
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
	const companyLevel = (k: Required<CellKey>) =>
		`${k.company}\u0000${k.companyType}\u0000${k.track}\u0000${k.stdLevel}`;
	const steps: { step: string; count: number }[] = [];
	const unname = (list: Entry<T>[]) => {
		for (const entry of list) entry.key = { ...entry.key, company: '' };
		return list.length;
	};
	const withholdYoe = (list: Entry<T>[]) => {
		for (const entry of list) entry.key = { ...entry.key, yoe: -1 };
		return list.length;
	};

	// 1. Company names of groups (one company's reports on one track at one level) under the floor.
	let unnamed = 0;
	for (const group of groupBy(entries, companyLevel).values())
		if (group[0]!.key.company !== '' && group.length < minN) unnamed += unname(group);
	steps.push({ step: 'company → other companies of this type', count: unnamed });

	// The company groups a claim compares: groups of SMALL_GROUP or more reports whose other track
	// at that company and level has as many (same-neighborhood), or whose company has SMALL_GROUP
	// or more managers at some level (fork-at-five counts its reports at every level).
	const sizes = new Map<string, number>();
	for (const { key } of entries)
		if (key.company !== '') sizes.set(companyLevel(key), (sizes.get(companyLevel(key)) ?? 0) + 1);
	const forkCompanies = new Set<string>();
	for (const [id, n] of sizes) {
		const [company, , track] = id.split('\u0000');
		if (track === 'em' && n >= SMALL_GROUP) forkCompanies.add(company!);
	}
	const isCompared = (k: Required<CellKey>) => {
		if ((sizes.get(companyLevel(k)) ?? 0) < SMALL_GROUP) return false;
		const other = companyLevel({ ...k, track: k.track === 'ic' ? 'em' : 'ic' });
		return forkCompanies.has(k.company) || (sizes.get(other) ?? 0) >= SMALL_GROUP;
	};

	// 2. Inside each named group, (placement, years band) cells under the floor: in a compared
	// group their years band is withheld (with as few of the company's other reports as the floor
	// needs); in any other group, or where a placement has too few reports in the group to make a
	// cell at all, they give up the company name and keep their years band.
	let unnamedSmall = 0;
	let yoeNamed = 0;
	for (const group of groupBy(
		entries.filter((e) => e.key.company !== ''),
		companyLevel
	).values()) {
		const cells = groupBy(group, identityId);
		const small = [...cells.values()].filter((list) => list.length < minN);
		if (small.length === 0) continue;
		if (!isCompared(group[0]!.key)) {
			unnamedSmall += unname(small.flat());
			continue;
		}
		for (const placement of new Set(small.map((list) => list[0]!.key.placement))) {
			const short = small.filter((list) => list[0]!.key.placement === placement).flat();
			const others = [...cells.values()].filter(
				(list) => list[0]!.key.placement === placement && list.length >= minN
			);
			const taken = takeToFloor(short.length, others, minN);
			if (short.length + taken.length >= minN) yoeNamed += withholdYoe([...short, ...taken]);
			else unnamedSmall += unname(short);
		}
	}
	steps.push({
		step: 'company → other companies of this type, for a placement or years band under the floor',
		count: unnamedSmall
	});

	// 3. Unnamed reports per (type, track, level, placement): years bands under the floor. The
	// unclassified slots come last, as they take in what a classified type cannot complete.
	const slotOf = (k: Required<CellKey>) =>
		`${k.companyType}\u0000${k.track}\u0000${k.stdLevel}\u0000${k.placement}`;
	const named = groupBy(
		entries.filter((e) => e.key.company !== ''),
		slotOf
	);
	let yoeUnnamed = 0;
	let pooled = 0;
	let retyped = 0;
	const suppressed = new Set<Entry<T>>();
	for (const pass of ['classified', 'unclassified'] as const) {
		const slots = groupBy(
			entries.filter((e) => e.key.company === '' && !suppressed.has(e)),
			slotOf
		);
		for (const [slotId, slot] of slots) {
			if ((slot[0]!.key.companyType === 'unclassified') !== (pass === 'unclassified')) continue;
			const cells = [...groupBy(slot, identityId).values()];
			const short = cells.filter((list) => list.length < minN).flat();
			if (short.length === 0) continue;
			let taken = takeToFloor(
				short.length,
				cells.filter((list) => list.length >= minN),
				minN
			);
			if (short.length + taken.length < minN) {
				// Else a named company of the slot gives the few reports needed: one that can spare
				// them from a cell, or else whole cells of a group no claim compares.
				const companyCells = [...groupBy(named.get(slotId) ?? [], identityId).values()].filter(
					(list) => list[0]!.key.company !== ''
				);
				taken = takeToFloor(
					short.length,
					companyCells.filter((list) => list.length >= minN),
					minN
				);
				if (taken.length === 0 || taken.length >= minN)
					taken = takeToFloor(
						short.length,
						companyCells.filter((list) => !isCompared(list[0]!.key)),
						minN
					);
				pooled += unname(taken);
			}
			if (short.length + taken.length >= minN) {
				yoeUnnamed += withholdYoe([...short, ...taken]);
				continue;
			}
			if (pass === 'classified') {
				for (const entry of short) entry.key = { ...entry.key, companyType: 'unclassified' };
				retyped += short.length;
			} else for (const entry of short) suppressed.add(entry);
		}
	}
	steps.push({ step: 'years band withheld', count: yoeNamed + yoeUnnamed });
	steps.push({ step: 'company withheld to complete a company type at a level', count: pooled });
	steps.push({ step: 'company type withheld (counted as unclassified)', count: retyped });

	// 4. Report year, then region, of cells under the floor, one at a time.
	const published = entries.filter((e) => !suppressed.has(e));
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
	// An identity's last cell (every detail withheld) under the floor takes in its smallest others.
	let filled = 0;
	for (const group of groupBy(published, identityId).values()) {
		const cells = groupBy(group, idOf);
		const lastId = identityId(group[0]!.key);
		let last = cells.get(lastId)?.length ?? 0;
		if (last === 0 || last >= minN) continue;
		const others = [...cells.entries()]
			.filter(([id]) => id !== lastId)
			.sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : 1));
		for (const [, list] of others) {
			if (last >= minN) break;
			for (const entry of list) entry.key = identity(entry.key);
			last += list.length;
			filled += list.length;
		}
	}
	steps.push({ step: 'year and region withheld to complete a cell', count: filled });

	const keys = new Map<T, Required<CellKey>>();
	for (const entry of published) keys.set(entry.item, entry.key);
	return { keys, steps, suppressed: [...suppressed].map((e) => e.item) };
}
