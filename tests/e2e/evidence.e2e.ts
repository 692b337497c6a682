// The Evidence page against the built app in Chromium: every claim on every source (the matrix
// `npm run data` computed), untestable cells saying why, each row's reading, the CSV download,
// and an upload becoming one more column computed in the browser.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSyntheticRecords, toRecordsCsv } from '../fixtures/records.ts';
import { checkA11y, formatViolations, launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { download, findFormulaCells, parseCsv } from './downloads.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

async function readMatrix(page: Page) {
	const table = page.locator('.evidence table');
	const columns = await table.locator('thead th').allTextContents();
	const rows = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			claim: tr.querySelector('th')?.textContent?.trim() ?? '',
			cells: [...tr.querySelectorAll('td[data-source]')].map((td) => ({
				source: td.getAttribute('data-source') ?? '',
				status: td.getAttribute('data-status') ?? '',
				text: td.textContent?.replace(/\s+/g, ' ').trim() ?? ''
			})),
			reading: tr.querySelector('td.reading')?.textContent?.trim() ?? ''
		}))
	);
	return { columns: columns.map((c) => c.trim()), rows };
}

describe('evidence page', () => {
	test('shows 11 claims on 7 sources, why a source cannot test a claim, and a reading per row', async () => {
		const opened = await openPage(browser, '/evidence');
		const { columns, rows } = await readMatrix(opened.page);
		expect(columns[0]).toBe('Claim');
		expect(columns.at(-1)).toBe('Reading');
		expect(columns.slice(1, -1)).toEqual([
			'levels.fyi 2017–21',
			'levels.fyi 2021–22',
			'DOU Ukraine',
			'aijobs.net',
			'Stack Overflow 2024',
			'EU survey 2020',
			'BLS OEWS'
		]);
		expect(rows.length).toBeGreaterThanOrEqual(10);
		for (const row of rows) {
			expect(row.cells).toHaveLength(7);
			expect(row.reading).toMatch(/^(holds in \d+ of the \d+ sources? that can test it|no source)/);
		}
		const neighborhood = rows.find((r) => r.claim === 'Same neighborhood, either way')!;
		expect(neighborhood.cells.find((c) => c.source === 'dou')!.text).toBe(
			'Can’t be tested here: no company names'
		);
		const premium = rows.find((r) => r.claim === 'The manager premium is smaller than assumed')!;
		expect(premium.cells.find((c) => c.source === 'bls-oews')!.text).toMatch(
			/^Benchmark: managers' median wage 29% above developers' \(May 2024; 28–32% in May 2021–2024\)/
		);
		// Each tested cell carries n and how many resamples agree, and links to its source.
		const tested = premium.cells.find((c) => c.source === 'levelsfyi-2022')!;
		expect(tested.text).toMatch(/n = [\d,]+ .*\d+ of 200 resamples agree/);
		const link = opened.page.locator(
			'tr[data-claim="premium-smaller"] td[data-source="dou"] a.chart-link'
		);
		expect(await link.getAttribute('href')).toMatch(/[?&]source=dou\b/);
		const card = opened.page.locator(
			'tr[data-claim="premium-smaller"] td[data-source="dou"] a.badge-link'
		);
		expect(await card.getAttribute('href')).toMatch(/\/claims\?source=dou#claim-premium-smaller$/);
		await expect
			.poll(() => opened.page.getByTestId('benchmark-note').textContent())
			.toContain('A premium across occupations is not a premium at the same level');
		await saveScreenshot(opened.page, 'evidence-1400');
		const violations = await checkA11y(opened.page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expect(opened.errors).toEqual([]);
	});

	test('downloads the matrix as CSV, one line a cell, safe for spreadsheets', async () => {
		const opened = await openPage(browser, '/evidence');
		const { path, filename } = await download(opened.page, /CSV/, /Download the matrix/);
		expect(filename).toBe('forkline-evidence.csv');
		const rows = parseCsv(readFileSync(path, 'utf8'));
		expect(rows[0]).toEqual([
			'claim',
			'source_id',
			'status',
			'verdict',
			'figure',
			'value',
			'n',
			'reason',
			'stability_same',
			'stability_resamples',
			'settled',
			'row_reading',
			'source',
			'pay_measure',
			'currency',
			'dollars'
		]);
		const claims = new Set(rows.slice(1).map((r) => r[0]));
		expect(claims.size).toBeGreaterThanOrEqual(10);
		expect(rows.length - 1).toBe(11 * 7);
		expect(findFormulaCells(rows)).toEqual([]);
	});

	const uploadBuilt = existsSync(
		fileURLToPath(new URL('../../build/upload.html', import.meta.url))
	);
	test.skipIf(!uploadBuilt)('an upload is one more column, computed in the browser', async () => {
		const opened = await openPage(browser, '/evidence');
		// SYNTHETIC, NOT REAL PAY: seeded generator, managers paid 1.5× engineers at every level.
		const csv = toRecordsCsv(createSyntheticRecords({ emFactor: 1.5, perGroup: 40 }));
		await opened.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Your data' })
			.click();
		await opened.page.waitForURL(/\/upload$/);
		await opened.page.getByLabel('CSV file').setInputFiles({
			name: 'synthetic-em-1.5x.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
		await opened.page.getByTestId('import-report').waitFor();
		await opened.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Evidence' })
			.click();
		await opened.page.locator('td[data-source="upload"]').first().waitFor();
		const { columns, rows } = await readMatrix(opened.page);
		expect(columns).toContain('Your upload');
		const parity = rows.find((r) => r.claim === 'The tracks should pay alike')!;
		expect(parity.cells.find((c) => c.source === 'upload')!.text).toMatch(/^✗ Contradicted/);
		expect(opened.errors).toEqual([]);
	});
});
