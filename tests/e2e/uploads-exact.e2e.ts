// A small upload shows its typed figures exactly (#15 point 10): a synthetic pay file of 224 rows,
// uploaded in Chromium, gives the exact medians in the explorer's table, the exact percentiles
// and medians on /me, and the same in the brief, where binned at $5,000 they moved to the bin's
// spread (a typed median of $260,000 read as $262,500). The bundled data's figures in today's
// dollars print to the $1,000 their $5,000 bins can vouch for (format.ts toFigureStep).

import { quantile } from 'd3-array';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { createTypedPayRecords } from '../fixtures/typedPay.ts';
import { toRecordsCsv } from '../../src/lib/data/export.ts';
import type { PayRecord, StdLevel, Track } from '../../src/lib/data/domain.ts';

// SYNTHETIC, NOT REAL PAY: seeded log-normal pay typed to the $1,000 (tests/fixtures/typedPay.ts).
const records = createTypedPayRecords();
const FILE = {
	name: 'typed-pay.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from(toRecordsCsv(records))
};

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The typed totals of one track and level, of one company type or all, ascending. */
function totals(track: Track, stdLevel: StdLevel, companyType?: string): number[] {
	return records
		.filter(
			(r: PayRecord) =>
				r.track === track &&
				r.stdLevel === stdLevel &&
				(companyType === undefined || r.companyType === companyType)
		)
		.map((r) => r.total)
		.sort((a, b) => a - b);
}

/** Whole dollars as every page prints them: `$262,000`. */
const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/**
 * The share of the reports paid less than `pay` as the app defines it (the inverse of the R-7
 * quantile function), as the ordinal /me prints: pay between the k-th and (k+1)-th of n values
 * sits at (k + fraction) / (n − 1).
 */
function percentileText(values: readonly number[], pay: number): string {
	const k = values.findLastIndex((v) => v <= pay);
	const next = values[k + 1];
	const position = next === undefined ? k : k + (pay - values[k]!) / (next - values[k]!);
	const n = Math.min(99, Math.max(1, Math.round((100 * position) / (values.length - 1))));
	const suffix =
		n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
	return `${n}${suffix} percentile`;
}

/** Follow a link of the header's main navigation (client-side, so the upload stays in use). */
async function goTo(page: Page, label: string, url: RegExp): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
	await page.waitForURL(url);
}

describe('a small upload shows its typed figures exactly', () => {
	test('the explorer table, /me’s percentiles and medians, and the brief print the exact figures', async () => {
		// Every group has 7 reports, so its median is one typed amount, a whole thousand.
		const ic6 = totals('ic', 6, 'big-tech');
		const em6 = totals('em', 6, 'big-tech');
		expect(ic6).toHaveLength(7);
		expect(quantile(ic6, 0.5)! % 1000).toBe(0);

		const { page, errors } = await openPage(browser, '/upload');
		await page.getByLabel('CSV file').setInputFiles(FILE);
		const switcher = page.getByRole('group', { name: 'Data shown' });
		await expect
			.poll(() =>
				switcher.getByRole('button', { name: 'typed-pay.csv' }).getAttribute('aria-pressed')
			)
			.toBe('true');

		// The explorer's ladder table: every band's median is the exact median of its typed pay.
		await goTo(page, 'Explore', /\/$/);
		const table = page.locator('table.band-table');
		await table.locator('tbody tr[data-level="5"][data-track="ic"]').waitFor();
		for (const level of [4, 5, 6, 7] as const)
			for (const track of ['ic', 'em'] as const) {
				const cell = table.locator(
					`tbody tr[data-level="${level}"][data-track="${track}"] td.median`
				);
				expect(await cell.textContent(), `${track} L${level} median`).toBe(
					money(quantile(totals(track, level), 0.5)!)
				);
			}
		await saveScreenshot(page, 'uploads-exact-explorer-1400');
		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(page, 'uploads-exact-explorer-390');
		await page.setViewportSize({ width: 1400, height: 1000 });

		// /me: an engineer paid the third-lowest typed IC L6 amount at big tech.
		await goTo(page, 'Where I stand', /\/me/);
		const pay = ic6[2]!;
		const form = page.locator('form.position-form');
		await form.locator('select[name="companyType"]').selectOption('big-tech');
		await form.locator('input[name="track"][value="ic"]').check();
		await form.locator('select[name="stdLevel"]').selectOption('6');
		await form.locator('input[name="total"]').fill(String(pay));
		await form.getByRole('button', { name: 'Mark my position' }).click();
		const standing = page.getByTestId('percentiles');
		await standing.waitFor();
		const own = (await standing.locator('li[data-track="ic"]').textContent())!;
		const other = (await standing.locator('li[data-track="em"]').textContent())!;
		expect(own).toContain(percentileText(ic6, pay));
		expect(own).toContain(`median ${money(quantile(ic6, 0.5)!)}, n = 7`);
		expect(other).toContain(percentileText(em6, pay));
		expect(other).toContain(`median ${money(quantile(em6, 0.5)!)}, n = 7`);
		// The switch table's medians are the same typed amounts.
		expect(
			await page
				.getByTestId('switch-expected')
				.locator('tr[data-track="em"][data-level="6"] td')
				.first()
				.textContent()
		).toContain(money(quantile(em6, 0.5)!));
		await saveScreenshot(page, 'uploads-exact-me-1400');
		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(page, 'uploads-exact-me-390');
		await page.setViewportSize({ width: 1400, height: 1000 });

		// The brief: the same percentiles, the same medians, and it says they are exact.
		await page.getByRole('link', { name: 'Open the one-page brief' }).click();
		await page.waitForURL(/\/brief\?/);
		const position = page.getByTestId('brief-position');
		await position.waitFor();
		const brief = (await position.textContent())!;
		expect(brief).toContain(percentileText(ic6, pay).replace(' percentile', ''));
		expect(brief).toContain(percentileText(em6, pay).replace(' percentile', ''));
		const switchRows = page.getByTestId('switch-expected');
		for (const [track, values] of [
			['ic', ic6],
			['em', em6]
		] as const)
			expect(
				await switchRows
					.locator(`tr[data-track="${track}"][data-level="6"] td`)
					.first()
					.textContent()
			).toMatch(new RegExp(`^${money(quantile(values, 0.5)!).replace('$', '\\$')}`));
		expect(await page.locator('.made').textContent()).toContain('Medians are exact');
		expect(errors).toEqual([]);
	});

	test('bundled figures in today’s dollars print to the $1,000 their $5,000 bins hold; as reported, to the dollar', async () => {
		const { page, errors } = await openPage(browser, '/?view=distribution');
		const headline = page.getByRole('heading', { level: 2, name: /middle half of managers/ });
		await headline.waitFor();
		const amounts = (text: string) =>
			[...text.matchAll(/\$(\d{1,3}(?:,\d{3})*)/g)].map((m) => m[1]!);
		const today = amounts((await headline.textContent())!);
		expect(today.length).toBe(4);
		for (const amount of today) expect(amount).toMatch(/,000$/);
		const cells = page.locator('table td.num');
		await cells.first().waitFor();
		const tableToday = (await cells.allTextContents()).filter((t) => t.startsWith('$'));
		expect(tableToday.length).toBeGreaterThan(0);
		for (const cell of tableToday) expect(cell).toMatch(/,000$/);
		await saveScreenshot(page, 'uploads-exact-distribution-today-1400');

		await page.getByRole('radio', { name: 'As reported' }).check();
		await page.waitForURL((url) => url.searchParams.get('dollars') === 'reported');
		await expect.poll(async () => amounts((await headline.textContent())!)).not.toEqual(today);
		const reported = amounts((await headline.textContent())!);
		expect(reported.some((amount) => !amount.endsWith(',000'))).toBe(true);
		expect(errors).toEqual([]);
	});

	test('a kept upload comes back after a reload at its exact width', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await page.getByLabel('Keep my data in this browser').check();
		await page.getByLabel('CSV file').setInputFiles(FILE);
		// Keeping writes to IndexedDB in the background: reload once the copy is there.
		await expect.poll(() => page.evaluate(keptBinWidth)).toBe(1);
		await page.goto(page.url().replace(/upload$/, ''));
		const cell = page.locator(
			'table.band-table tbody tr[data-level="6"][data-track="em"] td.median'
		);
		await expect.poll(() => cell.textContent()).toBe(money(quantile(totals('em', 6), 0.5)!));
		expect(await page.getByText(/Source: typed-pay\.csv reports/).count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});
});

/** The bin width of the upload kept in this browser's IndexedDB, or null when none is kept. */
function keptBinWidth(): Promise<number | null> {
	return new Promise((resolve) => {
		const open = indexedDB.open('forkline', 1);
		open.onupgradeneeded = () => open.result.createObjectStore('upload');
		open.onerror = () => resolve(null);
		open.onsuccess = () => {
			const db = open.result;
			const get = db.transaction('upload', 'readonly').objectStore('upload').get('current');
			get.onsuccess = () => {
				resolve(get.result?.dataset?.binWidth ?? null);
				db.close();
			};
			get.onerror = () => {
				resolve(null);
				db.close();
			};
		};
	});
}
