// The header's data control, checked against the built app in Chromium: every source can be
// chosen, the choice lands in the URL, its cells are fetched only when chosen, and the ladder
// redraws with the source's name and pay measure. Company ladders on DOU say why they are not
// drawn; an unknown ?source= falls back to levels.fyi with a note.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOURCES } from '../../src/lib/data/sources/registry.ts';
import { foreignRequests, launchBrowser, openPage, saveScreenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The source line once it names `label` (the chosen source's cells have arrived). */
async function sourceLineNaming(page: Page, label: string): Promise<string> {
	// "n = " shows only once the source's own numbers are drawn (not while they load).
	const line = page
		.locator('p.source', { hasText: `Source: ${label} reports` })
		.filter({ hasText: 'n = ' });
	await line.waitFor();
	return (await line.textContent()) ?? '';
}

describe('choosing a source in the header', () => {
	test('each source redraws the ladder with its name and measure, and lives in the URL', async () => {
		const opened = await openPage(browser, '/');
		const { page, requests, errors } = opened;
		await page.locator('figure svg g.band').first().waitFor();
		const choice = page.locator('#dataset-choice');
		expect(
			await choice.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')))
		).toEqual(SOURCES.map((s) => s.id));
		// Only the default source's cells are fetched before a choice.
		expect(
			requests.filter((r) => /-cells\.[\w-]*\.?json/.test(r) && !/levelsfyi-cells/.test(r))
		).toEqual([]);

		for (const source of SOURCES) {
			await choice.selectOption(source.id);
			await page.waitForURL((url) =>
				source.id === 'levelsfyi'
					? !url.searchParams.has('source')
					: url.searchParams.get('source') === source.id
			);
			const name = source.id === 'levelsfyi' ? 'levels.fyi' : source.label;
			const line = await sourceLineNaming(page, name);
			expect(line).toContain(`${source.measureLabel}, USD`);
			await page.locator('figure svg g.band').first().waitFor();
			const firstFile = source.file.replace('.json', '');
			expect(
				requests.some((r) => r.includes(firstFile)),
				`${source.file} fetched`
			).toBe(true);
			if (source.id === 'dou' || source.id === 'aijobs')
				await saveScreenshot(page, `sources-ladder-${source.id}-1400`);
		}
		expect(foreignRequests(requests)).toEqual([]);
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('company ladders on DOU say why they are not drawn; the company type filter offers services', async () => {
		const { page, errors } = await openPage(browser, '/?source=dou&view=companies');
		const note = page.locator('.unavailable');
		await note.waitFor();
		expect(await note.textContent()).toMatch(/^DOU Ukraine names no companies/);
		expect(await page.locator('figure svg g.band').count()).toBe(0);
		expect(await page.locator('h2.headline').textContent()).toBe(
			'Company ladders: not drawn on DOU Ukraine'
		);
		await page.locator('.loading').waitFor({ state: 'detached' });
		await page
			.getByRole('tab', { name: /ladder/i })
			.or(page.locator('a', { hasText: /^Ladder$/ }))
			.first()
			.click();
		await sourceLineNaming(page, 'DOU, Ukraine (Dec 2024, Jun 2025)');
		const types = await page
			.locator('#company-type option')
			.evaluateAll((os) => os.map((o) => o.getAttribute('value')));
		expect(types).toContain('services');
		expect(new URL(page.url()).searchParams.get('source')).toBe('dou');
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('an unknown source falls back to levels.fyi with a note', async () => {
		const { page } = await openPage(browser, '/?source=glassdoor');
		await page.locator('[role="alert"]', { hasText: 'There is no source "glassdoor"' }).waitFor();
		await sourceLineNaming(page, 'levels.fyi');
		expect(await page.locator('#dataset-choice').inputValue()).toBe('levelsfyi');
	});
});
