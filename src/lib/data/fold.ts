/**
 * Privacy folding of pay cells: no published cell describes fewer than `minN` reports, and what
 * the claims compare survives whole. Pure TypeScript: no DOM, no Svelte.
 *
 * A report's cell has an identity the claims compare on (company, company type, track, common
 * level, and how the level was placed) and finer details they only filter by (experience band,
 * report year, region). Folding keeps the identity wherever it can:
 * 1. A company with fewer than `minN` reports on one track at one level loses its name there:
 *    "other companies of this type". Inside a named group, a placement with fewer than `minN`
 *    reports is withheld (with as few of the group's other reports as the floor needs); in a
 *    group under SMALL_GROUP, too small for any company comparison, those reports lose the
 *    company name instead, so counts by placement stay whole.
 * 2. An unnamed group under the floor (a type's few reports at one track and level) takes in the
 *    smallest of: a small named group of its slot, the slot's other placement, or, last, just
 *    enough reports of the slot's largest company. What is still under the floor is counted with
 *    the unclassified companies of its level, so figures over all types stay whole.
 * 3. Inside each group, cells under the floor have their finer details withheld one at a time,
 *    in the order given (least used first); a group's last cell (every detail withheld) under the
 *    floor takes in the group's smallest other cells.
 * 4. Whatever is under the floor even then is left out.
 * So a company with SMALL_GROUP or more reports at a level keeps all of them under its name, but
 * for at most minN − 1 taken to complete its type's level, and every type keeps every report at
 * every level where it has `minN` or more. Every step counts the reports it touched.
 */
import type { CellKey } from './cells.ts';

/** One detail that can be withheld from a cell key, and what withholding it means. */
export interface FoldStep {
	/** Said in data/SOURCES.md, e.g. 'experience band withheld'. */
	name: string;
	withhold(key: Required<CellKey>): Required<CellKey>;
}

/** The finer details, withheld in this order: the ones no claim reads first. */
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

/**
 * A named group smaller than this may lose its name to complete its type's level: no claim
 * compares a company at a level on fewer reports (thresholds.ts MIN_N_PER_SIDE is 10), while
 * leaving the few unnamed reports out would move every type- and track-level figure.
 */
const SMALL_GROUP = 10;

function idOf(k: Required<CellKey>): string {
	return `${k.company}\u0000${k.companyType}\u0000${k.track}\u0000${k.stdLevel}\u0000${k.placement}\u0000${k.region}\u0000${k.year}\u0000${k.yoe}`;
}

/**
 * Folds items' cell keys until every cell holds at least `minN` of them (see the module comment).
 *
 *     foldForPrivacy(records, (r) => ({ company: r.company, …, placement: toPlacement(r.levelSource) }), 3)
 *       → { keys: Map { record → { company: 'Google', …, yoe: -1 } }, steps: [{ step: 'company → …', count: 5120 }, …], suppressed: [] }
 */
export function foldForPrivacy<T>(
	items: readonly T[],
	keyOf: (item: T) => Required<CellKey>,
	minN: number,
	details: readonly FoldStep[] = DETAIL_STEPS
): FoldResult<T> {
	const identity = (k: Required<CellKey>) => details.reduce((key, d) => d.withhold(key), k);
	const keyed = items.map((item) => ({ item, key: keyOf(item) }));
	const countBy = (id: (k: Required<CellKey>) => string) => {
		const counts = new Map<string, number>();
		for (const { key } of keyed) counts.set(id(key), (counts.get(id(key)) ?? 0) + 1);
		return counts;
	};
	const steps: { step: string; count: number }[] = [];

	// 1. Company names of groups (one company's reports on one track at one level, however
	// placed) under the floor are withheld.
	const companyLevel = (k: Required<CellKey>) => idOf({ ...identity(k), placement: 'withheld' });
	const groups = countBy(companyLevel);
	let unnamed = 0;
	for (const entry of keyed) {
		if (entry.key.company !== '' && groups.get(companyLevel(entry.key))! < minN) {
			entry.key = { ...entry.key, company: '' };
			unnamed++;
		}
	}
	steps.push({ step: 'company → other companies of this type', count: unnamed });

	// 1a. Inside a named group, a placement with fewer than minN reports is withheld; if those
	// are still under the floor, reports of the group's largest placement join them (as many as
	// needed while it keeps minN, else all of it). The group keeps every report under its name.
	// A group too small for any company comparison gives up the company name instead.
	const byCompanyLevel = new Map<string, typeof keyed>();
	for (const entry of keyed) {
		if (entry.key.company === '') continue;
		const id = companyLevel(entry.key);
		const entries = byCompanyLevel.get(id);
		if (entries) entries.push(entry);
		else byCompanyLevel.set(id, [entry]);
	}
	let placementWithheld = 0;
	let unnamedSmall = 0;
	for (const entries of byCompanyLevel.values()) {
		const byPlacement = new Map<string, typeof keyed>();
		for (const entry of entries) {
			const list = byPlacement.get(entry.key.placement);
			if (list) list.push(entry);
			else byPlacement.set(entry.key.placement, [entry]);
		}
		const small = [...byPlacement.values()].filter((list) => list.length < minN).flat();
		if (small.length === 0) continue;
		if (entries.length < SMALL_GROUP) {
			// Too small for any company comparison: the few reports lose their company instead of
			// their placement, so a count by placement stays whole.
			for (const entry of small) entry.key = { ...entry.key, company: '' };
			unnamedSmall += small.length;
			continue;
		}
		const withheld = [...small];
		if (withheld.length < minN) {
			const largest = [...byPlacement.values()]
				.filter((list) => list.length >= minN)
				.sort((x, y) => y.length - x.length)[0];
			if (largest) {
				const need = minN - withheld.length;
				withheld.push(...(largest.length - need >= minN ? largest.slice(0, need) : largest));
			}
		}
		for (const entry of withheld) {
			if (entry.key.placement !== 'withheld') placementWithheld++;
			entry.key = { ...entry.key, placement: 'withheld' };
		}
	}
	steps.push({
		step: 'company → other companies of this type, for a placement under the floor',
		count: unnamedSmall
	});
	steps.push({ step: 'level placement withheld', count: placementWithheld });

	// 1b. An unnamed group under the floor (a company type's few reports at one track and level
	// from its small companies) is completed with whichever is smallest: a named group of the same
	// slot (which loses its name), or the unnamed reports of the slot's other placement (the
	// merged reports' placement is then withheld). So the type's reports at that level stay whole.
	const slotOf = (k: Required<CellKey>) => `${k.companyType}\u0000${k.track}\u0000${k.stdLevel}`;
	const bySlot = new Map<string, Map<string, typeof keyed>>();
	for (const entry of keyed) {
		const slot = slotOf(entry.key);
		let groupsOfSlot = bySlot.get(slot);
		if (!groupsOfSlot) bySlot.set(slot, (groupsOfSlot = new Map()));
		const group = idOf(identity(entry.key));
		const entries = groupsOfSlot.get(group);
		if (entries) entries.push(entry);
		else groupsOfSlot.set(group, [entry]);
	}
	let pooled = 0;
	for (const groupsOfSlot of bySlot.values()) {
		for (const [group, entries] of [...groupsOfSlot]) {
			const unnamedKey = entries[0]?.key;
			if (!unnamedKey || unnamedKey.company !== '' || entries.length === 0) continue;
			if (entries.length >= minN) continue;
			const candidates = [...groupsOfSlot.entries()]
				.filter(([id, members]) => {
					if (id === group || members.length === 0) return false;
					const k = members[0]!.key;
					if (k.company === '') return true;
					return k.placement === unnamedKey.placement && members.length < SMALL_GROUP;
				})
				.sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : 1));
			const merged = [...entries];
			let mixed = false;
			for (const [, members] of candidates) {
				if (merged.length >= minN) break;
				if (members[0]!.key.placement !== unnamedKey.placement) mixed = true;
				pooled += members.length;
				merged.push(...members.splice(0));
			}
			if (merged.length < minN) {
				// Last, just enough reports of the slot's largest named group of the same placement:
				// one company's count moves by one or two, the type's level stays whole.
				const largest = [...groupsOfSlot.values()]
					.filter(
						(m) =>
							m.length > 0 &&
							m[0]!.key.company !== '' &&
							m[0]!.key.placement === unnamedKey.placement
					)
					.sort((x, y) => y.length - x.length)[0];
				const need = minN - merged.length;
				if (largest && largest.length - need >= minN) {
					pooled += need;
					merged.push(...largest.splice(0, need));
				}
			}
			entries.splice(0);
			for (const entry of merged) {
				entry.key = { ...entry.key, company: '', ...(mixed ? { placement: 'withheld' } : {}) };
			}
			// The merged reports now form one group, which later groups of the slot may take in.
			groupsOfSlot.set(`${group}+`, merged);
			if (merged.length < minN) break;
		}
	}
	steps.push({
		step: 'company or placement withheld to complete a company type at a level',
		count: pooled
	});

	// 1c. An unnamed group still under the floor (its type has fewer than minN reports at that
	// track, level and placement) is counted with the unclassified companies of its level, so
	// the level's figures over all types stay whole.
	const groupSizes = countBy((k) => idOf(identity(k)));
	let retyped = 0;
	for (const entry of keyed) {
		const k = entry.key;
		if (k.companyType === 'unclassified' || groupSizes.get(idOf(identity(k)))! >= minN) continue;
		entry.key = { ...k, companyType: 'unclassified' };
		retyped++;
	}
	steps.push({ step: 'company type withheld (counted as unclassified)', count: retyped });

	// 2. Finer details of cells under the floor, one at a time.
	for (const detail of details) {
		const counts = countBy(idOf);
		let count = 0;
		for (const entry of keyed) {
			if (counts.get(idOf(entry.key))! < minN) {
				const next = detail.withhold(entry.key);
				if (idOf(next) !== idOf(entry.key)) count++;
				entry.key = next;
			}
		}
		steps.push({ step: detail.name, count });
	}

	// 3. A group's last cell (every detail withheld) under the floor takes in the group's
	// smallest other cells until it reaches it.
	const counts = countBy(idOf);
	const cellsOfGroup = new Map<string, Map<string, typeof keyed>>();
	for (const entry of keyed) {
		const group = idOf(identity(entry.key));
		let cells = cellsOfGroup.get(group);
		if (!cells) cellsOfGroup.set(group, (cells = new Map()));
		const id = idOf(entry.key);
		const entries = cells.get(id);
		if (entries) entries.push(entry);
		else cells.set(id, [entry]);
	}
	let filled = 0;
	for (const [group, cells] of cellsOfGroup) {
		let last = counts.get(group) ?? 0;
		if (last === 0 || last >= minN) continue;
		const others = [...cells.entries()]
			.filter(([id]) => id !== group)
			.sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : 1));
		for (const [, entries] of others) {
			if (last >= minN) break;
			for (const entry of entries) entry.key = identity(entry.key);
			last += entries.length;
			filled += entries.length;
		}
	}
	steps.push({ step: 'every detail withheld to complete a company-level cell', count: filled });

	// 4. What is under the floor even now is left out.
	const final = countBy(idOf);
	const keys = new Map<T, Required<CellKey>>();
	const suppressed: T[] = [];
	for (const { item, key } of keyed) {
		if (final.get(idOf(key))! >= minN) keys.set(item, key);
		else suppressed.push(item);
	}
	return { keys, steps, suppressed };
}
