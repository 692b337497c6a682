import evidenceJson from '$data/bundled/evidence.json';
import type { EvidenceCell, EvidenceSource } from '$lib/evidence/matrix.ts';
import type { PageServerLoad } from './$types';

/** The matrix `npm run data` computed (scripts/build-evidence.ts), as the prerendered table. */
export const load = (() => {
	const evidence = evidenceJson as unknown as {
		sources: EvidenceSource[];
		summary: string[];
		rows: { claimId: string; title: string; cells: EvidenceCell[]; reading: string }[];
	};
	return { evidence };
}) satisfies PageServerLoad;
