/**
 * Sentences computed from bands, for chart titles and screen-reader summaries.
 */
import { toGap } from './bootstrap.ts';
import type { Band, StdLevel } from './domain.ts';
import { toTrackLevelKey } from './group.ts';

/**
 * A headline compares the tracks only where both are well measured: from level 5, where the
 * manager ladder starts (the essays' common scale), and with at least this many reports a side.
 * Twenty reports put a median within roughly ±20% of the middle half's width; fewer let one odd
 * group (the 13 EM reports at level 4) write the headline.
 */
export const HEADLINE_MIN_N = 20;
export const HEADLINE_FROM_LEVEL = 5;

export interface LevelGap {
	stdLevel: StdLevel;
	/** toGap(EM median, IC median): the manager premium. */
	gap: number;
	icN: number;
	emN: number;
}

/**
 * The EM premium over IC at each level where both tracks have at least `minN` reports.
 *
 *     levelGaps([ic5 p50 200k, em5 p50 220k]) → [{ stdLevel: 5, gap: 0.1, icN, emN }]
 */
export function levelGaps(bands: readonly Band[], minN: number, fromLevel = 3): LevelGap[] {
	const gaps: LevelGap[] = [];
	const byKey = new Map(bands.map((band) => [toTrackLevelKey(band.track, band.stdLevel), band]));
	for (const ic of bands) {
		if (ic.track !== 'ic' || ic.n < minN || ic.stdLevel < fromLevel) continue;
		const em = byKey.get(toTrackLevelKey('em', ic.stdLevel));
		if (!em || em.n < minN) continue;
		gaps.push({ stdLevel: ic.stdLevel, gap: toGap(em.p50, ic.p50), icN: ic.n, emN: em.n });
	}
	return gaps.sort((a, b) => a.stdLevel - b.stdLevel);
}

const percent = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(Math.round(x * 100))}%`;

/**
 * One sentence on how the two tracks' medians compare, level by level; `pay` names the pay
 * component the bands are of ('pay' for total pay, 'bonus', …).
 *
 *     ladderHeadline(bands, 'at big tech')
 *       → 'At levels 5–8 at big tech, managers’ median ${pay} ranges from 2% below to 9% above ICs’.'
 */
export function ladderHeadline(
	bands: readonly Band[],
	where: string,
	{ minN = HEADLINE_MIN_N, fromLevel = HEADLINE_FROM_LEVEL, pay = 'pay' } = {}
): string {
	// None at all, as for a company type the source does not have (levels.fyi has no young
	// startups): saying "too few" would suggest some.
	if (bands.every((band) => band.n === 0)) return `No reports ${where} in this data.`;
	const gaps = levelGaps(bands, minN, fromLevel);
	if (gaps.length === 0)
		return `Too few reports ${where} to compare the two tracks at any level from ${fromLevel} up (${minN} a side needed).`;
	const first = gaps[0]!;
	const last = gaps[gaps.length - 1]!;
	if (gaps.length === 1) {
		const dir = first.gap >= 0 ? 'more' : 'less';
		return `At level ${first.stdLevel} ${where}, managers’ median ${pay} is ${Math.abs(Math.round(first.gap * 100))}% ${dir} than ICs’.`;
	}
	const values = gaps.map((g) => g.gap);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const span = `levels ${first.stdLevel}–${last.stdLevel}`;
	if (lo >= 0)
		return `At ${span} ${where}, managers’ median ${pay} is ${percent(lo)} to ${percent(hi)} above ICs’.`;
	if (hi <= 0)
		return `At ${span} ${where}, managers’ median ${pay} is ${percent(hi)} to ${percent(lo)} below ICs’.`;
	const pct = (x: number) => `${Math.abs(Math.round(x * 100))}%`;
	return `At ${span} ${where}, managers’ median ${pay} ranges from ${pct(lo)} below to ${pct(hi)} above ICs’.`;
}

/** One company type's (or company's) EM premium at one level, for comparisons across groups. */
export interface GroupGap {
	/** How the group reads in a sentence, e.g. "big tech". */
	name: string;
	stdLevel: StdLevel;
	gap: number;
	/** True when the group has too few reports to headline. */
	lowN: boolean;
}

/**
 * One sentence comparing the EM premium across groups at one level: the level with the most
 * well-measured groups (ties: the higher level, where the ladders diverge). `pay` names the pay
 * component when it is not total pay ('bonus', 'base salary'), and `where` the filters other
 * than the groups themselves (' in New York'), so the sentence is about what the chart draws.
 *
 *     acrossHeadline(gaps) → 'At level 6, managers earn 2% less than ICs at finance companies, and 15% more than ICs at startups.'
 *     acrossHeadline(gaps, { pay: 'bonus' }) → 'At level 6, managers’ median bonus is 2% less than ICs’ at finance companies, and …'
 */
export function acrossHeadline(
	gaps: readonly GroupGap[],
	{ fromLevel = HEADLINE_FROM_LEVEL, pay = 'pay', where = '' } = {}
): string {
	const usable = gaps.filter((g) => !g.lowN && g.stdLevel >= fromLevel);
	if (usable.length === 0)
		return `Too few reports${where} under these filters to compare the two tracks across groups.`;
	const perLevel = new Map<StdLevel, GroupGap[]>();
	for (const g of usable) perLevel.set(g.stdLevel, [...(perLevel.get(g.stdLevel) ?? []), g]);
	const [level, group] = [...perLevel].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0]!;
	const sorted = [...group].sort((a, b) => a.gap - b.gap);
	// Total pay reads as what managers earn; a component names itself and compares medians.
	const total = pay === 'pay';
	const lead = total ? 'managers earn' : `managers’ median ${pay} is`;
	const phrase = (g: GroupGap) =>
		`${Math.abs(Math.round(g.gap * 100))}% ${g.gap >= 0 ? 'more' : 'less'} than ${total ? 'ICs' : 'ICs’'} at ${g.name}`;
	if (sorted.length === 1) return `At level ${level}${where}, ${lead} ${phrase(sorted[0]!)}.`;
	const lo = sorted[0]!;
	const hi = sorted[sorted.length - 1]!;
	return `At level ${level}${where}, ${lead} ${phrase(lo)}, and ${phrase(hi)}.`;
}
