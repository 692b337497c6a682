/**
 * What every exported table says about its numbers, in columns of its own on every row: the
 * source, the pay it measures, the currency and which dollars (today's or as reported). A CSV travels on its own (pasted into a
 * spreadsheet, mailed on), so it must say what it holds without the page beside it. This module
 * is the one place those columns are built; every CSV and JSON download goes through it.
 */
import { DEFAULT_CURRENCY } from './currency.ts';
import { SOURCES, sourceInfo, type SourceId } from './sources/registry.ts';

/** The columns every export ends with, in this order. */
export const ABOUT_COLUMNS = ['source', 'pay_measure', 'currency', 'dollars'] as const;

/** What an export's figures are; one value per column of ABOUT_COLUMNS. */
export interface ExportAbout {
	/** The source as the data control names it, "levels.fyi 2017–2021", or an upload's file name. */
	source: string;
	/** The pay the figures are: "total pay a year", "net base pay a month", "base salary a year". */
	payMeasure: string;
	/** The currency of every amount, e.g. "USD". */
	currency: string;
	/** Which dollars the amounts are in: "in May 2026 dollars; reported 2017–2021", "in dollars as reported". */
	dollars: string;
	/** The step the money cells are rounded to, as the page prints them (not a column); absent, the dollar. */
	step?: number;
}

/** What the exported figures were computed from. */
export interface ExportedData {
	/** A bundled source, the user's upload, or the BLS OEWS benchmark beside the evidence matrix. */
	sourceId: SourceId | 'upload' | 'bls-oews';
	/** An upload's file name (its source's name); unused for bundled sources. */
	name?: string;
	/**
	 * The pay the figures measure when it is not the source's own measure, e.g. "base salary a
	 * year" when a view shows one pay part.
	 */
	payMeasure?: string;
	/**
	 * Which dollars the amounts are in (the page's words, state/dollars.ts); left out, the dollars
	 * as reported, which is what claims and the evidence matrix are computed on.
	 */
	dollars?: string;
	/** An upload's currency (currency.ts toDataCurrency); bundled sources state their own. */
	currency?: string;
	/** The step those dollars are printed to (DollarsBasis.step); absent, the dollar. */
	step?: number;
}

/**
 * Whether an id names data describeExport knows (a bundled source, 'upload' or 'bls-oews').
 *
 *     isExportedSource('dou') → true     isExportedSource('nope') → false
 */
export function isExportedSource(id: string): id is ExportedData['sourceId'] {
	return id === 'upload' || id === 'bls-oews' || SOURCES.some((s) => s.id === id);
}

/**
 * The figures' source, pay measure, currency and dollars. Every bundled pay report is in US dollars;
 * an upload's amounts are in the one currency its import kept (currency.ts), given as `currency`.
 *
 *     describeExport({ sourceId: 'dou' }) → { source: 'DOU, Ukraine (Dec 2024, Jun 2025)',
 *       payMeasure: 'net base pay a month', currency: 'USD', dollars: 'in dollars as reported' }
 *     describeExport({ sourceId: 'upload', name: 'pay.csv' }) → { source: 'pay.csv',
 *       payMeasure: 'total pay a year', currency: 'USD', dollars: 'in dollars as reported' }
 */
export function describeExport(data: ExportedData): ExportAbout {
	const dollars = data.dollars ?? 'in dollars as reported';
	if (data.sourceId === 'upload')
		return {
			source: data.name || 'your upload',
			payMeasure: data.payMeasure ?? 'total pay a year',
			currency: data.currency ?? DEFAULT_CURRENCY,
			dollars
		};
	if (data.sourceId === 'bls-oews')
		return {
			source: 'US Bureau of Labor Statistics, OEWS (May 2021–2024)',
			payMeasure: data.payMeasure ?? 'median wage a year, occupation-wide (base wages only)',
			currency: 'USD',
			dollars
		};
	const info = sourceInfo(data.sourceId);
	return {
		source: info.label,
		payMeasure: data.payMeasure ?? info.measureLabel,
		currency: info.currency,
		dollars,
		// Only a bundled source's figures are adjusted for inflation, and so rounded coarser.
		...(data.step === undefined ? {} : { step: data.step })
	};
}

/**
 * The cells of ABOUT_COLUMNS for one row.
 *
 *     toAboutCells({ source: 'levels.fyi 2017–2021', payMeasure: 'total pay a year', currency: 'USD', dollars: 'in May 2026 dollars; reported 2017–2021' })
 *       → ['levels.fyi 2017–2021', 'total pay a year', 'USD', 'in May 2026 dollars; reported 2017–2021']
 */
export function toAboutCells(about: ExportAbout): string[] {
	return [about.source, about.payMeasure, about.currency, about.dollars];
}
