// Every explorer view downloads what issue #6 promises, checked against the built app in
// Chromium: the SVG draws the view's headline and source line, the CSV holds the rows of the
// table on the page and no cell a spreadsheet would run as a formula, the files are named after
// the view and its filters, and the PNG is a real PNG (once, for the company types' grid).
// Issue #15.9: every download says what it holds, read in dark mode, where it used to go wrong.

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './browser.ts';
import {
	download,
	findFormulaCells,
	parseCsv,
	pixelAt,
	readPngPixels,
	readSvgWords,
	type PngPixels
} from './downloads.ts';

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
			expect(svgText, 'no keyboard hints or focus order in an image').not.toMatch(
				/tabindex|data-arrow|data-mark-group|arrow keys/
			);
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

/** Whether a file name (without extension) writes any word twice: 'forkline-types-types-total' does. */
const repeatedWords = (name: string) => {
	const words = name.replace(/\.[a-z]+$/, '').split('-');
	return words.filter((word, i) => words.indexOf(word) !== i);
};

/** A pixel light enough to be the light theme's white background (the dark one is #111318). */
const isLight = ([r, g, b]: number[]) => r! > 240 && g! > 240 && b! > 240;

/** The left-most and right-most columns of a PNG whose pixels differ from its corner's. */
function findInkColumns(png: PngPixels): { left: number; right: number } {
	const background = pixelAt(png, 1, 1);
	let left = png.width;
	let right = -1;
	for (let y = 0; y < png.height; y++)
		for (let x = 0; x < png.width; x++) {
			const p = pixelAt(png, x, y);
			const distance = [0, 1, 2].reduce((sum, c) => sum + Math.abs(p[c]! - background[c]!), 0);
			if (distance > 60) [left, right] = [Math.min(left, x), Math.max(right, x)];
		}
	return { left, right };
}

/** What the page's own colours are: its theme attribute and background. */
const readPageTheme = (page: Page) =>
	page.evaluate(() => ({
		attribute: document.documentElement.getAttribute('data-theme'),
		background: getComputedStyle(document.body).backgroundColor
	}));

describe('downloads say what they hold (#15.9)', () => {
	test('the distribution CSV in dark mode names its source, pay and currency, and its last bin is open-ended', async () => {
		const opened = await openPage(browser, '/?view=distribution');
		const { page } = opened;
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.locator('table.distribution-bins tbody tr').first().waitFor();
		const csv = await download(page, /CSV/, /^Download /);
		expect(repeatedWords(csv.filename), csv.filename).toEqual([]);
		const [header, ...rows] = parseCsv(readFileSync(csv.path, 'utf8'));
		const column = (name: string) => header!.indexOf(name);
		for (const name of ['source', 'pay_measure', 'currency', 'pay_bin', 'pay_from', 'pay_to'])
			expect(header, `a ${name} column`).toContain(name);
		for (const row of rows) {
			expect(row[column('source')]).toBe('levels.fyi 2017–2021');
			expect(row[column('pay_measure')]).toBe('total pay a year');
			expect(row[column('currency')]).toBe('USD');
		}
		const last = rows.at(-1)!;
		expect(last[column('part')]).toBe('bin');
		expect(last[column('pay_bin')], 'the last bin holds everything above it').toBe(
			`${last[column('pay_from')]}+`
		);
		expect(last[column('pay_to')]).toBe('');
		// Each track's bins run on without a hole: a bin empty on both tracks between the first and
		// the last with reports is a row of its own.
		for (const track of ['IC', 'EM']) {
			const bins = rows.filter((r) => r[column('part')] === 'bin' && r[column('track')] === track);
			expect(bins.length).toBeGreaterThan(1);
			for (let i = 1; i < bins.length; i++)
				expect(bins[i]![column('pay_from')]).toBe(bins[i - 1]![column('pay_to')]);
		}
		const pageLast = await page.locator('table.distribution-bins tbody tr th').last().textContent();
		expect(pageLast?.trim(), 'the page table reads the same').toMatch(/^\$[\d,]+\+$/);
		expect(opened.errors).toEqual([]);
	});

	test('a chart exported in dark mode is drawn on the light background, and the page stays dark', async () => {
		const opened = await openPage(browser, '/?view=distribution');
		const { page } = opened;
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.locator('section.view svg[role="img"]').first().waitFor();
		const before = await readPageTheme(page);
		expect(before.background).toBe('rgb(17, 19, 24)');
		const png = await download(page, /PNG/, /^Download /);
		expect(repeatedWords(png.filename), png.filename).toEqual([]);
		const pixels = readPngPixels(readFileSync(png.path));
		expect(pixelAt(pixels, 1, 1), 'the background').toSatisfy(isLight);
		expect(pixelAt(pixels, pixels.width - 2, pixels.height - 2), 'the background').toSatisfy(
			isLight
		);
		expect(await readPageTheme(page), 'the page keeps its own theme').toEqual(before);
		expect(opened.errors).toEqual([]);
	});

	test('a claim card’s PNG on a phone in dark mode is light, draws every row label whole and names the source', async () => {
		const opened = await openPage(browser, '/claims', { width: 360, height: 800 });
		const { page } = opened;
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.locator('article[data-claim] svg[role="img"]').first().waitFor();
		// The card whose chart has the longest row label: where a label would be cut first.
		const id = await page.locator('article[data-claim]').evaluateAll((cards) => {
			const longest = (card: Element) =>
				Math.max(0, ...[...card.querySelectorAll('svg text')].map((t) => t.textContent!.length));
			return cards.reduce((a, b) => (longest(b) > longest(a) ? b : a)).getAttribute('data-claim');
		});
		const group = page.locator(`article[data-claim="${id}"] [role="group"]`);
		const name = new RegExp(
			`^${(await group.getAttribute('aria-label'))!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`
		);
		const svg = await download(page, /SVG/, name);
		const words = readSvgWords(readFileSync(svg.path, 'utf8'));
		expect(words, 'the source and pay measure line').toMatch(
			/Source: levels\.fyi 2017–2021, n = [\d,]+ IC and [\d,]+ EM reports · total pay a year, USD/
		);
		const png = await download(page, /PNG/, name);
		expect(png.filename).toBe(`forkline-claim-${id}.png`);
		const pixels = readPngPixels(readFileSync(png.path));
		expect(pixelAt(pixels, 1, 1), 'the background').toSatisfy(isLight);
		// Drawn at 2× inside 16px margins: no text reaches the image's edges, where it would be cut.
		const ink = findInkColumns(pixels);
		expect(ink.left, 'nothing drawn in the left margin').toBeGreaterThanOrEqual(2 * 16 - 4);
		expect(pixels.width - 1 - ink.right, 'nothing drawn to the right edge').toBeGreaterThanOrEqual(
			8
		);
		mkdirSync(OUT_DIR, { recursive: true });
		copyFileSync(png.path, `${OUT_DIR}export-claim-360-dark.png`);
		expect(opened.errors).toEqual([]);
	});
});
