/**
 * The bundled data, read once at build time (prerender) by the pages' server loads. The browser
 * gets only what each page returns from its load, never this whole module.
 */
import bundleJson from '$data/bundled/levelsfyi-cells.json';
import { parseBundle, type PayBundle } from '$lib/data/bundle.ts';

let cached: PayBundle | undefined;

/** The parsed, validated bundle of levels.fyi cells and its provenance. */
export function loadBundledData(): PayBundle {
	cached ??= parseBundle(bundleJson);
	return cached;
}
