/**
 * `npm run data` — build the app's bundled data from the raw levels.fyi export.
 *
 * Reads ../shared/data/levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv with the data layer
 * itself and writes, under data/:
 *   - bundled/levelsfyi-cells.json  mergeable $5k-bin histograms per (company, track, level,
 *                                   placement, region, year, experience band): what the app
 *                                   filters;
 *   - bundled/levelsfyi-bands.csv   exact bands per company type, company, track and level;
 *   - bundled/levelsfyi-claims*.json every claim evaluated on the unfolded cells, for each filter
 *                                   of the Claims page, with its stability (claims-files.ts);
 *   - SOURCES.md                    provenance, exclusions and the quantile method, with figures.
 * Raw rows are never written. No published cell or band describes fewer than 3 pay reports:
 * small cells lose details (fold.ts). The claims the app shows are computed here from the unfolded
 * cells, which are checked to be those an upload of the raw file makes. It also checks and prints the
 * calibration of the years-of-experience fallback (levels.ts).
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aggregateBands } from '../src/lib/data/bands.ts';
import { serializeBundle, type BundleMeta } from '../src/lib/data/bundle.ts';
import {
	bandsFromCells,
	BIN_WIDTH,
	createCells,
	toPlacement,
	type CellKey
} from '../src/lib/data/cells.ts';
import { evaluateClaims } from '../src/lib/claims/catalog.ts';
import { STABILITY_RESAMPLES } from '../src/lib/claims/stability.ts';
import { toCatalogPlaced } from '../src/lib/claims/measure.ts';
import { CLAIMS_FILTERS, toFilterKey } from '../src/lib/claims/precomputed.ts';
import { datasetFromRecords, toCellKey } from '../src/lib/data/dataset.ts';
import { COMPANY_TYPES, TRACKS, STD_LEVELS, type PayRecord } from '../src/lib/data/domain.ts';
import { toBandsCsv } from '../src/lib/data/export.ts';
import { ingestBytes } from '../src/lib/data/ingest.ts';
import { foldForPrivacy } from '../src/lib/data/fold.ts';
import {
	calibrateExperienceSteps,
	checkExperienceSteps,
	EXPERIENCE_STEPS
} from '../src/lib/data/levels.ts';
import { writeClaimsFiles } from './claims-files.ts';
import { LEVELSFYI_CSV, loadCatalogs, ROOT } from './node-catalogs.ts';

/** No published figure may describe fewer reports than this (a privacy floor, as Pave uses). */
const MIN_PUBLISHED_N = 3;
const SOURCE = 'levels.fyi, via the Kaggle "Data Science and STEM Salaries" dataset';

const input = process.argv[2] ?? LEVELSFYI_CSV;
const { report, records } = await ingestBytes(createReadStream(input, { highWaterMark: 1 << 20 }), {
	file: 'Levels_Fyi_Salary_Data.csv',
	catalogs: loadCatalogs()
});

// Step 1: the full cell key of every record: the key an upload of the raw file uses
// (dataset.ts), with the placement a fold may withhold.
const keyOf = (r: PayRecord): Required<CellKey> => ({
	...toCellKey(r),
	placement: toPlacement(r.levelSource)
});

// Step 2: privacy folding (fold.ts): cells under the floor lose the details no claim reads first
// (year, region, then experience band), companies too small at a level lose their name, and what is
// under the floor even then is counted with its level's unclassified companies. Every step counts
// the reports it touched; nothing a claim compares on is lost.
const fold = foldForPrivacy(records, keyOf, MIN_PUBLISHED_N);
const folds = fold.steps;
const foldedToOther = folds
	.filter((f) => f.step.startsWith('company →'))
	.reduce((sum, f) => sum + f.count, 0);
const suppressed = fold.suppressed.length;
const published = [...fold.keys.keys()];
const cells = createCells(published, (r) => fold.keys.get(r)!);
const minCellN = Math.min(...cells.map((c) => c.n));
if (minCellN < MIN_PUBLISHED_N) throw new Error(`a cell holds ${minCellN} reports`);

// Step 3: one answer per dataset. The Claims page shows the claims computed here from the
// unfolded cells (every report, nothing withheld), for every filter it offers; they must equal
// a live evaluation of the cells an upload of the raw file makes in the browser, and those cells
// must be these (the upload path is this build's path without the fold). Either difference
// stops the build (claims-files.ts).
const rawCells = createCells(records, keyOf);
const uploadCells = datasetFromRecords(records, report).cells;
if (JSON.stringify(uploadCells) !== JSON.stringify(rawCells))
	throw new Error('an upload of the raw file would not make the unfolded cells of the build');
const claimsFiles = writeClaimsFiles(
	'levelsfyi',
	rawCells,
	uploadCells,
	{ binWidth: BIN_WIDTH, perMonth: false },
	true,
	'scripts/build-data.ts'
);
// Under explorer filters the Claims page has not precomputed (a region, a year, a company), the
// ladder's notes evaluate the published cells live. How far those would move from the raw rows
// under the Claims page's own filters is measured here: verdicts that would differ, and compared
// groups whose median moves by more than a bin (the folding moved a few of their reports).
const movedGroups = new Set<string>();
const storedParts = new Map(claimsFiles.parts.map((p) => [p.key, p]));
const publishedCatalog = toCatalogPlaced(cells);
const publishedDiffs = CLAIMS_FILTERS.flatMap((filter) => {
	const part = storedParts.get(toFilterKey(filter))!;
	const live = evaluateClaims(filter.catalogOnly ? publishedCatalog : cells, {
		companyType: filter.companyType
	});
	return live.flatMap(({ claim, evaluation }, i) => {
		const exact = part.evaluations[i]!.evaluation;
		const medians = new Map(
			exact.comparisons.flatMap((c) => [
				[c.a.label, c.a.median],
				[c.b.label, c.b.median]
			])
		);
		for (const c of evaluation.comparisons)
			for (const side of [c.a, c.b]) {
				const raw = medians.get(side.label);
				if (raw !== undefined && Math.abs(raw - side.median) > BIN_WIDTH)
					movedGroups.add(
						`${side.label} (n ${side.n}): $${Math.round(raw)} → $${Math.round(side.median)}`
					);
			}
		return exact.verdict === evaluation.verdict
			? []
			: [`${claim.id} on ${toFilterKey(filter)}: ${exact.verdict} raw, ${evaluation.verdict} live`];
	});
});

// Step 4: the years-of-experience fallback, checked on the rows whose level the catalog gives.
const catalogRows = records.filter((r) => r.levelSource === 'catalog');
const calibrated = {
	ic: calibrateExperienceSteps(catalogRows, 'ic'),
	em: calibrateExperienceSteps(catalogRows, 'em')
};
const stepsMatch = TRACKS.every(
	(t) => JSON.stringify(calibrated[t]) === JSON.stringify(EXPERIENCE_STEPS[t])
);
const experienceChecks = checkExperienceSteps(catalogRows);

const years = records.map((r) => r.year).filter((y): y is number => y !== null);
const meta: BundleMeta = {
	source: SOURCE,
	sourceDetail:
		'Self-reported compensation submitted to levels.fyi, ' +
		'2017-06-07 to 2021-08-17; Kaggle upload by Jack Ogozaly (2021). ' +
		'Titles "Software Engineer" (IC) and "Software Engineering Manager" ' +
		'(EM).',
	license:
		'Not verified: the Kaggle licence field could not be checked; raw rows are not redistributed, only aggregates with attribution.',
	firstYear: Math.min(...years),
	lastYear: Math.max(...years),
	rowsRead: report.rowsRead,
	imported: report.imported,
	rejected: report.rejected,
	skipped: report.skipped,
	skippedByReason: report.skippedByReason,
	rejectedByReason: report.rejectedByReason,
	levelSources: report.levelSources,
	foldedToOther,
	folds,
	suppressed,
	minCellN,
	binWidth: BIN_WIDTH,
	quantileMethod: `R-7 (d3-array quantile) over $${BIN_WIDTH.toLocaleString('en-US')} bins; within one bin of the exact value`,
	generatedBy: 'scripts/build-data.ts'
};

// Exact bands for reviewers and the CLI's users; bands under the floor are not published.
const exactBands = aggregateBands(records, { source: 'levels.fyi' });
const publishedBands = exactBands.filter((b) => b.n >= MIN_PUBLISHED_N);

// How far the binned quantiles land from the exact ones over the same published reports, on the
// roll-ups the app shows first
// (by the company type each report is published under).
const exactPublished = aggregateBands(
	published.map((r) => ({ ...r, companyType: fold.keys.get(r)!.companyType })),
	{ source: 'levels.fyi' }
);
let maxError = 0;
let compared = 0;
for (const type of ['all', ...COMPANY_TYPES] as const) {
	const binned = bandsFromCells(cells, { companyType: type });
	for (const b of binned) {
		const exact = exactPublished.find(
			(e) =>
				e.companyType === type &&
				e.company === '' &&
				e.track === b.track &&
				e.stdLevel === b.stdLevel
		);
		if (!exact) throw new Error(`no exact band for ${type} ${b.track} ${b.stdLevel}`);
		for (const q of ['p10', 'p25', 'p50', 'p75', 'p90'] as const)
			maxError = Math.max(maxError, Math.abs(exact[q] - b[q]));
		compared++;
	}
}

mkdirSync(resolve(ROOT, 'data/bundled'), { recursive: true });
writeFileSync(resolve(ROOT, 'data/bundled/levelsfyi-cells.json'), serializeBundle({ meta, cells }));
writeFileSync(resolve(ROOT, 'data/bundled/levelsfyi-bands.csv'), toBandsCsv(publishedBands));

const fmt = (n: number) => n.toLocaleString('en-US');
const perTrack = TRACKS.map(
	(t) => `${t.toUpperCase()} ${fmt(records.filter((r) => r.track === t).length)}`
).join(', ');
const perLevel = STD_LEVELS.map(
	(l) => `L${l}: ${fmt(records.filter((r) => r.stdLevel === l).length)}`
).join(', ');
// A line ending in a backslash continues on the next one (a template literal's line continuation adds nothing to
// the text), so each Markdown paragraph below stays one line in SOURCES.md.
writeFileSync(
	resolve(ROOT, 'data/SOURCES.md'),
	`# Where Forkline's bundled numbers come from

_Generated by \`npm run data\` (scripts/build-data.ts) from the raw file; do not edit by hand._

## Source
- **${SOURCE}.** ${meta.sourceDetail}
- Raw file: \`../shared/data/levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv\` (12,781,635 bytes, 62,642 rows; its SOURCE.md describes it). \
The raw rows are not in this repository.
- **Licence:** ${meta.license}
- **Years:** reports submitted ${meta.firstYear}–${meta.lastYear}.
- **Currency:** USD as levels.fyi converted it; pay outside the US is converted, not adjusted for cost of living.

## Every row accounted for
| | rows |
|---|---|
| read | ${fmt(meta.rowsRead)} |
| imported | ${fmt(meta.imported)} (${perTrack}) |
| rejected | ${fmt(meta.rejected)} |
| skipped | ${fmt(meta.skipped)} |

Rejected, by reason:
${meta.rejectedByReason.map((r) => `- ${fmt(r.count)}: ${r.reason}`).join('\n') || '- none'}

Skipped, by reason (other job families are not either track):
${meta.skippedByReason.map((r) => `- ${fmt(r.count)}: ${r.reason}`).join('\n')}

Imported reports by common level: ${perLevel}.

How each imported report got its common level: level catalog (data/levels.csv) ${fmt(meta.levelSources.catalog)}; title keywords \
${fmt(meta.levelSources.title)}; years of experience ${fmt(meta.levelSources.experience)}. See data/levels.md for the catalog and the \
fallback rules. Each cell says how its reports were placed: \`catalog\` (catalog or title keywords), \`fallback\` (years of experience) or \
\`withheld\` (see below), so a claim can count fallback-placed reports and be read on catalog-placed reports only.

## The years-of-experience fallback, calibrated
The fallback gives each track its own steps of years, fitted on the ${fmt(catalogRows.length)} catalog-placed reports so that the reports a \
step places at a level sit there on average (\`calibrateExperienceSteps\` in src/lib/data/levels.ts; \
${stepsMatch ? 'the steps in the code are the fitted ones' : '**the steps in the code differ from the fitted ones**'}). Applied to the \
catalog-placed reports, whose level is known:

| track | placed at | reports | their mean catalog level |
|---|---:|---:|---:|
${experienceChecks.map((c) => `| ${c.track.toUpperCase()} | ${c.stdLevel} | ${fmt(c.n)} | ${c.meanLevel.toFixed(2)} |`).join('\n')}

Steps: ${TRACKS.map(
		(t) =>
			`${t.toUpperCase()} ${[...EXPERIENCE_STEPS[t]]
				.reverse()
				.map((s) => `${s.stdLevel} from ${s.minYears} years`)
				.join(', ')}`
	).join('; ')}.

## What is published, and what is held back
- \`bundled/levelsfyi-cells.json\` (format \`forkline-cells/2\`): ${fmt(cells.length)} cells, each the reports of one (company, track, \
common level, level placement, region, report year, experience band), as counts per $${fmt(BIN_WIDTH)} bin of total pay, base, stock and \
bonus. Any filter's percentiles follow from the cells it selects.
- No cell describes fewer than ${MIN_PUBLISHED_N} reports (smallest: ${minCellN}). The claims are not evaluated on these cells (see \
"One answer per dataset" below), so the folding (src/lib/data/fold.ts) keeps as many company names as it can for the explorer and gives \
up details first:
  - A company with fewer than ${MIN_PUBLISHED_N} reports on a track at a level, which no withheld detail can lift to the floor, is shown \
there as "other companies of this type"; a type with fewer than ${MIN_PUBLISHED_N} such reports at a track and level is counted with that \
level's unclassified companies, so figures over all types stay whole; what is under the floor even then is left out.
  - Cell by cell, a cell under the floor has its report year withheld, then its region, then its experience band (last: the experience filter reads it).
  - A company's last cell at a track, level and placement (every detail withheld) still under the floor takes in the fewest of its other \
reports there that the floor needs; a placement with too few reports to make a cell at all has its placement withheld the same way.
- Reports touched by each step:
${folds.map((f) => `  - ${f.step}: ${fmt(f.count)}`).join('\n')}
- ${fmt(suppressed)} reports are left out of the cells. A filter on experience, year or region leaves out reports whose detail was \
withheld; the app says how many.
- One answer per dataset: the claims are not evaluated on these cells. \`npm run data\` evaluates every claim on the unfolded \
cells (all ${fmt(records.length)} reports, nothing withheld: the cells an upload of the raw file makes in the browser, checked to be the \
same), for every filter the Claims page offers (all company types and each one, on all reports and on catalog-placed reports only: \
${fmt(claimsFiles.compared)} evaluations), with each verdict's stability over ${STABILITY_RESAMPLES} seeded resamples and the Method page's \
sensitivity rows, into \`bundled/levelsfyi-claims.json\` (the default filter, ${fmt(claimsFiles.gzip.default)} bytes gzipped) and \
\`bundled/levelsfyi-claims-filters.json\` (the others, ${fmt(claimsFiles.gzip.filters)} bytes gzipped, loaded when one is chosen). \
They hold evaluations only (medians, gaps and shares of groups of at least ${MIN_PUBLISHED_N} reports, checked), never a cell. \
Verdicts on the Claims page that differ from the raw rows: ${claimsFiles.verdictDiffs.length} (the build stops on any); sentences that \
differ: ${claimsFiles.sentenceDiffs.length}.
- Under explorer filters the Claims page does not offer (a region, a year, a company), the ladder's notes evaluate these cells live and \
say so. Evaluated live on these cells under the Claims page's own filters, ${publishedDiffs.length} of the ${fmt(claimsFiles.compared)} \
verdicts would differ from the raw rows${publishedDiffs.length ? ` (${publishedDiffs.join('; ')})` : ''}, and ${movedGroups.size} \
compared groups' medians would move by more than one $${fmt(BIN_WIDTH)} bin.
- \`bundled/levelsfyi-bands.csv\`: ${fmt(publishedBands.length)} exact bands (of ${fmt(exactBands.length)}; those under ${MIN_PUBLISHED_N} \
reports are not published), the output of \`npm run aggregate\` on the raw file.
- Base, stock and bonus: levels.fyi writes all three as 0 when a submitter gave no breakdown (2,304 rows of the file); those reports count \
toward total pay but not toward any component.

## Quantile method and its error
- Exact bands: d3-array \`quantile\` (R-7, linear interpolation between order statistics; Excel's PERCENTILE.INC).
- Cells: the same rule over binned values, each value placed evenly within its $${fmt(BIN_WIDTH)} bin. Every order statistic stays in its true \
bin, so the error is under $${fmt(BIN_WIDTH)}. Measured against exact quantiles of the same reports on ${compared} roll-up bands (company type × \
track × level): largest difference $${fmt(Math.round(maxError))}.
- Groups under 5 reports are drawn faded and labelled "few reports" in the app, never hidden.

## What the data cannot say
- Pay is self-reported to levels.fyi and unverified; the sample leans to large US tech employers.
- 2017–2021 only; level names and pay have moved since.
- No company-type column exists in the source: types come from data/companies.csv, levels from data/levels.csv, regions from data/regions.md.
`
);

const calibrationTable = experienceChecks
	.map(
		(c) =>
			`  ${c.track} placed at ${c.stdLevel}: n ${fmt(c.n)}, mean catalog level ${c.meanLevel.toFixed(2)}`
	)
	.join('\n');
process.stderr.write(
	`experience fallback on catalog-placed rows (fitted steps ${stepsMatch ? 'match' : 'DIFFER from'} levels.ts: \
${JSON.stringify(calibrated)}):\n${calibrationTable}\n` +
		`claims shown vs raw rows: ${claimsFiles.compared} evaluations, ${claimsFiles.verdictDiffs.length} verdicts differ; ` +
		`live on the published cells (explorer filters only): ${publishedDiffs.length} verdicts differ, ` +
		`${movedGroups.size} compared groups moved by more than a bin\n` +
		publishedDiffs.map((d) => `  live on published cells: ${d}\n`).join('') +
		`read ${fmt(report.rowsRead)}, imported ${fmt(report.imported)}, rejected ${fmt(report.rejected)}, skipped ${fmt(report.skipped)}\n` +
		`cells ${fmt(cells.length)} (min n ${minCellN}); ${folds.map((f) => `${f.step} ${fmt(f.count)}`).join('; ')}; suppressed ${fmt(suppressed)}\n` +
		`bands ${fmt(publishedBands.length)} of ${fmt(exactBands.length)}; ` +
		`binned vs exact max error $${fmt(Math.round(maxError))} over ` +
		`${compared} roll-up bands\n`
);
if (!stepsMatch) {
	process.stderr.write(
		'The experience steps in src/lib/data/levels.ts no longer match the fit: update them.\n'
	);
	process.exitCode = 1;
}
