// The pages beyond the header's data control follow the chosen source, checked against the built
// app in Chromium: every explorer view and the Claims page name the source and its pay measure,
// a claim the source cannot test says why, DOU's monthly figures say "a month", the Pay filter
// offers only the parts a source has, links keep ?source=, and each evidence cell opens its
// claim's card on its source. (The upload column of /evidence is in evidence.e2e.ts.)

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOURCES, type SourceInfo } from '../../src/lib/data/sources/registry.ts';
import { VIEW_IDS } from '../../src/lib/views/ids.ts';
import { baseUrl, launchBrowser, openPage, saveScreenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The name a source's own lines use: the default source keeps its short name. */
const lineName = (source: SourceInfo) => (source.id === 'levelsfyi' ? 'levels.fyi' : source.label);

/** Opens another address of the built app in the same page. */
async function go(page: Page, path: string): Promise<void> {
	await page.goto(new URL(path, baseUrl()).href);
}

/** The footer's sentence on the data shown. */
async function footerSource(page: Page): Promise<string> {
	return (await page.getByTestId('footer-source').textContent()) ?? '';
}

describe('every page names the chosen source and its pay measure', () => {
	test('each explorer view, on each source, says whose reports and what pay it shows', async () => {
		const { page, errors } = await openPage(browser, '/');
		for (const source of SOURCES) {
			for (const view of VIEW_IDS) {
				await go(page, `/?source=${source.id}&view=${view}`);
				const line = page
					.locator('p.source', { hasText: `Source: ${lineName(source)} reports` })
					.filter({ hasText: 'n = ' });
				const unavailable = page.locator('.unavailable');
				await line.or(unavailable).first().waitFor();
				if (await unavailable.isVisible()) {
					// A view the source cannot draw says so under its own name.
					expect(await page.locator('h2.headline').textContent()).toBe(
						`Company ladders: not drawn on ${source.shortLabel}`
					);
				} else {
					expect(await line.textContent(), `${source.id} ${view}`).toContain(
						`${source.measureLabel}, USD`
					);
				}
				// The footer names the source's loaded data once it arrives (the prerendered line may
				// come first).
				await expect
					.poll(() => footerSource(page), { message: `${source.id} ${view} footer` })
					.toContain(`${lineName(source)} reports`);
				expect(await footerSource(page)).toContain(source.measureLabel);
			}
		}
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('the Claims page on each source names it and its measure, and checks every claim', async () => {
		const { page, errors } = await openPage(browser, '/claims');
		for (const source of SOURCES) {
			await go(page, `/claims?source=${source.id}`);
			const summary = page.getByTestId('claims-summary');
			await summary.waitFor();
			expect(await summary.textContent()).toContain(`Checked against ${source.label} (`);
			expect(await page.getByTestId('claims-measure').textContent()).toContain(
				`Pay on this source: ${source.measureLabel}, USD.`
			);
			expect(await page.locator('article.claim-card').count()).toBeGreaterThanOrEqual(10);
			// A source without company names cannot test the company claim, and says why.
			const neighborhood = page.locator('article[data-claim="same-neighborhood"]');
			const untestable = neighborhood.getByTestId('claim-untestable');
			if (source.has.companies) expect(await untestable.count()).toBe(0);
			else
				expect(await untestable.textContent()).toContain(
					`Can’t be tested on ${source.label}: no company names.`
				);
			// Links to other pages keep the source.
			const evidence = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
				name: 'Evidence'
			});
			const href = (await evidence.getAttribute('href')) ?? '';
			if (source.id === 'levelsfyi') expect(href).not.toContain('source=');
			else expect(href).toContain(`source=${source.id}`);
		}
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('the startup claim sets young startups against the nearest large tech company each source has', async () => {
		const { page, errors } = await openPage(browser, '/claims');
		const card = page.locator('article[data-claim="startup-vs-bigtech"]');
		// DOU and Stack Overflow have startups and no big tech: tech-first stands in, named so.
		for (const id of ['dou', 'so2024']) {
			await go(page, `/claims?source=${id}`);
			await page.getByTestId('claims-summary').waitFor();
			const text = (await card.textContent()) ?? '';
			expect(text, id).toMatch(
				/Startup managers’ median pay .* against tech-first level-4 engineers’/
			);
			expect(text, id).toContain('are the nearest it has to the essay’s large tech company');
			expect(await card.getByTestId('claim-untestable').count(), id).toBe(0);
		}
		// levels.fyi keeps its late-stage reading against big tech.
		await go(page, '/claims?source=levelsfyi');
		await page.getByTestId('claims-summary').waitFor();
		expect(await card.textContent()).toMatch(
			/Late-stage private managers’ median pay .* against big-tech level-4 engineers’/
		);
		// aijobs has neither side, and says so.
		await go(page, '/claims?source=aijobs');
		await page.getByTestId('claims-summary').waitFor();
		expect(await card.getByTestId('claim-untestable').textContent()).toContain(
			'no startups or large tech employers'
		);
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('story, where I stand and the brief follow the source', async () => {
		const { page } = await openPage(browser, '/story?source=dou');
		const story = page.getByTestId('story-summary');
		await story.waitFor();
		expect(await story.textContent()).toMatch(
			/^Checked against DOU, Ukraine \(Dec 2024, Jun 2025\) \([\d,]+ reports,\s+net base pay a month\)/
		);
		expect(await page.getByTestId('story-untestable').count()).toBeGreaterThan(0);

		// Yearly pay is never set against DOU's monthly bands: the page says so instead.
		await go(page, '/me?source=dou');
		expect(await page.getByTestId('me-unavailable').textContent()).toContain(
			'measures net base pay a month'
		);
		expect(await page.locator('figure svg g.band').count()).toBe(0);
		await go(page, '/brief?source=dou');
		await page.getByTestId('brief-unavailable').waitFor();

		// A yearly source is drawn under its own measure, and the page's own URL keeps the source.
		await go(page, '/me?source=aijobs');
		expect(await page.getByTestId('me-measure').textContent()).toBe(
			'Pay on this source: yearly salary, USD.'
		);
		await page.getByRole('combobox', { name: 'Compare with' }).selectOption('all');
		await page.waitForURL((url) => url.searchParams.get('type') === 'all');
		expect(new URL(page.url()).searchParams.get('source')).toBe('aijobs');
	});
});

describe('a monthly source reads as a month’s pay', () => {
	test('DOU’s tables, cards and tooltips say "a month"; the ladder headline names its measure', async () => {
		const { page, errors } = await openPage(browser, '/?source=dou');
		await page.locator('figure svg g.band').first().waitFor();
		expect(await page.locator('h2.headline').textContent()).toContain(
			'managers’ median net base pay'
		);
		const cells = await page.locator('details table td').allTextContents();
		const money = cells.filter((c) => c.includes('$'));
		expect(money.length).toBeGreaterThan(0);
		for (const cell of money) expect(cell).toMatch(/ a month/);
		await page.locator('figure svg g.band').first().hover();
		await expect
			.poll(() => page.locator('[role="tooltip"]').first().textContent())
			.toMatch(/\$[\d,]+ a month/);
		await go(page, '/claims?source=dou');
		const figures = page.locator('article[data-claim="parity-ideal"] details table td');
		await figures.first().waitFor({ state: 'attached' });
		expect((await figures.allTextContents()).join(' ')).toMatch(/\bIC: \$[\d,]+ a month/);
		expect(errors, errors.join('\n')).toEqual([]);
	});
});

describe('the Pay filter offers the parts a source has', () => {
	test('DOU offers total pay alone, and a URL asking for stock shows total with a note', async () => {
		const { page, errors } = await openPage(browser, '/?source=dou&component=stock');
		await page.getByTestId('missing-part').waitFor();
		expect(await page.getByTestId('missing-part').textContent()).toBe(
			'DOU Ukraine has no stock a year figures: showing net base pay a month instead.'
		);
		expect(
			await page.locator('#component option').evaluateAll((os) => os.map((o) => o.textContent))
		).toEqual(['Total pay']);
		await page.locator('figure svg g.band').first().waitFor();
		expect(await page.locator('p.subtitle').textContent()).toMatch(/^Net base pay a month/);
		await saveScreenshot(page, 'sources-pages-missing-part-1400', { fullPage: false });

		await go(page, '/?source=levelsfyi-2022&component=stock');
		await page.locator('p.source', { hasText: 'n = ' }).waitFor();
		expect(await page.getByTestId('missing-part').count()).toBe(0);
		expect(
			await page
				.locator('#component option')
				.evaluateAll((os) => os.map((o) => o.getAttribute('value')))
		).toEqual(['total', 'base', 'stock', 'bonus']);
		expect(errors, errors.join('\n')).toEqual([]);
	});
});

describe('evidence cells open the claim’s card on their source', () => {
	test('≥ 10 claims × 7 sources; a verdict links to /claims?source=X#claim-id and scrolls to it', async () => {
		const { page, errors } = await openPage(browser, '/evidence');
		const rows = page.locator('.evidence tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(10);
		for (const row of await rows.all())
			expect(await row.locator('td[data-source]').count()).toBe(7);
		const badge = page.locator(
			'tr[data-claim="premium-smaller"] td[data-source="dou"] a.badge-link'
		);
		expect(await badge.getAttribute('href')).toBe('/claims?source=dou#claim-premium-smaller');
		await badge.click();
		await page.waitForURL(/\/claims\?source=dou#claim-premium-smaller$/);
		const heading = page.locator('h2#claim-premium-smaller');
		await heading.waitFor();
		await expect
			.poll(async () => {
				const box = await heading.boundingBox();
				return box !== null && box.y >= 0 && box.y < 1000;
			})
			.toBe(true);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await saveScreenshot(page, 'sources-pages-claim-card-1400', { fullPage: false });
		expect(errors, errors.join('\n')).toEqual([]);
	});
});
