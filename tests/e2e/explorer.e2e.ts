// The explorer, against the built app in Chromium: every view and every filter, the numbers in
// each table against the data layer's (computed here from the bundled cells with the same pure
// functions), URLs that restore a view in a new tab, back and forward, axe on every view, no
// console errors, and screenshots of every view at 1400 and 390 px for a person to look at.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bandsFromCells } from '../../src/lib/data/cells.ts';
import { parseBundle } from '../../src/lib/data/bundle.ts';
import { adjustCells } from '../../src/lib/data/sources/dollars.ts';
import cpi from '../../data/bundled/us-cpi.json' with { type: 'json' };
import {
	distributionAt,
	gapRows,
	toCellFilter,
	type ExploreQuery
} from '../../src/lib/data/explore.ts';
import {
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	saveScreenshot,
	type OpenedPage
} from './browser.ts';

const reportedCells = parseBundle(
	JSON.parse(
		readFileSync(new URL('../../data/bundled/levelsfyi-cells.json', import.meta.url), 'utf8')
	)
).cells;
// The explorer shows today's dollars unless the URL says ?dollars=reported: the data layer's
// figures to compare with are those of the cells adjusted the same way.
const { cells } = adjustCells(reportedCells, cpi);
const DEFAULT_QUERY: ExploreQuery = {
	companyType: 'all',
	company: '',
	region: '',
	yoe: null,
	year: null,
	component: 'total',
	minN: 5
};

const usd = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	maximumFractionDigits: 0
});

/** Today's dollars as the explorer prints them: to the $1,000 of their $5,000 bins (toFigureStep). */
const todayUsd = (n: number) => usd.format(Math.round(n / 1000) * 1000);
const percent = (x: number) => {
	const rounded = Math.round(Math.abs(x) * 100);
	return rounded === 0 ? '0%' : `${x < 0 ? '\u2212' : '+'}${rounded}%`;
};

const VIEWS = ['ladder', 'types', 'gap', 'companies', 'distribution'] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function expectClean({ errors, requests }: OpenedPage): void {
	expect(foreignRequests(requests), 'requests to other hosts').toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/** Waits until the view's chart has drawn marks from the loaded dataset. */
async function waitForView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
	const mark = {
		ladder: 'g.band',
		types: 'g.band',
		companies: 'g.band',
		gap: 'g.gap',
		distribution: 'g.bin'
	}[view];
	await page.locator(`figure svg ${mark}`).first().waitFor();
	await page.locator('.loading').waitFor({ state: 'detached' });
}

/** Text of every body row of the tables of the table view. */
async function tableRows(page: Page, selector = '.table-view tbody tr'): Promise<string[][]> {
	return page
		.locator(selector)
		.evaluateAll((rows) =>
			rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()))
		);
}

describe('explorer views', () => {
	test.each(VIEWS)(
		'%s view: draws, has a table and a headline, passes axe, and is screenshotted',
		async (view) => {
			for (const viewport of [
				{ width: 1400, height: 1000 },
				{ width: 390, height: 844 }
			]) {
				const opened = await openPage(browser, `/?view=${view}`, viewport);
				const { page } = opened;
				await waitForView(page, view);
				expect(await page.locator('h2.headline').textContent()).toMatch(/\w/);
				expect(await page.locator('p.source').textContent()).toMatch(/levels\.fyi.*n = [\d,]+/s);
				expect((await tableRows(page)).length).toBeGreaterThan(0);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow, 'nothing sticks out sideways').toBeLessThanOrEqual(0);
				if (viewport.width === 1400) {
					const violations = await checkA11y(page);
					expect(violations, formatViolations(violations)).toEqual([]);
				}
				await saveScreenshot(page, `explorer-${view}-${viewport.width}`);
				expectClean(opened);
			}
		}
	);

	test('ladder table matches the data layer for a filtered, base-pay, log-scale view', async () => {
		const opened = await openPage(
			browser,
			'/?type=big-tech&region=sf-bay-area&component=base&scale=log&range=iqr&minN=20'
		);
		const { page } = opened;
		await waitForView(page, 'ladder');
		const expected = bandsFromCells(
			cells,
			toCellFilter({ ...DEFAULT_QUERY, companyType: 'big-tech', region: 'sf-bay-area' }),
			{ component: 'base', minN: 20 }
		);
		await expect.poll(() => tableRows(page)).toHaveLength(expected.length);
		const rows = await tableRows(page);
		expected.forEach((band, i) => expect(rows[i]![5], `row ${i} median`).toBe(todayUsd(band.p50)));
		expect(await page.locator('g.band line.whisker').count(), 'p25–p75 only: no whiskers').toBe(0);
		expect(await page.locator('p.withheld').textContent()).toMatch(/[\d,]+ reports are left out/);
		expectClean(opened);
	});

	test('gap table matches medianGap from the data layer', async () => {
		const opened = await openPage(browser, '/?view=gap');
		const { page } = opened;
		await waitForView(page, 'gap');
		const expected = gapRows(cells, DEFAULT_QUERY);
		const rows = await tableRows(page);
		expect(rows).toHaveLength(expected.length);
		expected.forEach((row, i) => {
			expect(rows[i]![2], `gap row ${i}`).toBe(percent(row.gap));
			expect(rows[i]![3], `interval row ${i}`).toBe(`${percent(row.low)} to ${percent(row.high)}`);
		});
		await expect.poll(() => page.locator('text', { hasText: 'parity' }).count()).toBeGreaterThan(0);
		expectClean(opened);
	});

	test('distribution quartiles match the data layer', async () => {
		const opened = await openPage(browser, '/?view=distribution&level=7&type=big-tech');
		const { page } = opened;
		await waitForView(page, 'distribution');
		const expected = distributionAt(cells, { ...DEFAULT_QUERY, companyType: 'big-tech' }, 7);
		const rows = await tableRows(page, 'table.distribution-quartiles tbody tr');
		expect(rows.map((r) => r[3])).toEqual(expected.tracks.map((t) => todayUsd(t.p50)));
		expectClean(opened);
	});

	test('company ladders: search as you type, add and remove, restored from a copied URL', async () => {
		const opened = await openPage(browser, '/?view=companies');
		const { page } = opened;
		await waitForView(page, 'companies');
		expect(await page.locator('ul.chips li').count()).toBe(3);
		await page
			.getByLabel(/Remove/)
			.first()
			.click();
		await page.waitForURL(
			(url) => (url.searchParams.get('companies') ?? '').split(',').length === 2
		);
		await page.locator('#company-search').fill('netfl');
		await page.getByRole('button', { name: /^Netflix/ }).click();
		await page.waitForURL((url) => (url.searchParams.get('companies') ?? '').includes('Netflix'));
		await expect
			.poll(() => page.locator('section.panel h3').allTextContents())
			.toContain('Netflix');
		// The level axis shows the company's own labels once the catalog has loaded.
		await expect
			.poll(() => page.locator('section.panel').first().locator('.axis-x').textContent())
			.toMatch(/L\d.*\w/);

		const copied = page.url();
		const other = await openPage(browser, new URL(copied).pathname + new URL(copied).search);
		await waitForView(other.page, 'companies');
		expect(await other.page.locator('section.panel h3').allTextContents()).toEqual(
			await page.locator('section.panel h3').allTextContents()
		);
		expectClean(opened);
		expectClean(other);
	});
});

describe('filters and URL state', () => {
	test('every filter changes the URL, the table follows, and back/forward step through', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForView(page, 'ladder');
		const steps: [string, string, string][] = [
			['#company-type', 'tech-first', 'type'],
			['#region', 'us', 'region'],
			['#yoe', '2', 'yoe'],
			['#year', '2020', 'year'],
			['#min-n', '20', 'minN'],
			['#component', 'stock', 'component'],
			['#scale', 'log', 'scale'],
			['#range', 'iqr', 'range']
		];
		const tables: string[][][] = [await tableRows(page)];
		for (const [selector, value, param] of steps) {
			await page.locator(selector).selectOption(value);
			await page.waitForURL((url) => url.searchParams.get(param) === value);
			tables.push(await tableRows(page));
		}
		const query: ExploreQuery = {
			companyType: 'tech-first',
			company: '',
			region: 'us',
			yoe: 2,
			year: 2020,
			component: 'stock',
			minN: 20
		};
		const expected = bandsFromCells(cells, toCellFilter(query), { component: 'stock', minN: 20 });
		expect((await tableRows(page)).map((r) => r[5])).toEqual(expected.map((b) => todayUsd(b.p50)));

		// A company filter, from the companies of the chosen type.
		await page.locator('#company').selectOption({ index: 1 });
		await page.waitForURL((url) => url.searchParams.has('company'));
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('company'));
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('range'));
		await expect.poll(() => page.locator('#range').inputValue()).toBe('p10p90');
		await page.goForward();
		await page.waitForURL((url) => url.searchParams.get('range') === 'iqr');
		expectClean(opened);
	});

	test('the level filter of the distribution view and the view tabs live in the URL', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await page.getByRole('link', { name: 'Distribution' }).click();
		await page.waitForURL((url) => url.searchParams.get('view') === 'distribution');
		await waitForView(page, 'distribution');
		await page.locator('#level').selectOption('8');
		await page.waitForURL((url) => url.searchParams.get('level') === '8');
		await expect.poll(() => page.locator('h2.headline').textContent()).toMatch(/level 8/);
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('level'));
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('view'));
		expectClean(opened);
	});

	test('quick changes each get a history entry, and the table and company menu follow them', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForView(page, 'ladder');
		await page.locator('#company-type').focus();
		// Five presses a few milliseconds apart (big tech, tech-first, late-stage, enterprise,
		// finance): their URL writes wait for the same painted frame.
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
		await page.waitForURL((url) => url.searchParams.get('type') === 'finance');
		const query: ExploreQuery = { ...DEFAULT_QUERY, companyType: 'finance' };
		const expected = bandsFromCells(cells, toCellFilter(query), { minN: 5 });
		expect((await tableRows(page)).map((r) => r[5])).toEqual(expected.map((b) => todayUsd(b.p50)));
		const companyTypes = new Map(cells.map((cell) => [cell.company, cell.companyType]));
		const listed = await page
			.locator('#company option')
			.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		expect(listed.length).toBeGreaterThan(0);
		expect(new Set(listed.map((name) => companyTypes.get(name)))).toEqual(new Set(['finance']));
		// Back steps through every press, to the page as it opened (no type in its URL).
		for (const type of ['enterprise', 'late-stage', 'tech-first', 'big-tech', null]) {
			await page.goBack();
			await page.waitForURL((url) => url.searchParams.get('type') === type);
		}
		expectClean(opened);
	});

	test('a link to young startups on levels.fyi, which has none, says so and draws no other type', async () => {
		// levels.fyi's catalog types its venture-backed private companies late-stage, never startup.
		const opened = await openPage(browser, '/?type=startup');
		const { page } = opened;
		await page.locator('.loading').waitFor({ state: 'detached' });
		expect(await page.locator('#company-type').inputValue()).toBe('startup');
		await expect
			.poll(() => page.locator('h2.headline').textContent())
			.toBe('No reports at startups in this data.');
		expect(await page.locator('figure g.band').count()).toBe(0);
		expect(await page.locator('p.source').innerText()).toMatch(/n = 0 reports in this view/);
		// The data is loaded: its late-stage private companies draw at once.
		await page.locator('#company-type').selectOption('late-stage');
		await waitForView(page, 'ladder');
		expect(await page.locator('h2.headline').textContent()).toMatch(/late-stage private/);
		expectClean(opened);
	});

	test('a link followed at once after a filter change goes where it points', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForView(page, 'ladder');
		await page.evaluate(() => {
			const select = document.querySelector<HTMLSelectElement>('#company-type')!;
			select.value = 'finance';
			select.dispatchEvent(new Event('change', { bubbles: true }));
			document.querySelector<HTMLAnchorElement>('a[href="/claims"]')!.click();
		});
		await page.waitForURL((url) => url.pathname === '/claims');
		await page.locator('article[data-claim]').first().waitFor();
		// Past the moment the change would have been written, the page is still the claims page.
		await page.waitForTimeout(500);
		expect(new URL(page.url()).pathname).toBe('/claims');
		expectClean(opened);
	});

	test('the essays’ claims on the ladder: a toggle that lives in the URL, notes at 1400 px, a numbered list at 390 px', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await waitForView(page, 'ladder');
		await page.getByLabel('Show the essays’ claims').check();
		await page.waitForURL((url) => url.searchParams.get('notes') === '1');
		await page.locator('figure g.annotations g.note').first().waitFor();
		await saveScreenshot(page, 'explorer-ladder-notes-1400');
		await page.reload();
		await page.locator('figure g.annotations g.note').first().waitFor();
		expect(await page.getByLabel('Show the essays’ claims').isChecked()).toBe(true);
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('notes'));
		await expect.poll(() => page.locator('figure g.annotations').count()).toBe(0);
		expectClean(opened);

		const small = await openPage(browser, '/?notes=1', { width: 390, height: 844 });
		await small.page.locator('figure g.annotations g.note').first().waitFor();
		const notes = await small.page.locator('figure g.annotations g.note').count();
		expect(await small.page.locator('figure ol.annotation-notes li').count()).toBe(notes);
		await saveScreenshot(small.page, 'explorer-ladder-notes-390');
		expectClean(small);
	});

	test('company types share an axis set by groups with enough reports; few-report groups above it are cut off and say so', async () => {
		const opened = await openPage(browser, '/?view=types');
		const { page } = opened;
		await waitForView(page, 'types');
		const clipped = page.locator('g.band[data-clipped]');
		expect(await clipped.count()).toBeGreaterThan(0);
		const counts = await clipped.evaluateAll((marks) =>
			marks.map((m) => Number(m.getAttribute('data-n')))
		);
		expect(counts.every((n) => n < 5)).toBe(true);
		await expect.poll(() => page.locator('.clip-note').textContent()).toMatch(/cut off/);
		await clipped.first().focus();
		await expect
			.poll(() => page.getByRole('tooltip').textContent())
			.toMatch(/Cut off at the top of the shared axis: its 90th percentile is \$[\d,]+/);
		expectClean(opened);
	});

	test('focus on a gap dot shows its tooltip; the theme toggle switches and is remembered', async () => {
		const opened = await openPage(browser, '/?view=gap');
		const { page } = opened;
		await waitForView(page, 'gap');
		await page.locator('g.gap').first().focus();
		await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/EM vs IC median/);
		await page.getByLabel('Colour theme').selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset.theme))
			.toBe('dark');
		await saveScreenshot(page, 'explorer-gap-dark-1400');
		expectClean(opened);
	});
});
