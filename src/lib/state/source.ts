/**
 * Which source the app shows, as it lives in the URL (`?source=<id>`). Pure functions, so the
 * header's data control, the explorer's filters and the tests read and write it the same way.
 * The default source (the bundled levels.fyi 2017–2021 file) is left out of the URL.
 */
import { SOURCES, sourceInfo, type SourceId, type SourceInfo } from '$lib/data/sources/registry';

export const DEFAULT_SOURCE: SourceId = 'levelsfyi';

/** The source a URL asks for: `unknown` holds an id no source has, which fell back to the default. */
export interface SourceChoice {
	id: SourceId;
	unknown: string | null;
}

/** Whether a text is a source's id. */
export function isSourceId(text: string): text is SourceId {
	return SOURCES.some((s) => s.id === text);
}

/**
 * URL search params → the source shown.
 *
 *     parseSource(new URLSearchParams('source=dou')) → { id: 'dou', unknown: null }
 *     parseSource(new URLSearchParams('source=nope')) → { id: 'levelsfyi', unknown: 'nope' }
 */
export function parseSource(params: URLSearchParams): SourceChoice {
	const raw = (params.get('source') ?? '').trim();
	if (raw === '') return { id: DEFAULT_SOURCE, unknown: null };
	return isSourceId(raw) ? { id: raw, unknown: null } : { id: DEFAULT_SOURCE, unknown: raw };
}

/**
 * A page's search with the source set, every other parameter kept; the default source is left out.
 *
 *     withSource('?view=gap', 'dou') → '?view=gap&source=dou'
 *     withSource('?source=dou', 'levelsfyi') → ''
 */
export function withSource(search: string, id: SourceId): string {
	const params = new URLSearchParams(search);
	if (id === DEFAULT_SOURCE) params.delete('source');
	else params.set('source', id);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * The note shown when the URL names a source Forkline does not have, quoting at most 60 characters of it.
 *
 *     formatUnknownSource('nope') → 'There is no source "nope": showing levels.fyi 2017–2021 instead.'
 */
export function formatUnknownSource(unknown: string): string {
	const quoted = unknown.length > 60 ? `${unknown.slice(0, 60)}…` : unknown;
	return `There is no source "${quoted}": showing ${sourceInfo(DEFAULT_SOURCE).label} instead.`;
}

/** The sources the data control lists, in the registry's order. */
export const SOURCE_CHOICES: readonly SourceInfo[] = SOURCES;

/**
 * A link to another page that keeps the source shown: its query gets `source=<id>` (left out for
 * the default source), and its fragment stays last.
 *
 *     toSourceHref('/claims#claim-fork-at-five', 'dou') → '/claims?source=dou#claim-fork-at-five'
 *     toSourceHref('/?view=gap', 'levelsfyi') → '/?view=gap'
 */
export function toSourceHref(href: string, id: SourceId): string {
	const hashAt = href.indexOf('#');
	const hash = hashAt < 0 ? '' : href.slice(hashAt);
	const rest = hashAt < 0 ? href : href.slice(0, hashAt);
	const queryAt = rest.indexOf('?');
	const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
	const search = queryAt < 0 ? '' : rest.slice(queryAt);
	return `${path}${withSource(search, id)}${hash}`;
}
