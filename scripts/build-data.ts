/**
 * `npm run data` — build the app's bundled data from the raw levels.fyi export.
 *
 * Reads ../shared/data/levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv with the data layer
 * itself and writes, under data/:
 *   - bundled/levelsfyi-cells.json  mergeable $5k-bin histograms per (company, track, level,
 *                                   region, year, experience band): what the app filters;
 *   - bundled/levelsfyi-bands.csv   exact bands per company type, company, track and level;
 *   - SOURCES.md                    provenance, exclusions and the quantile method, with figures.
 * Raw rows are never written. No published cell or band describes fewer than 3 pay reports:
 * small cells are first folded into "other companies of this type", and what still falls short
 * is left out and counted.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aggregateBands } from '../src/lib/data/bands.ts';
import { serializeBundle, type BundleMeta } from '../src/lib/data/bundle.ts';
import {
	bandsFromCells,
	BIN_WIDTH,
	createCells,
	toYoeBand,
	type CellKey
} from '../src/lib/data/cells.ts';
import { COMPANY_TYPES, TRACKS, STD_LEVELS, type PayRecord } from '../src/lib/data/domain.ts';
import { toBandsCsv } from '../src/lib/data/export.ts';
import { ingestBytes } from '../src/lib/data/ingest.ts';
import { inferRegion } from '../src/lib/data/regions.ts';
import { LEVELSFYI_CSV, loadCatalogs, ROOT } from './node-catalogs.ts';

/** No published figure may describe fewer reports than this (a privacy floor, as Pave uses). */
const MIN_PUBLISHED_N = 3;
const SOURCE = 'levels.fyi, via the Kaggle "Data Science and STEM Salaries" dataset';

const input = process.argv[2] ?? LEVELSFYI_CSV;
const { report, records } = await ingestBytes(createReadStream(input, { highWaterMark: 1 << 20 }), {
	file: 'Levels_Fyi_Salary_Data.csv',
	catalogs: loadCatalogs()
});

// Step 1: the full cell key of every record.
const keyOf = (r: PayRecord): CellKey => ({
	company: r.company,
	companyType: r.companyType,
	track: r.track,
	stdLevel: r.stdLevel,
	region: inferRegion(r.location),
	year: r.year ?? 0,
	yoe: toYoeBand(r.yearsExperience)
});
const idOf = (k: CellKey) =>
	`${k.company}|${k.companyType}|${k.track}|${k.stdLevel}|${k.region}|${k.year}|${k.yoe}`;
const keyed = records.map((r) => ({ record: r, key: keyOf(r) }));

// Step 2: cells under the floor are coarsened one detail at a time, coarsest loss last: first the
// company becomes "other companies of this type", then the experience band, the report year and
// the region are withheld ("unknown" to filters). Each step only touches reports still in a cell
// under the floor, and counts them. What is under the floor after every step is left out.
const FOLDS = [
	{
		name: 'company → other companies of this type',
		apply: (k: CellKey): CellKey => ({ ...k, company: '' })
	},
	{ name: 'experience band withheld', apply: (k: CellKey): CellKey => ({ ...k, yoe: -1 }) },
	{ name: 'report year withheld', apply: (k: CellKey): CellKey => ({ ...k, year: 0 }) },
	{ name: 'region withheld', apply: (k: CellKey): CellKey => ({ ...k, region: 'withheld' }) }
] as const;
function countCells(): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { key } of keyed) counts.set(idOf(key), (counts.get(idOf(key)) ?? 0) + 1);
	return counts;
}
const folds: { step: string; count: number }[] = [];
for (const fold of FOLDS) {
	const counts = countCells();
	let count = 0;
	for (const item of keyed) {
		if (counts.get(idOf(item.key))! < MIN_PUBLISHED_N) {
			item.key = fold.apply(item.key);
			count++;
		}
	}
	folds.push({ step: fold.name, count });
}
const foldedToOther = folds[0]!.count;

// Step 3: what is still under the floor after every fold is left out, and counted.
const finalCounts = countCells();
const published = keyed.filter(({ key }) => finalCounts.get(idOf(key))! >= MIN_PUBLISHED_N);
const suppressed = keyed.length - published.length;
const keyByRecord = new Map(published.map(({ record, key }) => [record, key]));
const cells = createCells(
	published.map(({ record }) => record),
	(r) => keyByRecord.get(r)!
);
const minCellN = Math.min(...cells.map((c) => c.n));
if (minCellN < MIN_PUBLISHED_N) throw new Error(`a cell holds ${minCellN} reports`);

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
// roll-ups the app shows first.
const exactPublished = aggregateBands(
	published.map(({ record }) => record),
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
${fmt(meta.levelSources.title)}; years of experience ${fmt(meta.levelSources.experience)}. See data/levels.md for the catalog and the fallback rules.

## What is published, and what is held back
- \`bundled/levelsfyi-cells.json\`: ${fmt(cells.length)} cells, each the reports of one (company, track, common level, region, report year, \
experience band), as counts per $${fmt(BIN_WIDTH)} bin of total pay, base, stock and bonus. Any filter's percentiles follow from the cells it selects.
- No cell describes fewer than ${MIN_PUBLISHED_N} reports (smallest: ${minCellN}). Reports in cells under that floor were coarsened one detail \
at a time, and counted:
${folds.map((f) => `  - ${f.step}: ${fmt(f.count)} reports`).join('\n')}
- ${fmt(suppressed)} reports were still under the floor after every step and are left out of the cells (they remain in the exact bands below \
when their group is large enough). A filter on experience, year or region leaves out reports whose detail was withheld; the app says how many.
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

process.stderr.write(
	`read ${fmt(report.rowsRead)}, imported ${fmt(report.imported)}, rejected ${fmt(report.rejected)}, skipped ${fmt(report.skipped)}\n` +
		`cells ${fmt(cells.length)} (min n ${minCellN}); ${folds.map((f) => `${f.step} ${fmt(f.count)}`).join('; ')}; suppressed ${fmt(suppressed)}\n` +
		`bands ${fmt(publishedBands.length)} of ${fmt(exactBands.length)}; ` +
		`binned vs exact max error $${fmt(Math.round(maxError))} over ` +
		`${compared} roll-up bands\n`
);
