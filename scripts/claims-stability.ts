/**
 * `npx tsx scripts/claims-stability.ts` (run by `npm run data` after the cells are built): how
 * settled each claim's verdict is on the bundled levels.fyi cells, with every company type, so
 * the Claims page can show it at once instead of resampling in the browser first.
 *
 * Writes data/bundled/levelsfyi-claims.json: per claim, its verdict and how many of the seeded
 * resamples (src/lib/claims/stability.ts) give each verdict. The page uses it only while its
 * own verdicts equal the file's; otherwise it resamples in a worker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateClaims } from '../src/lib/claims/catalog.ts';
import {
	describeStability,
	measureStability,
	STABILITY_RESAMPLES,
	STABILITY_SEED
} from '../src/lib/claims/stability.ts';
import { parseBundle } from '../src/lib/data/bundle.ts';
import { ROOT } from './node-catalogs.ts';

const bundled = resolve(ROOT, 'data/bundled');
const { cells } = parseBundle(
	JSON.parse(readFileSync(resolve(bundled, 'levelsfyi-cells.json'), 'utf8'))
);
const verdicts = Object.fromEntries(
	evaluateClaims(cells).map((e) => [e.claim.id, e.evaluation.verdict])
);
const stability = measureStability(cells, {}, verdicts, {
	onProgress: (done) => {
		if (done % 50 === 0)
			console.log(`claims stability: ${done} of ${STABILITY_RESAMPLES} resamples`);
	}
});
writeFileSync(
	resolve(bundled, 'levelsfyi-claims.json'),
	`${JSON.stringify({ format: 'forkline-claims-stability/1', seed: STABILITY_SEED, filter: {}, stability }, null, '\t')}\n`
);
for (const s of stability) console.log(`${s.claimId}: ${describeStability(s)}`);
