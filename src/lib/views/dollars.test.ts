import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluateClaims } from '$lib/claims/catalog';
import { createAnnotations } from '$lib/claims/annotations';
import { parseClaimsFile, toEvaluatedClaims } from '$lib/claims/precomputed';
import * as claimChecks from '$lib/state/claimResults.svelte';
import { parseBundle } from '$lib/data/bundle';
import { COMPANY_TYPES, type Band, type CompanyType } from '$lib/data/domain';
import { listCompanies, toCellFilter } from '$lib/data/explore';
import { sourceInfo, type SourceId } from '$lib/data/sources/registry';
import { useShippedDollarsFactors } from '$lib/server/dollars';
import { DEFAULT_FILTERS } from '$lib/state/filters';
import type { DollarsMode } from '$lib/state/dollars';
import { createViewContext, formatSourceLine } from './context';
import { VIEWS } from './registry';

useShippedDollarsFactors();

const noBands = Object.fromEntries(
	['all', ...COMPANY_TYPES].map((t) => [t, []])
) as unknown as Record<CompanyType | 'all', Band[]>;

/** The explorer's context on a real bundled source, with the claims loaded for the ladder's notes. */
function contextOn(
	sourceId: SourceId,
	dollars: DollarsMode,
	companyType: CompanyType | 'all' = 'all',
	region = ''
) {
	const info = sourceInfo(sourceId);
	const { meta, cells } = parseBundle(
		JSON.parse(readFileSync(new URL(`../../../data/bundled/${info.file}`, import.meta.url), 'utf8'))
	);
	return createViewContext({
		filters: { ...DEFAULT_FILTERS, source: sourceId, dollars, notes: true, companyType, region },
		dataset: {
			cells,
			sourceId,
			binWidth: meta.binWidth,
			source: {
				name: info.label,
				detail: '',
				license: '',
				n: meta.imported,
				firstYear: meta.firstYear,
				lastYear: meta.lastYear
			}
		},
		chosen: sourceId,
		prerendered: {
			source: { name: 'levels.fyi', firstYear: 2017, lastYear: 2021 },
			bandsByType: noBands
		},
		companies: listCompanies(cells),
		extras: { claimChecks },
		position: undefined
	});
}

describe('the explorer in either dollars (real DOU aggregates)', () => {
	const today = contextOn('dou', 'today');
	const reported = contextOn('dou', 'reported');

	test('bands are drawn in the chosen dollars', () => {
		expect(today.reportedCells).toEqual(reported.cells);
		expect(reported.cells).toBe(reported.reportedCells);
		expect(today.cells).not.toBe(reported.cells);
		const l5 = (ctx: typeof today) =>
			VIEWS.ladder.compute(ctx).bands.find((b) => b.track === 'ic' && b.stdLevel === 5)!.p50;
		expect(l5(today) / l5(reported)).toBeGreaterThan(1.03);
	});

	test('the claims’ notes on the ladder stay on the dollars as reported (levels.fyi, in the US)', () => {
		// What this guards: evaluated on the adjusted cells, some verdict of some company type would
		// move; its notes must not.
		const moved = (['all', ...COMPANY_TYPES] as const).find((type) => {
			const ctx = contextOn('levelsfyi', 'today', type, 'us');
			const filter = toCellFilter(ctx.filters);
			const verdicts = (cells: typeof today.cells) =>
				evaluateClaims(cells, filter)
					.map((e) => e.evaluation.verdict)
					.join();
			return verdicts(ctx.cells) !== verdicts(ctx.reportedCells);
		});
		expect(moved).toBeDefined();
		// A region is a filter no claims file holds: the notes are evaluated on the published cells.
		const notes = VIEWS.ladder.compute(contextOn('levelsfyi', 'today', moved!, 'us'));
		expect(notes.notes.length).toBeGreaterThan(0);
		expect(notes.notesOnPublished).toBe(true);
		expect(notes.notes).toEqual(
			VIEWS.ladder.compute(contextOn('levelsfyi', 'reported', moved!, 'us')).notes
		);
	});

	test('under a company type alone, the notes are the claims computed when the data was built', () => {
		const file = parseClaimsFile(
			JSON.parse(
				readFileSync(
					new URL('../../../data/bundled/levelsfyi-claims-filters.json', import.meta.url),
					'utf8'
				)
			),
			'levelsfyi'
		);
		claimChecks.claimResults.add(file);
		const finance = VIEWS.ladder.compute(contextOn('levelsfyi', 'today', 'finance'));
		const stored = file.parts.find((p) => p.key === 'finance')!;
		expect(finance.notesOnPublished).toBe(false);
		expect(finance.notes).toEqual(createAnnotations(toEvaluatedClaims(stored)));
		expect(finance.notes).toEqual(
			VIEWS.ladder.compute(contextOn('levelsfyi', 'reported', 'finance')).notes
		);
	});

	test('the source line and the words say which dollars', () => {
		expect(today.words.dollars).toBe('in May 2026 dollars; reported 2024–2025');
		expect(reported.words.dollars).toBe('in dollars as reported (2024–2025)');
		expect(formatSourceLine(VIEWS.ladder, VIEWS.ladder.compute(today), today)).toContain(
			'net base pay a month, USD, in May 2026 dollars; reported 2024–2025 · Each survey’s pay is adjusted from the month it was collected in.'
		);
	});
});
