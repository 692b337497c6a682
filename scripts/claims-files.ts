/**
 * The claims files of a bundled source (src/lib/claims/precomputed.ts), written by `npm run data`
 * where the source's raw records are read (build-data.ts for levels.fyi 2017–2021,
 * build-sources.ts for the others):
 *   - data/bundled/<id>-claims.json          the Claims page's default filter (all company types,
 *                                            all reports) and the Method page's sensitivity rows;
 *   - data/bundled/<id>-claims-filters.json  the other 15 filters, loaded when first chosen.
 * Each is checked before it is written: no compared group under the privacy floor, and every
 * verdict and sentence read back from the files equal to a live evaluation of the raw rows' cells
 * (for levels.fyi, the cells an upload of the raw file makes in the browser). A difference stops
 * the build.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluateClaims } from '../src/lib/claims/catalog.ts';
import { toCatalogPlaced } from '../src/lib/claims/measure.ts';
import {
	CLAIMS_FILTERS,
	CLAIMS_FORMAT,
	createClaimsParts,
	DEFAULT_FILTER_KEY,
	findSmallSides,
	parseClaimsFile,
	toFilterKey,
	type ClaimsFile,
	type ClaimsPart,
	type ClaimsOptions
} from '../src/lib/claims/precomputed.ts';
import { STABILITY_RESAMPLES, STABILITY_SEED } from '../src/lib/claims/stability.ts';
import type { PayCell } from '../src/lib/data/cells.ts';
import { untestableClaims } from '../src/lib/evidence/matrix.ts';
import { ROOT } from './node-catalogs.ts';

/** What writing a source's claims files found, for the build's log and SOURCES.md. */
export interface ClaimsFilesReport {
	/** Evaluations compared with the raw rows' (16 filters × 11 claims). */
	compared: number;
	/** Filter and claim of each verdict or sentence that differs (none, or the build stops). */
	verdictDiffs: string[];
	sentenceDiffs: string[];
	/** Gzipped bytes of the default file and of the other filters' file. */
	gzip: { default: number; filters: number };
	seconds: number;
	/** Every filter's part, as written. */
	parts: ClaimsPart[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Compute, check and write one source's claims files from its unfolded cells. `checkCells` are
 * the cells the raw rows give on their own path (an upload's), evaluated live to compare.
 *
 *     writeClaimsFiles('levelsfyi', rawCells, uploadCells, { binWidth: 5000, perMonth: false }, true, 'scripts/build-data.ts')
 *       → { compared: 176, verdictDiffs: [], sentenceDiffs: [], gzip: { default: 12345, filters: 98765 }, seconds: 250 }
 */
export function writeClaimsFiles(
	sourceId: string,
	cells: readonly PayCell[],
	checkCells: readonly PayCell[],
	options: ClaimsOptions,
	companies: boolean,
	generatedBy: string
): ClaimsFilesReport {
	const started = performance.now();
	const { parts, sensitivity } = createClaimsParts(
		cells,
		options,
		(selected) => untestableClaims({ companies }, selected),
		(message) => process.stderr.write(`${sourceId} claims stability, ${message}\n`)
	);

	// The privacy floor holds for what is published: every compared group has 3 reports or more.
	const small = parts.flatMap((part) =>
		part.evaluations.flatMap(({ claimId, evaluation }) =>
			findSmallSides(evaluation, 3).map((side) => `${part.key} ${claimId}: ${side}`)
		)
	);
	if (small.length > 0)
		throw new Error(`${sourceId}: compared groups under 3 reports:\n  ${small.join('\n  ')}`);

	const header = {
		format: CLAIMS_FORMAT,
		sourceId,
		generatedBy,
		seed: STABILITY_SEED,
		resamples: STABILITY_RESAMPLES,
		options
	} as const;
	const files: [string, ClaimsFile][] = [
		[
			`${sourceId}-claims.json`,
			{ ...header, parts: parts.filter((p) => p.key === DEFAULT_FILTER_KEY), sensitivity }
		],
		[
			`${sourceId}-claims-filters.json`,
			{ ...header, parts: parts.filter((p) => p.key !== DEFAULT_FILTER_KEY) }
		]
	];
	const texts = files.map(([file, content]) => {
		const text = `${JSON.stringify(content)}\n`;
		writeFileSync(resolve(ROOT, 'data/bundled', file), text);
		return text;
	});

	// Read back as the app reads them, and compare with the raw rows evaluated live.
	const stored = new Map(
		texts
			.flatMap((text) => parseClaimsFile(JSON.parse(text), sourceId).parts)
			.map((p) => [p.key, p])
	);
	const checkCatalog = toCatalogPlaced(checkCells);
	const verdictDiffs: string[] = [];
	const sentenceDiffs: string[] = [];
	for (const filter of CLAIMS_FILTERS) {
		const key = toFilterKey(filter);
		const part = stored.get(key);
		if (!part) throw new Error(`${sourceId}: no claims for ${key}`);
		const live = evaluateClaims(
			filter.catalogOnly ? checkCatalog : checkCells,
			{ companyType: filter.companyType },
			options
		);
		live.forEach(({ claim, evaluation }, i) => {
			const shown = part.evaluations[i]!.evaluation;
			if (shown.verdict !== evaluation.verdict)
				verdictDiffs.push(`${key} ${claim.id}: ${shown.verdict} shown, ${evaluation.verdict} raw`);
			if (shown.sentence !== evaluation.sentence) sentenceDiffs.push(`${key} ${claim.id}`);
		});
	}
	const report: ClaimsFilesReport = {
		compared: CLAIMS_FILTERS.length * parts[0]!.evaluations.length,
		verdictDiffs,
		sentenceDiffs,
		gzip: {
			default: gzipSync(texts[0]!).byteLength,
			filters: gzipSync(texts[1]!).byteLength
		},
		seconds: (performance.now() - started) / 1000,
		parts
	};
	process.stderr.write(
		`${sourceId} claims: ${report.compared} evaluations shown vs raw rows, ` +
			`${verdictDiffs.length} verdicts and ${sentenceDiffs.length} sentences differ; ` +
			`${files[0]![0]} ${fmt(report.gzip.default)} B gzip, ${files[1]![0]} ` +
			`${fmt(report.gzip.filters)} B gzip; ${Math.round(report.seconds)} s\n` +
			[...verdictDiffs, ...sentenceDiffs.map((d) => `${d} (sentence)`)]
				.map((d) => `  DIFFERS ${d}\n`)
				.join('')
	);
	if (verdictDiffs.length > 0 || sentenceDiffs.length > 0)
		throw new Error(`${sourceId}: the claims files differ from the raw rows`);
	return report;
}
