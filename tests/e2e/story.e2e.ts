// The guided story against the built app in Chromium: scrolling through the steps changes the
// sticky chart, every step shows a verdict, its generated sentence and n, the closing links open
// the explorer with the story's filters; no serious accessibility violation and no console
// errors. Screenshots of a few steps at 1400 and 390 px are saved for a person to look at.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, formatViolations, launchBrowser, openPage, saveScreenshot } from './browser.ts';

const VERDICT_WORDS = /^(Supported|Mixed|Contradicted|Not enough data)$/;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The accessible name of the sticky chart: the text of the title its svg is labelled by. */
function chartName(page: Page): Promise<string> {
	return page
		.locator('.sticky svg[role="img"]')
		.first()
		.evaluate((svg) => {
			const id = svg.getAttribute('aria-labelledby') ?? '';
			return document.getElementById(id)?.textContent?.trim() ?? '';
		});
}

/**
 * Scrolls step `index` to the middle of the viewport (unless `scroll` is false) and waits until
 * the chart shows it.
 */
async function readStep(
	page: Page,
	index: number,
	{ scroll = true } = {}
): Promise<{ id: string; name: string }> {
	const wrap = page.locator(`.step-wrap[data-index="${index}"]`);
	if (scroll) await wrap.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const step = wrap.locator('section[data-step]');
	await expect.poll(() => step.getAttribute('data-active')).toBe('true');
	return { id: (await step.getAttribute('data-step')) ?? '', name: await chartName(page) };
}

describe('story', () => {
	test('scrolling walks the chart through the steps; each step has a verdict, a sentence and n', async () => {
		const opened = await openPage(browser, '/story');
		const { page } = opened;
		await page.locator('section[data-step]').first().waitFor();
		const count = await page.locator('.step-wrap').count();
		expect(count).toBeGreaterThanOrEqual(6);

		// The steps read as ordinary headings and paragraphs, each claim with its verdict and n.
		const claims = page.locator('section[data-step] [data-claim]');
		expect(await claims.count()).toBeGreaterThanOrEqual(count);
		for (const claim of await claims.all()) {
			expect(await claim.getByRole('heading', { level: 2 }).count()).toBe(1);
			expect((await claim.locator('.verdict').innerText()).replace(/^\W+/, '').trim()).toMatch(
				VERDICT_WORDS
			);
			expect((await claim.getByTestId('story-sentence').innerText()).length).toBeGreaterThan(30);
			expect(await claim.getByTestId('story-n').innerText()).toMatch(
				/^n = [\d,]+ IC and [\d,]+ EM reports$/
			);
			expect(await claim.locator('.figures li').count()).toBeGreaterThan(0);
		}

		const seen: { id: string; name: string }[] = [];
		for (let i = 0; i < count; i++) {
			seen.push(await readStep(page, i));
			if (i === 0) await saveScreenshot(page, 'story-fork-1400', { fullPage: false });
			if (seen[i]!.id === 'culture')
				await saveScreenshot(page, 'story-culture-1400', { fullPage: false });
		}
		console.info(seen.map((s) => `${s.id}: ${s.name}`).join('\n'));
		const byId = Object.fromEntries(seen.map((s) => [s.id, s.name]));
		expect(byId.fork).toMatch(
			/^IC vs EM total pay by level, all company types, marking “The ladders fork at level 5”$/
		);
		expect(byId.parity).toMatch(/^EM premium over IC pay by level, all company types$/);
		expect(byId.culture).toMatch(/^EM premium over IC pay by level, .+/);
		expect(byId.startup).toMatch(/at late-stage private companies$/);
		expect(byId.neighborhood).toMatch(/^IC vs EM total pay by level, at \S/);
		expect(new Set(seen.map((s) => s.name)).size).toBeGreaterThanOrEqual(6);
		// The gap chart draws a row per compared level and type; the ladder its notes.
		await readStep(
			page,
			seen.findIndex((s) => s.id === 'culture')
		);
		expect(await page.locator('.sticky [data-kind="gap"]').count()).toBe(1);
		await readStep(
			page,
			seen.findIndex((s) => s.id === 'climb')
		);
		expect(await page.locator('.sticky g.annotations g.note').count()).toBe(2);

		// Scrolling back up brings the first step's chart back.
		await readStep(page, 0);
		expect(await chartName(page)).toBe(byId.fork);

		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expect(opened.errors, opened.errors.join('\n')).toEqual([]);
	});

	test('the closing links open the explorer at the story’s views and filters', async () => {
		const opened = await openPage(browser, '/story');
		const { page } = opened;
		const explore = page.getByRole('region', { name: 'Explore it yourself' });
		// The links appear as the data arrives: wait for every view's link, not just the first.
		for (const view of ['gap', 'types', 'companies', 'distribution']) {
			await explore.locator(`a[href*="view=${view}"]`).first().waitFor();
		}
		const hrefs = await explore
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		const views = hrefs.map(
			(href) => new URL(href, 'http://x').searchParams.get('view') ?? 'ladder'
		);
		expect(views).toEqual(
			expect.arrayContaining(['ladder', 'gap', 'types', 'companies', 'distribution'])
		);
		const companies = hrefs.find((href) => href.includes('view=companies'));
		expect(
			new URL(companies!, 'http://x').searchParams.get('companies')?.split(',').length
		).toBeGreaterThanOrEqual(2);

		await explore.getByRole('link', { name: 'Parity gap' }).click();
		await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('view') === 'gap');
		await expect.poll(() => page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/story');

		await explore.getByRole('link', { name: /^Company ladders: / }).click();
		await page.waitForURL(
			(url) =>
				url.searchParams.get('view') === 'companies' &&
				(url.searchParams.get('companies') ?? '') !== ''
		);
		expect(opened.errors, opened.errors.join('\n')).toEqual([]);
	});

	test('at 390 px the chart sits on top and the steps scroll below it without overlapping text', async () => {
		const opened = await openPage(browser, '/story', { width: 390, height: 844 });
		const { page } = opened;
		await page.locator('section[data-step]').first().waitFor();
		for (const index of [0, 3]) {
			await readStep(page, index);
			// A reader brings the step's heading up to just under the chart.
			const wrap = page.locator(`.step-wrap[data-index="${index}"]`);
			await wrap.evaluate((el) => {
				const chartBottom = document.querySelector('.sticky')!.getBoundingClientRect().bottom;
				window.scrollBy(0, el.getBoundingClientRect().top - chartBottom - 8);
			});
			const { id } = await readStep(page, index, { scroll: false });
			const chart = await page.locator('.sticky').boundingBox();
			const step = await page.locator(`section[data-step="${id}"] h2`).first().boundingBox();
			// The active step's heading is below the chart, not under it.
			expect(step!.y).toBeGreaterThanOrEqual(chart!.y + chart!.height);
			expect(chart!.width).toBeLessThanOrEqual(390);
			await saveScreenshot(page, `story-${id}-390`, { fullPage: false });
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expect(opened.errors, opened.errors.join('\n')).toEqual([]);
	});
});
