/**
 * `npm run data` (last step) — the evidence matrix of the bundled sources: every claim of
 * src/lib/claims evaluated on every source's published cells, with the same code the app runs,
 * into data/bundled/evidence.json (rows = claims, columns = sources). Each tested cell carries
 * how its verdict holds up across the claims' own seeded bootstrap resamples
 * (src/lib/claims/stability.ts). The app shows the file as is and computes only an upload's
 * column in the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLAIMS } from '../src/lib/claims/catalog.ts';
import { describeStability, measureStability } from '../src/lib/claims/stability.ts';
import { parseBundle } from '../src/lib/data/bundle.ts';
import { SOURCES } from '../src/lib/data/sources/registry.ts';
import type { OewsPremiums } from '../src/lib/evidence/benchmark.ts';
import {
	benchmarkColumn,
	evaluateColumn,
	summarize,
	toCellStability,
	toRows,
	type EvidenceSource
} from '../src/lib/evidence/matrix.ts';
import { ROOT } from './node-catalogs.ts';

const bundled = (file: string) => resolve(ROOT, 'data/bundled', file);
const started = performance.now();

const columns = SOURCES.map((info) => {
	const bundle = parseBundle(JSON.parse(readFileSync(bundled(info.file), 'utf8')));
	const source: EvidenceSource = {
		id: info.id,
		label: info.shortLabel,
		companies: info.has.companies,
		binWidth: bundle.meta.binWidth
	};
	const cells = evaluateColumn(source, bundle.cells);
	// Resample only the claims this source can test; an untestable cell has no verdict to shake.
	const tested = CLAIMS.filter((_, i) => cells[i]!.status === 'tested');
	const verdicts = Object.fromEntries(
		cells.filter((c) => c.verdict).map((c) => [c.claimId, c.verdict!])
	);
	const stability = measureStability(bundle.cells, {}, verdicts, { claims: tested });
	for (const s of stability) {
		const cell = cells.find((c) => c.claimId === s.claimId)!;
		if (cell.verdict !== 'not-enough-data') cell.stability = toCellStability(s);
		process.stderr.write(`${info.id} ${s.claimId}: ${describeStability(s)}\n`);
	}
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
