/**
 * The one grouping transform of the explorer's numbers, as Observable Plot has one `group`
 * transform: the items a test selects (pay cells, in practice) → one reduced value per
 * (group, track, common level). Every view's figures start here: the ladder groups by (track,
 * level) alone, company types and company ladders add a group per type or company, the parity
 * gap reads both tracks of a level, and the distribution one level's two tracks.
 *
 * It knows nothing of histograms: the caller passes a reducer (cells.ts has the usual ones), so
 * this module imports only the domain's types and every data module can use it.
 */
import type { StdLevel, Track } from './domain.ts';

/**
 * One (track, common level) as a number: IC levels 3–9 are 3–9, EM levels 103–109. A filter
 * change groups thousands of cells, and a number key builds no string for each. The brand keeps
 * a plain number (a level, a count) from being used as a key by mistake.
 */
export type TrackLevelKey = number & { readonly __brand: 'TrackLevelKey' };

/**
 * The key of one track at one level.
 *
 *     toTrackLevelKey('ic', 5) → 5      toTrackLevelKey('em', 6) → 106
 */
export function toTrackLevelKey(track: Track, stdLevel: StdLevel): TrackLevelKey {
	return ((track === 'ic' ? 0 : 100) + stdLevel) as TrackLevelKey;
}

/**
 * The track and level a key names.
 *
 *     fromTrackLevelKey(106) → { track: 'em', stdLevel: 6 }
 */
export function fromTrackLevelKey(key: TrackLevelKey): { track: Track; stdLevel: StdLevel } {
	return key >= 100
		? { track: 'em', stdLevel: (key - 100) as StdLevel }
		: { track: 'ic', stdLevel: key as StdLevel };
}

/** How a group's items are summed up: a fresh value from the group's first item, then each add. */
export interface Reducer<T, S> {
	create(first: T): S;
	add(sum: S, item: T): void;
}

/** The group of every item when no `by` is given. */
export const ALL = 'all';

export interface GroupOptions<T, G, S> {
	/** Which items count; every item when absent. */
	where?: (item: T) => boolean;
	/** The group an item belongs to, or null to leave it out; one group (ALL) when absent. */
	by?: (item: T) => G | null;
	reduce: Reducer<T, S>;
}

/** Reduced values per group, then per (track, level), in the order first seen. */
export type Grouped<G, S> = Map<G, Map<TrackLevelKey, S>>;

/**
 * Items → one reduced value per (group, track, level), in a single pass.
 *
 *     groupByTrackLevel(cells, { where: (c) => c.year === 2020, by: (c) => c.companyType, reduce: SUM_COMPONENTS })
 *       → Map { 'big-tech' → Map { 5 → sums of IC 5, 105 → sums of EM 5, … }, … }
 *     groupByTrackLevel(cells, { reduce: SUM_COMPONENTS }).get(ALL) → Map { 3 → …, 103 → …, … }
 */
export function groupByTrackLevel<
	T extends { track: Track; stdLevel: StdLevel },
	S,
	G = typeof ALL
>(items: readonly T[], { where, by, reduce }: GroupOptions<T, G, S>): Grouped<G, S> {
	const groups: Grouped<G, S> = new Map();
	for (const item of items) {
		if (where && !where(item)) continue;
		const group = by ? by(item) : (ALL as G);
		if (group === null) continue;
		let byTrackLevel = groups.get(group);
		if (!byTrackLevel) groups.set(group, (byTrackLevel = new Map()));
		const key = toTrackLevelKey(item.track, item.stdLevel);
		const sum = byTrackLevel.get(key);
		if (sum === undefined) {
			const created = reduce.create(item);
			reduce.add(created, item);
			byTrackLevel.set(key, created);
		} else reduce.add(sum, item);
	}
	return groups;
}
