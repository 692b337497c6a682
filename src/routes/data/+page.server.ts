import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBundle } from '$lib/data/bundle.ts';
import { SOURCES } from '$lib/data/sources/registry.ts';
import { formatYearSpan } from '$lib/format.ts';
import { loadBundledData } from '$lib/server/bundled.ts';
import type { PageServerLoad } from './$types';

/** Every source's provenance from its bundle's meta: licence, attribution, years and row counts. */
function readProvenance() {
	return SOURCES.map((info) => {
		const { meta } = parseBundle(
			JSON.parse(readFileSync(resolve('data/bundled', info.file), 'utf8'))
		);
		return {
			id: info.id,
			label: info.label,
			measureLabel: info.measureLabel,
			license: info.license,
			attribution: info.attribution,
			years: formatYearSpan(meta.firstYear, meta.lastYear),
			rowsRead: meta.rowsRead,
			imported: meta.imported,
			rejected: meta.rejected,
			skipped: meta.skipped,
			/** The three largest reasons for skipping, as the build counted them. */
			skippedBy: [...meta.skippedByReason].sort((a, b) => b.count - a.count).slice(0, 3)
		};
	});
}

export const load = (() => {
	const { meta, cells } = loadBundledData();
	return {
		/** Provenance of the bundled levels.fyi aggregates: source, licence, years and row counts. */
		meta,
		/** How many cells the app ships. */
		cellCount: cells.length,
		sources: readProvenance()
	};
}) satisfies PageServerLoad;
