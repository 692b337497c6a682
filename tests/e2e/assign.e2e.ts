// The assign step of the upload page against the built app: a file with companies and level
// labels no catalog knows lists them with their row counts and the fallback's placement; the user
// gives a company a type and a label a level, the file is read again with those answers, and the
// report, the explorer and a restored upload say how many rows the answers placed. Axe runs on the
// step and on the page with "Keep my data in this browser" both ticked and not.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	saveScreenshot
} from './browser.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/**
 * SYNTHETIC records-format file, generated here: invented companies ("Initech Test Co", "Globex
 * Test Corp") that data/companies.csv does not list, labels ("Code Wrangler", "Senior Widget
 * Smith", "People Shepherd Supreme") that data/levels.csv does not list, one row of a company and
 * label both catalogs know (Google L5), and one row refused for negative pay. Pay is made up.
 */
const WRANGLERS = 6; // Initech, IC, "Code Wrangler", 0–5 years: the fallback gives 3 (0–1 years) or 4 (2–5)
const SMITHS = 3; // Initech, IC, "Senior Widget Smith", no years: the fallback's title words give 5
const SHEPHERDS = 2; // Globex, EM, "People Shepherd Supreme", 3–4 years: the fallback gives 5
function syntheticFile(): Buffer {
	const lines = ['company,track,level,years_experience,total'];
	for (let i = 0; i < WRANGLERS; i++)
		lines.push(`Initech Test Co,IC,Code Wrangler,${i},${120_000 + i * 5_000}`);
	for (let i = 0; i < SMITHS; i++)
		lines.push(`Initech Test Co,IC,Senior Widget Smith,,${200_000 + i * 5_000}`);
	for (let i = 0; i < SHEPHERDS; i++)
		lines.push(`Globex Test Corp,EM,People Shepherd Supreme,${3 + i},${250_000 + i * 5_000}`);
	lines.push('Google,IC,L5,,300000');
	lines.push('Google,IC,L5,,-5');
	return Buffer.from(lines.join('\n') + '\n');
}
const ROWS = WRANGLERS + SMITHS + SHEPHERDS + 2;
const FILE = { name: 'unknowns.csv', mimeType: 'text/csv', buffer: syntheticFile() };

function step(page: Page) {
	return page.getByRole('region', { name: "Assign what the catalogs don't know" });
}

async function counts(page: Page): Promise<Record<string, number>> {
	return page
		.getByTestId('import-report')
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

/** Each body row's cells as text; a cell holding a select gives the selected option's text. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
	return page
		.getByTestId(testId)
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				Array.from(tr.children, (c) => {
					const select = c.querySelector('select');
					return select
						? (select.selectedOptions[0]?.textContent ?? '').trim()
						: (c.textContent ?? '').replace(/\s+/g, ' ').trim();
				})
			)
		);
}

async function expectAxeClean(page: Page): Promise<void> {
	const violations = await checkA11y(page);
	expect(violations, formatViolations(violations)).toEqual([]);
}

describe('assign step', () => {
	test('lists what no catalog knows, applies a company type and a level, and the report and the explorer follow', async () => {
		const { page, errors, requests } = await openPage(browser, '/upload');
		// The keep box, unticked and ticked, before anything is loaded.
		const keep = page.getByLabel('Keep my data in this browser');
		await expectAxeClean(page);
		await keep.check();
		await expectAxeClean(page);
		await keep.uncheck();

		await page.getByLabel('CSV file').setInputFiles(FILE);
		await expect.poll(() => step(page).isVisible()).toBe(true);
		expect(await counts(page)).toEqual({ read: ROWS, imported: ROWS - 1, rejected: 1, skipped: 0 });

		// What no catalog knew, with the defaults in use.
		expect(await tableRows(page, 'assign-companies')).toEqual([
			['Initech Test Co', String(WRANGLERS + SMITHS), 'Unclassified (keep)'],
			['Globex Test Corp', String(SHEPHERDS), 'Unclassified (keep)']
		]);
		expect(await tableRows(page, 'assign-levels')).toEqual([
			[
				'Initech Test Co',
				'Code Wrangler',
				'IC',
				String(WRANGLERS),
				'level 4 by years of experience (4 rows); level 3 by years of experience (2 rows)',
				"Keep the fallback's"
			],
			[
				'Initech Test Co',
				'Senior Widget Smith',
				'IC',
				String(SMITHS),
				'level 5 by title words',
				'5 · Senior (keep)'
			],
			[
				'Globex Test Corp',
				'People Shepherd Supreme',
				'EM',
				String(SHEPHERDS),
				'level 5 by years of experience',
				'5 · Manager (keep)'
			]
		]);
		expect(await page.getByTestId('assign-status').innerText()).toMatch(/^Defaults in use:/);
		const sources = page.getByTestId('level-sources');
		expect(await sources.innerText()).toBe(
			`Given in the file 0, from the level catalog 1, ` +
				`from title words ${SMITHS}, from years of experience ` +
				`${WRANGLERS + SHEPHERDS}. ${WRANGLERS + SMITHS + SHEPHERDS} records ` +
				`are of companies the catalog does not know (shown as unclassified).`
		);

		// Axe and screenshots of the step, wide and at phone width, with the keep box ticked and not.
		await saveScreenshot(step(page), 'assign-step-1400');
		await expectAxeClean(page);
		await keep.check();
		await expectAxeClean(page);
		await keep.uncheck();
		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(step(page), 'assign-step-390');
		await expectAxeClean(page);
		// The wide level table scrolls inside its box at phone width; the page itself does not.
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll'))
				.map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
		);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			wide.join('\n')
		).toBeLessThanOrEqual(390);
		await page.setViewportSize({ width: 1400, height: 1000 });

		// Initech is a startup; a Code Wrangler is staff (6).
		await step(page)
			.getByLabel('Company type of Initech Test Co')
			.selectOption({ label: 'Startup' });
		await step(page)
			.getByLabel('Level of Code Wrangler at Initech Test Co, IC')
			.selectOption({ label: '6 · Staff' });
		await step(page).getByRole('button', { name: 'Apply and re-read' }).click();
		await expect
			.poll(() => page.getByTestId('assign-status').innerText())
			.toMatch(/^Your assignments are in use:/);
		expect(await page.getByTestId('assign-status').innerText()).toMatch(
			new RegExp(
				`give ${WRANGLERS + SMITHS} rows a company type and place ${WRANGLERS} rows at a level`
			)
		);
		expect(await counts(page)).toEqual({ read: ROWS, imported: ROWS - 1, rejected: 1, skipped: 0 });
		expect(await sources.innerText()).toBe(
			`Given in the file 0, from the level catalog ${1 + WRANGLERS} (of which ` +
				`${WRANGLERS} placed by your assignments, not by data/levels.csv), ` +
				`from title words ${SMITHS}, from years of experience ${SHEPHERDS}. ` +
				`${SHEPHERDS} records are of companies the catalog does not know (shown ` +
				`as unclassified). ${WRANGLERS + SMITHS} records are of companies the ` +
				`catalog does not know that have the company type you assigned.`
		);
		// The step still lists what was answered, showing the answers.
		expect((await tableRows(page, 'assign-companies')).map((r) => r[2])).toEqual([
			'Startup',
			'Unclassified (keep)'
		]);
		expect((await tableRows(page, 'assign-levels'))[0]![5]).toBe('6 · Staff');
		await saveScreenshot(step(page), 'assign-step-applied-1400');
		await expectAxeClean(page);

		// The dataset every view shows has Initech under startups, its Code Wranglers at level 6.
		const switcher = page.getByRole('group', { name: 'Data shown' });
		expect(
			await switcher.getByRole('button', { name: 'unknowns.csv' }).getAttribute('aria-pressed')
		).toBe('true');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Explore' })
			.click();
		await page.waitForURL(/\/$/);
		const source = page.locator('p.source');
		await expect
			.poll(() => source.innerText())
			.toMatch(new RegExp(`Source: unknowns\\.csv .*n = ${ROWS - 1} reports in this view`));
		await page.getByLabel('Company type', { exact: true }).selectOption({ label: 'Startup' });
		await expect
			.poll(() => source.innerText())
			.toMatch(new RegExp(`n = ${WRANGLERS + SMITHS} reports in this view`));
		await page.getByLabel('Company type', { exact: true }).selectOption({ label: 'Unclassified' });
		await expect
			.poll(() => source.innerText())
			.toMatch(new RegExp(`n = ${SHEPHERDS} reports in this view`));

		expect(foreignRequests(requests)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('accepting the defaults keeps them and says so; taking answers back re-reads without them', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await page.getByLabel('CSV file').setInputFiles(FILE);
		await expect.poll(() => step(page).isVisible()).toBe(true);
		await step(page).getByRole('button', { name: 'Accept the defaults' }).click();
		expect(await page.getByTestId('assign-status').innerText()).toMatch(
			/^Defaults in use \(accepted\):/
		);
		expect(await page.getByTestId('assign-companies').count()).toBe(0);

		await step(page).getByRole('button', { name: 'Assign after all' }).click();
		await step(page)
			.getByLabel('Company type of Globex Test Corp')
			.selectOption({ label: 'Finance' });
		await step(page).getByRole('button', { name: 'Apply and re-read' }).click();
		await expect
			.poll(() => page.getByTestId('assign-status').innerText())
			.toMatch(new RegExp(`give ${SHEPHERDS} rows a company type and place 0 rows`));
		await step(page).getByRole('button', { name: 'Back to the defaults' }).click();
		await expect
			.poll(() => page.getByTestId('assign-status').innerText())
			.toMatch(/^Defaults in use \(accepted\):/);
		expect(await page.getByTestId('level-sources').innerText()).toMatch(
			new RegExp(
				`${WRANGLERS + SMITHS + SHEPHERDS} records are of companies the catalog does not know \\(shown as unclassified\\)\\.$`
			)
		);
		expect(errors).toEqual([]);
	});

	test('an upload kept in this browser keeps its counts and its answers’ attribution, and says its lists were not kept', async () => {
		const { page, errors } = await openPage(browser, '/upload');
		await page.getByLabel('Keep my data in this browser').check();
		await page.getByLabel('CSV file').setInputFiles(FILE);
		await expect.poll(() => step(page).isVisible()).toBe(true);
		await step(page)
			.getByLabel('Level of Code Wrangler at Initech Test Co, IC')
			.selectOption({ label: '6 · Staff' });
		await step(page).getByRole('button', { name: 'Apply and re-read' }).click();
		await expect
			.poll(() => page.getByTestId('assign-status').innerText())
			.toMatch(/^Your assignments are in use:/);

		await page.reload();
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		const report = page.getByTestId('import-report');
		await expect.poll(() => report.isVisible()).toBe(true);
		expect(await counts(page)).toEqual({ read: ROWS, imported: ROWS - 1, rejected: 1, skipped: 0 });
		expect(await page.getByTestId('lists-dropped').innerText()).toMatch(
			/keeps its counts but not the rows, companies and labels it listed/
		);
		expect(await report.getByRole('button', { name: 'Download rejected rows (CSV)' }).count()).toBe(
			0
		);
		expect(await report.innerText()).toMatch(/pay cannot be negative: 1 row/);
		expect(await page.getByTestId('level-sources').innerText()).toMatch(
			new RegExp(`of which ${WRANGLERS} placed by your assignments`)
		);
		// Without the file there is nothing to re-read, so no step.
		expect(await step(page).count()).toBe(0);
		await expectAxeClean(page);

		await page.getByRole('button', { name: 'Forget my data' }).click();
		expect(errors).toEqual([]);
	});
});
