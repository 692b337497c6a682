// The upload page against the built app in Chromium: the contract other views rely on (a "CSV
// file" input, the import report, the upload as the active dataset that survives client-side
// navigation), rejected rows and their download, a handful of odd files from tests/corpus, no
// request leaving the site, the Content-Security-Policy, and the 58 MB Stack Overflow subset.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	saveScreenshot,
	baseUrl
} from './browser.ts';
import { createSyntheticRecords, toRecordsCsv } from '../fixtures/records.ts';
import { CORPUS } from '../corpus/corpus.ts';

const SO_SURVEY = resolve(
	import.meta.dirname,
	'../../../shared/data/so-survey-2024-subset/so_survey_2024_subset.csv'
);

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Synthetic records (SYNTHETIC, seeded) plus three bad rows: negative pay, a ragged row, hex. */
function syntheticFile(): Buffer {
	const csv = toRecordsCsv(createSyntheticRecords({ perGroup: 4 }));
	return Buffer.from(
		csv + 'Bad Co,,IC,S5,5,,,,,,-5,USD,2020\nRagged Co,IC\nBad Co,,IC,S5,5,,,,,,0x10,USD,2020\n'
	);
}
const SYNTHETIC_ROWS = 5 * 7 * 2 * 4;

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
	await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

function report(page: Page) {
	return page.getByTestId('import-report');
}

async function counts(page: Page): Promise<Record<string, number>> {
	return report(page)
		.locator('[data-count]')
		.evaluateAll((cells) =>
			Object.fromEntries(
				cells.map((c) => [
					c.getAttribute('data-count'),
					Number((c.textContent ?? '').replace(/,/g, ''))
				])
			)
		);
}

describe('upload page', () => {
	test('imports a file, reports every row, and makes it the data of every view, kept across navigation', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await saveScreenshot(page, 'upload-before-1400');
		await upload(page, 'synthetic-pay.csv', syntheticFile());
		await expect.poll(() => report(page).isVisible()).toBe(true);
		expect(await counts(page)).toEqual({
			read: SYNTHETIC_ROWS + 3,
			imported: SYNTHETIC_ROWS,
			rejected: 3,
			skipped: 0
		});

		const switcher = page.getByRole('group', { name: 'Data shown' });
		await expect
			.poll(() =>
				switcher.getByRole('button', { name: 'synthetic-pay.csv' }).getAttribute('aria-pressed')
			)
			.toBe('true');
		await saveScreenshot(page, 'upload-after-1400');

		// Client-side navigation keeps the upload as the active dataset.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Explore' })
			.click();
		await page.waitForURL(/\/$/);
		expect(
			await switcher.getByRole('button', { name: 'synthetic-pay.csv' }).getAttribute('aria-pressed')
		).toBe('true');

		// One click back to the bundled data; forgetting removes the upload.
		await switcher.getByRole('button', { name: 'levels.fyi' }).click();
		expect(
			await switcher.getByRole('button', { name: 'levels.fyi' }).getAttribute('aria-pressed')
		).toBe('true');
		await page.getByRole('button', { name: 'Forget my data' }).click();
		await expect.poll(() => page.getByRole('group', { name: 'Data shown' }).count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('lists rejected rows by reason with row, column and value, and downloads them as neutralised CSV', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, 'synthetic-pay.csv', syntheticFile());
		await expect.poll(() => report(page).isVisible()).toBe(true);
		const r = report(page);
		await expect.poll(() => r.getByText('pay cannot be negative: 1 row').isVisible()).toBe(true);
		const rows = await r
			.locator('table.rows tbody tr')
			.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent?.trim())));
		expect(rows).toContainEqual([String(SYNTHETIC_ROWS + 2), 'total', '-5']);
		expect(rows).toContainEqual([String(SYNTHETIC_ROWS + 3), '(whole row)', 'Ragged Co,IC']);
		expect(rows).toContainEqual([String(SYNTHETIC_ROWS + 4), 'total', '0x10']);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			r.getByRole('button', { name: 'Download rejected rows (CSV)' }).click()
		]);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.split('\n')[0]).toBe('row,column,value,reason');
		expect(text).toContain(`${SYNTHETIC_ROWS + 2},total,'-5,pay cannot be negative`);
		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(page, 'upload-rejects-390');
		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('reads pasted CSV text', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await page.getByText('Paste CSV text instead').click();
		await page
			.getByLabel('CSV text')
			.fill('company,track,std_level,total\nAcme,IC,5,"$185,000"\nAcme,EM,5,185k\n');
		await page.getByRole('button', { name: 'Read pasted text' }).click();
		await expect.poll(() => report(page).isVisible()).toBe(true);
		expect(await counts(page)).toEqual({ read: 2, imported: 2, rejected: 0, skipped: 0 });
		expect(errors).toEqual([]);
	});

	const HANDFUL: [string, RegExp][] = [
		['empty.csv', /Nothing was imported\.\s*empty\.csv is empty/],
		['workbook.xlsx.csv', /looks like a ZIP archive/],
		['unterminated-quote.csv', /row 3: a quote \("\) opens a cell that never closes/],
		['latin1.csv', /read as windows-1252/],
		['duplicate-headers.csv', /names "total" more than once/]
	];
	test.each(HANDFUL)('%s gets a clear outcome on the page', async (name, message) => {
		const file = CORPUS.find((f) => f.name === name)!;
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, name, Buffer.concat(file.parts()));
		await expect.poll(() => report(page).isVisible()).toBe(true);
		expect(await report(page).innerText()).toMatch(message);
		expect(errors).toEqual([]);
	});

	test('shows HTML and formulas in values as text, running nothing', async () => {
		const file = CORPUS.find((f) => f.name === 'formula-and-html.csv')!;
		const { page, errors } = await openPage(browser, '/upload');
		await page.evaluate(() => ((window as unknown as { pwned: number }).pwned = 0));
		await upload(
			page,
			'x.csv',
			Buffer.from(
				'company,track,std_level,total\n<img src=x onerror="window.pwned=1">,IC,5,-5\n' +
					Buffer.concat(file.parts()).toString().split('\n').slice(1).join('\n')
			)
		);
		await expect.poll(() => report(page).isVisible()).toBe(true);
		expect(await report(page).locator('code').first().innerText()).toBe('-5');
		expect(await report(page).locator('img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
		expect(errors).toEqual([]);
	});

	test('sends no request off the site while a file is loaded and explored, and only its own assets after', async () => {
		const { page, requests, errors } = await openPage(browser, '/upload');
		const before = requests.length;
		await upload(page, 'synthetic-pay.csv', syntheticFile());
		await expect.poll(() => report(page).isVisible()).toBe(true);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Explore' })
			.click();
		await page.waitForURL(/\/$/);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Data', exact: true })
			.click();
		await page.waitForURL(/\/data$/);
		expect(foreignRequests(requests)).toEqual([]);
		// After the upload: only the site's own built assets (the worker script, code chunks, data).
		const origin = new URL(baseUrl()).origin;
		const after = requests
			.slice(before)
			.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
		const notAssets = after.filter(
			(url) =>
				!url.startsWith(origin) ||
				!/^\/(_app\/|favicon\.svg$|__data\.json$|data\/__data\.json$)/.test(new URL(url).pathname)
		);
		expect(notAssets).toEqual([]);
		expect(after.some((url) => /ingest\.worker/.test(url))).toBe(true);
		expect(errors).toEqual([]);
	});

	test('the page carries a Content-Security-Policy that allows no other host', async () => {
		const { page } = await openPage(browser, '/upload');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/connect-src 'self';/);
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		// A fetch to another host is refused by the browser.
		const blocked = await page.evaluate(() =>
			fetch('http://example.invalid/x').then(
				() => 'sent',
				(e: Error) => e.name
			)
		);
		expect(blocked).toBe('TypeError');
	});

	test(
		'cancelling a big read stops it and keeps nothing',
		{ skip: !existsSync(SO_SURVEY) },
		async () => {
			const { page, errors } = await openPage(browser, '/upload');
			await page.getByLabel('CSV file').setInputFiles(SO_SURVEY);
			await page.getByRole('button', { name: 'Cancel' }).click();
			await expect
				.poll(() => page.getByText('Stopped reading so_survey_2024_subset.csv').isVisible())
				.toBe(true);
			expect(await page.getByRole('group', { name: 'Data shown' }).count()).toBe(0);
			expect(errors).toEqual([]);
		}
	);

	test(
		'loads the 58 MB Stack Overflow subset with progress and a report',
		{ skip: !existsSync(SO_SURVEY), timeout: 180_000 },
		async () => {
			const { page, errors } = await openPage(browser, '/upload');
			page.setDefaultTimeout(150_000);
			await page.evaluate(() => {
				const w = window as unknown as { longest: number };
				w.longest = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
				}).observe({ type: 'longtask' });
			});
			// Every text the progress line shows is recorded as it changes.
			await page.evaluate(() => {
				const w = window as unknown as { progress: string[] };
				w.progress = [];
				new MutationObserver(() => {
					const text = document.querySelector('[data-testid="progress-text"]')?.textContent;
					if (text && w.progress.at(-1) !== text) w.progress.push(text);
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
			});
			const start = Date.now();
			await page.getByLabel('CSV file').setInputFiles(SO_SURVEY);
			await report(page).waitFor();
			const seconds = (Date.now() - start) / 1000;
			const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
			const progress = await page.evaluate(
				() => (window as unknown as { progress: string[] }).progress
			);
			// Progress showed bytes and rows part-way through, not just at the start and the end.
			const midway = progress.filter(
				(t) => /^[1-9][\d.]* MB of 58\.8 MB, [1-9][\d,]* rows$/.test(t) && !t.startsWith('58.8')
			);
			expect(midway.length, progress.join(' | ')).toBeGreaterThan(0);
			console.log(
				`SO 2024 subset (58.8 MB) through /upload: ${seconds.toFixed(1)} s; ` +
					`longest main-thread task ${longest.toFixed(0)} ms; ` +
					`${progress.length} progress updates, e.g. "${midway[0]}"`
			);
			expect(await counts(page)).toMatchObject({ read: 18_845 });
			const c = await counts(page);
			expect(c.read).toBe(c.imported! + c.rejected! + c.skipped!);
			await saveScreenshot(page, 'upload-so-1400');
			expect(errors).toEqual([]);
		}
	);
});
