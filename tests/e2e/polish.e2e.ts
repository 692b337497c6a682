// Issue #15.6 and the visible parts of #15.10, checked against the built app in Chromium: the
// explorer's headlines speak of what is drawn, in the pay part shown; a reset of the filters;
// a title a view; the claims and story frames while the data is held back; the $450 warning;
// printing keeps panels and cards whole; faded marks stay visible in dark mode; one year once.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	baseUrl,
	foreignRequests,
	launchBrowser,
	openPage,
	openWithDataHeld,
	saveScreenshot,
	waitForHydration,
	type OpenedPage
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function expectCleanRun({ errors, requests }: OpenedPage): void {
	expect(foreignRequests(requests), 'requests to other hosts').toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/** The explorer's headline once the view's numbers are there (not the loading sentence). */
async function settledHeadline(page: Page): Promise<string> {
	const headline = page.locator('#view-headline');
	await expect.poll(async () => (await headline.textContent()) ?? '').not.toMatch(/^Loading/);
	return (await headline.textContent())!;
}

/** Opens a path and waits for hydration, so the prerendered headline is not read as the app's. */
async function goto(page: Page, path: string): Promise<void> {
	await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href);
	await waitForHydration(page);
}

/** Company types other than big tech, as headlines name them. */
const OTHER_TYPES =
	/tech-first|late-stage|traditional enterprises|finance companies|unclassified|services/;

describe('#15.6 headlines about what is on screen', () => {
	test('the parity gap filtered to big tech speaks of big tech only, and of Google by name', async () => {
		const opened = await openPage(browser, '/?view=gap&type=big-tech');
		const { page } = opened;
		const bigTech = await settledHeadline(page);
		expect(bigTech).toContain('at big tech');
		expect(bigTech).not.toMatch(OTHER_TYPES);

		await goto(page, '/?view=gap&company=Google');
		const google = await settledHeadline(page);
		expect(google).toContain('at Google');
		expect(google).not.toMatch(/big tech/);
		expectCleanRun(opened);
	});

	test('with Pay set to bonus, every view’s headline names the bonus, never "median pay"', async () => {
		const opened = await openPage(browser, '/?component=bonus');
		const { page } = opened;
		for (const view of ['ladder', 'types', 'gap', 'companies', 'distribution']) {
			await goto(page, `/?view=${view}&component=bonus`);
			const headline = await settledHeadline(page);
			expect(headline, view).toMatch(/median bonus/);
			expect(headline, view).not.toMatch(/median pay|managers earn|EM median is/);
		}
		await goto(page, '/?view=types&component=stock');
		expect(await settledHeadline(page)).toMatch(/median stock/);
		expect(await page.locator('.subtitle').textContent()).not.toMatch(/a year a year/);
		expectCleanRun(opened);
	});

	test('the company-types view hides the company-type and company filters, which would change nothing there', async () => {
		const opened = await openPage(browser, '/?view=types&type=finance');
		const { page } = opened;
		const filtered = await settledHeadline(page);
		expect(await page.locator('#company-type').count()).toBe(0);
		expect(await page.locator('#company').count()).toBe(0);
		await saveScreenshot(page, 'polish-types-no-type-filter-1400', { fullPage: false });
		await goto(page, '/?view=types');
		expect(await settledHeadline(page)).toBe(filtered);
		// The ladder still has them, and the link kept the type for it.
		await goto(page, '/?type=finance');
		expect(await page.locator('#company-type').inputValue()).toBe('finance');
		expectCleanRun(opened);
	});
});

describe('#15.10 the explorer', () => {
	test('Reset filters returns every filter to its default, keeps the view and the source, and writes the URL', async () => {
		const opened = await openPage(
			browser,
			'/?view=gap&type=finance&component=bonus&minN=20&source=levelsfyi-2022'
		);
		const { page } = opened;
		await settledHeadline(page);
		const reset = page.getByRole('button', { name: 'Reset filters' });
		expect(await reset.isEnabled()).toBe(true);
		await reset.click();
		await page.waitForURL((url) => url.search === '?view=gap&source=levelsfyi-2022');
		expect(await page.locator('#company-type').inputValue()).toBe('all');
		expect(await page.locator('#component').inputValue()).toBe('total');
		expect(await page.locator('#min-n').inputValue()).toBe('5');
		expect(await page.locator('#dataset-choice').inputValue()).toBe('levelsfyi-2022');
		expect(await reset.isDisabled(), 'nothing left to reset').toBe(true);
		await page.setViewportSize({ width: 390, height: 900 });
		await page.getByRole('button', { name: 'Filters' }).click();
		await saveScreenshot(page, 'polish-reset-390', { fullPage: false });
		expectCleanRun(opened);
	});

	test('every view has its own document title and preview title', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		const titles = new Set<string>();
		for (const tab of [
			'Ladder',
			'Company types',
			'Parity gap',
			'Company ladders',
			'Distribution'
		]) {
			await page
				.getByRole('navigation', { name: 'Views' })
				.getByRole('link', { name: tab, exact: true })
				.click();
			await expect.poll(() => page.title()).not.toBe([...titles].at(-1));
			const title = await page.title();
			expect(await page.locator('meta[property="og:title"]').first().getAttribute('content')).toBe(
				title
			);
			titles.add(title);
		}
		expect(titles.size).toBe(5);
		expect(titles).toContain('Parity gap by level · Forkline');
		expectCleanRun(opened);
	});

	test('printing keeps each company-type panel on one page', async () => {
		const opened = await openPage(browser, '/?view=types');
		const { page } = opened;
		await page.locator('.panel g.band').first().waitFor();
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('.panel')
			.evaluateAll((panels) => panels.map((p) => getComputedStyle(p).breakInside));
		expect(breaks.length).toBeGreaterThan(1);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
		// For people to look at: the A4 printout.
		await page.pdf({ path: 'tests/e2e/screenshots/polish-types-print.pdf', format: 'A4' });
		expectCleanRun(opened);
	});

	test('printing the ladder keeps its table whole, with its heading, on one page', async () => {
		const opened = await openPage(browser, '/');
		const { page } = opened;
		await page.locator('details table tbody tr').first().waitFor({ state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		// Before, the 14-row table left its last row (L9 VP) alone on page 2.
		expect(
			await page
				.locator('details table')
				.first()
				.evaluate((t) => getComputedStyle(t).breakInside)
		).toBe('avoid');
		expect(
			await page
				.locator('details summary')
				.first()
				.evaluate((s) => getComputedStyle(s).breakAfter)
		).toBe('avoid');
		await page.pdf({ path: 'tests/e2e/screenshots/polish-ladder-print.pdf', format: 'A4' });
		expectCleanRun(opened);
	});

	test('faded marks (few reports) are less faded in dark mode, so their outline stays visible', async () => {
		const opened = await openPage(browser, '/?view=types');
		const { page } = opened;
		const faded = page.locator('.low-n .shape').first();
		await faded.waitFor();
		const opacity = () => faded.evaluate((el) => Number(getComputedStyle(el).opacity));
		expect(await opacity()).toBeCloseTo(0.35);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await opacity()).toBeCloseTo(0.6);
		await saveScreenshot(page, 'polish-types-dark-1400', { fullPage: false });
		expectCleanRun(opened);
	});

	test('a source of one year prints the year once', async () => {
		const opened = await openPage(browser, '/?source=so2024');
		const { page } = opened;
		const source = page.locator('p.source');
		await expect.poll(async () => (await source.textContent()) ?? '').toMatch(/n = \d/);
		expect(await source.textContent()).toMatch(/reports 2024, n = /);
		expect(await page.locator('main').textContent()).not.toMatch(/(\d{4})\s*–\s*\1/);
		expectCleanRun(opened);
	});
});

describe('#15.10 claims and story while the data is on its way', () => {
	test('/claims shows its ladder and every claim’s card at once, with no verdict or figure', async () => {
		const held = await openWithDataHeld(browser, '/claims', { width: 1400, height: 1000 });
		const { page } = held;
		expect(await page.getByRole('heading', { name: 'The claims on the pay ladder' }).count()).toBe(
			1
		);
		expect(await page.getByTestId('chart-skeleton').count()).toBe(1);
		const frames = page.locator('article.card-frame');
		expect(await frames.count()).toBe(11);
		expect(await frames.first().locator('h2').textContent()).toMatch(/The tracks should pay alike/);
		expect(await page.locator('[data-verdict]').count(), 'no verdict yet').toBe(0);
		expect(await page.locator('main').textContent(), 'no pay figure yet').not.toMatch(/\$\d/);
		await saveScreenshot(page, 'polish-claims-loading-1400', { fullPage: false });
		held.release();
		await page.locator('.claim-card[data-verdict]').first().waitFor();
		expect(await frames.count()).toBe(0);
		expect(held.errors).toEqual([]);
	});

	test('/story shows its chart’s place and every step at once, then the story', async () => {
		const held = await openWithDataHeld(browser, '/story', { width: 390, height: 900 });
		const { page } = held;
		expect(await page.getByTestId('chart-skeleton').count()).toBe(1);
		const frames = page.locator('section.step-frame');
		expect(await frames.count()).toBeGreaterThanOrEqual(5);
		expect(await frames.first().locator('h2').first().textContent()).toMatch(/\S/);
		expect(await page.locator('[data-verdict]').count(), 'no verdict yet').toBe(0);
		await saveScreenshot(page, 'polish-story-loading-390', { fullPage: false });
		held.release();
		await page.locator('[data-step]').first().waitFor();
		expect(await frames.count()).toBe(0);
		expect(held.errors).toEqual([]);
	});

	test('printing /claims keeps each claim card on one page', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		await page.locator('.claim-card[data-verdict]').first().waitFor();
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('.claim-card')
			.evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakInside));
		expect(breaks).toHaveLength(11);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
		await page.pdf({ path: 'tests/e2e/screenshots/polish-claims-print.pdf', format: 'A4' });
		expectCleanRun(opened);
	});
});

describe('#15.10 /me', () => {
	test('a total of "$450" is marked as typed, with a word that it looks like thousands', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const form = page.locator('form.position-form');
		await form.locator('input[name="total"]').fill('$450');
		await form.getByRole('button', { name: 'Mark my position' }).click();
		await page.getByTestId('percentiles').waitFor();
		expect(await page.getByTestId('percentiles').textContent()).toContain('$450 a year');
		expect(await page.getByTestId('low-total').textContent()).toContain('did you mean $450,000?');
		await form.locator('input[name="total"]').fill('450k');
		await form.getByRole('button', { name: 'Mark my position' }).click();
		await expect
			.poll(() => page.getByTestId('percentiles').textContent())
			.toContain('$450,000 a year');
		expect(await page.getByTestId('low-total').count()).toBe(0);
		expectCleanRun(opened);
	});
});
