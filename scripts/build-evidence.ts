/**
 * `npm run data` (last step) — the evidence matrix of the bundled sources: every claim of
 * src/lib/claims on every source, as the Claims page shows it (the evaluations and stability
 * computed on the source's unfolded cells, data/bundled/<id>-claims.json), into
 * data/bundled/evidence.json (rows = claims, columns = sources). Each tested cell carries how its
 * verdict holds up across the claims' own seeded bootstrap resamples
 * (src/lib/claims/stability.ts). The app shows the file as is and computes only an upload's
 * column in the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_FILTER_KEY, parseClaimsFile } from '../src/lib/claims/precomputed.ts';
import { SOURCES } from '../src/lib/data/sources/registry.ts';
import type { OewsPremiums } from '../src/lib/evidence/benchmark.ts';
import {
	benchmarkColumn,
	summarize,
	toPrecomputedColumn,
	toRows,
	type EvidenceSource
} from '../src/lib/evidence/matrix.ts';
import { ROOT } from './node-catalogs.ts';

const bundled = (file: string) => resolve(ROOT, 'data/bundled', file);
const started = performance.now();

const columns = SOURCES.map((info) => {
	const file = parseClaimsFile(
		JSON.parse(readFileSync(bundled(`${info.id}-claims.json`), 'utf8')),
		info.id
	);
	const part = file.parts.find((p) => p.key === DEFAULT_FILTER_KEY);
	if (!part) throw new Error(`${info.id}-claims.json has no default filter`);
	const source: EvidenceSource = {
		id: info.id,
		label: info.shortLabel,
		companies: info.has.companies,
		binWidth: file.options.binWidth
	};
	const cells = toPrecomputedColumn(source, part);
	for (const cell of cells)
		if (cell.stability)
			process.stderr.write(`${info.id} ${cell.claimId}: ${cell.stability.words}\n`);
	return { source, cells };
});
const oews = JSON.parse(readFileSync(bundled('bls-oews.json'), 'utf8')) as OewsPremiums;
const benchmark: EvidenceSource = {
	id: 'bls-oews',
	label: 'BLS OEWS',
	companies: false,
	binWidth: 0
};
columns.push({ source: benchmark, cells: benchmarkColumn(benchmark, oews) });

const rows = toRows(columns);
const text =
	JSON.stringify(
		{
			format: 'forkline-evidence/2',
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
		`${fmt(text.length)} bytes, ${fmt(gzipSync(text).byteLength)} gzip, ` +
		`${fmt(Math.round((performance.now() - started) / 1000))} s\n`
);
