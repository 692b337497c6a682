// One answer per dataset, in Chromium: the raw levels.fyi file the bundle is built from, uploaded
// in the app, gives every claim card the same verdict and the same sentence as the bundled source,
// for all company types and each one, on all reports and on catalog-placed reports only. The
// bundled source's cards show the claims `npm run data` computed from its unfolded cells
// (data/bundled/levelsfyi-claims*.json, through src/lib/state/claimResults.svelte.ts); the
// upload's are evaluated in the browser on the cells its file makes. The privacy folding of the
// published cells (src/lib/data/fold.ts) decides nothing on the Claims page.

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
// Unclassified is not a company type on the Claims page; these are the menu's order.
const TYPES = ['all', ...COMPANY_TYPES.filter((t) => t !== 'unclassified')] as const;
/** Cards whose verdict or sentence may differ between the bundle and the raw file: none. */
const KNOWN_DIFFERENCES: string[] = [];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Each claim card's verdict and sentence on the Claims page for a filter, by claim id. */
async function readCards(page: Page, filter: string): Promise<Record<string, string>> {
	const cards = page.locator(`.cards[data-filter="${filter}"] article[data-claim]`);
	await cards.first().waitFor({ timeout: 30_000 });
	const read = await cards.evaluateAll((articles) =>
		articles.map((a) => [
			a.getAttribute('data-claim') ?? '',
			`${a.getAttribute('data-verdict')}: ${a.querySelector('[data-testid="claim-sentence"]')?.textContent?.trim() ?? ''}`
		])
	);
	return Object.fromEntries(read);
}

/**
 * Verdicts and sentences for every company type, on all reports and on catalog-placed reports
 * only, chosen in the page's own controls (client-side, data kept), by filter.
 */
async function readAllFilters(page: Page): Promise<Record<string, Record<string, string>>> {
	const out: Record<string, Record<string, string>> = {};
	const placed = page.getByLabel('Only reports placed by the company’s own level catalog');
	for (const catalogOnly of [false, true]) {
		if ((await placed.isChecked()) !== catalogOnly) await placed.click();
		// The menu offers the types the shown data has (levels.fyi types no startup or IT services).
		const types = await page
			.locator('#claims-company-type option')
			.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		expect(types).toEqual(TYPES.filter((t) => types.includes(t)));
		for (const type of types) {
			await page.locator('#claims-company-type').selectOption(type);
			const filter = `${type}${catalogOnly ? '+catalog' : ''}`;
			out[filter] = await readCards(page, filter);
		}
	}
	if (await placed.isChecked()) await placed.click();
	await page.locator('#claims-company-type').selectOption('all');
	await readCards(page, 'all');
	return out;
}

describe('verdicts on the raw levels.fyi file', () => {
	test(
		'uploading the raw file gives every claim card the bundled verdict and sentence, for every filter',
		{ skip: !existsSync(RAW), timeout: 300_000 },
		async () => {
			const { page, errors } = await openPage(browser, '/claims');
			const bundled = await readAllFilters(page);
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
			const raw = await readAllFilters(page);
			await saveScreenshot(page, 'verdicts-raw-claims-1400');
			// Still the upload: the comparison above is not the bundle against itself.
			expect(
				await switcher
					.getByRole('button', { name: 'Levels_Fyi_Salary_Data.csv' })
					.getAttribute('aria-pressed')
			).toBe('true');

			const filters = Object.keys(bundled);
			// Every type levels.fyi has (all, big tech, tech-first, late-stage, enterprise, finance),
			// on all reports and on catalog-placed ones.
			expect(filters).toHaveLength(12);
			const differing = filters.flatMap((filter) =>
				Object.keys(bundled[filter]!)
					.filter((id) => raw[filter]![id] !== bundled[filter]![id])
					.map((id) => `${filter} ${id}: ${bundled[filter]![id]} | raw: ${raw[filter]![id]}`)
			);
			expect(differing).toEqual(KNOWN_DIFFERENCES);
			for (const filter of filters)
				expect(Object.keys(raw[filter]!)).toEqual(Object.keys(bundled[filter]!));
			// Each card has a sentence to compare (none of levels.fyi's claims is untestable).
			expect(Object.values(bundled.all!).every((card) => /: \S/.test(card))).toBe(true);
			expect(errors).toEqual([]);
		}
	);
});
