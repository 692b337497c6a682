// /me names one comparison group and never answers with an empty one: on a source without big
// tech it compares with a group the source has; a company without reports is not offered as the
// group; a link's or a stored position's pay and view are checked as the form checks typed pay;
// a company's level label is found in the catalog through a folded spelling when the exact one
// is not listed, and the page says which catalog label matched.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	launchBrowser,
	openPage,
	saveScreenshot,
	waitForLadder,
	type OpenedPage
} from './browser.ts';

const STORAGE_KEY = 'forkline.position';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function expectNoErrors({ errors }: OpenedPage): void {
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/** The text of the "Your position" section. */
const standingText = async (page: Page) =>
	(await page.locator('[data-testid="percentiles"]').textContent()) ?? '';

/** The visible text of the "Compare with" select's chosen option. */
const compareWith = (page: Page) =>
	page.locator('#view-group').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '');

describe('/me on a source without big tech', () => {
	for (const source of ['so2024', 'aijobs', 'eu2020']) {
		test(`${source}: a shared pay is compared with a group the source has, never with n = 0`, async () => {
			const opened = await openPage(browser, `/me?source=${source}&pay=150000`);
			const { page } = opened;
			await waitForLadder(page);
			await page.locator('[data-testid="percentiles"]').waitFor();
			const text = await standingText(page);
			expect(text).not.toMatch(/n = 0\b/);
			expect(text).not.toMatch(/—\s*percentile/);
			expect(text).not.toMatch(/big tech/i);
			// The group named in the heading is the one the select shows.
			const heading = (await page.locator('#ladder-heading').textContent()) ?? '';
			expect(heading.endsWith(await compareWith(page)), `${heading} / select`).toBe(true);
			// Every type the selects offer has reports in this source: big tech is not among them.
			for (const select of ['#view-group', 'form.position-form select[name="companyType"]']) {
				const options = await page
					.locator(`${select} option`)
					.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).text));
				expect(options, select).not.toContain('Big tech');
				expect(options, select).toContain('All company types');
			}
			// The bands drawn are not all empty.
			expect(await page.locator('g.band[data-n]').count()).toBeGreaterThan(0);
			if (source === 'so2024') await saveScreenshot(page, `me-so2024-1400`, { fullPage: false });
			expectNoErrors(opened);
		});
	}

	test('a chosen type the source lacks is named in one line, and the page falls back visibly', async () => {
		const opened = await openPage(browser, '/me?source=so2024&type=big-tech&pay=150000');
		const { page } = opened;
		await waitForLadder(page);
		const note = page.locator('[data-testid="type-fallback"]');
		await note.waitFor();
		expect(await note.textContent()).toMatch(
			/no reports from big tech companies.*all company types/i
		);
		expect(await standingText(page)).toMatch(/compared\s+with\s+all company types/);
		expect(await compareWith(page)).toBe('All company types');
		expectNoErrors(opened);
	});

	test('a stored big-tech position on so2024 is compared with all company types and says so', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await page.evaluate(
			([key, value]) => localStorage.setItem(key!, value!),
			[
				STORAGE_KEY,
				JSON.stringify({
					companyType: 'big-tech',
					company: '',
					track: 'ic',
					stdLevel: 5,
					companyLevel: '',
					total: 150000,
					base: null,
					stock: null,
					bonus: null
				})
			]
		);
		await page.goto(new URL('me?source=so2024', page.url()).href);
		await page.locator('[data-testid="type-fallback"]').waitFor();
		await page.locator('[data-testid="percentiles"]').waitFor();
		expect(await standingText(page)).not.toMatch(/n = 0\b/);
		expect(await standingText(page)).toMatch(/compared\s+with\s+all company types/);
		expectNoErrors(opened);
	});
});

describe('/me names the one group compared', () => {
	test('an unknown company is not offered as the group: the select, heading and figures all say Big tech', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await waitForLadder(page);
		const form = page.locator('form.position-form');
		await form.locator('select[name="companyType"]').selectOption('big-tech');
		await form.locator('input[name="company"]').fill('Zorblax Inc');
		await form.locator('input[name="company"]').dispatchEvent('change');
		await form.locator('input[name="total"]').fill('450000');
		await form.getByRole('button', { name: 'Mark my position' }).click();
		await page.locator('[data-testid="percentiles"]').waitFor();
		expect(await compareWith(page)).toBe('Big tech');
		const options = await page
			.locator('#view-group option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).text));
		expect(options.some((o) => o.includes('Zorblax'))).toBe(false);
		expect(await page.locator('#ladder-heading').textContent()).toMatch(/Big tech$/);
		expect(await page.locator('[data-testid="group-name"]').textContent()).toBe(
			'big tech companies'
		);
		expectNoErrors(opened);
	});
});

describe('/me checks a link and a stored position like the form', () => {
	for (const [pay, message] of [
		['1e308', /“1e308” is not an amount of money/],
		['-5000', /is not an amount of money/],
		['abc', /“abc” is not an amount of money/],
		['9000000000000', /is not an amount of money/]
	] as const) {
		test(`?pay=${pay} gets the form's message and no figure`, async () => {
			const opened = await openPage(browser, `/me?pay=${encodeURIComponent(pay)}`);
			const { page } = opened;
			await waitForLadder(page);
			const problems = page.locator('[data-testid="link-problems"]');
			await problems.waitFor();
			expect(await problems.textContent()).toMatch(message);
			expect(await page.locator('[data-testid="percentiles"]').count()).toBe(0);
			expect(await page.locator('[data-testid="position-marker"]').count()).toBe(0);
			expect(await page.locator('main').textContent()).not.toMatch(/e\+308|99th percentile/);
			expectNoErrors(opened);
		});
	}

	test('bad level, track, type and years are each named, and a pay with them is not marked', async () => {
		const opened = await openPage(
			browser,
			'/me?level=99&track=boss&type=megacorp&years=500&pay=450000'
		);
		const { page } = opened;
		await waitForLadder(page);
		const text = (await page.locator('[data-testid="link-problems"]').textContent()) ?? '';
		expect(text).toMatch(/“99”/);
		expect(text).toMatch(/“boss”/);
		expect(text).toMatch(/“megacorp”/);
		expect(text).toMatch(/“500”/);
		expect(await page.locator('[data-testid="percentiles"]').count()).toBe(0);
		expectNoErrors(opened);
	});

	test('a stored pay out of range is not shown as a figure', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await page.evaluate(
			([key, value]) => localStorage.setItem(key!, value!),
			[
				STORAGE_KEY,
				'{"companyType":"big-tech","company":"","track":"ic","stdLevel":6,"companyLevel":"","total":1e308,"base":null,"stock":null,"bonus":null}'
			]
		);
		await page.reload();
		await waitForLadder(page);
		await page.locator('[data-testid="stored-dropped"]').waitFor();
		expect(await page.locator('[data-testid="percentiles"]').count()).toBe(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
		expectNoErrors(opened);
	});
});

describe('/me finds a level label through a folded spelling', () => {
	test('“Senior Software Engineer” at X is the catalog’s “Senior SWE” at Twitter, and the page says so', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await waitForLadder(page);
		const form = page.locator('form.position-form');
		await form.locator('input[name="company"]').fill('X');
		await form.locator('input[name="company"]').dispatchEvent('change');
		await page.locator('[data-testid="company-note"]').waitFor();
		await form.locator('input[name="companyLevel"]').fill('Senior Software Engineer');
		await form.locator('input[name="companyLevel"]').dispatchEvent('change');
		const note = page.locator('[data-testid="label-note"]');
		await note.waitFor();
		expect(await note.textContent()).toMatch(/“Senior SWE”/);
		expect(await note.textContent()).toMatch(/common level L5\b/);
		expect(await form.locator('select[name="stdLevel"]').inputValue()).toBe('5');
		expectNoErrors(opened);
	});

	test('an exact label still matches as written', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await waitForLadder(page);
		const form = page.locator('form.position-form');
		await form.locator('input[name="company"]').fill('Twitter');
		await form.locator('input[name="company"]').dispatchEvent('change');
		await form.locator('input[name="companyLevel"]').fill('SWE II');
		await form.locator('input[name="companyLevel"]').dispatchEvent('change');
		const note = page.locator('[data-testid="label-note"]');
		await note.waitFor();
		expect(await note.textContent()).toMatch(/SWE II at Twitter is common level L4\b/);
		expectNoErrors(opened);
	});
});

describe('/me at phone width', () => {
	test('so2024 at 390 px: the page fits and compares with a group the source has', async () => {
		const opened = await openPage(browser, '/me?source=so2024&pay=150000', {
			width: 390,
			height: 844
		});
		const { page } = opened;
		await waitForLadder(page);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await saveScreenshot(page, 'me-so2024-390', { fullPage: false });
		expectNoErrors(opened);
	});
});
