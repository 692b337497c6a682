// One answer per dataset, in Chromium: the raw levels.fyi file the bundle is built from, uploaded
// in the app, gives every claim the same verdict as the bundled cells, for all company types and
// each one (but the listed known differences). The bundle's privacy folding
// (src/lib/data/fold.ts) must not decide a verdict.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMPANY_TYPES } from '../../src/lib/data/domain.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

const RAW = resolve(
	import.meta.dirname,
	'../../../shared/data/levelsfyi-stem-salaries/Levels_Fyi_Salary_Data.csv'
);
// Unclassified is not a company type on the Claims page.
const TYPES = ['all', ...COMPANY_TYPES.filter((t) => t !== 'unclassified')] as const;
/**
 * The one verdict known to differ between the raw rows and the bundle (`npm run data` prints it,
 * data/SOURCES.md explains it): leadership-not-money at finance companies rests on the typical
 * share of ICs out-earning the median manager at the same experience, 24.68% on the raw rows
 * against a 25% limit; the privacy floor withholds the years band of 5 of the 40 finance managers
 * with 5–9 years (cells under 3 reports at companies a claim compares), which lifts it to 25.02%.
 * Listed so the test fails both when another verdict differs and when this one is fixed.
 */
const KNOWN_DIFFERENCES = ['finance leadership-not-money'];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Each claim card's verdict on the Claims page, by claim id. */
async function readVerdicts(page: Page): Promise<Record<string, string>> {
	await page.locator('article[data-claim]').first().waitFor();
	const cards = await page
		.locator('article[data-claim]')
		.evaluateAll((articles) =>
			articles.map((a) => [
				a.getAttribute('data-claim') ?? '',
				a.getAttribute('data-verdict') ?? ''
			])
		);
	return Object.fromEntries(cards);
}

/** Verdicts for every company type, chosen in the page's own menu (client-side, data kept). */
async function readAllTypes(page: Page): Promise<Record<string, Record<string, string>>> {
	const out: Record<string, Record<string, string>> = {};
	for (const type of TYPES) {
		await page.locator('#claims-company-type').selectOption(type);
		await page.waitForURL((url) => (url.searchParams.get('type') ?? 'all') === type);
		out[type] = await readVerdicts(page);
	}
	await page.locator('#claims-company-type').selectOption('all');
	return out;
}

describe('verdicts on the raw levels.fyi file', () => {
	test(
		'uploading the raw file gives every claim the bundled verdict, for every company type',
		{ skip: !existsSync(RAW), timeout: 240_000 },
		async () => {
			const { page, errors } = await openPage(browser, '/claims');
			const bundled = await readAllTypes(page);
			expect(Object.keys(bundled.all!).length).toBeGreaterThanOrEqual(10);

			// Client-side navigation keeps the in-memory dataset: reach /upload through the header.
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Your data' })
				.click();
			await page.waitForURL(/\/upload$/);
			await page.getByLabel('CSV file').setInputFiles({
				name: 'Levels_Fyi_Salary_Data.csv',
				mimeType: 'text/csv',
				buffer: readFileSync(RAW)
			});
			await page.getByTestId('import-report').waitFor({ timeout: 120_000 });
			const switcher = page.getByRole('group', { name: 'Data shown' });
			await expect
				.poll(
					() =>
						switcher
							.getByRole('button', { name: 'Levels_Fyi_Salary_Data.csv' })
							.getAttribute('aria-pressed'),
					{ timeout: 30_000 }
				)
				.toBe('true');

			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Claims' })
				.click();
			await page.waitForURL(/\/claims/);
			const raw = await readAllTypes(page);
			await saveScreenshot(page, 'verdicts-raw-claims-1400');
			// Still the upload: the comparison above is not the bundle against itself.
			expect(
				await switcher
					.getByRole('button', { name: 'Levels_Fyi_Salary_Data.csv' })
					.getAttribute('aria-pressed')
			).toBe('true');

			const differing = TYPES.flatMap((type) =>
				Object.keys(bundled[type]!)
					.filter((id) => raw[type]![id] !== bundled[type]![id])
					.map((id) => `${type} ${id}`)
			);
			expect(differing).toEqual(KNOWN_DIFFERENCES);
			expect(Object.keys(raw.all!)).toEqual(Object.keys(bundled.all!));
			expect(errors).toEqual([]);
		}
	);
});
