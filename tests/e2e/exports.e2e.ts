// Every explorer view downloads what issue #6 promises, checked against the built app in
// Chromium: the SVG draws the view's headline and source line, the CSV holds the rows of the
// table on the page and no cell a spreadsheet would run as a formula, the files are named after
// the view and its filters, and the PNG is a real PNG (once, for the company types' grid).

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './browser.ts';
import { download, findFormulaCells, parseCsv, readSvgWords } from './downloads.ts';

const OUT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Numbers as the page's tables print them ('1,234', '$185,000', '+12%', '−3%') → numbers. */
const toNumber = (text: string) =>
	Number(
		text
			.replace('(few reports)', '')
			.replace(/[,$%\s]/g, '')
			.replace('−', '-')
	);
/** A ratio as the gap table rounds it to whole percent (formatPercent rounds the size, then signs it). */
const toWholePercent = (ratio: number) => Math.sign(ratio) * Math.round(Math.abs(ratio) * 100) || 0;

/** The data rows of the tables matching `selector`, each as its header and cell texts. */
async function readTableRows(page: Page, selector: string): Promise<string[][]> {
	return page
		.locator(`${selector} tbody tr`)
		.evaluateAll((rows) =>
			rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''))
		);
}

/** Band tables list track, n and p50 in columns 2, 3 and 6; the CSV in columns 2, 4 and 7. */
const BAND_TABLES = {
	tables: 'table.band-table',
	fromTable: (r: string[]) => [r[1]!, toNumber(r[2]!), toNumber(r[5]!)],
	fromCsv: (r: string[]) => [r[1]!, Number(r[3]), Number(r[6])]
};

/**
 * For each view: its URL, the expected file name, the tables on the page, and how a CSV row
 * matches a table row (the columns both show).
 */
const VIEWS: {
	view: string;
	path: string;
	file: string;
	tables: string;
	/** The key numbers of a table row and of a CSV row, to compare in order. */
	fromTable: (row: string[]) => (string | number)[];
	fromCsv: (row: string[]) => (string | number)[];
	/** Which CSV rows the tables list (the distribution lists its bins in one table for both tracks). */
	csvRows?: (rows: string[][]) => string[][];
	/** How far a number may differ between CSV and table (0: exactly equal). */
	slack?: number;
}[] = [
	{
		view: 'ladder',
		path: '/?type=big-tech',
		file: 'forkline-ladder-big-tech-total-pay',
		...BAND_TABLES
	},
	{
		view: 'types',
		path: '/?view=types',
		file: 'forkline-company-types-total-pay',
		...BAND_TABLES
	},
	{
		view: 'gap',
		path: '/?view=gap',
		file: 'forkline-parity-gap-all-types-total-pay',
		tables: 'table.gap-table',
		fromTable: (r) => [toNumber(r[2]!), toNumber(r[4]!), toNumber(r[5]!)],
		fromCsv: (r) => [toWholePercent(Number(r[2])), Number(r[5]), Number(r[6])],
		// The CSV gives the ratio to 4 decimals and the table the whole percent of the unrounded
		// ratio: rounding twice can move a gap that sits at a half point by one point.
		slack: 1
	},
	{
		view: 'companies',
		path: '/?view=companies',
		file: 'forkline-company-ladders-top-total-pay',
		...BAND_TABLES
	},
	{
		view: 'distribution',
		path: '/?view=distribution',
		file: 'forkline-distribution-all-types-total-pay-l6',
		tables: 'table.distribution-quartiles',
		fromTable: (r) => [r[0]!, toNumber(r[1]!), toNumber(r[3]!)],
		fromCsv: (r) => [r[1]!, Number(r[5]), Number(r[7])],
		csvRows: (rows) => rows.filter((r) => r[0] === 'quartiles')
	}
];

describe('explorer downloads', () => {
	test.each(VIEWS)(
		'the $view view downloads an SVG with its headline and source, and a CSV of its table',
		async ({ view, path, file, tables, fromTable, fromCsv, csvRows, slack = 0 }) => {
			const opened = await openPage(browser, path);
			const { page } = opened;
			await page.locator('section.view svg[role="img"]').first().waitFor();
			await page.locator(`${tables} tbody tr`).first().waitFor();
			const group = /^Download /;
			const headline = ((await page.locator('#view-headline').textContent()) ?? '').trim();
			const source = ((await page.locator('p.source').textContent()) ?? '')
				.replace(/\s+/g, ' ')
				.replace(/ · about the data\s*$/, '')
				.trim();
			expect(source).toMatch(
				/^Source: levels\.fyi reports 2017–2021, n = [\d,]+ reports in this view/
			);

			const svg = await download(page, /SVG/, group);
			expect(svg.filename).toBe(`${file}.svg`);
			const svgText = readFileSync(svg.path, 'utf8');
			expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
			expect(svgText, 'colours resolved, not CSS variables').not.toContain('var(--');
			const words = readSvgWords(svgText);
			expect(words, 'the headline is the image title').toContain(headline);
			expect(words, 'the source line is drawn').toContain(source);

			const csv = await download(page, /CSV/, group);
			expect(csv.filename).toBe(`${file}.csv`);
			const rows = parseCsv(readFileSync(csv.path, 'utf8'));
			expect(findFormulaCells(rows), 'no cell a spreadsheet would run').toEqual([]);
			const data = (csvRows ?? ((r) => r))(rows.slice(1));
			const shown = await readTableRows(page, tables);
			expect(data.length, 'one CSV row per table row').toBe(shown.length);
			const near = (a: string | number, b: string | number) =>
				typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= slack : a === b;
			const fromFile = data.map(fromCsv);
			const onPage = shown.map(fromTable);
			const differing = fromFile.filter((row, i) => !row.every((v, j) => near(v, onPage[i]![j]!)));
			expect(differing, 'CSV rows that differ from the table').toEqual([]);
			if (view === 'distribution') {
				const bins = await readTableRows(page, 'table.distribution-bins');
				expect(
					rows.filter((r) => r[0] === 'bin').length,
					'a bin row per track and bin of the table'
				).toBe(2 * bins.length);
			}

			if (view === 'types') {
				expect(svgText.match(/<svg /g)?.length, 'six panels in one image, inside the frame').toBe(
					7
				);
				for (const type of ['Big tech', 'Tech-first', 'Finance']) expect(words).toContain(type);
				const png = await download(page, /PNG/, group);
				expect(png.filename).toBe(`${file}.png`);
				const bytes = readFileSync(png.path);
				expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([
					0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
				]);
				expect(bytes.readUInt32BE(16), 'a grid wider than one panel, at 2×').toBeGreaterThan(
					2 * 2 * 340
				);
				mkdirSync(OUT_DIR, { recursive: true });
				copyFileSync(png.path, `${OUT_DIR}export-types.png`);
			}

			expect(foreignRequests(opened.requests)).toEqual([]);
			expect(opened.errors).toEqual([]);
		}
	);
});
