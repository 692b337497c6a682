import evidenceJson from '$data/bundled/evidence.json';
import oewsJson from '$data/bundled/bls-oews.json';
import type { OewsPremiums } from '$lib/evidence/benchmark.ts';
import type { EvidenceRow, EvidenceSource } from '$lib/evidence/matrix.ts';
import type { PageServerLoad } from './$types';

/**
 * The matrix `npm run data` computed (scripts/build-evidence.ts), as the prerendered table, and
 * the OEWS premiums the benchmark note reads (years and ratios only, not the wage table).
 */
export const load = (() => {
	const evidence = evidenceJson as unknown as {
		sources: EvidenceSource[];
		summary: string[];
		rows: EvidenceRow[];
	};
	const oews: OewsPremiums = {
		years: (oewsJson as unknown as OewsPremiums).years.map(({ year, premium }) => ({
			year,
			premium
		}))
	};
	return { evidence, oews };
}) satisfies PageServerLoad;
