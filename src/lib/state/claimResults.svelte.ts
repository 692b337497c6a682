/**
 * Where the claims' evaluations come from: the one place every page that shows a verdict asks
 * (/claims, /story, /brief, /method, the ladder's notes). For a bundled source under a filter the
 * Claims page offers (a company type or all, on all reports or catalog-placed only), they are the
 * evaluations computed when the data was built from the source's unfolded cells
 * (claims/precomputed.ts), with their stability: the answer its raw file gives. For an upload, or
 * under an explorer filter no file holds (a region, a year, a company), the claims are evaluated
 * here on the cells shown, and the page resamples them itself.
 *
 * Each source's files are static assets fetched on first use: the default filter's (about 10 KB
 * gzipped) when a page needs it, the other filters' when one is chosen or prefetched.
 */
import levelsfyiDefault from '$data/bundled/levelsfyi-claims.json?url';
import levelsfyiFilters from '$data/bundled/levelsfyi-claims-filters.json?url';
import levelsfyi2022Default from '$data/bundled/levelsfyi-2022-claims.json?url';
import levelsfyi2022Filters from '$data/bundled/levelsfyi-2022-claims-filters.json?url';
import douDefault from '$data/bundled/dou-claims.json?url';
import douFilters from '$data/bundled/dou-claims-filters.json?url';
import aijobsDefault from '$data/bundled/aijobs-claims.json?url';
import aijobsFilters from '$data/bundled/aijobs-claims-filters.json?url';
import so2024Default from '$data/bundled/so2024-claims.json?url';
import so2024Filters from '$data/bundled/so2024-claims-filters.json?url';
import eu2020Default from '$data/bundled/eu2020-claims.json?url';
import eu2020Filters from '$data/bundled/eu2020-claims-filters.json?url';
import { browser } from '$app/environment';
import { evaluateClaims, type EvaluatedClaim } from '$lib/claims/catalog';
import { countFallback, isClassified, toCatalogPlaced } from '$lib/claims/measure';
import {
	DEFAULT_FILTER_KEY,
	parseClaimsFile,
	toEvaluatedClaims,
	toFilterKey,
	type ClaimsFile,
	type ClaimsPart
} from '$lib/claims/precomputed';
import type { Sensitivity } from '$lib/claims/sensitivity';
import type { Stability } from '$lib/claims/stability';
import type { CellFilter, PayCell } from '$lib/data/cells';
import type { Dataset } from '$lib/data/dataset';
import type { SourceId } from '$lib/data/sources/registry';
import { untestableClaims } from '$lib/evidence/matrix';
import { describeShown } from './shownSource';

/** Each bundled source's claims files: the default filter's, and the others'. */
const CLAIMS_URLS: Record<SourceId, { default: string; filters: string }> = {
	levelsfyi: { default: levelsfyiDefault, filters: levelsfyiFilters },
	'levelsfyi-2022': { default: levelsfyi2022Default, filters: levelsfyi2022Filters },
	dou: { default: douDefault, filters: douFilters },
	aijobs: { default: aijobsDefault, filters: aijobsFilters },
	so2024: { default: so2024Default, filters: so2024Filters },
	eu2020: { default: eu2020Default, filters: eu2020Filters }
};

/** The data a page checks the claims against. */
export interface ClaimsData {
	/** The bundled source, or 'upload'. */
	sourceId: SourceId | 'upload';
	/** Its cells in the dollars as reported (verdicts never move with the dollars switch). */
	cells: readonly PayCell[];
	binWidth: number;
	/** Its pay is a month's (DOU): dollar figures read "a month". */
	perMonth: boolean;
	/** It names companies (the claims about companies can be tested). */
	companies: boolean;
}

/**
 * A loaded dataset as the claims read it.
 *
 *     toClaimsData(datasets.current) → { sourceId: 'levelsfyi', cells: [...], binWidth: 5000, perMonth: false, companies: true }
 */
export function toClaimsData(dataset: Dataset): ClaimsData {
	const shown = describeShown(dataset);
	return {
		sourceId: dataset.sourceId ?? 'upload',
		cells: dataset.cells,
		binWidth: shown.binWidth,
		perMonth: shown.perMonth,
		companies: shown.companies
	};
}

/** What a page shows of the claims. */
export interface ClaimResults {
	evaluated: EvaluatedClaim[];
	/** How settled each verdict is, when computed with the data; else the page resamples. */
	stability: Stability[] | undefined;
	/** Reports under the company type placed by the experience fallback, and those whose placement is known. */
	placement: { fallback: number; known: number; n: number };
	/** Why the data cannot test a claim, by claim id. */
	untestable: Map<string, string>;
	/**
	 * 'build': computed from the source's unfolded cells when the data was built (the answer its
	 * raw file gives); 'live': evaluated here on the cells shown (an upload, or an explorer filter
	 * no file holds, where a bundled source's cells are the published, privacy-folded ones).
	 */
	from: 'build' | 'live';
}

/**
 * The Claims page's filter a cell filter is, or undefined when no claims file holds it (any
 * filter beyond a company type, or unclassified companies).
 *
 *     toPrecomputedKey({ companyType: 'finance' }, true) → 'finance+catalog'
 *     toPrecomputedKey({ companyType: 'finance', years: [2020] }, false) → undefined
 */
export function toPrecomputedKey(filter: CellFilter, catalogOnly: boolean): string | undefined {
	const { companyType = 'all', ...rest } = filter;
	const more = Object.values(rest).some((v) => v !== undefined && v !== '' && !isEmptyList(v));
	if (more || (companyType !== 'all' && !isClassified(companyType))) return undefined;
	return toFilterKey({ companyType, catalogOnly });
}

const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;

class ClaimResultsState {
	/** Every part loaded so far, by `${sourceId}|${filter key}`. */
	#parts = $state.raw<Record<string, ClaimsPart>>({});
	/** The Method page's sensitivity rows, by source. */
	#sensitivity = $state.raw<Partial<Record<SourceId, Sensitivity[]>>>({});
	/** Set when a claims file could not be fetched or read. */
	error = $state<string | undefined>(undefined);
	#loading = new Map<string, Promise<void>>();

	/**
	 * The claims on some data under a filter: the precomputed ones for a bundled source under a
	 * filter the files hold (undefined until they arrive, so no other figure shows meanwhile),
	 * else evaluated now on the data's cells. Reactive: read in a `$derived`, it updates when the
	 * file arrives.
	 */
	claimsFor(data: ClaimsData, filter: CellFilter, catalogOnly = false): ClaimResults | undefined {
		const key = toPrecomputedKey(filter, catalogOnly);
		if (data.sourceId !== 'upload' && key !== undefined) {
			const part = this.#parts[`${data.sourceId}|${key}`];
			if (!part) {
				void this.#load(data.sourceId, key === DEFAULT_FILTER_KEY ? 'default' : 'filters');
				return undefined;
			}
			return {
				evaluated: toEvaluatedClaims(part),
				stability: part.stability,
				placement: part.placement,
				untestable: new Map(Object.entries(part.untestable)),
				from: 'build'
			};
		}
		const cells = catalogOnly ? toCatalogPlaced(data.cells) : data.cells;
		return {
			evaluated: evaluateClaims(cells, filter, {
				binWidth: data.binWidth,
				perMonth: data.perMonth
			}),
			stability: undefined,
			placement: countFallback(data.cells, filter),
			untestable: untestableClaims(data, cells),
			from: 'live'
		};
	}

	/** The Method page's sensitivity rows of a bundled source (all company types); undefined until loaded. */
	sensitivityOf(sourceId: SourceId): Sensitivity[] | undefined {
		const rows = this.#sensitivity[sourceId];
		if (!rows) void this.#load(sourceId, 'default');
		return rows;
	}

	/** Fetch a source's other filters ahead of their first use (the Claims page, once shown). */
	prefetch(sourceId: SourceId): void {
		void this.#load(sourceId, 'filters');
	}

	/** Take in a claims file's parts (a fetched one, or one a node test read from disk). */
	add(file: ClaimsFile): void {
		const sourceId = file.sourceId as SourceId;
		this.#parts = {
			...this.#parts,
			...Object.fromEntries(file.parts.map((p) => [`${sourceId}|${p.key}`, p]))
		};
		if (file.sensitivity)
			this.#sensitivity = { ...this.#sensitivity, [sourceId]: file.sensitivity };
	}

	#load(sourceId: SourceId, which: 'default' | 'filters'): Promise<void> {
		// Prerendering draws the frame only; the files are fetched in the browser.
		if (!browser) return Promise.resolve();
		const id = `${sourceId}|${which}`;
		const cached = this.#loading.get(id);
		if (cached) return cached;
		const loading = fetch(CLAIMS_URLS[sourceId][which])
			.then((response) => {
				if (!response.ok) throw new Error(`the server answered ${response.status}`);
				return response.json();
			})
			.then((json) => {
				this.add(parseClaimsFile(json, sourceId));
				this.error = undefined;
			})
			.catch((error: unknown) => {
				this.#loading.delete(id);
				this.error = `Could not load the claims of this source: ${error instanceof Error ? error.message : String(error)}`;
			});
		this.#loading.set(id, loading);
		return loading;
	}
}

/** The one claims state of the app. */
export const claimResults = new ClaimResultsState();
