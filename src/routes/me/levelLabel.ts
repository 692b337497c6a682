/**
 * /me's lookup of a company's own level label in the level catalog. The exact label first (as the
 * ingest reads it); when the catalog does not list it, a folded spelling, so "Senior Software
 * Engineer" finds the catalog's "Senior SWE" and "SDE 2" its "SDE II". Only /me folds: the ingest
 * keeps exact labels, so no bundled report moves. Pure: the form hands in the catalog's rows.
 */
import type { StdLevel, Track } from '$lib/data/domain';
import { toLevelKey, type LevelEntry } from '$lib/data/levels';

/** Spelled-out titles and the abbreviations the catalog writes, longest first. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
	[/\bsoftware development engineer\b/g, 'sde'],
	[/\bsoftware development manager\b/g, 'sdm'],
	[/\bsoftware engineer\b/g, 'swe'],
	[/\bengineering manager\b/g, 'em']
];

/** Roman steps as whole words: a title's step is written either way (II ↔ 2). */
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6' };

/**
 * A label folded for /me's second try: the catalog's key (case, spaces), titles abbreviated,
 * roman steps as numbers, and a step run into its title split off ("swe2" → "swe 2").
 *
 *     foldLevelLabel('Senior Software Engineer') → 'senior swe'
 *     foldLevelLabel('SDE II') → 'sde 2'      foldLevelLabel('Swe2') → 'swe 2'
 */
export function foldLevelLabel(label: string): string {
	let key = toLevelKey(label);
	for (const [pattern, short] of ABBREVIATIONS) key = key.replace(pattern, short);
	key = key.replace(/([a-z])(\d)/g, '$1 $2');
	return key
		.split(' ')
		.map((word) => ROMAN[word] ?? word)
		.join(' ');
}

/** What /me found for a typed label: the common level and the catalog label that gave it. */
export type LabelMatch =
	{ stdLevel: StdLevel; catalogLabel: string; exact: boolean } | { ambiguous: readonly string[] };

/**
 * The catalog row for a company's label on a track: the exact label when the catalog lists it,
 * else the one label whose folded spelling matches; when folded labels of that company disagree
 * on the level, the candidates (and no level); undefined when nothing matches.
 *
 *     findLevelLabel(entries, 'twitter', 'Senior Software Engineer', 'ic')
 *       → { stdLevel: 5, catalogLabel: 'Senior SWE', exact: false }
 */
export function findLevelLabel(
	entries: readonly LevelEntry[],
	companyKey: string,
	label: string,
	track: Track
): LabelMatch | undefined {
	const rows = entries.filter(
		(e) => e.companyKey === companyKey && (e.track === track || e.track === 'any')
	);
	const key = toLevelKey(label);
	const exact = rows.find((e) => e.companyLevelKey === key);
	if (exact) return { stdLevel: exact.stdLevel, catalogLabel: exact.companyLevel, exact: true };
	const folded = foldLevelLabel(label);
	const matches = rows.filter((e) => foldLevelLabel(e.companyLevel) === folded);
	if (matches.length === 0) return undefined;
	const levels = new Set(matches.map((e) => e.stdLevel));
	if (levels.size > 1) return { ambiguous: matches.map((e) => e.companyLevel) };
	return { stdLevel: matches[0]!.stdLevel, catalogLabel: matches[0]!.companyLevel, exact: false };
}
