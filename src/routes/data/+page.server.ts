import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBundle } from '$lib/data/bundle.ts';
import { SOURCES } from '$lib/data/sources/registry.ts';
import { formatYearSpan } from '$lib/format.ts';
import { loadBundledData } from '$lib/server/bundled.ts';
import type { PageServerLoad } from './$types';

/** Every source's provenance from its bundle's meta: licence, attribution, years and row counts. */
function readProvenance() {
	return SOURCES.map((info) => {
		const { meta } = parseBundle(
			JSON.parse(readFileSync(resolve('data/bundled', info.file), 'utf8'))
		);
		return {
			id: info.id,
			label: info.label,
			measureLabel: info.measureLabel,
			license: info.license,
			attribution: info.attribution,
			years: formatYearSpan(meta.firstYear, meta.lastYear),
			rowsRead: meta.rowsRead,
			imported: meta.imported,
			rejected: meta.rejected,
			skipped: meta.skipped,
			/** The three largest reasons for skipping, as the build counted them. */
			skippedBy: [...meta.skippedByReason].sort((a, b) => b.count - a.count).slice(0, 3),
			/** What the build says about the source (its measure, years, placements). */
			notes: meta.notes ?? []
		};
	});
}

/** '2026-05' → 'May 2026'. */
function formatMonth(month: string): string {
	const [year, m] = month.split('-').map(Number);
	return new Date(Date.UTC(year!, m! - 1, 1)).toLocaleString('en-US', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** A bundled reference file (OEWS, CPI, exchange rates), read as the build wrote it. */
function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(resolve('data/bundled', file), 'utf8')) as T;
}

interface OewsFile {
	meta: { source: string; license: string; attribution: { text: string; url: string } };
	years: {
		year: number;
		premium: number;
		occupations: { code: string; title: string; employment: number }[];
	}[];
}
interface CpiFile {
	meta: { source: string; license: string; attribution: { text: string; url: string } };
	latest: { month: string };
	years: { year: number }[];
	months: Record<string, number>;
}
interface RatesFile {
	meta: { source: string; license: string };
	rates: Record<string, Record<string, number>>;
}

/**
 * The reference series beside the pay sources: the BLS OEWS benchmark (occupation-wide wages,
 * no levels) and the series that turn old dollars into today's and euros into dollars. Each with
 * its licence, attribution, years, size and what of its file is not used.
 */
function readReferences() {
	const oews = readJson<OewsFile>('bls-oews.json');
	const cpi = readJson<CpiFile>('us-cpi.json');
	const rates = readJson<RatesFile>('exchange-rates.json');
	const oewsYears = oews.years.map((y) => y.year).sort((a, b) => a - b);
	const latest = oews.years.find((y) => y.year === oewsYears.at(-1))!;
	const rateYears = [
		...new Set(Object.values(rates.rates).flatMap((byYear) => Object.keys(byYear)))
	].sort();
	return [
		{
			id: 'bls-oews',
			label: 'BLS OEWS (national wage estimates)',
			use:
				'Benchmark beside the premium claims on the Evidence page: yearly wages (base, no stock ' +
				'or bonus) of all US employers, by occupation; no levels, no companies.',
			source: oews.meta.source,
			license: oews.meta.license,
			attribution: {
				...oews.meta.attribution,
				text: oews.meta.attribution.text.replace('<year>', `${oewsYears[0]}–${oewsYears.at(-1)}`)
			},
			years: `May ${oewsYears[0]}–${oewsYears.at(-1)}`,
			size: latest.occupations.map(
				(o) =>
					`${o.title} (${o.code}): ${o.employment.toLocaleString('en-US')} employed in May ${latest.year}`
			),
			unused:
				'Every other occupation of the files (about 1,400 a year), and the May 2020 file, which codes software developers under the older 15-1256.'
		},
		{
			id: 'us-cpi',
			label: 'US CPI-U (consumer prices)',
			use: 'Turns each year’s dollars into dollars of the latest month, for “today’s dollars”.',
			source: cpi.meta.source,
			license: cpi.meta.license,
			attribution: cpi.meta.attribution,
			years: `${cpi.years[0]?.year} to ${formatMonth(cpi.latest.month)}`,
			size: [
				`${Object.keys(cpi.months).length} monthly index values, ${cpi.years.length} yearly averages`
			],
			unused: 'October 2025, which BLS did not publish: 2025’s average covers 11 months.'
		},
		{
			id: 'exchange-rates',
			label: 'Federal Reserve exchange rates (H.10, yearly averages)',
			use: 'Turns euros and other currencies into US dollars at the survey year’s average rate.',
			source: rates.meta.source,
			license: rates.meta.license,
			attribution: {
				text: 'Board of Governors of the Federal Reserve System, H.10',
				url: 'https://www.federalreserve.gov/releases/h10/'
			},
			years: `${rateYears[0]}–${rateYears.at(-1)}`,
			size: [`${Object.keys(rates.rates).length} currencies, one average a year`],
			unused: 'Months and days: only yearly averages are kept.'
		}
	];
}

export const load = (() => {
	const { meta, cells } = loadBundledData();
	return {
		/** Provenance of the bundled levels.fyi aggregates: source, licence, years and row counts. */
		meta,
		/** How many cells the app ships. */
		cellCount: cells.length,
		sources: readProvenance(),
		references: readReferences()
	};
}) satisfies PageServerLoad;
