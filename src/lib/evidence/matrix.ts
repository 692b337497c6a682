/**
 * The evidence matrix: every claim (rows) on every source that can test it (columns). Each cell
 * is the claim's own evaluation (src/lib/claims), reduced to the verdict, the figure it rests on
 * and n; or why the source cannot test it. Pure: `npm run data` builds the bundled sources'
 * columns from the claims computed on their unfolded cells (claims/precomputed.ts), which the
 * Claims page shows too; the browser evaluates only an upload's column.
 *
 * Figures are ratios and shares only: sources measure different things (US total pay a year,
 * Ukrainian net base pay a month, …), so no dollar amount crosses a column.
 */
import { CLAIMS, toExplorerHref } from '$lib/claims/catalog.ts';
import { chooseStartupSides } from '$lib/claims/evaluations.ts';
import { middle } from '$lib/claims/measure.ts';
import { describeStability, isSettled, type Stability } from '$lib/claims/stability.ts';
import type { ClaimsPart } from '$lib/claims/precomputed.ts';
import type { Claim, Evaluation, Verdict } from '$lib/claims/types.ts';
import { BIN_WIDTH, type PayCell } from '$lib/data/cells.ts';
import { SOURCES } from '$lib/data/sources/registry.ts';
import type { CompanyType } from '$lib/data/domain.ts';
import {
	ABOUT_COLUMNS,
	describeExport,
	isExportedSource,
	toAboutCells
} from '$lib/data/exportAbout.ts';
import { toCsv } from '$lib/data/tables.ts';
import { formatPercent } from '$lib/format.ts';
import { describeOews, isPremiumClaim, type OewsPremiums } from './benchmark.ts';

/** What a column knows about its source. */
export interface EvidenceSource {
	id: string;
	label: string;
	/** Has company names (not only "other companies of this type"). */
	companies: boolean;
	binWidth: number;
}

export interface EvidenceCell {
	claimId: string;
	sourceId: string;
	/** tested: a verdict; untestable: the source lacks what the claim needs; benchmark: a figure beside, not a verdict. */
	status: 'tested' | 'untestable' | 'benchmark';
	verdict?: Verdict;
	/** The figure the verdict rests on, in words: "typical gap +12%", "share 64%". */
	figure?: string;
	/** The same figure as a number (a ratio or share), for CSV and JSON. */
	value?: number;
	/** Reports the evaluation used, both tracks. */
	n?: number;
	/** Why the source cannot test the claim, in a few words: "no company names". */
	reason?: string;
	/** The evaluation's own sentence, when its dollar figures are in the source's units. */
	sentence?: string;
	/** Where to see it: the claim's first explorer view on this source. */
	href?: string;
	/** The Claims page on this source, where the claim's card is. */
	claimHref?: string;
	/** How the verdict holds up across seeded bootstrap resamples, where they were run. */
	stability?: CellStability;
}

/** A cell's stability: resamples giving the same verdict, and where it would tip. */
export interface CellStability {
	same: number;
	resamples: number;
	/** At least 80% of resamples agree (claims/stability.ts). */
	settled: boolean;
	/** The other verdict the resamples give most often. */
	tip?: Verdict;
	/** In words: 'Supported in 148 of 200 resamples: not settled; it would tip to Mixed (43).' */
	words: string;
}

/** A claim's stability (claims/stability.ts) as a cell carries it. */
export function toCellStability(stability: Stability): CellStability {
	return {
		same: stability.same,
		resamples: stability.resamples,
		settled: isSettled(stability),
		...(stability.tip ? { tip: stability.tip } : {}),
		words: describeStability(stability)
	};
}

export interface EvidenceRow {
	claimId: string;
	title: string;
	cells: EvidenceCell[];
	/** "holds in 4 of the 5 sources that can test it; fails on DOU". */
	reading: string;
}

const TECH: readonly CompanyType[] = ['big-tech', 'tech-first'];
const TRADITIONAL: readonly CompanyType[] = ['enterprise', 'finance'];

/**
 * What a claim needs that a source may not have, checked before evaluating: a missing detail
 * makes the cell "can't be tested here" with the reason, rather than "not enough data".
 */
function missingFor(
	claimId: string,
	source: Pick<EvidenceSource, 'companies'>,
	types: Set<CompanyType>
): string | undefined {
	const hasAny = (list: readonly CompanyType[]) => list.some((t) => types.has(t));
	switch (claimId) {
		case 'same-neighborhood':
			return source.companies ? undefined : 'no company names';
		case 'startup-vs-bigtech': {
			// Each side is the essay's own type or the nearest the source has (chooseStartupSides).
			const sides = chooseStartupSides(types);
			return typeof sides === 'string' ? sides : undefined;
		}
		case 'culture-decides':
			if (!hasAny(TECH)) return 'no big-tech or tech-first employers';
			return hasAny(TRADITIONAL) ? undefined : 'no enterprise or finance employers';
		default:
			return undefined;
	}
}

/**
 * The figure a verdict rests on: the evaluation's own deciding figure in words, set against its
 * rule ('one level down, a 25.13% cut, just over the 25% we count as modest'), with the typical
 * ratio or share as the number. A deciding figure that quotes dollar amounts is not shown, since
 * amounts never cross columns; the typical ratio stands in for it.
 */
function decidingFigure(evaluation: Evaluation): { figure: string; value: number } | undefined {
	const typical = typicalFigure(evaluation);
	if (evaluation.decisive && !evaluation.decisive.includes('$'))
		return { figure: evaluation.decisive, value: typical?.value ?? NaN };
	return typical;
}

/** The typical gap of an evaluation's comparisons, else its measures' typical share. */
function typicalFigure(evaluation: Evaluation): { figure: string; value: number } | undefined {
	if (evaluation.comparisons.length > 0) {
		const value = middle(evaluation.comparisons.map((c) => c.gap));
		return { figure: `typical gap ${formatPercent(value)}`, value };
	}
	const shares = evaluation.measures.filter((m) => m.kind === 'share');
	if (shares.length > 0) {
		const value = middle(shares.map((m) => m.value));
		return { figure: `share ${Math.round(value * 100)}%`, value };
	}
	const first = evaluation.measures[0];
	if (!first) return undefined;
	const figure =
		first.kind === 'level'
			? `${first.label} ${first.value.toFixed(1)}`
			: `${first.label} ${first.value}`;
	return { figure, value: first.value };
}

/**
 * Why a source cannot test a claim, in a few words, or undefined when it can: the same reason the
 * evidence matrix gives, for the Claims page's card on that source.
 *
 *     whyUntestable('same-neighborhood', { companies: false }, douCells) → 'no company names'
 */
export function whyUntestable(
	claimId: string,
	source: Pick<EvidenceSource, 'companies'>,
	cells: readonly PayCell[]
): string | undefined {
	return missingFor(claimId, source, new Set(cells.map((c) => c.companyType)));
}

/**
 * Every claim a source cannot test, with the reason, by claim id.
 *
 *     untestableClaims({ companies: false }, douCells) → Map { 'same-neighborhood' → 'no company names', … }
 */
export function untestableClaims(
	source: Pick<EvidenceSource, 'companies'>,
	cells: readonly PayCell[]
): Map<string, string> {
	const types = new Set(cells.map((c) => c.companyType));
	return new Map(
		CLAIMS.flatMap((claim) => {
			const reason = missingFor(claim.id, source, types);
			return reason ? [[claim.id, reason] as const] : [];
		})
	);
}

/**
 * A page's address on a source: `source=<id>` for a bundled source; an upload has no id in the
 * address (the data control shows it), so its links name none.
 */
function onSource(path: string, sourceId: string): string {
	if (!SOURCES.some((s) => s.id === sourceId)) return path;
	return `${path}${path.includes('?') ? '&' : '?'}source=${encodeURIComponent(sourceId)}`;
}

/**
 * The Claims page on a source, scrolled to one claim's card (its heading's id).
 *
 *     toClaimHref('fork-at-five', 'dou') → '/claims?source=dou#claim-fork-at-five'
 */
export function toClaimHref(claimId: string, sourceId: string): string {
	return `${onSource('/claims', sourceId)}#claim-${claimId}`;
}

/**
 * One claim's evaluation on a source as a matrix cell, or why the source cannot test it.
 *
 *     toEvidenceCell(claim, source, { evaluation }) → { status: 'tested', verdict: 'mixed', figure: 'typical gap +12%', … }
 */
export function toEvidenceCell(
	claim: Claim,
	source: EvidenceSource,
	result: { evaluation: Evaluation } | { reason: string }
): EvidenceCell {
	const base = { claimId: claim.id, sourceId: source.id };
	if ('reason' in result) return { ...base, status: 'untestable', reason: result.reason };
	const { evaluation } = result;
	const figure = evaluation.verdict === 'not-enough-data' ? undefined : decidingFigure(evaluation);
	const href = onSource(toExplorerHref(claim), source.id);
	// The Claims page draws its cards once the source's cells load, then scrolls to the fragment.
	const claimHref = toClaimHref(claim.id, source.id);
	return {
		...base,
		status: 'tested',
		verdict: evaluation.verdict,
		...(figure ?? {}),
		n: evaluation.n.ic + evaluation.n.em,
		// The claims' sentences print medians in dollars of $5,000 bins; a source binned otherwise
		// (DOU, $50 a month) keeps its verdict and ratios but not those dollar figures.
		...(source.binWidth === BIN_WIDTH ? { sentence: evaluation.sentence } : {}),
		href,
		claimHref
	};
}

/** One claim on one source's cells, evaluated here (an upload's column). */
export function evaluateCell(
	claim: Claim,
	source: EvidenceSource,
	cells: readonly PayCell[]
): EvidenceCell {
	const reason = whyUntestable(claim.id, source, cells);
	return toEvidenceCell(
		claim,
		source,
		reason ? { reason } : { evaluation: claim.evaluate(cells, {}, { binWidth: source.binWidth }) }
	);
}

/** Every claim on one source: a column of the matrix. */
export function evaluateColumn(source: EvidenceSource, cells: readonly PayCell[]): EvidenceCell[] {
	return CLAIMS.map((claim) => evaluateCell(claim, source, cells));
}

/**
 * A bundled source's column from the claims computed when the data was built (the Claims page's
 * default filter, claims/precomputed.ts): the same evaluations the Claims page shows, each tested
 * verdict with its stability.
 *
 *     toPrecomputedColumn(source, part) → [{ claimId: 'parity-ideal', status: 'tested', stability: { same: 200, … }, … }, …]
 */
export function toPrecomputedColumn(source: EvidenceSource, part: ClaimsPart): EvidenceCell[] {
	return CLAIMS.map((claim, i) => {
		const reason = part.untestable[claim.id];
		const cell = toEvidenceCell(
			claim,
			source,
			reason ? { reason } : { evaluation: part.evaluations[i]!.evaluation }
		);
		const stability = part.stability.find((s) => s.claimId === claim.id);
		if (cell.status === 'tested' && cell.verdict !== 'not-enough-data' && stability)
			cell.stability = toCellStability(stability);
		return cell;
	});
}

/**
 * The BLS OEWS column: the occupation-wide premium beside the claims about the premium's size,
 * and why it cannot test the others.
 *
 *     benchmarkColumn(source, oews)[3] → { status: 'benchmark', figure: "managers' median wage 29% above …", value: 0.286 }
 */
export function benchmarkColumn(source: EvidenceSource, oews: OewsPremiums): EvidenceCell[] {
	const latest = [...oews.years].sort((a, b) => a.year - b.year).at(-1);
	return CLAIMS.map((claim) => {
		const base = { claimId: claim.id, sourceId: source.id };
		if (!latest || !isPremiumClaim(claim.id))
			return { ...base, status: 'untestable', reason: 'no levels (occupation-wide wages)' };
		return {
			...base,
			status: 'benchmark',
			figure: `${describeOews(oews)}; occupation-wide, not level-matched`,
			value: latest.premium
		};
	});
}

/**
 * A row's plain reading, from its cells and the sources' labels.
 *
 *     readRow(cells, labels) → 'holds in 4 of the 5 sources that can test it; fails on DOU'
 */
export function readRow(
	cells: readonly EvidenceCell[],
	labels: ReadonlyMap<string, string>
): string {
	const tested = cells.filter((c) => c.status === 'tested' && c.verdict !== 'not-enough-data');
	const name = (c: EvidenceCell) => labels.get(c.sourceId) ?? c.sourceId;
	const holds = tested.filter((c) => c.verdict === 'supported');
	const fails = tested.filter((c) => c.verdict === 'contradicted');
	const mixed = tested.filter((c) => c.verdict === 'mixed');
	if (tested.length === 0) return 'no source can test it with enough reports';
	const parts = [
		`holds in ${holds.length} of the ${tested.length} source${tested.length === 1 ? '' : 's'} that can test it`
	];
	if (fails.length > 0) parts.push(`fails on ${fails.map(name).join(', ')}`);
	if (mixed.length > 0) parts.push(`mixed on ${mixed.map(name).join(', ')}`);
	const unsettled = tested.filter((c) => c.stability && !c.stability.settled);
	if (unsettled.length > 0) parts.push(`not settled on ${unsettled.map(name).join(', ')}`);
	const benchmark = cells.find((c) => c.status === 'benchmark');
	if (benchmark && benchmark.value !== undefined)
		parts.push(
			`beside it, occupation-wide (${name(benchmark)}) managers earn ${Math.round(benchmark.value * 100)}% more, a figure not matched by level`
		);
	return parts.join('; ');
}

/** Rows of the matrix from its columns (each a list of cells in CLAIMS order). */
export function toRows(
	columns: readonly { source: EvidenceSource; cells: readonly EvidenceCell[] }[]
): EvidenceRow[] {
	const labels = new Map(columns.map((c) => [c.source.id, c.source.label]));
	return CLAIMS.map((claim, i) => {
		const cells = columns.map((c) => c.cells[i]!);
		return { claimId: claim.id, title: claim.title, cells, reading: readRow(cells, labels) };
	});
}

/**
 * A few sentences on what the matrix adds up to, generated from it.
 *
 *     summarize(rows) → ['3 of 11 claims hold in every source that can test them: …', …]
 */
export function summarize(rows: readonly EvidenceRow[]): string[] {
	const verdicts = (r: EvidenceRow) =>
		r.cells.filter((c) => c.status === 'tested' && c.verdict !== 'not-enough-data');
	const everywhere = rows.filter(
		(r) => verdicts(r).length >= 2 && verdicts(r).every((c) => c.verdict === 'supported')
	);
	const nowhere = rows.filter(
		(r) => verdicts(r).length >= 2 && verdicts(r).every((c) => c.verdict === 'contradicted')
	);
	const split = rows.filter(
		(r) =>
			verdicts(r).some((c) => c.verdict === 'supported') &&
			verdicts(r).some((c) => c.verdict === 'contradicted')
	);
	const untestable = rows.filter((r) => verdicts(r).length < 2);
	const list = (rs: EvidenceRow[]) => rs.map((r) => `“${r.title}”`).join(', ');
	const out: string[] = [];
	out.push(
		everywhere.length > 0
			? `${everywhere.length} of ${rows.length} claims hold in every source that can test them: ${list(everywhere)}.`
			: `No claim holds in every source that can test it.`
	);
	if (nowhere.length > 0)
		out.push(`${nowhere.length} fail in every source that can test them: ${list(nowhere)}.`);
	if (split.length > 0)
		out.push(
			`${split.length} hold in some sources and fail in others, so they depend on the sample: ${list(split)}.`
		);
	if (untestable.length > 0)
		out.push(`${untestable.length} can be tested by fewer than two sources: ${list(untestable)}.`);
	const resampled = rows.flatMap(verdicts).filter((c) => c.stability);
	if (resampled.length > 0) {
		const settled = resampled.filter((c) => c.stability!.settled).length;
		out.push(
			`${settled} of the ${resampled.length} verdicts that were resampled come out the same in at` +
				` least 80% of resamples; the other ${resampled.length - settled} could tip with a` +
				` slightly different sample.`
		);
	}
	const benchmark = rows.flatMap((r) => r.cells).find((c) => c.status === 'benchmark');
	const matched = rows
		.filter((r) => r.cells.some((c) => c.status === 'benchmark'))
		.flatMap(verdicts)
		.map((c) => c.value)
		.filter((v): v is number => v !== undefined && Number.isFinite(v));
	if (benchmark?.value !== undefined && matched.length > 0)
		out.push(
			`Occupation-wide, US managers' median wage is ${Math.round(benchmark.value * 100)}% above` +
				` developers' (BLS OEWS); at the same level the samples' typical premium runs from` +
				` ${formatPercent(Math.min(...matched))} to ${formatPercent(Math.max(...matched))}.` +
				' A premium across occupations is not a premium at the same level.'
		);
	return out;
}

/**
 * The matrix as CSV: one line per cell, every cell made safe for spreadsheets (tables.ts), each
 * ending in its source's name, pay measure and currency (exportAbout.ts): the figures are ratios,
 * but of different pay in each column.
 */
export function toEvidenceCsv(rows: readonly EvidenceRow[], uploadName = ''): string {
	const columns = [
		'claim',
		'source_id',
		'status',
		'verdict',
		'figure',
		'value',
		'n',
		'reason',
		'stability_same',
		'stability_resamples',
		'settled',
		'row_reading',
		...ABOUT_COLUMNS
	];
	const about = new Map<string, string[]>();
	const aboutOf = (id: string) => {
		if (!isExportedSource(id))
			throw new Error(`the evidence matrix names an unknown source "${id}"`);
		if (!about.has(id))
			about.set(id, toAboutCells(describeExport({ sourceId: id, name: uploadName })));
		return about.get(id)!;
	};
	const lines = rows.flatMap((row) =>
		row.cells.map((c) => [
			c.claimId,
			c.sourceId,
			c.status,
			c.verdict ?? null,
			c.figure ?? null,
			c.value ?? null,
			c.n ?? null,
			c.reason ?? null,
			c.stability?.same ?? null,
			c.stability?.resamples ?? null,
			c.stability ? (c.stability.settled ? 'yes' : 'no') : null,
			row.reading,
			...aboutOf(c.sourceId)
		])
	);
	return toCsv(columns, lines);
}
