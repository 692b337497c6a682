/**
 * `npm run data` (last step) — the evidence matrix of the bundled sources: every claim of
 * src/lib/claims evaluated on every source's published cells, with the same code the app runs,
 * into data/bundled/evidence.json (rows = claims, columns = sources). The app shows it as is and
 * computes only an upload's column in the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBundle } from '../src/lib/data/bundle.ts';
import {
	benchmarkColumn,
	evaluateColumn,
	summarize,
	toRows,
	type EvidenceSource
} from '../src/lib/evidence/matrix.ts';
import { SOURCES } from '../src/lib/data/sources/registry.ts';
import { ROOT } from './node-catalogs.ts';

const bundled = (file: string) => resolve(ROOT, 'data/bundled', file);

const columns = SOURCES.map((info) => {
	const bundle = parseBundle(JSON.parse(readFileSync(bundled(info.file), 'utf8')));
	const source: EvidenceSource = {
		id: info.id,
		label: info.shortLabel,
		companies: info.has.companies,
		binWidth: bundle.meta.binWidth
	};
	return { source, cells: evaluateColumn(source, bundle.cells) };
});
const oews = JSON.parse(readFileSync(bundled('bls-oews.json'), 'utf8')) as {
	years: { year: number; premium: number }[];
};
const latest = oews.years.at(-1)!;
const benchmark: EvidenceSource = {
	id: 'bls-oews',
	label: 'BLS OEWS',
	companies: false,
	binWidth: 0
};
columns.push({ source: benchmark, cells: benchmarkColumn(benchmark, latest) });

const rows = toRows(columns);
const text =
	JSON.stringify(
		{
			format: 'forkline-evidence/1',
			generatedBy: 'scripts/build-evidence.ts',
			sources: columns.map((c) => c.source),
			summary: summarize(rows),
			rows
		},
		null,
		'\t'
	) + '\n';
writeFileSync(bundled('evidence.json'), text);
for (const row of rows) process.stderr.write(`${row.claimId}: ${row.reading}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');
process.stderr.write(
	`evidence.json: ${rows.length} claims × ${columns.length} sources, ` +
		`${fmt(text.length)} bytes, ${fmt(gzipSync(text).byteLength)} gzip\n`
);
