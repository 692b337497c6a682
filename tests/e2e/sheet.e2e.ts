// An uploaded band sheet held against the market in the explorer, against the built app in
// Chromium: uploaded on /upload, it is drawn on the ladder (dashed medians, each with its market
// percentile) and the parity gap (its own gap), with the note on filters it ignores, and its
// percentiles are in the table under the chart.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { createSyntheticSheet, toSheetCsv } from '../fixtures/sheet.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Uploads the synthetic four-band sheet (SYNTHETIC, seeded) and goes to the explorer by its link. */
async function uploadSheetAndExplore(page: Page): Promise<void> {
	await page.getByLabel('CSV file').setInputFiles({
		name: 'synthetic-sheet.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(toSheetCsv(createSyntheticSheet()))
	});
	await expect.poll(() => page.getByTestId('sheet-in-market').isVisible()).toBe(true);
	// A client-side navigation: the sheet is kept in memory, not on the device.
	await page.getByRole('link', { name: 'Explore' }).first().click();
	await page.waitForURL((url) => url.pathname === '/');
}

describe('an uploaded band sheet in the explorer', () => {
	for (const viewport of [
		{ width: 1400, height: 1000 },
		{ width: 390, height: 844 }
	]) {
		test(`ladder and gap draw the sheet beside the market at ${viewport.width} px`, async () => {
			const { page, errors } = await openPage(browser, '/upload', viewport);
			await uploadSheetAndExplore(page);

			// The ladder: one dashed median per sheet band, each naming its market percentile.
			const ticks = page.getByTestId('sheet-tick');
			await expect.poll(() => ticks.count()).toBe(4);
			await expect
				.poll(() => ticks.first().getAttribute('aria-label'))
				.toMatch(
					/^Your sheet, IC L5: p50 \$[\d,]+.*, \d{1,2}(st|nd|rd|th) percentile of the market$/
				);
			expect(await page.getByText('Your sheet', { exact: true }).count()).toBe(1);
			expect(await page.getByTestId('sheet-note').innerText()).toMatch(
				/region, year and experience filters do not apply to it/
			);
			// The table: the sheet's p50 as a market percentile per level and track.
			const table = page.getByTestId('sheet-table');
			const rows = await table
				.locator('tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => Array.from(tr.children, (c) => c.textContent?.trim()))
				);
			expect(rows.map((r) => `${r[1]} ${r[0]}`)).toEqual(['IC L5', 'EM L5', 'IC L6', 'EM L6']);
			for (const row of rows) expect(row[3]).toMatch(/^\d{1,2}(st|nd|rd|th) percentile$/);
			await saveScreenshot(page, `sheet-ladder-${viewport.width}`);
			await saveScreenshot(
				page.locator('figure.band-chart'),
				`sheet-ladder-chart-${viewport.width}`
			);

			// The parity gap: the sheet's own EM ÷ IC gap in its rows (big tech, levels 5 and 6).
			await page.getByRole('link', { name: 'Parity gap' }).click();
			const gaps = page.getByTestId('sheet-gap');
			await expect.poll(() => gaps.count()).toBe(2);
			expect(await gaps.first().getAttribute('aria-label')).toMatch(/^Your sheet, L5: EM p50 is/);
			expect(await page.getByTestId('sheet-note').innerText()).toMatch(/do not apply to it/);
			await saveScreenshot(page, `sheet-gap-${viewport.width}`);
			expect(errors).toEqual([]);
		});
	}

	test('without an upload the explorer draws no sheet', async () => {
		const { page, errors } = await openPage(browser, '/');
		await expect.poll(() => page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
		expect(await page.getByTestId('sheet-tick').count()).toBe(0);
		expect(await page.getByTestId('sheet-note').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});
