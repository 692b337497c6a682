// The home page contract, checked against the built app in Chromium: heading, company type filter,
// the IC vs EM chart and its table (which must agree), keyboard tooltips, the filter in the URL,
// the source line, the /data page, accessibility, console errors and network isolation.

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	saveScreenshot,
	type OpenedPage,
	type Viewport
} from './browser.ts';

/**
 * Values the Company type select must offer on levels.fyi 2017–2021, in any order: the types its
 * reports have (no `services`, which only DOU names, tests/e2e/sources.e2e.ts checks that one; no
 * `startup`: its catalog types no young startups).
 */
const COMPANY_TYPES = [
	'all',
	'big-tech',
	'tech-first',
	'late-stage',
	'enterprise',
	'finance',
	'unclassified'
];

/** Levels where both tracks have enough people that the chart must draw IC and EM marks. */
const CORE_LEVELS = [5, 6, 7, 8];

/** Table columns, in order. */
const COLUMNS = ['Level', 'Track', 'n', 'p10', 'p25', 'p50', 'p75', 'p90'];
const P50_COLUMN = COLUMNS.indexOf('p50');

/** Money as the page shows it: whole US dollars with thousands separators, e.g. $185,000. */
const usd = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	minimumFractionDigits: 0,
	maximumFractionDigits: 0
});

/** Today's dollars as the explorer prints them: to the $1,000 of their $5,000 bins (toFigureStep). */
const todayUsd = (n: number) => usd.format(Math.round(n / 1000) * 1000);
const MONEY = /^\$\d{1,3}(,\d{3})*$/;

const VIEWPORTS: Viewport[] = [
	{ width: 1400, height: 1000 },
	{ width: 390, height: 844 }
];

/** What a chart mark says about itself through its data attributes. */
interface BandMark {
	track: string;
	level: string;
	n: string;
	p50: string;
	label: string;
	tabindex: string;
}

/** One body row of the table: its keys and the trimmed text of each cell. */
interface TableRow {
	track: string;
	level: string;
	cells: string[];
}

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The IC vs EM chart: an svg with role img and a matching accessible name, inside a figure. */
function chartOf(page: Page): Locator {
	return page.locator('figure').getByRole('img', { name: /IC vs EM/ });
}

/** The table that lists the chart's bands. */
function tableOf(page: Page): Locator {
	return page.locator('table:has(tbody tr[data-track][data-level])');
}

function companyTypeSelect(page: Page): Locator {
	return page.getByRole('combobox', { name: 'Company type' });
}

function bandKey(mark: { track: string; level: string }): string {
	return `${mark.track}:${mark.level}`;
}

async function readBands(chart: Locator): Promise<BandMark[]> {
	return chart.locator('g.band').evaluateAll((elements) =>
		elements.map((element) => ({
			track: element.getAttribute('data-track') ?? '',
			level: element.getAttribute('data-level') ?? '',
			n: element.getAttribute('data-n') ?? '',
			p50: element.getAttribute('data-p50') ?? '',
			label: element.getAttribute('aria-label') ?? '',
			tabindex: element.getAttribute('tabindex') ?? ''
		}))
	);
}

async function readRows(page: Page): Promise<TableRow[]> {
	return tableOf(page)
		.locator('tbody tr[data-track][data-level]')
		.evaluateAll((rows) =>
			rows.map((row) => ({
				track: row.getAttribute('data-track') ?? '',
				level: row.getAttribute('data-level') ?? '',
				cells: Array.from(row.children, (cell) => (cell.textContent ?? '').trim())
			}))
		);
}

/** Waits until the chart has drawn its marks, which also means the band data has loaded. */
async function waitForChart(page: Page): Promise<Locator> {
	const chart = chartOf(page);
	await chart.locator('g.band[data-track="ic"][data-level="5"]').first().waitFor();
	return chart;
}

/** Text of every element the locator matches right now, without waiting for one to appear. */
async function textOf(locator: Locator): Promise<string> {
	return (await locator.allTextContents()).join(' ');
}

/** Matches a level number on its own ("5", "L5", "Level 5") but not inside "$185,000". */
function levelPattern(level: string): RegExp {
	return new RegExp(`(?<![\\d$,.])(?:L|Level\\s*)?${level}(?![\\d,.])`, 'i');
}

/** Asserts nothing went wrong in the browser and nothing left the local server. */
function expectCleanRun({ errors, requests }: OpenedPage): void {
	const foreign = foreignRequests(requests);
	expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/**
 * Asserts the table and the chart show the same bands: the same track/level pairs, the same n,
 * and each row's p50 cell equal to the matching band's data-p50 formatted as money.
 */
async function expectTableMatchesChart(page: Page): Promise<void> {
	const bands = await readBands(chartOf(page));
	const rows = await readRows(page);
	expect(rows.length, 'table rows').toBeGreaterThan(0);
	expect(rows.map(bandKey).sort(), 'table rows vs chart bands').toEqual(bands.map(bandKey).sort());

	const bandsByKey = new Map(bands.map((band) => [bandKey(band), band]));
	for (const row of rows) {
		const band = bandsByKey.get(bandKey(row));
		const where = `row ${bandKey(row)}`;
		expect(band, where).toBeDefined();
		if (!band) continue;
		expect(row.cells, `${where} cells`).toHaveLength(COLUMNS.length);
		expect(row.cells[P50_COLUMN], `${where} p50 vs chart`).toBe(todayUsd(Number(band.p50)));
		expect(row.cells[COLUMNS.indexOf('n')]?.replace(/[^\d]/g, ''), `${where} n vs chart`).toBe(
			String(Number(band.n))
		);
	}
}

describe('home page', () => {
	test('has the heading, the Company type filter and the IC vs EM chart', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;

		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toContain('IC vs EM pay by level');

		// The select is named by a <label for>, not only by aria-label.
		const select = companyTypeSelect(page);
		await expect.poll(() => select.count()).toBe(1);
		const selectId = await select.getAttribute('id');
		expect(selectId, 'the select needs an id for <label for>').toBeTruthy();
		await expect
			.poll(() => page.locator(`label[for="${selectId}"]`).textContent())
			.toContain('Company type');
		// Polled: the list narrows to the loaded data's types once its cells arrive.
		await expect
			.poll(async () =>
				(
					await select
						.locator('option')
						.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
				).sort()
			)
			.toEqual([...COMPANY_TYPES].sort());
		expect(await select.inputValue()).toBe('all');

		const chart = await waitForChart(page);
		expect(await chart.count(), 'exactly one IC vs EM chart').toBe(1);
		expect(await chart.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
		for (const level of CORE_LEVELS) {
			for (const track of ['ic', 'em']) {
				const marks = chart.locator(`g.band[data-track="${track}"][data-level="${level}"]`);
				expect(await marks.count(), `${track} band at level ${level}`).toBeGreaterThan(0);
			}
		}
		const bands = await readBands(chart);
		for (const band of bands) {
			expect(['ic', 'em'], bandKey(band)).toContain(band.track);
			expect(Number(band.level), bandKey(band)).toBeGreaterThanOrEqual(3);
			expect(Number(band.level), bandKey(band)).toBeLessThanOrEqual(9);
			expect(Number(band.n), `${bandKey(band)} data-n`).toBeGreaterThan(0);
			expect(Number(band.p50), `${bandKey(band)} data-p50`).toBeGreaterThan(0);
			expect(band.label, `${bandKey(band)} aria-label`).not.toBe('');
			expect(['0', '-1'], `${bandKey(band)} tabindex`).toContain(band.tabindex);
		}
		// The chart is one tab stop: one band takes Tab, the arrow keys reach the others.
		expect(
			bands.filter((band) => band.tabindex === '0'),
			'bands at tabindex 0'
		).toHaveLength(1);

		expectCleanRun(opened);
	});

	test('focusing a band shows a tooltip with its level and median', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		const chart = await waitForChart(page);
		const tooltip = page.getByRole('tooltip');

		for (const [track, level] of [
			['ic', '6'],
			['em', '8']
		] as const) {
			const band = chart.locator(`g.band[data-track="${track}"][data-level="${level}"]`).first();
			await band.focus();
			const median = todayUsd(Number(await band.getAttribute('data-p50')));
			await expect
				.poll(() => textOf(tooltip), { timeout: 5_000, message: 'tooltip text' })
				.toContain(median);
			expect(await textOf(tooltip)).toMatch(levelPattern(level));
		}

		expectCleanRun(opened);
	});

	test('the keyboard alone reaches a band and opens its tooltip', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForChart(page);

		const bandIsFocused = () =>
			page.evaluate(() => document.activeElement?.matches('g.band') ?? false);
		for (let presses = 0; presses < 100 && !(await bandIsFocused()); presses++) {
			await page.keyboard.press('Tab');
		}
		expect(await bandIsFocused(), 'Tab should reach a chart band').toBe(true);

		const focused = await page.evaluate(() => ({
			level: document.activeElement?.getAttribute('data-level') ?? '',
			p50: document.activeElement?.getAttribute('data-p50') ?? ''
		}));
		const tooltip = page.getByRole('tooltip');
		await expect
			.poll(() => textOf(tooltip), { timeout: 5_000, message: 'tooltip text' })
			.toContain(todayUsd(Number(focused.p50)));
		expect(await textOf(tooltip)).toMatch(levelPattern(focused.level));

		expectCleanRun(opened);
	});

	test('the table has a caption, ordered columns and the same numbers as the chart', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForChart(page);

		const table = tableOf(page);
		expect(await table.count(), 'exactly one band table').toBe(1);
		expect((await table.locator('caption').textContent())?.trim(), 'caption').toBeTruthy();

		const headers = await table
			.locator('thead tr')
			.last()
			.locator('th')
			.evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
		expect(headers, 'column headers').toHaveLength(COLUMNS.length);
		COLUMNS.forEach((column, index) => {
			expect(headers[index], `header ${index + 1}`).toMatch(new RegExp(`\\b${column}\\b`, 'i'));
		});

		const rows = await readRows(page);
		for (const row of rows) {
			const where = `row ${bandKey(row)}`;
			const [level, track, , ...money] = row.cells;
			expect(level, `${where} Level`).toMatch(levelPattern(row.level));
			expect(track, `${where} Track`).toMatch(
				row.track === 'ic' ? /\bIC\b|individual/i : /\bEM\b|manager/i
			);
			for (const cell of money) expect(cell, `${where} money`).toMatch(MONEY);
			const dollars = money.map((cell) => Number(cell.replace(/[$,]/g, '')));
			expect(dollars, `${where} p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90`).toEqual(
				[...dollars].sort((a, b) => a - b)
			);
		}
		await expectTableMatchesChart(page);

		expectCleanRun(opened);
	});

	test('choosing finance changes table and chart, is kept in the URL and survives a reload', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		const chart = await waitForChart(page);

		const p50s = async () => (await readRows(page)).map((row) => row.cells[P50_COLUMN]);
		const markP50s = async () => (await readBands(chart)).map((band) => bandKey(band) + band.p50);
		const allTable = await p50s();
		const allMarks = await markP50s();

		await companyTypeSelect(page).selectOption('finance');
		await page.waitForURL((url) => url.searchParams.get('type') === 'finance');
		await expect.poll(p50s, { timeout: 10_000 }).not.toEqual(allTable);
		await expect.poll(markP50s, { timeout: 10_000 }).not.toEqual(allMarks);
		await expectTableMatchesChart(page);
		const financeTable = await readRows(page);

		await page.reload();
		expect(new URL(page.url()).searchParams.get('type')).toBe('finance');
		await expect
			.poll(() => companyTypeSelect(page).inputValue(), { timeout: 10_000 })
			.toBe('finance');
		await expect.poll(() => readRows(page), { timeout: 10_000 }).toEqual(financeTable);
		await expectTableMatchesChart(page);

		expectCleanRun(opened);
	});

	test('a source line under the chart names levels.fyi and the sample size', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		const chart = await waitForChart(page);

		const source = page.locator('p.source').first();
		const text = (await source.textContent()) ?? '';
		expect(text).toContain('levels.fyi');
		expect(text).toMatch(/\bn\s*=/);

		const chartBox = await chart.boundingBox();
		const sourceBox = await source.boundingBox();
		expect(chartBox && sourceBox, 'chart and source line are visible').toBeTruthy();
		if (chartBox && sourceBox) {
			expect(sourceBox.y, 'source line is below the chart').toBeGreaterThanOrEqual(
				chartBox.y + chartBox.height - 1
			);
		}

		expectCleanRun(opened);
	});

	test.each(VIEWPORTS)('screenshots of the chart and page at $width×$height', async (viewport) => {
		const opened = await openPage(browser, '/', viewport);
		const { page } = opened;
		const chart = await waitForChart(page);
		const figure = page
			.locator('figure')
			.filter({ has: page.getByRole('img', { name: /IC vs EM/ }) });

		const box = await chart.boundingBox();
		expect(box, 'chart is visible').toBeTruthy();
		expect(box?.width ?? Infinity, 'chart fits the viewport width').toBeLessThanOrEqual(
			viewport.width
		);

		const size = `${viewport.width}x${viewport.height}`;
		await saveScreenshot(figure, `home-chart-${size}`);
		await saveScreenshot(page, `home-page-${size}`);

		expectCleanRun(opened);
	});
});

describe('data page', () => {
	test('names the source, the license and the years covered', async () => {
		const opened = await openPage(browser, '/data');
		const { page } = opened;

		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toContain('Data');
		const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
		expect(text).toMatch(/levels\.fyi/i);
		expect(text).toMatch(/licen[cs]e/i);
		expect(text).toMatch(/2017\s*(?:–|—|-|to)\s*2021/);

		await saveScreenshot(page, 'data-page-1400x1000');
		expectCleanRun(opened);
	});
});

describe('accessibility', () => {
	test.each(['/', '/data'])('axe finds no serious or critical violations on %s', async (path) => {
		const opened = await openPage(browser, path);
		const { page } = opened;
		if (path === '/') await waitForChart(page);
		else await page.getByRole('heading', { level: 1 }).waitFor();

		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);

		expectCleanRun(opened);
	});
});
