// Today's dollars, checked against the built app in Chromium: the explorer's switch moves a
// level-5 median by its report year's CPI-U factor (within one $5,000 bin), every label says which
// dollars, the choice lives in the URL (?dollars=reported), and no claim's verdict moves with it.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import cpi from '../../data/bundled/us-cpi.json' with { type: 'json' };
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const BIN_WIDTH = 5000;
/** Stack Overflow 2024: one report year, so one factor moves every figure. */
const FACTOR_2024 = cpi.years.find((y) => y.year === 2024)!.factor;

/** The ladder table's IC level-5 median, once the table's caption names `dollars`. */
async function level5Median(page: Page, dollars: string): Promise<number> {
	await page.locator('table.band-table caption', { hasText: dollars }).waitFor();
	const cell = page.locator('table.band-table tr[data-track="ic"][data-level="5"] td.median');
	const text = (await cell.textContent()) ?? '';
	const value = Number(text.replace(/[^0-9]/g, ''));
	expect(value, `level-5 median "${text}"`).toBeGreaterThan(0);
	return value;
}

/** Each claim card's verdict, by claim id, once the cards are drawn. */
async function verdicts(page: Page): Promise<Record<string, string>> {
	await page.locator('article[data-claim]').first().waitFor();
	return Object.fromEntries(
		await page
			.locator('article[data-claim]')
			.evaluateAll((cards) =>
				cards.map((c) => [c.getAttribute('data-claim'), c.getAttribute('data-verdict')])
			)
	);
}

describe("today's dollars", () => {
	test("the switch moves a level-5 median by its year's factor and says so, in the URL", async () => {
		const { page, errors } = await openPage(browser, '/?source=so2024');
		const today = await level5Median(page, 'in May 2026 dollars; reported 2024');
		const line = page.locator('p.source').filter({ hasText: 'n = ' });
		expect(await line.textContent()).toContain('in May 2026 dollars; reported 2024');
		expect(await page.locator('p.subtitle').textContent()).toContain(
			'in May 2026 dollars; reported 2024'
		);
		await saveScreenshot(page, 'dollars-today-1400');

		await page.getByRole('radio', { name: 'As reported' }).check();
		await page.waitForURL((url) => url.searchParams.get('dollars') === 'reported');
		const reported = await level5Median(page, 'in dollars as reported (2024)');
		expect(await line.textContent()).toContain('in dollars as reported (2024)');
		expect(await page.locator('p.subtitle').textContent()).toContain(
			'in dollars as reported (2024)'
		);
		expect(new URL(page.url()).searchParams.get('source')).toBe('so2024');
		// Re-binning keeps the adjusted median within one bin of the exact reported × factor.
		expect(Math.abs(today - reported * FACTOR_2024)).toBeLessThanOrEqual(BIN_WIDTH);
		expect(today / reported).toBeGreaterThan(1.03);
		await saveScreenshot(page, 'dollars-reported-1400');

		// Back to today's dollars: the parameter leaves the URL and the figure comes back.
		await page.getByRole('radio', { name: 'Today’s dollars' }).check();
		await page.waitForURL((url) => !url.searchParams.has('dollars'));
		expect(await level5Median(page, 'in May 2026 dollars; reported 2024')).toBe(today);
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('a link with ?dollars=reported opens as reported; a junk value is today’s dollars', async () => {
		const { page, errors } = await openPage(browser, '/?source=so2024&dollars=reported');
		const reported = await level5Median(page, 'in dollars as reported (2024)');
		expect(await page.getByRole('radio', { name: 'As reported' }).isChecked()).toBe(true);
		await page.goto(new URL('/?source=so2024&dollars=yen', page.url()).href);
		const today = await level5Median(page, 'in May 2026 dollars; reported 2024');
		expect(await page.getByRole('radio', { name: 'Today’s dollars' }).isChecked()).toBe(true);
		expect(Math.abs(today - reported * FACTOR_2024)).toBeLessThanOrEqual(BIN_WIDTH);
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('every claim’s verdict is the same in either dollars, on every bundled pay source', async () => {
		// levels.fyi's finance companies are where a verdict would move if claims followed the switch.
		for (const source of ['', 'type=finance&', 'source=so2024&', 'source=dou&']) {
			const { page: todayPage } = await openPage(browser, `/claims?${source}`);
			const today = await verdicts(todayPage);
			expect(await todayPage.getByTestId('claims-dollars').textContent()).toContain(
				'in May 2026 dollars'
			);
			const { page: reportedPage } = await openPage(browser, `/claims?${source}dollars=reported`);
			const reported = await verdicts(reportedPage);
			expect(await reportedPage.getByTestId('claims-dollars').textContent()).toContain(
				'in dollars as reported'
			);
			expect(Object.keys(today).length).toBeGreaterThanOrEqual(10);
			expect(reported, source || 'levels.fyi').toEqual(today);
		}
	});

	test('the brief says which dollars its figures are in', async () => {
		const { page, errors } = await openPage(browser, '/brief?dollars=reported');
		const caveat = page.getByTestId('brief-source');
		await caveat.waitFor();
		expect(await caveat.textContent()).toContain('in dollars as reported (2017–2021)');
		await page.goto(new URL('/brief', page.url()).href);
		await caveat.waitFor();
		expect(await caveat.textContent()).toContain('in May 2026 dollars; reported 2017–2021');
		await saveScreenshot(page, 'dollars-brief-1400');
		expect(errors, errors.join('\n')).toEqual([]);
	});
});
