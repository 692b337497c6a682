// The compensation-conversation contract, checked against the built app in Chromium: entering a
// position marks it on the chart with percentiles; "remember" and "forget me" do what they say;
// chart downloads (SVG, PNG, CSV, JSON) carry what they promise; the brief prints to one page;
// a share link restores the view without the user's pay unless they opted in.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { download, findFormulaCells, parseCsv } from './downloads.ts';
import { readPdfText } from './pdfText.ts';
import {
	baseUrl,
	checkA11y,
	foreignRequests,
	formatViolations,
	launchBrowser,
	openPage,
	openWithDataHeld,
	saveScreenshot,
	waitForHydration,
	waitForLadder,
	type OpenedPage
} from './browser.ts';

const OUT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const STORAGE_KEY = 'forkline.position';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function expectCleanRun({ errors, requests }: OpenedPage): void {
	expect(foreignRequests(requests), 'requests to other hosts').toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/**
 * Fill the form with the median IC pay at big-tech level 6 as the chart shows it (so the expected
 * percentile is known: the 50th), then mark the position. Returns that pay.
 */
async function enterMedianPosition(page: Page): Promise<number> {
	const form = page.locator('form.position-form');
	await form.locator('select[name="companyType"]').selectOption('big-tech');
	await form.locator('input[name="track"][value="ic"]').check();
	await form.locator('select[name="stdLevel"]').selectOption('6');
	const chart = await waitForLadder(page);
	const p50 = Math.round(
		Number(
			await chart
				.locator('g.band[data-track="ic"][data-level="6"]')
				.first()
				.getAttribute('data-p50')
		)
	);
	expect(p50, 'median from the chart').toBeGreaterThan(0);
	await form.locator('input[name="total"]').fill(String(p50));
	await form.getByRole('button', { name: 'Mark my position' }).click();
	await page.locator('[data-testid="position-marker"]').waitFor();
	return p50;
}

/** The ordinal numbers in the percentiles list, own track first. */
async function readPercentiles(page: Page): Promise<{ own: number; other: number }> {
	const box = page.locator('[data-testid="percentiles"]');
	const own = (await box.locator('li[data-track="ic"]').textContent()) ?? '';
	const other = (await box.locator('li[data-track="em"]').textContent()) ?? '';
	const number = (text: string) => Number(/(\d+)(?:st|nd|rd|th) percentile/.exec(text)?.[1]);
	return { own: number(own), other: number(other) };
}

/** Page objects in a PDF (not the /Pages tree node). */
function countPdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The document title in the PDF's Info dictionary, decoding UTF-16 hex strings. */
function pdfTitle(pdf: Buffer): string {
	const text = pdf.toString('latin1');
	const hex = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(text);
	if (hex) {
		const bytes = Buffer.from(hex[1]!, 'hex');
		if (bytes[0] === 0xfe && bytes[1] === 0xff)
			return bytes.subarray(2).swap16().toString('utf16le');
		return bytes.toString('latin1');
	}
	return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
}

describe('where I stand', () => {
	test('entering a position marks it on the chart with percentiles in both tracks, and keeps pay out of the URL', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);

		const marker = page.locator('[data-testid="position-marker"]');
		expect(await marker.count(), 'one marker on the ladder').toBe(1);
		expect(Number(await marker.getAttribute('data-pay'))).toBe(pay);
		expect(await marker.textContent()).toMatch(/You \$\d+k/);

		const { own, other } = await readPercentiles(page);
		expect(
			Math.abs(own - 50),
			`own-track percentile ${own} for the median pay`
		).toBeLessThanOrEqual(2);
		expect(other, 'other-track percentile').toBeGreaterThanOrEqual(1);
		expect(other).toBeLessThanOrEqual(99);

		const url = new URL(page.url());
		expect(url.searchParams.get('type')).toBe('big-tech');
		expect(url.searchParams.get('level')).toBe('6');
		expect(url.search, 'no pay in the URL').not.toContain(String(pay));
		expect(
			await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY),
			'not stored unless asked'
		).toBeNull();

		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expectCleanRun(opened);
	});

	test('"Remember on this device" keeps the position across a reload; "Forget me" clears it', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);
		await page.getByLabel('Remember on this device').check();
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain(
			String(pay)
		);

		await page.reload();
		await waitForHydration(page);
		await page.locator('[data-testid="position-marker"]').waitFor();
		expect(await page.locator('input[name="total"]').inputValue()).toBe(String(pay));

		await page.getByRole('button', { name: 'Forget me' }).click();
		await expect.poll(() => page.locator('[data-testid="position-marker"]').count()).toBe(0);
		expect(await page.locator('[data-testid="percentiles"]').count()).toBe(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
		expect(await page.locator('input[name="total"]').inputValue()).toBe('');
		expectCleanRun(opened);
	});
});

describe('the position on the explorer', () => {
	const markedEverywhere =
		'a position entered on /me is marked on the ladder, on its company type’s panel, ' +
		'on every company ladder, on the distribution of its level and as an outlined row ' +
		'on the parity gap, with percentiles';
	test(markedEverywhere, async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);
		// Client-side navigation: the position lives in memory only (not remembered).
		await page.getByRole('navigation').getByRole('link', { name: 'Explore', exact: true }).click();
		await page.waitForURL((url) => url.pathname === '/');
		const ladder = page.getByRole('img', { name: /IC vs EM total pay by level/ });
		await ladder.locator('g.band').first().waitFor();
		const marker = ladder.locator('[data-testid="position-marker"]');
		await marker.waitFor();
		expect(Number(await marker.getAttribute('data-pay'))).toBe(pay);
		const note = page.getByTestId('position-note');
		expect(await note.textContent()).toMatch(
			/\d+(st|nd|rd|th) percentile of ICs .* and \d+(st|nd|rd|th) percentile of EMs/
		);

		await page.getByRole('link', { name: 'Company types' }).click();
		await page
			.getByRole('img', { name: /, Big tech$/ })
			.locator('[data-testid="position-marker"]')
			.waitFor();
		expect(
			await page.locator('[data-testid="position-marker"]').count(),
			'only on the big-tech panel'
		).toBe(1);

		// Company ladders compare the user with each company: every panel is marked.
		await page.getByRole('link', { name: 'Company ladders' }).click();
		await page.waitForURL((url) => url.searchParams.get('view') === 'companies');
		const panels = page.locator('.small-multiples section.panel');
		await panels.first().locator('[data-testid="position-marker"]').waitFor();
		expect(
			await page.locator('[data-testid="position-marker"]').count(),
			'one mark on each company panel'
		).toBe(await panels.count());

		await page.getByRole('link', { name: 'Distribution' }).click();
		await page.waitForURL((url) => url.searchParams.get('view') === 'distribution');
		const levelSelect = page.locator('select#level');
		if ((await levelSelect.inputValue()) !== '6') await levelSelect.selectOption('6');
		const line = page
			.getByRole('img', { name: /Distribution of total pay at level 6/ })
			.locator('[data-testid="position-marker"]');
		await line.waitFor();
		expect(await line.textContent()).toMatch(/You \$\d+k/);
		mkdirSync(OUT_DIR, { recursive: true });
		await page
			.locator('figure.distribution')
			.screenshot({ path: `${OUT_DIR}explorer-distribution-position.png` });
		expect(new URL(page.url()).search, 'no pay in the URL').not.toContain(String(pay));

		await page.getByRole('link', { name: 'Parity gap' }).click();
		await page.waitForURL((url) => url.searchParams.get('view') === 'gap');
		const gap = page.getByRole('img', { name: /Parity gap/ });
		await gap.locator('[data-testid="position-row"]').waitFor();
		const yours = gap.locator('g.gap[aria-label$="your level"]');
		expect(await yours.count(), 'one outlined row').toBe(1);
		expect(await yours.getAttribute('data-level')).toBe('6');
		expect(await yours.getAttribute('data-type')).toBe('big-tech');
		expect(await gap.locator('text', { hasText: /^your level$/ }).count()).toBe(1);
		expect(
			await gap.locator('[data-testid="position-marker"]').count(),
			'no pay mark on a chart of ratios'
		).toBe(0);
		expect(await note.textContent()).toMatch(
			/Your level’s row is outlined: .*\d+(st|nd|rd|th) percentile of ICs/s
		);
		await page
			.locator('figure.gap-chart')
			.screenshot({ path: `${OUT_DIR}explorer-gap-position.png` });

		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expectCleanRun(opened);
	});

	test('the career chart on /me marks a year at the user’s pay on their track', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);
		const career = page.getByRole('img', { name: /Cumulative pay over 10 years/ });
		const point = career.locator('[data-testid="career-position"]');
		await point.waitFor();
		expect(Number(await point.getAttribute('data-pay'))).toBe(pay);
		expect(await point.textContent()).toMatch(/^You: a year at \$\d+k$/);
		// The dot sits where the first year of the IC path ends: a year at the median is on that path.
		const dot = await point.locator('circle').boundingBox();
		expect(dot, 'the dot is drawn').toBeTruthy();
		expect(await career.locator('desc').textContent()).toContain('A dot marks a year at your pay');
		mkdirSync(OUT_DIR, { recursive: true });
		await page.locator('figure.career-chart').screenshot({ path: `${OUT_DIR}career-position.png` });
		expectCleanRun(opened);
	});
});

describe('exports', () => {
	test('the ladder downloads as SVG with its title, PNG at 2×, CSV of its bands without formula cells, and JSON', async () => {
		const opened = await openPage(browser, '/me?type=big-tech&level=6&track=ic');
		const { page } = opened;
		await enterMedianPosition(page);
		const chart = await waitForLadder(page);
		const group = /Download IC vs EM total pay by level, Big tech/;
		const title = 'IC vs EM total pay by level, Big tech';

		const svg = await download(page, /SVG/, group);
		expect(svg.filename).toBe('forkline-me-ladder-big-tech-total-pay.svg');
		const svgText = readFileSync(svg.path, 'utf8');
		expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svgText).toContain(`>${title}</text>`);
		expect(svgText).toContain('Source: levels.fyi reports 2017–2021');
		expect(svgText, 'colours resolved, not CSS variables').not.toContain('var(--');
		expect(svgText).toContain('data-testid="position-marker"');

		const png = await download(page, /PNG/, group);
		const pngBytes = readFileSync(png.path);
		expect([...pngBytes.subarray(0, 8)], 'PNG signature').toEqual([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
		]);
		const pngWidth = pngBytes.readUInt32BE(16);
		const chartWidth = (await chart.boundingBox())!.width;
		// 2× the chart plus its 16px side margins.
		expect(
			Math.abs(pngWidth - 2 * (chartWidth + 32)),
			'PNG is drawn at 2× the chart width'
		).toBeLessThanOrEqual(4);
		expect(pngBytes.readUInt32BE(20), 'PNG height includes title and source').toBeGreaterThan(
			2 * 420
		);
		expect(pngBytes.length).toBeGreaterThan(20_000);
		mkdirSync(OUT_DIR, { recursive: true });
		copyFileSync(png.path, `${OUT_DIR}export-ladder.png`);

		const csv = await download(page, /CSV/, group);
		const rows = parseCsv(readFileSync(csv.path, 'utf8'));
		expect(rows[0]).toEqual([
			'company_type',
			'track',
			'std_level',
			'n',
			'p10',
			'p25',
			'p50',
			'p75',
			'p90',
			'few_reports',
			'source',
			'pay_measure',
			'currency',
			'dollars'
		]);
		const bands = await chart
			.locator('g.band')
			.evaluateAll((gs) =>
				gs.map(
					(g) => `${g.getAttribute('data-track')!.toUpperCase()}${g.getAttribute('data-level')}`
				)
			);
		expect(
			rows
				.slice(1)
				.map((r) => `${r[1]}${r[2]}`)
				.sort(),
			'one CSV row per band on the chart'
		).toEqual([...new Set(bands)].sort());
		for (const row of rows.slice(1)) expect(row[0]).toBe('big-tech');
		expect(findFormulaCells(rows), 'only plain numbers may start with - or +').toEqual([]);
		const ic6 = rows.find((r) => r[1] === 'IC' && r[2] === '6')!;
		const chartP50 = Number(
			await chart
				.locator('g.band[data-track="ic"][data-level="6"]')
				.first()
				.getAttribute('data-p50')
		);
		// Today's dollars print to the $1,000 of their $5,000 bins (toFigureStep), in files too.
		expect(ic6.at(-1)).toMatch(/^in \w+ \d{4} dollars/);
		expect(Number(ic6[6])).toBe(Math.round(chartP50 / 1000) * 1000);

		const json = await download(page, /JSON/, group);
		const parsed = JSON.parse(readFileSync(json.path, 'utf8'));
		expect(parsed.title).toBe(title);
		expect(parsed.rows).toHaveLength(rows.length - 1);
		expect(parsed.rows[0]).toHaveProperty('p50');

		const career = await download(page, /SVG/, /Download Cumulative pay/);
		expect(readFileSync(career.path, 'utf8')).toContain(
			'Cumulative pay over 10 years from level 6'
		);
		expectCleanRun(opened);
	});
});

describe('brief', () => {
	test('prints to one A4 page and one Letter page, with the position when remembered', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);
		await page.getByLabel('Remember on this device').check();
		await page.getByRole('link', { name: 'Open the one-page brief' }).click();
		await page.waitForURL(/\/brief\?/);
		await page
			.getByRole('img', { name: /IC vs EM total pay by level/ })
			.locator('g.band')
			.first()
			.waitFor();
		await page.locator('[data-testid="position-marker"]').waitFor();
		expect(await page.getByTestId('brief-position').textContent()).toContain(
			`$${pay.toLocaleString('en-US')}`
		);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'Compensation brief'
		);

		// Every claim has a verdict; the selected one is written out with its figures and goes into the URL.
		const claims = page.getByTestId('brief-claims').locator('li');
		expect(await claims.count(), 'every claim listed').toBeGreaterThanOrEqual(10);
		await page.getByLabel('Claim to detail').selectOption('switch-cost');
		await page.waitForURL((url) => url.searchParams.get('claim') === 'switch-cost');
		const detail = (await page.getByTestId('brief-claim').textContent()) ?? '';
		expect(detail).toContain('Going back to IC costs little');
		expect(detail).toMatch(/n = [\d,]+ IC and [\d,]+ EM reports/);
		const verdict = (
			(await claims
				.filter({ hasText: 'Going back to IC costs little' })
				.locator('.verdict')
				.textContent()) ?? ''
		)
			.replace(/^\W+/, '')
			.trim();
		expect(verdict).toMatch(/^(Supported|Mixed|Contradicted|Not enough data)$/);
		expect(new URL(page.url()).search, 'no pay in the brief URL').not.toContain(String(pay));

		const question = 'Should I take the Manager II offer, and what would coming back cost?';
		await page.getByLabel('Your question').fill(question);

		mkdirSync(OUT_DIR, { recursive: true });
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: true });
			writeFileSync(`${OUT_DIR}brief-${format}.pdf`, pdf);
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(countPdfPages(pdf), `${format} pages`).toBe(1);
			expect(pdfTitle(pdf)).toContain('Compensation brief');
			const text = readPdfText(pdf);
			expect(text, 'the edited question is printed').toContain(question);
			expect(text, 'the selected claim with its verdict').toMatch(
				new RegExp(`Going back to IC costs little\\s*\\W*\\s*${verdict}`)
			);
			// Words, not layout: the PDF's text runs may leave a space before punctuation.
			const words = (t: string) =>
				t
					.replace(/\s+/g, ' ')
					.replace(/ ([:;,.])/g, '$1')
					.trim();
			expect(words(text)).toContain(words(detail).slice(0, 60));
		}

		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expectCleanRun(opened);
	});
});

describe('share link', () => {
	test('restores the view and scenarios in a new context, without the pay unless the box is ticked', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const pay = await enterMedianPosition(page);
		await page.getByLabel('Scenario 2 level').selectOption('7');
		await page.waitForURL((url) => (url.searchParams.get('s') ?? '').includes('big-tech.7.em'));
		const headers = async (p: Page) =>
			p.getByTestId('scenario-table').locator('thead th').allTextContents();
		const expected = await headers(page);
		expect(expected).toContain('Big tech · L7 · EM');

		const plain = await page.getByTestId('share-url').inputValue();
		expect(plain, 'no pay in the default link').not.toContain(String(pay));
		expect(new URL(plain).searchParams.has('pay')).toBe(false);

		const fresh = await openPage(browser, new URL(plain).pathname + new URL(plain).search);
		await waitForLadder(fresh.page);
		await expect.poll(() => headers(fresh.page)).toEqual(expected);
		expect(
			await fresh.page.locator('[data-testid="position-marker"]').count(),
			'no marker without pay'
		).toBe(0);
		expect(await fresh.page.locator('input[name="total"]').inputValue()).toBe('');
		expect(await fresh.page.locator('select[name="stdLevel"]').inputValue()).toBe('6');
		expectCleanRun(fresh);

		await page.getByLabel('Include my pay in the link').check();
		const withPay = await page.getByTestId('share-url').inputValue();
		expect(new URL(withPay).searchParams.get('pay')).toContain(String(pay));
		const shared = await openPage(browser, new URL(withPay).pathname + new URL(withPay).search);
		const sharedMarker = shared.page.locator('[data-testid="position-marker"]').first();
		await sharedMarker.waitFor();
		expect(Number(await sharedMarker.getAttribute('data-pay')), 'the shared pay is marked').toBe(
			pay
		);
		expect(await sharedMarker.textContent()).toMatch(/You \$\d+k/);
		expect(new URL(withPay).origin, 'the link opens this site').toBe(new URL(baseUrl()).origin);
		expect(
			await shared.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY),
			'a shared pay is not stored'
		).toBeNull();
		expectCleanRun(shared);
		expectCleanRun(opened);
	});
});

// Issue #15, the pages outside the explorer. Each test below fails on the code before the fix:
// the group named in the comment is what the old pages got wrong.

/** Opens a page whose bundled pay data is held back until `release()`: a slow connection. */
const openWithHeldData = (path: string, viewport?: { width: number; height: number }) =>
	openWithDataHeld(browser, path, viewport);

/** Fill the form as the L6 Google engineer on $450k of the issue, and mark the position. */
async function enterGoogleEngineer(page: Page): Promise<void> {
	const form = page.locator('form.position-form');
	await form.locator('input[name="company"]').fill('Google');
	await form.locator('input[name="company"]').dispatchEvent('change');
	await form.locator('input[name="companyLevel"]').fill('L6');
	await form.locator('input[name="companyLevel"]').dispatchEvent('change');
	await expect.poll(() => page.getByTestId('label-note').textContent()).toContain('common level');
	await form.locator('input[name="total"]').fill('450000');
	await form.getByRole('button', { name: 'Mark my position' }).click();
	await page.getByTestId('percentiles').waitFor();
}

describe('#15.2 one comparison group on /me and the brief', () => {
	test('a Google L6 engineer is compared with Google everywhere: percentiles, ladder, switch table, career paths, scenarios and the brief', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await enterGoogleEngineer(page);
		expect(await page.getByTestId('group-name').textContent()).toBe('Google');
		const ownText = (await page
			.locator('[data-testid="percentiles"] li[data-track="ic"]')
			.textContent())!;
		expect(ownText).toContain('at Google');
		// The ladder, the switch tables and the career paths name the same group.
		await page
			.getByRole('img', { name: 'IC vs EM total pay by level, Google' })
			.locator('g.band')
			.first()
			.waitFor();
		expect(await page.getByTestId('switch-expected').locator('caption').textContent()).toContain(
			'at Google'
		);
		expect(await page.getByTestId('switch-moves').locator('caption').textContent()).toContain(
			'at Google'
		);
		expect(
			await page
				.getByRole('img', { name: /^Cumulative pay over 10 years from level 6, Google$/ })
				.count()
		).toBe(1);
		const headers = await page.getByTestId('scenario-table').locator('thead th').allTextContents();
		expect(headers.slice(1)).toEqual(['Google · L6 · IC', 'Google · L6 · EM', 'Google · L7 · IC']);
		// The ladder's median at IC L6 is the median the percentile line quotes.
		const p50 = Number(
			await page.locator('g.band[data-track="ic"][data-level="6"]').first().getAttribute('data-p50')
		);
		// In today's dollars, as the page prints them: to the $1,000 of the $5,000 bins.
		expect(ownText).toContain(`median $${(Math.round(p50 / 1000) * 1000).toLocaleString('en-US')}`);

		await page.getByLabel('Remember on this device').check();
		await page.getByRole('link', { name: 'Open the one-page brief' }).click();
		await page.waitForURL(/\/brief\?/);
		await page.getByTestId('brief-position').waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/level 6, Google$/);
		const brief = (await page.getByTestId('brief-position').textContent())!;
		expect(brief).toContain('compared with Google');
		const percentile = /(\d+)(?:st|nd|rd|th) percentile of IC/.exec(brief)?.[1];
		expect(ownText).toContain(`${percentile}`);
		expect(
			await page.getByRole('img', { name: /IC vs EM total pay by level, Google$/ }).count(),
			'the brief’s ladder is Google’s, not big tech’s'
		).toBe(1);
		expect(await page.getByRole('heading', { name: /Big tech/ }).count()).toBe(0);
		expectCleanRun(opened);
	});

	test('a company too thin at the level falls back to its type and says so', async () => {
		const opened = await openPage(browser, '/me?type=big-tech&company=Google&level=9&track=ic');
		const { page } = opened;
		const note = page.getByTestId('group-fallback');
		await note.waitFor();
		expect(await note.textContent()).toMatch(
			/^Google has .* at level 9 \(fewer than 5\), so the figures compare with big tech companies\.$/
		);
		await page
			.getByRole('img', { name: 'IC vs EM total pay by level, Big tech' })
			.locator('g.band')
			.first()
			.waitFor();
		expectCleanRun(opened);
	});
});

describe('#15.3 the what-if both ways and across company types', () => {
	test('an IC sees IC → EM first and the way back; an EM sees EM → IC first', async () => {
		const opened = await openPage(browser, '/me?type=big-tech&level=6&track=ic');
		const { page } = opened;
		const moves = page.getByTestId('switch-moves').locator('tbody tr');
		await moves.first().waitFor();
		expect(await moves.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-move')))).toEqual(
			['ic6-em6', 'ic6-em5', 'em6-ic6']
		);
		await page.goto(new URL('me?type=big-tech&level=6&track=em', baseUrl()).href);
		await waitForHydration(page);
		await moves.first().waitFor();
		expect(await moves.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-move')))).toEqual(
			['em6-ic6', 'em6-ic5', 'ic6-em6']
		);
		expectCleanRun(opened);
	});

	test('every company type’s medians against the user’s pay, the pay on another type’s ladder, offers added without removing one', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		await enterGoogleEngineer(page);
		const finance = page
			.getByTestId('type-outlook')
			.locator('tr[data-type="finance"] td[data-track="em"]');
		const text = (await finance.textContent())!;
		const median = Number(/\$([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
		const percent = Math.round(Math.abs(median / 450_000 - 1) * 100);
		expect(text).toContain(`${median < 450_000 ? '−' : '+'}${percent}% against your pay`);
		expect(await page.getByTestId('type-outlook').locator('caption').textContent()).toContain(
			'against your $450,000'
		);

		// The finance ladder, with the Google engineer's pay as a reference line on it.
		await page.getByLabel('Compare with').selectOption('finance');
		const ladder = page.getByRole('img', { name: 'IC vs EM total pay by level, Finance' });
		await ladder.locator('[data-testid="position-marker"]').waitFor();
		expect(
			Number(await ladder.locator('[data-testid="position-marker"]').getAttribute('data-pay'))
		).toBe(450_000);
		expect(await page.getByTestId('reference-note').textContent()).toContain('finance companies');
		expect(await page.getByTestId('group-name').textContent()).toBe('finance companies');

		// Three default scenarios, and the offer buttons are there all the same.
		const headers = () => page.getByTestId('scenario-table').locator('thead th').allTextContents();
		await expect.poll(async () => (await headers()).length).toBe(4);
		expect(await page.getByRole('button', { name: 'Add my pay' }).isVisible()).toBe(true);
		await page.locator('input[name="offerTotal"]').fill('380k');
		await page.getByRole('button', { name: 'Add offer' }).click();
		await expect
			.poll(headers)
			.toEqual(['Component', 'Finance · L6 · IC', 'Finance · L6 · EM', 'Offer A']);
		await page.getByRole('button', { name: 'Add my pay' }).click();
		await expect.poll(headers).toEqual(['Component', 'Finance · L6 · IC', 'Offer A', 'My pay']);
		expectCleanRun(opened);
	});
});

describe('#15.4 company names people use today', () => {
	test('“Meta E6” is Facebook’s E6; a company nobody knows gets a message', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const form = page.locator('form.position-form');
		await page
			.getByRole('img', { name: /IC vs EM total pay by level/ })
			.locator('g.band')
			.first()
			.waitFor();
		await form.locator('input[name="company"]').fill('Meta');
		await form.locator('input[name="company"]').dispatchEvent('change');
		await expect.poll(() => form.locator('input[name="company"]').inputValue()).toBe('Facebook');
		expect(await page.getByTestId('company-note').textContent()).toMatch(
			/^Meta is Facebook in this data: .*October 2021/
		);
		await form.locator('input[name="companyLevel"]').fill('E6');
		await form.locator('input[name="companyLevel"]').dispatchEvent('change');
		await expect
			.poll(() => page.getByTestId('label-note').textContent())
			.toMatch(/^E6 at Facebook is common level L\d/);
		expect(await form.locator('select[name="companyType"]').inputValue()).toBe('big-tech');

		await form.locator('input[name="company"]').fill('Initech Widgets');
		await form.locator('input[name="company"]').dispatchEvent('change');
		await expect
			.poll(() => page.getByTestId('company-note').textContent())
			.toContain('The data has no reports from “Initech Widgets”');
		expectCleanRun(opened);
	});
});

describe('#15.7 the phone', () => {
	for (const width of [360, 390]) {
		test(`/me with a position, /brief and the claim tables fit ${width} px`, async () => {
			const opened = await openPage(browser, '/me', { width, height: 800 });
			const { page } = opened;
			await enterGoogleEngineer(page);
			await page.locator('details.table-view summary').click();
			const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
			expect(await pageWidth(), '/me').toBeLessThanOrEqual(width);
			await saveScreenshot(page, `conversation-me-${width}`);

			await page.goto(
				new URL('brief?type=big-tech&company=Google&level=6&track=ic', baseUrl()).href
			);
			await waitForHydration(page);
			await page.getByTestId('brief-claims').waitFor();
			expect(await pageWidth(), '/brief').toBeLessThanOrEqual(width);
			await saveScreenshot(page, `conversation-brief-${width}`);

			await page.goto(new URL('claims', baseUrl()).href);
			await waitForHydration(page);
			const wraps = page.locator('.claim-card .table-wrap');
			await wraps.first().waitFor();
			for (const details of await page.locator('.claim-card details').all())
				await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			// A table wider than its card scrolls inside its own box, never cut off (numbers and
			// headers never break: phone.e2e.ts).
			const cut = await wraps.evaluateAll((boxes) =>
				boxes
					.filter((b) => b.scrollWidth > b.clientWidth + 1)
					.filter((b) => !['auto', 'scroll'].includes(getComputedStyle(b).overflowX))
					.map((b) => b.getAttribute('aria-label'))
			);
			expect(cut, 'claim tables cut off by their card').toEqual([]);
			expect(await pageWidth(), '/claims').toBeLessThanOrEqual(width);
			expectCleanRun(opened);
		});
	}

	test('a tapped tooltip near the bottom of the screen stays on it', async () => {
		const opened = await openPage(browser, '/me?type=big-tech&level=6&track=ic', {
			width: 390,
			height: 700
		});
		const { page } = opened;
		const band = page.locator('g.band[data-track="ic"][data-level="3"]').first();
		await band.waitFor();
		// Scroll so the band sits 6 px above the bottom of the screen, then tap it.
		await band.evaluate((el) => {
			const box = el.getBoundingClientRect();
			window.scrollBy(0, box.top + box.height / 2 - (window.innerHeight - 6));
		});
		await band.dispatchEvent('pointerdown');
		const tooltip = page.getByRole('tooltip');
		await tooltip.waitFor();
		await expect
			.poll(async () => {
				const box = (await tooltip.boundingBox())!;
				return box.y + box.height;
			})
			.toBeLessThanOrEqual(700);
		expect((await tooltip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
		expectCleanRun(opened);
	});
});

describe('#15.10 smaller things outside the explorer', () => {
	test('/me and the brief show their frame, and no figures, while the data is on its way', async () => {
		const held = await openWithHeldData('/me?type=big-tech&level=6&track=ic', {
			width: 390,
			height: 900
		});
		const { page } = held;
		for (const name of [
			/Where I stand/,
			/What a switch would pay at level 6/,
			/Career paths over 10 years/,
			/Compare up to three scenarios/
		])
			expect(await page.getByRole('heading', { name }).count(), String(name)).toBe(1);
		expect(await page.locator('form.position-form').count()).toBe(1);
		expect(await page.getByRole('status').filter({ hasText: 'Loading the pay data' }).count()).toBe(
			1
		);
		expect(
			await page.locator('main section').filter({ hasText: /\$\d/ }).count(),
			'no pay figure yet'
		).toBe(0);
		await saveScreenshot(held.page, 'conversation-me-loading-390');
		held.release();
		await page
			.getByRole('img', { name: /IC vs EM total pay by level/ })
			.locator('g.band')
			.first()
			.waitFor();
		expect(held.errors).toEqual([]);

		const brief = await openWithHeldData('/brief?type=finance&level=7&track=em', {
			width: 390,
			height: 900
		});
		expect(await brief.page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'level 7, Finance'
		);
		for (const name of [/What a switch would pay/, /The essays’ claims/])
			expect(await brief.page.getByRole('heading', { name }).count()).toBe(1);
		expect(await brief.page.locator('.skeleton').count()).toBeGreaterThanOrEqual(3);
		await saveScreenshot(brief.page, 'conversation-brief-loading-390');
		brief.release();
		await brief.page.getByTestId('brief-claims').waitFor();
		expect(brief.errors).toEqual([]);
	});

	test('every page has its own title and link-preview tags with a committed image', async () => {
		const opened = await openPage(browser, '/me');
		const { page } = opened;
		const titles = new Set<string>();
		for (const path of [
			'/',
			'/claims',
			'/story',
			'/me',
			'/brief',
			'/upload',
			'/data',
			'/method',
			'/essays'
		]) {
			await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href);
			const title = await page.title();
			titles.add(title);
			const og = (property: string) =>
				page.locator(`meta[property="${property}"]`).first().getAttribute('content');
			expect(await og('og:title'), path).toBe(title);
			expect((await og('og:description'))!.length, path).toBeGreaterThan(40);
			const image = (await og('og:image'))!;
			const response = await page.request.get(new URL(image.replace(/^\//, ''), baseUrl()).href);
			expect(response.headers()['content-type']).toContain('image/png');
			expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
				'summary_large_image'
			);
		}
		expect(titles.size, 'one title a page').toBe(9);
		expectCleanRun(opened);
	});
});

describe('#15.11 the essays', () => {
	test('/essays gives each essay’s title, byline, date where known, a paraphrase and its claims; citations link there', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		const cite = page.locator('.claim-card a.essay-cite').first();
		await cite.waitFor();
		const href = (await cite.getAttribute('href'))!;
		expect(href).toMatch(/^\/essays#essay-[a-z-]+$/);
		await cite.click();
		await page.waitForURL((url) => url.pathname === '/essays');
		const essays = page.locator('article.essay');
		expect(await essays.count()).toBe(3);
		const first = essays.filter({ has: page.locator('#essay-two-tracks-title') });
		expect(await first.locator('h2').textContent()).toBe('The Two Tracks of Growth');
		expect(await first.locator('dl').textContent()).toContain('2022-06-18');
		for (const essay of await essays.all()) {
			expect((await essay.locator('h3 + p').first().textContent())!.length).toBeGreaterThan(100);
			expect(await essay.locator('li[data-claim] a').count()).toBeGreaterThanOrEqual(1);
		}
		expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expectCleanRun(opened);
	});
});

describe('#15.1 no figures while the selected group’s data is on its way', () => {
	test('a shared link to Google’s ladder shows a skeleton, a headline without figures and no downloads until the data comes', async () => {
		const held = await openWithHeldData('/?type=big-tech&company=Google', {
			width: 390,
			height: 900
		});
		const { page } = held;
		const headline = page.locator('#view-headline');
		expect(await headline.textContent()).toBe('Loading the pay data for Google…');
		expect(await page.getByTestId('chart-skeleton').getAttribute('data-shape')).toBe('ladder');
		expect(await page.locator('g.band').count(), 'no big-tech bands under Google’s name').toBe(0);
		expect(await page.getByRole('button', { name: 'CSV' }).count(), 'no downloads').toBe(0);
		expect(await page.locator('.source').textContent()).not.toMatch(/n = /);
		await saveScreenshot(page, 'conversation-explorer-loading-390');

		held.release();
		await page.locator('g.band').first().waitFor();
		expect(await headline.textContent()).toMatch(/Google/);
		expect(await headline.textContent()).toMatch(/\d/);
		expect(await page.getByRole('button', { name: 'CSV' }).count()).toBe(1);
		expect(held.errors).toEqual([]);
	});

	test('the prerendered ladder of a company type still shows at once, and the gap view waits in its own shape', async () => {
		const held = await openWithHeldData('/?type=finance');
		expect(await held.page.locator('g.band').count()).toBeGreaterThan(0);
		expect(await held.page.getByTestId('chart-skeleton').count()).toBe(0);
		await held.page.goto(new URL('?view=gap', baseUrl()).href);
		expect(await held.page.getByTestId('chart-skeleton').getAttribute('data-shape')).toBe('rows');
		held.release();
		await held.page.getByTestId('chart-skeleton').waitFor({ state: 'detached' });
	});
});

describe('#15.4 the company-ladder picker knows renamed companies', () => {
	test('“Meta” suggests Facebook, and an unknown name says so', async () => {
		const opened = await openPage(browser, '/?view=companies');
		const { page } = opened;
		const search = page.locator('#company-search');
		// The view opens with the four companies of most reports: make room for one more.
		const chips = page.getByRole('list', { name: 'Chosen companies' });
		await chips.getByRole('button').first().waitFor();
		await chips.getByRole('button').first().click();
		await expect.poll(() => search.isEnabled()).toBe(true);
		await search.fill('Meta');
		const suggestion = page.getByRole('list', { name: 'Matching companies' }).getByRole('button', {
			name: /^Facebook \(Meta\)/
		});
		await suggestion.waitFor();
		await search.press('Enter');
		await page.getByRole('list', { name: 'Chosen companies' }).getByText('Facebook').waitFor();
		await search.fill('Initech Widgets');
		await expect
			.poll(() => page.locator('#company-search-hint').textContent())
			.toContain('No company in the data goes by “Initech Widgets”');
		expectCleanRun(opened);
	});
});
