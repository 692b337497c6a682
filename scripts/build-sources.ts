/**
 * `npm run data` (after build-data.ts) — build every other source of issue #12 from
 * ../shared/data into compact aggregates under data/bundled/:
 *   - <sourceId>-cells.json  pay cells in the levels.fyi bundle's format, meta extended with the
 *                            source's measure, currency, what it has, licence and attribution;
 *   - bls-oews.json          the OEWS occupation-wide benchmark (percentiles per occupation/year);
 *   - us-cpi.json            CPI-U factors to the latest month in the series ("today's dollars");
 *   - exchange-rates.json    Federal Reserve yearly averages (units per US dollar);
 * and data/SOURCES-extra.md, the provenance of each (licence, attribution, years, n, skipped and
 * why). Raw rows are never written; no published cell describes fewer than 3 reports.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serializeBundle, type BundleMeta } from '../src/lib/data/bundle.ts';
import { oewsPremium, OEWS_OCCUPATIONS } from '../src/lib/data/sources/oews.ts';
import { createCells } from '../src/lib/data/cells.ts';
import { publishCells, toSourceCellKey } from '../src/lib/data/sources/publish.ts';
import { sourceInfo } from '../src/lib/data/sources/registry.ts';
import { writeClaimsFiles, type ClaimsFilesReport } from './claims-files.ts';
import { ROOT } from './node-catalogs.ts';
import { readAllSources, readReferenceSeries, type ReadSource } from './sources/read.ts';
import { extraSourcesMarkdown, fmt, sourceSection } from './sources/provenance.ts';

function buildMeta(source: ReadSource, published: ReturnType<typeof publishCells>): BundleMeta {
	const info = sourceInfo(source.id);
	const years = source.records.map((r) => r.year).filter((y): y is number => y !== null);
	const a = source.accounting;
	return {
		source: info.label,
		sourceDetail: source.sourceDetail,
		license: info.license,
		firstYear: Math.min(...years),
		lastYear: Math.max(...years),
		rowsRead: a.rowsRead,
		imported: a.imported,
		rejected: a.rejected,
		skipped: a.skipped,
		skippedByReason: a.skippedByReason,
		rejectedByReason: a.rejectedByReason,
		levelSources: a.levelSources,
		foldedToOther: published.folds[0]!.count,
		folds: published.folds,
		suppressed: published.suppressed,
		minCellN: published.minCellN,
		binWidth: info.binWidth,
		quantileMethod: `R-7 (d3-array quantile) over $${fmt(info.binWidth)} bins; within one bin of the exact value`,
		generatedBy: 'scripts/build-sources.ts',
		sourceId: info.id,
		measure: info.measure,
		measureLabel: info.measureLabel,
		currency: info.currency,
		dollars: 'reported',
		has: info.has,
		attribution: info.attribution,
		notes: source.notes
	};
}

const sizes: { file: string; raw: number; gzip: number }[] = [];
function writeBundled(file: string, text: string): void {
	writeFileSync(resolve(ROOT, 'data/bundled', file), text);
	sizes.push({ file, raw: Buffer.byteLength(text), gzip: gzipSync(text).byteLength });
}

// The reference series first: the EU survey's conversion needs the exchange rates.
const { exchangeRates, eurPerUsd, cpi, oewsYears } = readReferenceSeries();
const sources = await readAllSources(eurPerUsd);

const sections: string[] = [];
const claimsReports: { label: string; file: string; report: ClaimsFilesReport }[] = [];
for (const source of sources) {
	const info = sourceInfo(source.id);
	const published = publishCells(source.records, source.regionOf, info.binWidth);
	const meta = buildMeta(source, published);
	const a = source.accounting;
	if (a.rowsRead !== a.imported + a.rejected + a.skipped)
		throw new Error(`${source.id}: rows do not add up`);
	writeBundled(info.file, serializeBundle({ meta, cells: published.cells }));
	sections.push(sourceSection(source, info, meta, published));
	// The claims the app shows for this source: evaluated on its unfolded cells, never on the
	// published ones (claims-files.ts). A month's pay reads "a month", as describeShown says.
	const unfolded = createCells(
		source.records,
		(r) => toSourceCellKey(r, source.regionOf),
		info.binWidth
	);
	claimsReports.push({
		label: info.label,
		file: info.file.replace('-cells.json', '-claims'),
		report: writeClaimsFiles(
			info.id,
			unfolded,
			unfolded,
			{ binWidth: info.binWidth, perMonth: info.measure === 'net-base-monthly' },
			info.has.companies,
			'scripts/build-sources.ts'
		)
	});
	process.stderr.write(
		`${source.id}: read ${fmt(a.rowsRead)}, imported ${fmt(a.imported)}, ` +
			`rejected ${fmt(a.rejected)}, skipped ${fmt(a.skipped)}; cells ${fmt(published.cells.length)} ` +
			`(min n ${published.minCellN}), suppressed ${published.suppressed}\n`
	);
}

// The benchmark and the reference series: small JSON files, one object each.
writeBundled(
	'bls-oews.json',
	JSON.stringify(
		{
			format: 'forkline-benchmark/1',
			meta: {
				source:
					'US Bureau of Labor Statistics, Occupational Employment and Wage Statistics, national, May 2021–2024',
				license: 'Public domain (works of the US federal government).',
				attribution: {
					text: 'US Bureau of Labor Statistics, OEWS, May <year>',
					url: 'https://www.bls.gov/oes/',
					linkRequired: false
				},
				measure: 'base-yearly',
				measureLabel: 'yearly wages (base, no stock or bonus), all US employers',
				currency: 'USD',
				dollars: 'reported',
				occupations: OEWS_OCCUPATIONS,
				notes: [
					'Occupation-wide: no levels and no companies. A premium across occupations is not a premium at the same level.',
					"'top-coded' marks a wage above the highest figure BLS publishes ('#' in the file); 'not published' marks '*'."
				]
			},
			years: oewsYears.map(({ year, rows }) => ({
				year,
				premium: oewsPremium(rows),
				occupations: rows
			}))
		},
		null,
		'\t'
	) + '\n'
);
writeBundled(
	'us-cpi.json',
	JSON.stringify(
		{
			format: 'forkline-cpi/1',
			meta: {
				source:
					'US Bureau of Labor Statistics, CPI-U (CUUR0000SA0), all items, US city average, not seasonally adjusted; via GitHub datasets/cpi-us',
				license: 'ODC-PDDL 1.0 (public domain dedication).',
				attribution: {
					text: 'US Bureau of Labor Statistics, CPI-U',
					url: 'https://www.bls.gov/cpi/',
					linkRequired: false
				},
				notes: [
					"A year's factor is the latest month's index over that year's average index. October 2025 " +
						"is missing (BLS published none): 2025's average covers 11 months."
				]
			},
			...cpi
		},
		null,
		'\t'
	) + '\n'
);
writeBundled(
	'exchange-rates.json',
	JSON.stringify(
		{
			format: 'forkline-exchange-rates/1',
			meta: {
				source:
					'Board of Governors of the Federal Reserve System, H.10, yearly averages, via FRED and GitHub datasets/exchange-rates',
				license: 'ODC-PDDL 1.0 (public domain dedication).',
				unit: 'units of the currency per US dollar (the euro included): divide to get dollars'
			},
			rates: exchangeRates
		},
		null,
		'\t'
	) + '\n'
);

/** One source's line in the table of claims files. */
function toClaimsRow({ label, file, report: r }: (typeof claimsReports)[number]): string {
	const files = `\`${file}.json\`, \`${file}-filters.json\``;
	return (
		`| ${label} | ${files} | ${r.compared} | ${r.verdictDiffs.length} | ` +
		`${fmt(r.gzip.default)} B | ${fmt(r.gzip.filters)} B |`
	);
}

writeFileSync(
	resolve(ROOT, 'data/SOURCES-extra.md'),
	extraSourcesMarkdown({ sections, oewsYears, cpi, eurPerUsd }) +
		`
## The claims on each source
Each source's claims are evaluated when the data is built on its unfolded cells (every imported report, nothing withheld), \
not on the published cells, for every filter the Claims page offers, with each verdict's stability over the seeded resamples \
(scripts/claims-files.ts). The files hold evaluations only (groups of at least 3 reports, checked), never a cell.

| source | files | evaluations | verdicts that differ from the raw rows | default filter, gzip | other filters, gzip |
|---|---|---:|---:|---:|---:|
${claimsReports.map(toClaimsRow).join('\n')}
`
);

for (const s of sizes)
	process.stderr.write(
		`${s.file}: ${fmt(s.raw)} bytes, ${fmt(s.gzip)} gzip${s.gzip > 300 * 1024 ? '  OVER 300 KB' : ''}\n`
	);
