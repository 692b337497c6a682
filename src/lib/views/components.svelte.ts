/**
 * Each explorer view's components, once they are there. The default view ships its components
 * with the page; every other view's chart and table are a chunk of their own, fetched the first
 * time the view is shown (or earlier, when the browser is idle after the page has loaded), so the
 * home page's initial JavaScript carries one view's charts, not five.
 */
import type { ViewId } from './ids';
import type { AnyView, ViewComponents } from './view';

class ViewComponentsState {
	#loaded = $state.raw<Partial<Record<ViewId, ViewComponents<unknown>>>>({});
	/** Why a view's components could not be fetched (e.g. the network went away), by view. */
	errors = $state.raw<Partial<Record<ViewId, string>>>({});
	#loading = new Set<ViewId>();
	#preloading = false;

	/**
	 * The view's components, or undefined while they are on their way (asking starts the fetch).
	 * Read inside `$derived` and templates: the fetch settles later, never while they run.
	 */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	get(view: AnyView): ViewComponents<any> | undefined {
		if (typeof view.components !== 'function') return view.components;
		const found = this.#loaded[view.id];
		if (!found) this.load(view);
		return found;
	}

	/** Fetch a view's components once; a failed fetch is tried again when the view is next asked for. */
	load(view: AnyView): void {
		const load = view.components;
		if (typeof load !== 'function' || this.#loading.has(view.id)) return;
		this.#loading.add(view.id);
		load()
			.then((components) => {
				this.#loaded = { ...this.#loaded, [view.id]: components };
				this.errors = { ...this.errors, [view.id]: undefined };
			})
			.catch((error: unknown) => {
				this.#loading.delete(view.id);
				this.errors = {
					...this.errors,
					[view.id]: `Could not load the ${view.label} view: ${error instanceof Error ? error.message : String(error)}`
				};
			});
	}

	/**
	 * Fetch every view's components when the browser has nothing else to do, so a tab opens at
	 * once. Only the first call does anything.
	 */
	preloadWhenIdle(views: readonly AnyView[]): void {
		if (this.#preloading) return;
		this.#preloading = true;
		const preload = () => views.forEach((view) => this.load(view));
		if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 5000 });
		else setTimeout(preload, 2000);
	}
}

/** The one record of the explorer views' components. */
export const viewComponents = new ViewComponentsState();
