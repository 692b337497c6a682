// The upload page against the built app in Chromium: the contract other views rely on (a "CSV
// file" input, the import report, the upload as the active dataset that survives client-side
// navigation), rejected rows and their download, a handful of odd files from tests/corpus, no
// request leaving the site, the Content-Security-Policy, and the 58 MB Stack Overflow subset.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import {
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	readImportCounts,
	saveScreenshot,
	baseUrl,
	waitForHydration
} from './browser.ts';
import { createSyntheticRecords, toRecordsCsv } from '../fixtures/records.ts';
import { CORPUS } from '../corpus/corpus.ts';
import { download } from './downloads.ts';
import { DEFAULT_FILTERS, toSearch } from '../../src/lib/state/filters.ts';

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

const counts = readImportCounts;

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
		expect(download.suggestedFilename()).toBe('forkline-synthetic-pay-rejected-rows.csv');
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
		['duplicate-headers.csv', /names "total" more than once/],
		// Issue #14: each says what the file is, and none is offered the column mapping.
		['gzip.csv', /looks like a gzip archive\. To use it, unpack it first/],
		['utf32le.csv', /looks like UTF-32 text\. To use it, save it as UTF-8/],
		['nul-first-kb.csv', /line 3, column 1 \(company\): a zero \(NUL\) byte/],
		['blank-first-line.csv', /first line is blank.*Delete the blank line/],
		['one-long-line.csv', /first line runs on for more than 1,048,576 characters/],
		['utf16le-no-bom.csv', /UTF-16LE/],
		['typo-total.csv', /over 1,000,000,000,000 a year/]
	];
	test.each(HANDFUL)('%s gets a clear outcome on the page', async (name, message) => {
		const file = CORPUS.find((f) => f.name === name)!;
		const { page, errors } = await openPage(browser, '/upload');
		const bytes = Buffer.concat(file.parts());
		if (bytes.length < 5_000_000) await upload(page, name, bytes);
		else {
			// Playwright sends a buffer through the protocol slowly: a big file goes by its path.
			const path = join(mkdtempSync(join(tmpdir(), 'forkline-')), name);
			writeFileSync(path, bytes);
			await page.getByLabel('CSV file').setInputFiles(path);
		}
		await expect.poll(() => report(page).isVisible(), { timeout: 20_000 }).toBe(true);
		const text = await report(page).innerText();
		expect(text).toMatch(message);
		// A message quotes at most about 200 characters of the file (the 50 MB line quoted it all).
		expect(text.length).toBeLessThan(4000);
		await saveScreenshot(page, `upload-${name.replace(/\.csv$/, '')}-1400`);
		if ('fatal' in file.expected && file.expected.kind !== 'header') {
			// Give the page the time the mapping step would take to appear: it must not.
			await page.waitForTimeout(300);
			expect(await page.getByRole('heading', { name: /Map the columns/ }).count()).toBe(0);
		}
		expect(errors).toEqual([]);
	});

	test('a kept record that is damaged is removed with a word, and the views show the bundled data', async () => {
		// The record is written from a page of the site that runs no app code (its icon), before any
		// app page loads: an app page open at the same time would restore (and remove) the damaged
		// record itself, racing the page this test then opens.
		const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		onTestFinished(() => context.close());
		const writer = await context.newPage();
		await writer.goto(new URL('favicon.svg', baseUrl()).href);
		// Right version, wrong shape: a null cell (it threw on every page, reload did not help).
		await writer.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('forkline', 1);
					open.onupgradeneeded = () => open.result.createObjectStore('upload');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('upload', 'readwrite');
						tx.objectStore('upload').put(
							{
								version: 1,
								dataset: {
									id: 'upload',
									source: {
										name: 'damaged.csv',
										detail: '',
										license: '',
										firstYear: null,
										lastYear: null,
										n: 1
									},
									cells: [null]
								}
							},
							'current'
						);
						tx.oncomplete = () => {
							open.result.close();
							resolve();
						};
					};
				})
		);
		await writer.close();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
		page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
		await page.goto(baseUrl());
		await waitForHydration(page, errors);
		const notice = page.getByRole('alert').filter({ hasText: 'Your kept data' });
		await expect
			.poll(() => notice.innerText())
			.toMatch(/Your kept data could not be restored and was removed/);
		expect(await page.getByRole('group', { name: 'Data shown' }).count()).toBe(0);
		expect(await page.getByText('Data: levels.fyi').first().isVisible()).toBe(true);
		await saveScreenshot(page, 'upload-kept-damaged-1400', { fullPage: false });
		// Removed: the next visit has nothing to say.
		await page.reload();
		await page.waitForTimeout(500);
		expect(await notice.count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('company names with a comma or control characters: their ladders and shared links work, and the SVG and PNG exports are valid', async () => {
		// SYNTHETIC pay (seeded records) under two awkward names.
		const names = ['Acme, Inc.', 'Ctl\u0001\u001bCo'];
		const records = createSyntheticRecords({ perGroup: 3 }).map((r, i) => ({
			...r,
			company: names[i % 2]!
		}));
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, 'awkward-names.csv', Buffer.from(toRecordsCsv(records)));
		await expect.poll(() => report(page).isVisible()).toBe(true);
		// Client-side navigation (the upload is not kept): a link as a shared link would carry it.
		const search = toSearch({ ...DEFAULT_FILTERS, view: 'companies', companies: names });
		await page.evaluate((href) => {
			const a = document.createElement('a');
			a.href = href;
			a.textContent = 'shared link';
			document.body.append(a);
			a.click();
		}, `/${search}`);
		await page.waitForURL(/view=companies/);
		for (const name of names) {
			const panel = page.getByRole('region', { name });
			await panel.locator('svg[role="img"]').waitFor();
			// n = 0 was what the comma gave: the panel now has all its reports.
			const n = records.filter((r) => r.company === name).length;
			expect(await panel.innerText()).toContain(`n = ${n} reports`);
		}
		const svg = await download(page, /SVG/, /^Download /);
		const svgText = readFileSync(svg.path, 'utf8');
		const parsed = await page.evaluate(
			(text) =>
				new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
					?.textContent ?? null,
			svgText
		);
		expect(parsed, 'the SVG is well-formed XML').toBeNull();
		expect(svgText).toContain('Acme, Inc.');
		const png = await download(page, /PNG/, /^Download /);
		expect([...readFileSync(png.path).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		await saveScreenshot(page, 'upload-awkward-names-1400', { fullPage: false });
		expect(errors).toEqual([]);
	});

	test('a band sheet is read, checked and held against the market: its p50 as a market percentile per level and track', async () => {
		// SYNTHETIC: two made-up bands of a company's sheet.
		const sheet =
			'company_type,company,track,std_level,n,p10,p25,p50,p75,p90,base_p50,stock_p50,bonus_p50,currency,source\n' +
			'big-tech,Acme,IC,5,12,150000,170000,190000,210000,230000,,,,USD,synthetic\n' +
			'big-tech,Acme,EM,5,6,160000,180000,200000,220000,240000,,,,USD,synthetic\n';
		const { page, errors } = await openPage(browser, '/upload');
		await upload(page, 'bands2.csv', Buffer.from(sheet));
		await expect.poll(() => report(page).isVisible()).toBe(true);
		expect(await counts(page)).toEqual({ read: 2, imported: 2, rejected: 0, skipped: 0 });
		const status = page.getByTestId('band-sheet-status');
		expect(await status.innerText()).toMatch(
			/bands2\.csv is a band sheet: its 2 bands were read and checked, and are held against the market below/
		);
		// Each band beside the market's band of the same type, track and level, with its percentile.
		const placed = page.getByTestId('sheet-in-market');
		await expect.poll(() => placed.locator('tbody tr').count()).toBe(2);
		const rows = await placed
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent?.trim())));
		expect(rows[0]!.slice(0, 4)).toEqual(['Big tech', 'IC', 'L5', '$190,000']);
		expect(rows[0]![7]).toMatch(/^\d{1,2}(st|nd|rd|th) percentile$/);
		expect(Number(rows[0]![6]!.replace(/,/g, ''))).toBeGreaterThan(100);
		expect(await placed.innerText()).toMatch(/region, year\s+and experience filters do not apply/);
		expect(await page.getByText(/Nothing from bands2\.csv could be imported/).count()).toBe(0);
		await saveScreenshot(page, 'upload-band-sheet-1400');
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
