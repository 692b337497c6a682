// An upload never pools currencies: a records file with dollar and euro rows keeps the dollars
// (most of its rows), sets the euros aside and says so in the import report, and the explorer's
// IC L5 band is the dollar rows' alone, labelled in dollars; a euro-only upload is labelled in
// euros everywhere its money is named, and is never shown as "today's dollars".

import { readFileSync } from 'node:fs';
import { quantile } from 'd3-array';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, readImportCounts, saveScreenshot } from './browser.ts';
import { download, parseCsv } from './downloads.ts';
import { createMixedCurrencyRecords } from '../fixtures/currencies.ts';
import { toRecordsCsv } from '../../src/lib/data/export.ts';

// SYNTHETIC, NOT REAL PAY (tests/fixtures/currencies.ts): 5 IC L5 reports in USD around
// $260,000 and 5 in EUR around €90,000, as in the audit's file, plus levels 4 and 6 and managers.
const mixed = createMixedCurrencyRecords({ perGroup: { USD: 5, EUR: 5 } });
const dollars = mixed.filter((r) => r.currency === 'USD');
const euros = mixed.filter((r) => r.currency === 'EUR');
// One more dollar row (a level-4 engineer), so the dollars are the larger part of the file.
const level4 = dollars.find((r) => r.stdLevel === 4 && r.track === 'ic')!;
const extra = { ...level4, total: level4.total + 1000 };
const file = (name: string, records: typeof mixed) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(toRecordsCsv(records))
});

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

async function upload(page: Page, upload: ReturnType<typeof file>): Promise<void> {
	await page.getByLabel('CSV file').setInputFiles(upload);
	await page
		.getByRole('group', { name: 'Data shown' })
		.getByRole('button', { name: upload.name })
		.waitFor();
	await page.getByTestId('import-report').waitFor();
}

async function goTo(page: Page, label: string, url: RegExp): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
	await page.waitForURL(url);
}

/** The explorer ladder table's IC L5 row: its n and median as printed. */
async function icL5(page: Page): Promise<{ n: string; median: string }> {
	const row = page.locator('table.band-table tbody tr[data-level="5"][data-track="ic"]');
	await row.waitFor();
	return {
		n: (await row.locator('td.num').first().textContent())!.trim(),
		median: (await row.locator('td.median').textContent())!.trim()
	};
}

const counts = readImportCounts;

describe('an upload keeps one currency', () => {
	test('a USD/EUR file imports the dollars, names the euros set aside, and its USD band is the dollar rows’ alone', async () => {
		// The band of the dollar rows alone, as the app prints it, from a file of only those.
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, file('dollars.csv', [...dollars, extra]));
		await goTo(page, 'Explore', /\/$/);
		const alone = await icL5(page);
		// A small upload is exact ($1 bins): the median is the dollar rows' own.
		const usdIcL5 = dollars.filter((r) => r.track === 'ic' && r.stdLevel === 5).map((r) => r.total);
		expect(alone).toEqual({
			n: '5',
			median: `$${quantile(usdIcL5, 0.5)!.toLocaleString('en-US')}`
		});

		await goTo(page, 'Your data', /\/upload/);
		await upload(page, file('mixed.csv', [...dollars, extra, ...euros]));
		const report = page.getByTestId('import-report');
		expect(await counts(page)).toEqual({
			read: mixed.length + 1,
			imported: dollars.length + 1,
			rejected: 0,
			skipped: euros.length
		});
		expect(await report.textContent()).toContain(
			`${euros.length} rows in EUR set aside: Forkline compares pay within one currency`
		);
		const choice = page.getByTestId('currency-choice');
		expect(await choice.getByLabel('Keep the rows in').inputValue()).toBe('USD');
		await saveScreenshot(page, 'currency-report-1400');
		await page.setViewportSize({ width: 390, height: 844 });
		await choice.scrollIntoViewIfNeeded();
		await saveScreenshot(page, 'currency-report-390');
		await page.setViewportSize({ width: 1400, height: 1000 });

		await goTo(page, 'Explore', /\/$/);
		expect(await icL5(page), 'the IC L5 band of the mixed file is the dollars’ alone').toEqual(
			alone
		);
		expect(await page.locator('p.source').textContent()).toContain('total pay a year, USD');
		await saveScreenshot(page, 'currency-explorer-mixed-1400');

		// Right after a read, choosing the euros reads the file again keeping them.
		await goTo(page, 'Your data', /\/upload/);
		await upload(page, file('mixed.csv', [...dollars, extra, ...euros]));
		await page.getByTestId('currency-choice').getByLabel('Keep the rows in').selectOption('EUR');
		await expect
			.poll(() => counts(page))
			.toEqual({
				read: mixed.length + 1,
				imported: euros.length,
				rejected: 0,
				skipped: dollars.length + 1
			});
		expect(errors).toEqual([]);
	});

	test('a EUR-only upload is labelled in euros and never shown as today’s dollars', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, file('euros.csv', euros));
		expect(await page.getByTestId('currency-choice').count()).toBe(0);
		await goTo(page, 'Explore', /\/$/);
		await icL5(page);
		expect(await page.locator('p.source').textContent()).toContain('total pay a year, EUR');
		expect(await page.locator('p.subtitle').textContent()).toContain('Total pay a year, EUR');
		expect(await page.locator('table.band-table caption').textContent()).toContain('(EUR,');
		// Its amounts print in euros, as the file gives them: the table, a band's tooltip and the
		// pay axis, and no dollar sign anywhere in the figure's text or the table.
		const euroIcL5 = euros.filter((r) => r.track === 'ic' && r.stdLevel === 5).map((r) => r.total);
		expect((await icL5(page)).median).toBe(`€${quantile(euroIcL5, 0.5)!.toLocaleString('en-US')}`);
		await page.locator('figure.band-chart g.band').first().focus();
		await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/Median\s*€[\d,]+/);
		const ticks = await page.locator('figure.band-chart g.axis-y g.tick text').allTextContents();
		expect(ticks.length).toBeGreaterThan(1);
		for (const tick of ticks) expect(tick).toMatch(/^−?€\d/);
		const figureText = [
			...(await page.locator('figure.band-chart svg text').allTextContents()),
			await page.getByRole('tooltip').textContent(),
			await page.locator('table.band-table').textContent()
		].join(' ');
		expect(figureText).toContain('€');
		expect(figureText).not.toContain('$');
		await page.locator('figure.band-chart g.band').first().blur();
		// The distribution's axis and median labels, and its table, print euros too.
		await page.getByRole('link', { name: 'Distribution' }).click();
		await page.locator('figure.distribution svg g.bin').first().waitFor();
		const binTicks = await page.locator('figure.distribution g.axis-x text.tick').allTextContents();
		expect(binTicks.length).toBeGreaterThan(1);
		for (const tick of binTicks) expect(tick).toMatch(/^−?€\d/);
		const distributionText = [
			...(await page.locator('figure.distribution svg text').allTextContents()),
			...(await page
				.locator('table.distribution-quartiles, table.distribution-bins')
				.allTextContents())
		].join(' ');
		expect(distributionText).toMatch(/median €\d/);
		expect(distributionText).not.toContain('$');
		await saveScreenshot(page, 'currency-distribution-eur-1400');
		await page.getByRole('link', { name: 'Ladder', exact: true }).click();
		await icL5(page);
		// The dollars switch is not offered: the amounts are as uploaded.
		expect(await page.getByRole('radio', { name: 'Today’s dollars' }).count()).toBe(0);
		expect(await page.getByTestId('dollars-fixed').textContent()).toContain('As uploaded, in EUR');
		const csv = await download(page, /CSV/, /^Download /);
		const [header, ...rows] = parseCsv(readFileSync(csv.path, 'utf8'));
		const currency = header!.indexOf('currency');
		expect(currency).toBeGreaterThan(-1);
		expect(new Set(rows.map((row) => row[currency]))).toEqual(new Set(['EUR']));
		await saveScreenshot(page, 'currency-explorer-eur-1400');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.getByRole('button', { name: 'Filters' }).click();
		await saveScreenshot(page, 'currency-explorer-eur-390');
		await page.setViewportSize({ width: 1400, height: 1000 });

		await goTo(page, 'Where I stand', /\/me/);
		expect(await page.getByTestId('me-measure').textContent()).toContain('total pay a year, EUR');
		expect(await page.getByText('Total pay a year (EUR)').count()).toBe(1);
		const axisTicks = () =>
			page.locator('figure.band-chart g.axis-y g.tick text').allTextContents();
		await expect.poll(async () => (await axisTicks()).length).toBeGreaterThan(1);
		for (const tick of await axisTicks()) expect(tick).toMatch(/^−?€\d/);
		await saveScreenshot(page, 'currency-me-eur-1400');
		await goTo(page, 'Brief', /\/brief/);
		expect(await page.getByTestId('brief-measure').textContent()).toBe(
			'pay is total pay a year, EUR'
		);
		expect(await page.getByTestId('brief-source').locator('..').textContent()).toContain(
			'Amounts are in EUR as the file gives them, never converted.'
		);
		expect(await page.getByText('converted to USD').count()).toBe(0);
		await expect.poll(async () => (await axisTicks()).length).toBeGreaterThan(1);
		for (const tick of await axisTicks()) expect(tick).toMatch(/^−?€\d/);
		await saveScreenshot(page, 'currency-brief-eur-1400');
		expect(errors).toEqual([]);
	});
});
