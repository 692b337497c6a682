/**
 * The explorer's filters, read from the URL and written back to it. A change is drawn at once
 * from a pending copy, and the URL follows once that frame is on screen: navigating first made
 * every change wait for SvelteKit's navigation, which reads the scroll position and so forces a
 * layout of the whole page.
 *
 * Each change is still its own history entry, so back and forward step through them: quick
 * changes reach afterNextPaint together, and each navigation waits for the one before it (a
 * second goto would abort the first before it wrote its entry). A link or history step within
 * the explorer carries its own filters (the view tabs' links include the change being written),
 * so it ends whatever change is pending, and a change not yet written is dropped instead of
 * pulling the user back.
 */
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { navigating, page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { afterNextPaint } from './afterPaint.svelte';
import { DEFAULT_FILTERS, parseFilters, toSearch, type Filters } from './filters';

export interface ExplorerFilters {
	/** The filters shown: the change being written, else the URL's. */
	readonly current: Filters;
	/** Applies a change: drawn now, written to the URL after the next paint. */
	update(patch: Partial<Filters>): void;
	/** The link to the explorer with a change applied, e.g. for the view tabs. */
	hrefFor(patch: Partial<Filters>): ResolvedPathname;
}

/**
 * The explorer's address showing some filters: the resolved path of the home route, and the
 * filters as its query (a query does not change which route a path names).
 */
function toExplorerHref(filters: Filters): ResolvedPathname {
	return `${resolve('/')}${toSearch(filters)}` as ResolvedPathname;
}

/**
 * The explorer's filter state. Call it while a component initialises (it registers
 * afterNavigate). Prerendering cannot read search params, so the server-rendered HTML shows the
 * defaults and the browser takes over on hydration.
 */
export function createExplorerFilters(): ExplorerFilters {
	let pending = $state.raw<Filters | undefined>(undefined);
	// The same filters keep the same object, so when the URL catches up with `pending` nothing
	// downstream recomputes (every view would otherwise be drawn a second time after each change).
	let shown: Filters | undefined;
	const current = $derived.by(() => {
		const next = pending ?? (browser ? parseFilters(page.url.searchParams) : DEFAULT_FILTERS);
		if (shown && toSearch(shown) === toSearch(next)) return shown;
		return (shown = next);
	});

	let userNavigations = 0;
	afterNavigate(({ type }) => {
		if (type === 'enter' || type === 'goto') return;
		userNavigations++;
		pending = undefined;
	});

	let urlWrites = Promise.resolve();
	function update(patch: Partial<Filters>) {
		const next = { ...current, ...patch };
		const path = page.url.pathname;
		const seen = userNavigations;
		pending = next;
		afterNextPaint(() => {
			let writing = false;
			const written = urlWrites.then(() => {
				// The user may have navigated since (a link, back or forward): theirs wins.
				if (navigating.to || seen !== userNavigations || page.url.pathname !== path) return;
				writing = true;
				return goto(toExplorerHref(next), { keepFocus: true, noScroll: true });
			});
			urlWrites = written.catch(() => {});
			written.finally(() => {
				if (writing && pending === next) pending = undefined;
			});
		});
	}

	return {
		get current() {
			return current;
		},
		update,
		hrefFor: (patch) => toExplorerHref({ ...current, ...patch })
	};
}
