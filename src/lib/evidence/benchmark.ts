/**
 * The BLS OEWS benchmark beside the level-matched premium claims. OEWS is occupation-wide: every
 * US employer, no levels, base wages only. Its managers-over-developers premium sets every manager
 * against every developer, juniors included, so it answers a different question from a premium
 * at the same level; it stands beside those claims and decides none of them. Pure: no DOM.
 */
import { formatPercent } from '$lib/format.ts';

/** The part of data/bundled/bls-oews.json the benchmark reads: managers' median over developers'. */
export interface OewsPremiums {
	years: readonly { year: number; premium: number }[];
}

/** Claims about the size of the manager premium at the same level, where the benchmark belongs. */
export const PREMIUM_CLAIMS: readonly string[] = ['parity-ideal', 'premium-smaller'];

export function isPremiumClaim(claimId: string): boolean {
	return PREMIUM_CLAIMS.includes(claimId);
}

/** Whole percent without a sign, e.g. 0.2864 → '29%'. */
const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The benchmark's range and latest year in words.
 *
 *     describeOews(oews) → "managers' median wage 29% above developers' (May 2024; 28–32% in May 2021–2024)"
 */
export function describeOews(oews: OewsPremiums): string {
	const years = [...oews.years].sort((a, b) => a.year - b.year);
	const latest = years.at(-1);
	if (!latest) return 'no OEWS years';
	const premiums = years.map((y) => y.premium);
	const low = Math.min(...premiums);
	const high = Math.max(...premiums);
	const [lo, hi] = [Math.round(low * 100), Math.round(high * 100)];
	const range = lo === hi ? `${lo}%` : `${lo}–${hi}%`;
	return (
		`managers' median wage ${percent(latest.premium)} above developers' ` +
		`(May ${latest.year}; ${range} in May ${years[0]!.year}–${latest.year})`
	);
}

/**
 * What the difference between the occupation-wide figure and the level-matched ones means, in
 * plain words, given the level-matched typical premiums (one per source or card) and, for one,
 * what it is the median of, as two cards' figures differ by how they group reports.
 *
 *     explainBenchmark(oews, [0.03, 0.12]) → 'Across all US employers, managers’ median wage is … Level-matched, the typical premium here is +3% to +12%. …'
 */
export function explainBenchmark(
	oews: OewsPremiums,
	levelMatched: readonly number[],
	what?: string
): string {
	const occupationWide = `Across all US employers (BLS OEWS, base wages), ${describeOews(oews)}.`;
	const finite = levelMatched.filter(Number.isFinite);
	const matched =
		finite.length === 0
			? ''
			: finite.length === 1
				? ` Level-matched${what ? ` (${what})` : ''}, the typical premium here is ${formatPercent(finite[0]!)}.`
				: ` Level-matched, the typical premium runs from ${formatPercent(Math.min(...finite))}` +
					` to ${formatPercent(Math.max(...finite))} across the sources that measure it.`;
	return (
		occupationWide +
		matched +
		' The occupation-wide figure sets every manager against every developer, entry and mid' +
		' levels included; the level-matched one sets managers against engineers of their own level.' +
		' A premium across occupations is not a premium at the same level, so the benchmark decides' +
		' no verdict.'
	);
}
