import { loadBundledData } from '$lib/server/bundled.ts';
import type { PageServerLoad } from './$types';

export const load = (() => {
	const { meta, cells } = loadBundledData();
	return {
		/** Provenance of the bundled levels.fyi aggregates: source, licence, years and row counts. */
		meta,
		/** How many cells the app ships. */
		cellCount: cells.length
	};
}) satisfies PageServerLoad;
