/**
 * Download file names, composed in one place: `forkline`, the source when it is not the default
 * one, then what the file shows, each part as lower-case words joined by hyphens. A word already
 * in the name is not written again, so a view and a filter that say the same thing
 * ("company types", "types") read once: `forkline-company-types-total-pay`.
 */
import { toFileWord } from '$lib/format';
import { DEFAULT_SOURCE } from '$lib/state/source';

/** A part of a file name; empty, null, undefined and false parts are left out. */
export type FileNamePart = string | number | null | undefined | false;

/**
 * The file name without extension, from the parts in order; the source id comes right after
 * `forkline` unless it is the default source.
 *
 *     composeFileName(['company types', 'types', 'total pay']) → 'forkline-company-types-total-pay'
 *     composeFileName(['ladder', 'Big tech', 'total pay'], 'dou') → 'forkline-dou-ladder-big-tech-total-pay'
 *     composeFileName(['claim', 'parity-ideal'], 'levelsfyi') → 'forkline-claim-parity-ideal'
 */
export function composeFileName(
	parts: readonly FileNamePart[],
	sourceId: string = DEFAULT_SOURCE
): string {
	// The source id is one word however it is spelled ('levelsfyi-2022'): its year is not a
	// filter's, and a year filter after it still reads.
	const words = ['forkline', ...(sourceId === DEFAULT_SOURCE ? [] : [toFileWord(sourceId)])];
	const seen = new Set(words);
	for (const part of parts) {
		if (part === null || part === undefined || part === false) continue;
		for (const word of toFileWord(String(part)).split('-')) {
			if (word === '' || seen.has(word)) continue;
			seen.add(word);
			words.push(word);
		}
	}
	return words.join('-');
}
