/**
 * Each source of issue #12 read from its real file in ../shared/data, by the same code
 * `npm run data` runs (scripts/sources/read.ts): every row accounted for
 * (read = imported + rejected + skipped, with the counts), and the decisions a reader of the
 * figures depends on (dates, scope, measure, conversions, levels never from pay).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/node-catalogs.ts';
import { parseBundle } from '../../src/lib/data/bundle.ts';
import type { PayCell } from '../../src/lib/data/cells.ts';
import type { CpiFactors } from '../../src/lib/data/sources/dollars.ts';
import { SOURCES } from '../../src/lib/data/sources/registry.ts';
import { claimsInDollars } from '../../src/lib/evidence/dollars.ts';
import type { EvidenceCell } from '../../src/lib/evidence/matrix.ts';
import { createReadStream } from 'node:fs';
import { LEVELSFYI_CSV, loadCatalogs } from '../../scripts/node-catalogs.ts';
import { evaluateClaims } from '../../src/lib/claims/catalog.ts';
import { toCatalogPlaced } from '../../src/lib/claims/measure.ts';
import { CLAIMS_FILTERS, parseClaimsFile, toFilterKey } from '../../src/lib/claims/precomputed.ts';
import { datasetFromRecords } from '../../src/lib/data/dataset.ts';
import { ingestBytes } from '../../src/lib/data/ingest.ts';
import type { SourceId } from '../../src/lib/data/sources/registry.ts';
import {
	readAijobs,
	readDou,
	readEu2020,
	readLevelsFyi2022,
	readAllSources,
	readReferenceSeries,
	readSo2024,
	type ReadSource
} from '../../scripts/sources/read.ts';
import { publishCells, toSourceCellKey } from '../../src/lib/data/sources/publish.ts';
import { bandsFromCells, createCells } from '../../src/lib/data/cells.ts';
import { sourceInfo } from '../../src/lib/data/sources/registry.ts';

const count = (source: ReadSource, reason: string) =>
	source.accounting.skippedByReason.find((r) => r.reason === reason)?.count ?? 0;

function expectAccounted(
	source: ReadSource,
	counts: { read: number; imported: number; rejected: number; skipped: number }
) {
	const a = source.accounting;
	expect({
		read: a.rowsRead,
		imported: a.imported,
		rejected: a.rejected,
		skipped: a.skipped
	}).toEqual(counts);
	expect(a.imported + a.rejected + a.skipped).toBe(a.rowsRead);
	expect(source.records.length).toBe(a.imported);
}

const reference = readReferenceSeries();

describe('levels.fyi, later reports (out-of-time test)', async () => {
	const source = await readLevelsFyi2022();

	it('accounts for all 40,777 + 3,352 rows of the two files', () => {
		expectAccounted(source, { read: 44_129, imported: 13_366, rejected: 214, skipped: 30_549 });
	});

	it('takes only reports dated after 2021-08-17, the last date of the bundled file', () => {
		expect(
			count(
				source,
				'dated up to 2021-08-17: the bundled levels.fyi 2017–2021 file already has these reports'
			)
		).toBe(30_492);
		expect(count(source, 'no report date, so not known to be after 2021-08-17')).toBe(12);
		expect(count(source, 'an exact copy of an earlier row of the file (a scrape repeat)')).toBe(45);
		const years = new Set(source.records.map((r) => r.year));
		expect(years).toEqual(new Set([2021, 2022]));
	});

	it('reads the track from the file: 12,665 IC and 960 EM rows after the date, less repeats and rows with no company', () => {
		const ic = source.records.filter((r) => r.track === 'ic').length;
		const em = source.records.filter((r) => r.track === 'em').length;
		expect({ ic, em }).toEqual({ ic: 12_419, em: 947 });
	});

	it('places levels through the bundled catalogs, Amazon L6 SDM at 5 as data/levels.csv says', () => {
		expect(source.accounting.levelSources).toEqual({
			given: 0,
			catalog: 7_696,
			title: 1_560,
			experience: 4_110
		});
		const sdm = source.records.filter((r) => r.company === 'Amazon' && r.companyLevel === 'L6 SDM');
		expect(sdm.length).toBeGreaterThan(0);
		expect(new Set(sdm.map((r) => r.stdLevel))).toEqual(new Set([5]));
	});
});

describe('DOU, Ukraine', async () => {
	const source = await readDou();

	it('accounts for all 14,148 + 11,686 rows of the two editions', () => {
		expectAccounted(source, { read: 25_834, imported: 9_702, rejected: 0, skipped: 16_132 });
	});

	it('reads the Windows-1251 edition: its Cyrillic answers match the catalogs', () => {
		// The 2025-06 employment answer "Працюю в IT-компанії" only matches if decoded as 1251.
		expect(source.records.filter((r) => r.year === 2025).length).toBeGreaterThan(4_000);
		expect(source.records.filter((r) => r.year === 2024).length).toBeGreaterThan(4_000);
	});

	it('keeps software engineering only, and skips what its catalogs cannot place', () => {
		expect(count(source, 'category "QA" is not software engineering or its management')).toBe(
			4_024
		);
		expect(
			count(source, 'an IC title on an Engineering Manager position: the track is not clear')
		).toBe(17);
		const titleSkips = source.accounting.skippedByReason.filter((r) =>
			r.reason.startsWith('title ')
		);
		expect(titleSkips.map((r) => r.reason.split(':')[0])).toEqual([
			'title "Architect"',
			'title "CEO / C-level (Chief) / Director / VP"',
			'title "Intern/Trainee"',
			'title "Немає тайтлу"'
		]);
	});

	it('places the title ladder, service companies as services, and pay as net dollars a month', () => {
		const byTitle = new Map(
			source.records.map((r) => [`${r.companyLevel}`, `${r.track}${r.stdLevel}`])
		);
		expect(byTitle.get('Junior')).toBe('ic3');
		expect(byTitle.get('Senior')).toBe('ic5');
		expect(byTitle.get('Lead / Team Lead')).toBe('em5');
		expect(byTitle.get('Head')).toBe('em7');
		expect(source.records.some((r) => r.companyType === 'services')).toBe(true);
		expect(source.records.every((r) => r.company === '' && r.stock === null)).toBe(true);
		const senior = source.records.filter((r) => r.companyLevel === 'Senior').map((r) => r.total);
		senior.sort((a, b) => a - b);
		// A month's net pay: thousands of dollars, not a yearly six-figure total.
		expect(senior[Math.floor(senior.length / 2)]).toBeLessThan(10_000);
	});
});

describe('aijobs.net', async () => {
	const source = await readAijobs();

	it('accounts for all 74,301 rows', () => {
		expectAccounted(source, { read: 74_301, imported: 9_219, rejected: 0, skipped: 65_082 });
	});

	it('takes software-engineer and Engineering Manager titles, full-time, and skips a bare Manager', () => {
		expect(count(source, 'not full-time (employment_type is not FT)')).toBe(350);
		expect(
			source.accounting.skippedByReason.some((r) => r.reason.startsWith('title "Manager"'))
		).toBe(true);
		expect(source.records.filter((r) => r.track === 'em').length).toBe(372);
		expect(new Set(source.records.filter((r) => r.track === 'em').map((r) => r.stdLevel))).toEqual(
			new Set([5])
		);
		expect(source.records.every((r) => r.stock === null && r.bonus === null)).toBe(true);
	});
});

describe('Stack Overflow survey 2024', async () => {
	const source = await readSo2024();

	it('accounts for all 18,845 rows, as the upload layout reads them', () => {
		expectAccounted(source, { read: 18_845, imported: 6_192, rejected: 0, skipped: 12_653 });
		expect(count(source, 'ICorPM (individual contributor or people manager) not answered')).toBe(
			6_533
		);
	});

	it('has no company names as a source', () => {
		expect(source.records.every((r) => r.company === '')).toBe(true);
	});
});

describe('IT Salary Survey EU 2020', async () => {
	const source = await readEu2020(reference.eurPerUsd);

	it('accounts for all 1,253 rows', () => {
		expectAccounted(source, { read: 1_253, imported: 994, rejected: 14, skipped: 245 });
	});

	it('turns euros into dollars at the Fed 2020 average (0.8764 euros a dollar), filed under 2020', () => {
		expect(reference.eurPerUsd).toBe(0.8764);
		expect(source.records.every((r) => r.currency === 'USD' && r.year === 2020)).toBe(true);
	});
});

describe('reference series', () => {
	it('CPI factors run to the latest month in the file, May 2026, with 2025 over 11 months', () => {
		expect(reference.cpi.latest).toEqual({ month: '2026-05', index: 335.123 });
		const y2020 = reference.cpi.years.find((y) => y.year === 2020)!;
		expect(y2020.average).toBe(258.811);
		expect(y2020.factor).toBeCloseTo(335.123 / 258.811, 4);
		expect(reference.cpi.years.find((y) => y.year === 2025)!.months).toBe(11);
	});

	it('OEWS keeps percentiles per occupation and year, top-coded as a word, never a number', () => {
		const y2024 = reference.oewsYears.find((y) => y.year === 2024)!.rows;
		const dev = y2024.find((r) => r.code === '15-1252')!;
		const mgr = y2024.find((r) => r.code === '11-3021')!;
		expect(dev.median).toBe(133_080);
		expect(dev.p90).toBe(211_450);
		expect(mgr.median).toBe(171_200);
		expect(mgr.p90).toBe('top-coded');
	});
});

describe('published cells', async () => {
	const dou = await readDou();
	const info = sourceInfo('dou');
	const published = publishCells(dou.records, () => 'europe', info.binWidth);

	it('never publish a cell under 3 reports, and every report is in a cell or counted as left out', () => {
		expect(Math.min(...published.cells.map((c) => c.n))).toBeGreaterThanOrEqual(3);
		const inCells = published.cells.reduce((s, c) => s + c.n, 0);
		expect(inCells + published.suppressed).toBe(dou.records.length);
	});

	it("read back with the source's own bin width, a median is within one $50 bin of the exact one", () => {
		const band = bandsFromCells(published.cells, {}, { binWidth: info.binWidth }).find(
			(b) => b.track === 'ic' && b.stdLevel === 5
		)!;
		const exact = published.published
			.filter((r) => r.track === 'ic' && r.stdLevel === 5)
			.map((r) => r.total)
			.sort((a, b) => a - b);
		const mid = (exact.length - 1) / 2;
		const median = (exact[Math.floor(mid)]! + exact[Math.ceil(mid)]!) / 2;
		expect(Math.abs(band.p50 - median)).toBeLessThan(50);
	});
});

describe("today's dollars and the evidence matrix, on the bundled aggregates", () => {
	const bundled = (file: string) =>
		JSON.parse(readFileSync(resolve(ROOT, 'data/bundled', file), 'utf8')) as unknown;
	const cpi = bundled('us-cpi.json') as CpiFactors;
	const bundles = SOURCES.map((info) => ({ info, bundle: parseBundle(bundled(info.file)) }));

	it('leave every verdict of every source where it is when the switch goes to today\u2019s dollars', () => {
		for (const { bundle } of bundles) {
			const reported = claimsInDollars(bundle.cells, {}, 'reported', cpi);
			const today = claimsInDollars(bundle.cells, {}, 'today', cpi);
			expect(today.evaluated.map((e) => e.evaluation.verdict)).toEqual(
				reported.evaluated.map((e) => e.evaluation.verdict)
			);
			expect(today.cells).not.toBe(reported.cells);
		}
	});

	it("move the bundled levels.fyi 2020 level-5 IC median by 2020's factor (1.2949), within a bin", () => {
		const { bundle } = bundles.find((b) => b.info.id === 'levelsfyi')!;
		const today = claimsInDollars(bundle.cells, {}, 'today', cpi).cells;
		const median = (cells: readonly PayCell[]) =>
			bandsFromCells(cells, { years: [2020] }).find((b) => b.track === 'ic' && b.stdLevel === 5)!
				.p50;
		expect(Math.abs(median(today) - median(bundle.cells) * 1.2949)).toBeLessThan(5000 * 1.2949);
	});

	it('shows 11 claims on 6 sources and the OEWS benchmark, as the Claims page shows them', () => {
		const evidence = bundled('evidence.json') as {
			sources: { id: string }[];
			rows: { claimId: string; cells: EvidenceCell[] }[];
		};
		expect(evidence.rows.length).toBeGreaterThanOrEqual(10);
		expect(evidence.sources.map((s) => s.id)).toEqual([...SOURCES.map((s) => s.id), 'bls-oews']);
		for (const [j, { info }] of bundles.entries()) {
			const file = parseClaimsFile(bundled(`${info.id}-claims.json`), info.id);
			const part = file.parts.find((p) => p.key === 'all')!;
			expect(evidence.rows.map((r) => r.cells[j]!.verdict ?? r.cells[j]!.reason)).toEqual(
				part.evaluations.map((e) => part.untestable[e.claimId] ?? e.evaluation.verdict)
			);
		}
		const sameNeighborhood = evidence.rows.find((r) => r.claimId === 'same-neighborhood')!;
		expect(sameNeighborhood.cells.find((c) => c.sourceId === 'dou')).toMatchObject({
			status: 'untestable',
			reason: 'no company names'
		});
	});
});

describe('the claims files are current: every verdict and sentence, recomputed from the raw files', async () => {
	const bundled = (file: string) =>
		JSON.parse(readFileSync(resolve(ROOT, 'data/bundled', file), 'utf8')) as unknown;
	const levelsfyi = await ingestBytes(createReadStream(LEVELSFYI_CSV, { highWaterMark: 1 << 20 }), {
		file: 'Levels_Fyi_Salary_Data.csv',
		catalogs: loadCatalogs()
	});
	const others = await readAllSources(reference.eurPerUsd);
	// levels.fyi 2017–2021 as an upload of its raw file makes its cells; the others as the build
	// keys them before folding.
	const unfolded = [
		{ id: 'levelsfyi', cells: datasetFromRecords(levelsfyi.records, levelsfyi.report).cells },
		...others.map((source) => ({
			id: source.id,
			cells: createCells(
				source.records,
				(r) => toSourceCellKey(r, source.regionOf),
				sourceInfo(source.id).binWidth
			)
		}))
	];

	it.each(unfolded.map((u) => [u.id, u] as const))('%s', { timeout: 60_000 }, (id, { cells }) => {
		const info = sourceInfo(id as SourceId);
		const files = [`${id}-claims.json`, `${id}-claims-filters.json`].map((f) =>
			parseClaimsFile(bundled(f), id)
		);
		const parts = new Map(files.flatMap((f) => f.parts).map((p) => [p.key, p]));
		expect(files[0]!.options).toEqual({
			binWidth: info.binWidth,
			perMonth: info.measure === 'net-base-monthly'
		});
		const catalogPlaced = toCatalogPlaced(cells);
		for (const filter of CLAIMS_FILTERS) {
			const part = parts.get(toFilterKey(filter))!;
			const live = evaluateClaims(
				filter.catalogOnly ? catalogPlaced : cells,
				{ companyType: filter.companyType },
				files[0]!.options
			);
			expect(
				part.evaluations.map((e) => `${e.evaluation.verdict}: ${e.evaluation.sentence}`)
			).toEqual(live.map((e) => `${e.evaluation.verdict}: ${e.evaluation.sentence}`));
			expect(part.stability.map((s) => s.verdict)).toEqual(live.map((e) => e.evaluation.verdict));
			expect(part.stability.every((s) => s.resamples === 200)).toBe(true);
		}
	});
});
