// The mapping step of the upload page against the built app: a file with a header no layout
// knows gets a form to map its columns, a preview of the first rows as read (typed values, and the
// reason a cell is refused), and an import with the mapping whose report adds up and whose data
// every view then shows. Nothing leaves the browser.

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
import { createSyntheticRecords } from '../fixtures/records.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/**
 * SYNTHETIC survey-style export (seeded records, made-up pay) under a header Forkline does not
 * know. Row 2 has a salary that is not an amount, row 3 a role that is neither track; the rest
 * are the synthetic records.
 */
const RECORDS = createSyntheticRecords({ perGroup: 2 });
function surveyFile(): Buffer {
	const lines = [
		'Employer,Job title,Grade,Annual salary,Yrs,Notes',
		'Bad Pay Co,Software Engineer,5,n/a,6,',
		'Hire Co,Recruiter,4,90000,3,'
	];
	for (const r of RECORDS) {
		lines.push(
			[
				r.company,
				r.track === 'ic' ? 'Software Engineer' : 'Engineering Manager',
				r.stdLevel,
				r.total,
				r.yearsExperience,
				'synthetic'
			].join(',')
		);
	}
	return Buffer.from(lines.join('\n') + '\n');
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

async function previewRows(page: Page): Promise<string[][]> {
	return page
		.getByTestId('mapping-preview')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				Array.from(tr.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
			)
		);
}

/** Whether the kept upload is in this browser's IndexedDB (src/lib/state/keep.ts: forkline / upload / current). Runs in the page. */
function keptUploadStored(): Promise<boolean> {
	return new Promise((resolve) => {
		const open = indexedDB.open('forkline', 1);
		open.onupgradeneeded = () => open.result.createObjectStore('upload');
		open.onerror = () => resolve(false);
		open.onsuccess = () => {
			const db = open.result;
			const get = db.transaction('upload', 'readonly').objectStore('upload').get('current');
			get.onsuccess = () => {
				resolve(get.result !== undefined);
				db.close();
			};
			get.onerror = () => {
				resolve(false);
				db.close();
			};
		};
	});
}

describe('mapping step', () => {
	test('maps an unknown header, previews rows as read, imports with the mapping, and every view uses it', async () => {
		const { page, errors, requests } = await openPage(browser, '/upload');
		await page
			.getByLabel('CSV file')
			.setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: surveyFile() });
		const form = page.getByRole('region', { name: 'Map the columns of survey.csv' });
		await expect.poll(() => form.isVisible()).toBe(true);
		expect(await page.getByTestId('import-report').innerText()).toMatch(
			/is not a layout Forkline knows/
		);

		// The guess from the header's names.
		expect(await form.getByLabel('Company (required)').inputValue()).toBe('0');
		expect(await form.getByLabel(/^Track/).inputValue()).toBe('1');
		expect(await form.getByLabel(/^Total pay/).inputValue()).toBe('3');
		expect(await form.getByLabel(/^Years of experience/).inputValue()).toBe('4');
		expect(await form.getByLabel('“Recruiter”').inputValue()).toBe('skip');

		// Grade holds common levels here, not company labels: the user says so.
		await form.getByLabel(/^Level \(the company/).selectOption({ label: '— none —' });
		await form.getByLabel(/^Common level/).selectOption({ label: 'Grade' });

		const rows = await previewRows(page);
		expect(rows).toHaveLength(10);
		expect(rows[0]![0]).toBe('2');
		expect(rows[0]!.join(' | ')).toMatch(/n\/a ✕ /);
		expect(rows[1]).toEqual(['3', 'Skipped: track "Recruiter" was mapped to "not IC or EM"']);
		const first = RECORDS[0]!;
		expect(rows[2]).toEqual([
			'4',
			first.company,
			first.track.toUpperCase(),
			String(first.stdLevel),
			String(first.total),
			String(first.yearsExperience)
		]);

		await saveScreenshot(form, 'mapping-step-1400');
		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(form, 'mapping-step-390');
		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		await page.setViewportSize({ width: 1400, height: 1000 });

		await form.getByRole('button', { name: 'Import with this mapping' }).click();
		await expect
			.poll(() => counts(page))
			.toEqual({ read: RECORDS.length + 2, imported: RECORDS.length, rejected: 1, skipped: 1 });
		await expect.poll(() => form.count()).toBe(0);

		const switcher = page.getByRole('group', { name: 'Data shown' });
		expect(
			await switcher.getByRole('button', { name: 'survey.csv' }).getAttribute('aria-pressed')
		).toBe('true');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Explore' })
			.click();
		await page.waitForURL(/\/$/);
		await expect
			.poll(() => page.getByText(/Source: survey\.csv reports/).count())
			.toBeGreaterThan(0);

		expect(foreignRequests(requests)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('previews a windows-1252 file as the import reads it, and a ragged row as rejected', async () => {
		// SYNTHETIC: Latin-1 names (one byte each, not UTF-8) and a row with a cell missing.
		const text =
			'Employer,Job title,Grade,Annual salary\n' +
			'Zo\u00eb Labs,Software Engineer,5,150000\n' +
			'M\u00fcller GmbH,Engineering Manager,6\n' +
			'Caf\u00e9 Co,Software Engineer,4,120000\n';
		const buffer = Buffer.from(text, 'latin1');
		const { page, errors } = await openPage(browser, '/upload');
		await page
			.getByLabel('CSV file')
			.setInputFiles({ name: 'latin1-survey.csv', mimeType: 'text/csv', buffer });
		const form = page.getByRole('region', { name: 'Map the columns of latin1-survey.csv' });
		await expect.poll(() => form.isVisible()).toBe(true);
		await form.getByLabel(/^Level \(the company/).selectOption({ label: '— none —' });
		await form.getByLabel(/^Common level/).selectOption({ label: 'Grade' });
		const rows = await previewRows(page);
		expect(rows[0]![1]).toBe('Zoë Labs');
		expect(rows[1]).toEqual(['3', '✕ Rejected: row has 3 cells but the header has 4']);
		expect(rows[2]![1]).toBe('Café Co');
		await saveScreenshot(form, 'mapping-latin1-ragged-1400');

		await form.getByRole('button', { name: 'Import with this mapping' }).click();
		await expect
			.poll(() => counts(page))
			.toEqual({ read: 3, imported: 2, rejected: 1, skipped: 0 });
		expect(errors).toEqual([]);
	});

	test('keeps the upload in this browser only when asked, across a reload, and forgets it', async () => {
		const { page, errors, requests } = await openPage(browser, '/upload');
		const keep = page.getByLabel('Keep my data in this browser');
		expect(await keep.isChecked()).toBe(false);
		const switcher = page.getByRole('group', { name: 'Data shown' });
		const file = {
			name: 'kept.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('company,track,std_level,total\nAcme,IC,5,185000\nAcme,EM,5,190000\n')
		};

		// Not ticked: a reload starts from the bundled data.
		await page.getByLabel('CSV file').setInputFiles(file);
		await expect.poll(() => switcher.getByRole('button', { name: 'kept.csv' }).count()).toBe(1);
		await page.reload();
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		expect(await page.getByRole('button', { name: 'kept.csv' }).count()).toBe(0);

		// Ticked: the upload is still there and active after a reload, with its report.
		await keep.check();
		await page.getByLabel('CSV file').setInputFiles(file);
		await expect.poll(() => switcher.getByRole('button', { name: 'kept.csv' }).count()).toBe(1);
		// Keeping writes to IndexedDB in the background: reload once the copy is there (a reload
		// before the write ends loses it, which on a loaded CI machine made this test flaky).
		await expect.poll(() => page.evaluate(keptUploadStored)).toBe(true);
		await page.reload();
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		await expect
			.poll(() => switcher.getByRole('button', { name: 'kept.csv' }).getAttribute('aria-pressed'))
			.toBe('true');
		expect(await keep.isChecked()).toBe(true);
		expect(await page.getByTestId('import-report').innerText()).toMatch(/kept\.csv/);

		// Forget: gone from memory and from storage.
		await page.getByRole('button', { name: 'Forget my data' }).click();
		await expect.poll(() => switcher.count()).toBe(0);
		await page.reload();
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		// Give a restore the chance to run: the explorer's source line names the data shown.
		await page.goto(page.url().replace(/upload$/, ''));
		await expect
			.poll(() => page.getByText(/Source: levels\.fyi reports/).count())
			.toBeGreaterThan(0);
		expect(await page.getByRole('button', { name: 'kept.csv' }).count()).toBe(0);
		expect(await page.getByLabel('Keep my data in this browser').count()).toBe(0);

		expect(foreignRequests(requests)).toEqual([]);
		expect(errors).toEqual([]);
	});
});
