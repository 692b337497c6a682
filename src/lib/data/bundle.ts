/**
 * The bundled-data file: pay cells plus their provenance, as compact JSON.
 *
 * scripts/build-data.ts writes it from the raw levels.fyi export; the app reads it. Each cell is
 * an array (company and region as indexes into string tables) so the file stays small enough to
 * fetch on first paint. The reader validates the file with zod, as it would any input.
 */
import { z } from 'zod';
import {
	STD_LEVELS,
	STORED_COMPANY_TYPE_ORDER,
	type CompanyType,
	type StdLevel
} from './domain.ts';
import { PLACEMENTS, type PayCell, type YoeBand } from './cells.ts';

/**
 * Version 2 added each cell's level placement (catalog / fallback / withheld) after its level.
 * Only the current version is read: the bundle is rebuilt with the app, never kept apart.
 */
export const BUNDLE_FORMAT = 'forkline-cells/2';

/** Where the numbers come from and what happened to every row on the way. */
export interface BundleMeta {
	source: string;
	sourceDetail: string;
	license: string;
	firstYear: number;
	lastYear: number;
	rowsRead: number;
	imported: number;
	rejected: number;
	skipped: number;
	skippedByReason: { reason: string; count: number }[];
	rejectedByReason: { reason: string; count: number }[];
	levelSources: { given: number; catalog: number; title: number; experience: number };
	/** Reports whose company was folded into "other companies of this type" to keep cells ≥ 3. */
	foldedToOther: number;
	/** Each coarsening step applied to cells under the floor, with the reports it touched. */
	folds: { step: string; count: number }[];
	/** Reports left out of the published cells because even the folded cell held fewer than 3. */
	suppressed: number;
	/** Smallest number of reports any published cell describes. */
	minCellN: number;
	binWidth: number;
	quantileMethod: string;
	generatedBy: string;
	/**
	 * What a bundle of another source says about itself (scripts/build-sources.ts writes these;
	 * the levels.fyi bundle leaves them out; src/lib/data/sources/registry.ts gives its values).
	 */
	sourceId?: string;
	/** The pay measure the histograms count, e.g. 'total-yearly' or 'net-base-monthly'. */
	measure?: PayMeasure;
	/** The measure in words, for every chart and table: "total pay a year". */
	measureLabel?: string;
	/** ISO code of the amounts in the histograms. */
	currency?: string;
	/** 'reported': dollars of each report's own year, before any CPI adjustment. */
	dollars?: 'reported';
	/** Which details the source has, so a view draws only what it can. */
	has?: { companies: boolean; levels: boolean; companyTypes: boolean; stock: boolean };
	/** How the source must be credited where its figures are shown. */
	attribution?: { text: string; url: string; linkRequired: boolean };
	/** Anything a reader of the figures needs to know (conversions, scope, out-of-time use). */
	notes?: string[];
}

/** The pay measures Forkline's sources report. */
export type PayMeasure = 'total-yearly' | 'salary-yearly' | 'base-yearly' | 'net-base-monthly';

export interface PayBundle {
	meta: BundleMeta;
	cells: PayCell[];
}

const isInt = (v: unknown, min: number, max = Infinity): boolean =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function isHistogram(v: unknown): boolean {
	if (!Array.isArray(v) || v.length % 2 !== 0) return false;
	for (const x of v) if (!isInt(x, 0)) return false;
	return true;
}

/** What is wrong with one encoded cell, or undefined when it is well formed. */
function cellProblem(cell: unknown[]): string | undefined {
	if (cell.length !== 13) return `a cell has ${cell.length} fields, not 13`;
	const [company, type, track, level, placement, region, year, yoe, n] = cell;
	if (!isInt(company, -1)) return 'company index';
	if (!isInt(type, 0, STORED_COMPANY_TYPE_ORDER.length - 1)) return 'company type index';
	if (track !== 0 && track !== 1) return 'track must be 0 or 1';
	if (!isInt(level, STD_LEVELS[0]!, STD_LEVELS[STD_LEVELS.length - 1]!)) return 'std level';
	if (!isInt(placement, 0, PLACEMENTS.length - 1))
		return 'placement must be 0 (catalog), 1 (fallback) or 2 (withheld)';
	if (!isInt(region, 0)) return 'region index';
	if (!isInt(year, 0)) return 'year';
	if (!isInt(yoe, -1, 4)) return 'experience band';
	if (!isInt(n, 1)) return 'n must be a whole number above 0';
	for (let h = 9; h < 13; h++)
		if (!isHistogram(cell[h])) return 'histograms are bin/count pairs of whole numbers';
	return undefined;
}

const fileSchema = z.object({
	format: z.literal(BUNDLE_FORMAT),
	meta: z.object({
		source: z.string(),
		sourceDetail: z.string(),
		license: z.string(),
		firstYear: z.number().int(),
		lastYear: z.number().int(),
		rowsRead: z.number().int(),
		imported: z.number().int(),
		rejected: z.number().int(),
		skipped: z.number().int(),
		skippedByReason: z.array(z.object({ reason: z.string(), count: z.number().int() })),
		rejectedByReason: z.array(z.object({ reason: z.string(), count: z.number().int() })),
		levelSources: z.object({
			given: z.number(),
			catalog: z.number(),
			title: z.number(),
			experience: z.number()
		}),
		foldedToOther: z.number().int(),
		folds: z.array(z.object({ step: z.string(), count: z.number().int() })),
		suppressed: z.number().int(),
		minCellN: z.number().int(),
		binWidth: z.number().positive(),
		quantileMethod: z.string(),
		generatedBy: z.string(),
		sourceId: z.string().optional(),
		measure: z
			.enum(['total-yearly', 'salary-yearly', 'base-yearly', 'net-base-monthly'])
			.optional(),
		measureLabel: z.string().optional(),
		currency: z.string().optional(),
		dollars: z.literal('reported').optional(),
		has: z
			.object({
				companies: z.boolean(),
				levels: z.boolean(),
				companyTypes: z.boolean(),
				stock: z.boolean()
			})
			.optional(),
		attribution: z
			.object({ text: z.string(), url: z.string(), linkRequired: z.boolean() })
			.optional(),
		notes: z.array(z.string()).optional()
	}),
	companies: z.array(z.string()),
	regions: z.array(z.string()),
	/** [company index (-1: other), type index, track 0 ic / 1 em, std level, placement index, region index, year, yoe band, n, total, base, stock, bonus] */
	cells: z.array(z.array(z.unknown())).superRefine((cells, ctx) => {
		// One plain loop rather than a zod tuple per cell: the same checks at a small part of the
		// cost, on the ~6,000 cells the app reads at start-up.
		for (let i = 0; i < cells.length; i++) {
			const problem = cellProblem(cells[i]!);
			if (problem) {
				ctx.addIssue({ code: 'custom', path: [i], message: problem, input: cells[i] });
				return;
			}
		}
	})
});

/** Write a bundle as compact JSON. */
export function serializeBundle(bundle: PayBundle): string {
	const companies = [...new Set(bundle.cells.map((c) => c.company).filter((c) => c !== ''))].sort();
	const regions = [...new Set(bundle.cells.map((c) => c.region))].sort();
	const companyIndex = new Map(companies.map((c, i) => [c, i]));
	const regionIndex = new Map(regions.map((r, i) => [r, i]));
	const cells = bundle.cells.map((c) => [
		c.company === '' ? -1 : companyIndex.get(c.company)!,
		STORED_COMPANY_TYPE_ORDER.indexOf(c.companyType),
		c.track === 'ic' ? 0 : 1,
		c.stdLevel,
		PLACEMENTS.indexOf(c.placement),
		regionIndex.get(c.region)!,
		c.year,
		c.yoe,
		c.n,
		c.total,
		c.base,
		c.stock,
		c.bonus
	]);
	// One cell a line keeps diffs of the committed file readable.
	const head = JSON.stringify(
		{ format: BUNDLE_FORMAT, meta: bundle.meta, companies, regions },
		null,
		'\t'
	);
	return `${head.slice(0, -2)},\n\t"cells": [\n${cells.map((c) => `\t\t${JSON.stringify(c)}`).join(',\n')}\n\t]\n}\n`;
}

/**
 * Read a bundle, validating every cell.
 *
 *     parseBundle(JSON.parse(text)) → { meta: { source: 'levels.fyi …', … }, cells: [ … ] }
 */
export function parseBundle(json: unknown): PayBundle {
	const file = fileSchema.parse(json);
	// The schema has checked every field's type and range; the casts only restate it.
	const cells: PayCell[] = file.cells.map((cell) => {
		const [
			company,
			type,
			track,
			level,
			placement,
			region,
			year,
			yoe,
			n,
			total,
			base,
			stock,
			bonus
		] = cell as [
			number,
			number,
			number,
			number,
			number,
			number,
			number,
			number,
			number,
			number[],
			number[],
			number[],
			number[]
		];
		return {
			company: company === -1 ? '' : file.companies[company]!,
			companyType: STORED_COMPANY_TYPE_ORDER[type] as CompanyType,
			track: track === 0 ? 'ic' : 'em',
			stdLevel: level as StdLevel,
			placement: PLACEMENTS[placement]!,
			region: file.regions[region]!,
			year,
			yoe: yoe as YoeBand,
			n,
			total,
			base,
			stock,
			bonus
		};
	});
	return { meta: file.meta, cells };
}
