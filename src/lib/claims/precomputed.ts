/**
 * The claims of a bundled source, computed when the data is built from its unfolded cells (every
 * report, binned at the bundle's width, with nothing withheld: what uploading the raw file gives),
 * for every filter the Claims page offers. The app shows these evaluations instead of evaluating
 * the published cells, whose privacy folding could move a verdict on a knife edge, so a bundled
 * source and its raw file give one answer.
 *
 * Only evaluations are stored: medians, gaps, shares and counts of groups of at least
 * MIN_PUBLISHED_N reports (checked by `findSmallSides`), never a cell. Pure: no DOM, no Svelte.
 */
import type { PayCell } from '$lib/data/cells.ts';
import { COMPANY_TYPES, type CompanyType } from '$lib/data/domain.ts';
import { CLAIMS, evaluateClaims, type EvaluatedClaim } from './catalog.ts';
import { countFallback, isClassified, toCatalogPlaced } from './measure.ts';
import { createSensitivity, type Sensitivity } from './sensitivity.ts';
import {
	resampleCells,
	STABILITY_DRAWS,
	STABILITY_RESAMPLES,
	STABILITY_SEED,
	toStability,
	type Stability
} from './stability.ts';
import { createSeededRandom } from '$lib/data/bootstrap.ts';
import type { EvaluateOptions, Evaluation, Verdict } from './types.ts';

// 3: each evaluation counts its reports placed by the fallback (fallback, placementWithheld).
export const CLAIMS_FORMAT = 'forkline-claims/3';

/** One filter of the Claims page: a company type (or all), on all reports or catalog-placed only. */
export interface ClaimsFilter {
	companyType: CompanyType | 'all';
	catalogOnly: boolean;
}

/** The company types the Claims page offers: all, and each classified one. */
export const CLAIMS_COMPANY_TYPES: readonly (CompanyType | 'all')[] = [
	'all',
	...COMPANY_TYPES.filter(isClassified)
];

/** Every filter the Claims page offers (16): the default one first. */
export const CLAIMS_FILTERS: readonly ClaimsFilter[] = [false, true].flatMap((catalogOnly) =>
	CLAIMS_COMPANY_TYPES.map((companyType) => ({ companyType, catalogOnly }))
);

/**
 * A filter's name in the files.
 *
 *     toFilterKey({ companyType: 'finance', catalogOnly: true }) → 'finance+catalog'
 */
export function toFilterKey(filter: ClaimsFilter): string {
	return `${filter.companyType}${filter.catalogOnly ? '+catalog' : ''}`;
}

/** The filter the Claims page opens with, whose part comes in the small default file. */
export const DEFAULT_FILTER_KEY = toFilterKey({ companyType: 'all', catalogOnly: false });

/** How the claims were evaluated on a source: its bin width and whether its pay is a month's. */
export type ClaimsOptions = Required<Pick<EvaluateOptions, 'binWidth' | 'perMonth'>>;

/** Everything the Claims page shows for one filter. */
export interface ClaimsPart {
	/** toFilterKey of its filter. */
	key: string;
	/** Each claim's evaluation, in CLAIMS order. */
	evaluations: { claimId: string; evaluation: Evaluation }[];
	/** Each claim's stability over the seeded resamples. */
	stability: Stability[];
	/** Reports under the filter placed by the experience fallback, and those whose placement is known. */
	placement: { fallback: number; known: number; n: number };
	/** Why the source cannot test a claim, by claim id (the evidence matrix's reasons). */
	untestable: Record<string, string>;
}

/** One file: the default part with the Method page's sensitivity rows, or the other parts. */
export interface ClaimsFile {
	format: typeof CLAIMS_FORMAT;
	sourceId: string;
	generatedBy: string;
	seed: number;
	resamples: number;
	options: ClaimsOptions;
	parts: ClaimsPart[];
	/** For all company types: each claim at half and one and a half times its threshold. */
	sensitivity?: Sensitivity[];
}

/** What a source can test, decided from its unfolded cells (the evidence matrix's rule). */
export type UntestableOf = (cells: readonly PayCell[]) => Map<string, string>;

/**
 * Every claim's stability for several company types on the same cells. Each resample is drawn
 * once and evaluated under every filter, so a filter's shares are exactly those of
 * `measureStability(cells, filter, verdicts)`: the seeded generator is read only by the
 * resampling, never by an evaluation.
 *
 *     measureStabilityByType(cells, ['all', 'finance'], verdicts) → Map { 'all' → [{ claimId: 'parity-ideal', same: 200, … }, …], … }
 */
export function measureStabilityByType(
	cells: readonly PayCell[],
	types: readonly (CompanyType | 'all')[],
	verdicts: ReadonlyMap<CompanyType | 'all', Readonly<Record<string, Verdict>>>,
	options: EvaluateOptions,
	{
		resamples = STABILITY_RESAMPLES,
		seed = STABILITY_SEED,
		onProgress
	}: { resamples?: number; seed?: number; onProgress?: (done: number) => void } = {}
): Map<CompanyType | 'all', Stability[]> {
	const random = createSeededRandom(seed);
	const counts = types.map(() =>
		CLAIMS.map(() => ({ supported: 0, mixed: 0, contradicted: 0, 'not-enough-data': 0 }))
	);
	for (let r = 0; r < resamples; r++) {
		const resample = resampleCells(cells, random);
		types.forEach((companyType, t) =>
			CLAIMS.forEach((claim, i) => {
				const { verdict } = claim.evaluate(
					resample,
					{ companyType },
					{ ...options, draws: STABILITY_DRAWS }
				);
				counts[t]![i]![verdict]++;
			})
		);
		onProgress?.(r + 1);
	}
	return new Map(
		types.map((companyType, t) => [
			companyType,
			CLAIMS.map((claim, i) =>
				toStability(
					claim.id,
					verdicts.get(companyType)?.[claim.id] ?? 'not-enough-data',
					counts[t]![i]!,
					resamples
				)
			)
		])
	);
}

/**
 * Every part of a source's claims file, from its unfolded cells: each filter's evaluations, the
 * stability of each (200 seeded resamples per placement, every company type on the same
 * resamples), the fallback counts and what cannot be tested; and the sensitivity rows for all
 * company types.
 *
 *     createClaimsParts(rawCells, { binWidth: 5000, perMonth: false }, untestableOf)
 *       → { parts: [{ key: 'all', evaluations: [...], stability: [...], … }, …], sensitivity: [...] }
 */
export function createClaimsParts(
	cells: readonly PayCell[],
	options: ClaimsOptions,
	untestableOf: UntestableOf,
	progress?: (message: string) => void
): { parts: ClaimsPart[]; sensitivity: Sensitivity[] } {
	const catalogPlaced = toCatalogPlaced(cells);
	const parts: ClaimsPart[] = [];
	for (const catalogOnly of [false, true]) {
		const selected = catalogOnly ? catalogPlaced : cells;
		const untestable = Object.fromEntries(untestableOf(selected));
		const evaluated = new Map(
			CLAIMS_COMPANY_TYPES.map((companyType) => [
				companyType,
				evaluateClaims(selected, { companyType }, options)
			])
		);
		const verdicts = new Map(
			[...evaluated].map(([type, list]) => [
				type,
				Object.fromEntries(list.map((e) => [e.claim.id, e.evaluation.verdict]))
			])
		);
		const stability = measureStabilityByType(selected, CLAIMS_COMPANY_TYPES, verdicts, options, {
			onProgress: (done) => {
				if (done % 50 === 0)
					progress?.(
						`${catalogOnly ? 'catalog-placed' : 'all reports'}: ${done} of ${STABILITY_RESAMPLES} resamples`
					);
			}
		});
		for (const companyType of CLAIMS_COMPANY_TYPES)
			parts.push({
				key: toFilterKey({ companyType, catalogOnly }),
				evaluations: evaluated
					.get(companyType)!
					.map((e) => ({ claimId: e.claim.id, evaluation: e.evaluation })),
				stability: stability.get(companyType)!,
				// The fallback count reads every report of the type, as the card says.
				placement: countFallback(cells, { companyType }),
				untestable
			});
	}
	const sensitivity = CLAIMS.map((claim) =>
		createSensitivity(claim, cells, {}, catalogPlaced, options)
	);
	return { parts, sensitivity };
}

/**
 * Compared groups smaller than the privacy floor in an evaluation, as "label (n)": none may be
 * published.
 *
 *     findSmallSides(evaluation, 3) → ['Acme L7 EM (2)']
 */
export function findSmallSides(evaluation: Evaluation, floor: number): string[] {
	const comparisons = [
		...evaluation.comparisons,
		...(evaluation.readings?.shown.flatMap((r) => r.comparisons) ?? [])
	];
	return comparisons
		.flatMap((c) => [c.a, c.b])
		.filter((side) => side.n < floor)
		.map((side) => `${side.label} (${side.n})`);
}

/**
 * A claims file's text as read back: checked to be this format and source, so a stale or foreign
 * file is an error rather than another source's verdicts.
 *
 *     parseClaimsFile(json, 'dou') → { format: 'forkline-claims/3', sourceId: 'dou', parts: [...], … }
 */
export function parseClaimsFile(json: unknown, sourceId: string): ClaimsFile {
	const file = json as Partial<ClaimsFile> | null;
	if (!file || file.format !== CLAIMS_FORMAT)
		throw new Error(`the claims file of ${sourceId} is not ${CLAIMS_FORMAT}`);
	if (file.sourceId !== sourceId)
		throw new Error(`the claims file of ${sourceId} is ${String(file.sourceId)}'s`);
	if (!Array.isArray(file.parts)) throw new Error(`the claims file of ${sourceId} has no parts`);
	for (const part of file.parts)
		if (part.evaluations.map((e) => e.claimId).join() !== CLAIMS.map((c) => c.id).join())
			throw new Error(`the claims file of ${sourceId} does not list the claims of this build`);
	return file as ClaimsFile;
}

/**
 * A stored part as the pages read claims: each claim with its evaluation.
 *
 *     toEvaluatedClaims(part) → [{ claim: { id: 'parity-ideal', … }, evaluation: { verdict: 'mixed', … } }, …]
 */
export function toEvaluatedClaims(part: ClaimsPart): EvaluatedClaim[] {
	return CLAIMS.map((claim, i) => ({ claim, evaluation: part.evaluations[i]!.evaluation }));
}
