// The Claims and Method pages against the built app in Chromium: every claim has a verdict, its
// figures and n with the bundled data; an uploaded synthetic file changes the verdicts; no serious
// accessibility violation; no console errors. Screenshots are saved for a person to look at.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSyntheticRecords, toRecordsCsv } from '../fixtures/records.ts';
import {
	checkA11y,
	formatViolations,
	launchBrowser,
	openPage,
	saveScreenshot,
	type OpenedPage
} from './browser.ts';
import { download, findFormulaCells, parseCsv, readSvgWords } from './downloads.ts';
import { readFileSync } from 'node:fs';

const VERDICTS = ['supported', 'mixed', 'contradicted', 'not-enough-data'];
/** The claims of the essays' index (shared/seeds/README.md); the catalog may hold more. */
const INDEX_CLAIMS = [
	'parity-ideal',
	'culture-decides',
	'switch-cost',
	'premium-smaller',
	'dual-ladder',
	'drivers-not-track',
	'startup-vs-bigtech',
	'fork-at-five',
	'same-neighborhood',
	'ic-keeps-climbing'
];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

interface CardState {
	id: string;
	verdict: string;
	sentence: string;
	n: string;
	figures: number;
	stability: string;
}

const VERDICT_WORD = '(Supported|Mixed|Contradicted|Not enough data)';
/** A card's stability line once the resampling is done. */
const SETTLEDNESS = '(settled|fairly settled|not settled|a coin toss, not settled)';
const STABILITY = new RegExp(
	`^(Not settled\\. )?${VERDICT_WORD} in \\d+ of 200 resamples: ${SETTLEDNESS}` +
		`(; (otherwise|it would tip to) ${VERDICT_WORD} \\(\\d+\\)(, else ${VERDICT_WORD} \\(\\d+\\)(, ${VERDICT_WORD} \\(\\d+\\))*)?)?\\.$`
);

async function readCards(page: Page): Promise<CardState[]> {
	await page.locator('article[data-claim]').first().waitFor();
	return page.locator('article[data-claim]').evaluateAll((cards) =>
		cards.map((card) => ({
			id: card.getAttribute('data-claim') ?? '',
			verdict: card.getAttribute('data-verdict') ?? '',
			sentence: card.querySelector('[data-testid="claim-sentence"]')?.textContent?.trim() ?? '',
			n: card.querySelector('[data-testid="claim-n"]')?.textContent?.trim() ?? '',
			figures: card.querySelectorAll('details tbody tr').length,
			stability:
				card
					.querySelector('[data-testid="claim-stability"]')
					?.textContent?.replace(/\s+/g, ' ')
					.trim() ?? ''
		}))
	);
}

function expectClean({ errors }: OpenedPage): void {
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

describe('claims page', () => {
	test('a claim card downloads its chart as SVG with title, verdict and source, and its figures as CSV', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		const [card] = await readCards(page);
		const title = (await page.locator(`article[data-claim="${card!.id}"] h2`).textContent())!
			.replace(/^\d+\.\s*/, '')
			.trim();
		const group = new RegExp(`^Download ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
		const svg = readSvgWords(readFileSync((await download(page, /SVG/, group)).path, 'utf8'));
		expect(svg).toContain(title.split(' ').slice(0, 3).join(' '));
		expect(svg).toMatch(/paraphrased from/);
		expect(svg, 'the source and pay measure line').toMatch(
			/Source: levels\.fyi 2017–2021, n = [\d,]+ IC and [\d,]+ EM reports · total pay a year, USD/
		);
		expect(svg).toMatch(/n = [\d,]+ IC and [\d,]+ EM reports/);
		const csv = await download(page, /CSV/, group);
		expect(csv.filename).toBe(`forkline-claim-${card!.id}.csv`);
		const rows = parseCsv(readFileSync(csv.path, 'utf8'));
		expect(rows[0]).toEqual([
			'figure',
			'group_a',
			'median_a',
			'n_a',
			'group_b',
			'median_b',
			'n_b',
			'gap',
			'gap_low',
			'gap_high',
			'value',
			'value_kind',
			'source',
			'pay_measure',
			'currency',
			'dollars'
		]);
		expect(rows.length - 1, 'one row per figure in the card').toBe(card!.figures);
		expect(findFormulaCells(rows)).toEqual([]);
		expectClean(opened);
	});

	test('with the bundled data every claim has a verdict, a sentence from its figures, and n', async () => {
		const opened = await openPage(browser, '/claims');
		const cards = await readCards(opened.page);
		expect(cards.map((c) => c.id)).toEqual(expect.arrayContaining(INDEX_CLAIMS));
		for (const card of cards) {
			expect(VERDICTS, card.id).toContain(card.verdict);
			expect(card.verdict, `${card.id} on the bundled data`).not.toBe('not-enough-data');
			expect(card.sentence.length, card.id).toBeGreaterThan(30);
			expect(card.n, card.id).toMatch(/^n = [\d,]+ IC and [\d,]+ EM reports$/);
			expect(card.figures, card.id).toBeGreaterThan(0);
		}
		// Listed so a reader of the test log sees what the bundled data says.
		console.info(
			cards.map((c) => `${c.id}: ${c.verdict} — ${c.sentence} — ${c.stability}`).join('\n')
		);
		// The bundled data's stability was computed when the data was built: every card shows it
		// at once, and a verdict under 80% of resamples is marked not settled.
		for (const card of cards) {
			expect(card.stability, card.id).toMatch(STABILITY);
			const [, unsettled, same] = /^(Not settled\. )?\S+(?: \S+)* in (\d+) of 200/.exec(
				card.stability
			) ?? [undefined, undefined, undefined];
			if (same !== undefined) expect(Boolean(unsettled), card.id).toBe(Number(same) < 160);
		}
		// Each card's chart explains its marks.
		for (const id of ['parity-ideal', 'switch-cost'])
			expect(
				await opened.page.locator(`article[data-claim="${id}"] ul.legend li`).allInnerTexts()
			).toEqual(expect.arrayContaining(['agrees with the claim', 'does not', '90% interval']));
		// The manager premium read both ways, side by side; the verdict says which it rests on.
		const readings = opened.page.locator(
			'article[data-claim="premium-smaller"] [data-testid="claim-readings"] tbody tr'
		);
		expect(await readings.count()).toBe(2);
		expect(await readings.first().locator('th').innerText()).toMatch(
			/At the same experience \(the verdict’s\)/
		);
		expect(
			await opened.page
				.getByRole('link', { name: /Open “The tracks should pay alike” in the explorer/ })
				.getAttribute('href')
		).toBe('/?view=gap');
		await saveScreenshot(opened.page, 'claims-1400');
		expectClean(opened);
	});

	test('the company type filter is kept in the URL and re-evaluates the claims', async () => {
		const opened = await openPage(browser, '/claims?type=finance');
		await readCards(opened.page);
		await expect
			.poll(() => opened.page.getByTestId('claims-summary').textContent())
			.toMatch(/company type Finance only, where a claim allows it/);
		expect(await opened.page.getByRole('combobox', { name: 'Company type' }).inputValue()).toBe(
			'finance'
		);
		expect(
			await opened.page.locator('article[data-claim="parity-ideal"] a.explore').getAttribute('href')
		).toBe('/?view=gap&type=finance');
		expectClean(opened);
	});

	test('the catalog-only switch is kept in the URL and every card says which reports it used', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		const cards = await readCards(page);
		// Each card counts the fallback among its own reports (the n it shows), per track, so the
		// cards differ; none repeats a count of the whole selection.
		const placements = await page.getByTestId('claim-placement').allInnerTexts();
		const PLACED =
			/^(?:Placed by the years-of-experience fallback, not a level catalog: (none|[\d,]+) of the ([\d,]+) IC reports(?: \([^)]*\))? and (none|[\d,]+) of the ([\d,]+) EM reports(?: \([^)]*\))?|None of these reports were placed by the years-of-experience fallback)\.$/;
		cards.forEach((card, i) => {
			const text = placements[i]!;
			expect(text, card.id).toMatch(PLACED);
			expect(text, card.id).not.toMatch(/in this selection/);
			const [, , icN, , emN] = PLACED.exec(text)!;
			if (icN !== undefined) expect(card.n, card.id).toBe(`n = ${icN} IC and ${emN} EM reports`);
		});
		expect(new Set(placements).size, 'cards with their own counts').toBeGreaterThan(3);
		// fork-at-five counts catalog-placed reports only.
		expect(placements[cards.findIndex((c) => c.id === 'fork-at-five')]).toBe(
			'None of these reports were placed by the years-of-experience fallback.'
		);
		await page.getByLabel('Only reports placed by the company’s own level catalog').check();
		await page.waitForURL(/[?&]placed=catalog/);
		await expect
			.poll(async () => new Set(await page.getByTestId('claim-placement').allInnerTexts()))
			.toEqual(new Set(['Only reports placed by their company’s own level catalog.']));
		// The summary counts the reports checked, not the whole source.
		const summary = await page.getByTestId('claims-summary').innerText();
		const [, kept, all, leftOut] =
			/\(([\d,]+) of its ([\d,]+) reports, leaving out the ([\d,]+) the years-of-experience fallback placed\)/.exec(
				summary
			) ?? [];
		const count = (text: string | undefined) => Number(text?.replace(/,/g, ''));
		expect(count(kept) + count(leftOut), summary).toBe(count(all));
		expect(count(leftOut)).toBeGreaterThan(0);
		// Resampling what the page now shows runs in a worker; the page says so meanwhile.
		expect(await page.getByTestId('stability-status').innerText()).toMatch(
			/Resampling the reports|How settled each verdict is/
		);
		expectClean(opened);
	});

	test('has no serious accessibility violation at 1400 and 390 px', async () => {
		for (const viewport of [
			{ width: 1400, height: 1000 },
			{ width: 390, height: 844 }
		]) {
			const opened = await openPage(browser, '/claims', viewport);
			await readCards(opened.page);
			const violations = await checkA11y(opened.page);
			expect(violations, formatViolations(violations)).toEqual([]);
			if (viewport.width === 390) await saveScreenshot(opened.page, 'claims-390');
			expectClean(opened);
		}
	});

	test('the company type menu lists the shown source’s types only; a type it lacks gets a note, not other data', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		await readCards(page);
		const menu = page.getByRole('combobox', { name: 'Company type' });
		const options = await menu.locator('option').allInnerTexts();
		expect(options[0]).toBe('All company types');
		// levels.fyi's catalog types no young startup and no IT-services firm.
		expect(options).not.toContain('Startup');
		expect(options).not.toContain('IT services / outsourcing');
		expect(options).toEqual(expect.arrayContaining(['Big tech', 'Finance']));

		await opened.page.goto(new URL('claims?type=startup', page.url()).href);
		const note = page.getByTestId('claims-missing-type');
		await note.waitFor();
		expect(await note.innerText()).toMatch(
			/^levels\.fyi 2017–2021 has no reports of the company type “Startup”, so no claim is checked on it here/
		);
		expect(await page.locator('article[data-claim]').count(), 'no cards of other data').toBe(0);
		expect(await menu.inputValue()).toBe('startup');
		expectClean(opened);
	});

	test('the brief names the group its claims were checked on and links to the same claims', async () => {
		const opened = await openPage(browser, '/brief?type=big-tech&company=Google&level=6&track=ic');
		const { page } = opened;
		await page.getByTestId('brief-claims').waitFor();
		expect(await page.locator('#claims-heading').innerText()).toBe(
			'The essays’ claims, checked on big tech companies, the type of Google'
		);
		const group = page.getByTestId('brief-claims-group');
		expect(await group.innerText()).toMatch(
			/^Checked on big tech companies, the type of Google, in dollars as reported \(2017–2021\)/
		);
		const href = await group.getByRole('link').getAttribute('href');
		expect(href).toBe('/claims?type=big-tech');
		const briefVerdicts = await page
			.getByTestId('brief-claims')
			.locator('li')
			.evaluateAll((items) =>
				items.map((li) => [li.getAttribute('data-claim'), li.getAttribute('data-verdict')])
			);
		await page.goto(new URL(href!, page.url()).href);
		const cards = await readCards(page);
		expect(briefVerdicts).toEqual(cards.map((card) => [card.id, card.verdict]));
		expectClean(opened);
	});

	test('uploading a generated file where EM pay is 1.5× IC pay changes the verdicts', async () => {
		const opened = await openPage(browser, '/claims');
		const before = await readCards(opened.page);
		const parityBefore = before.find((c) => c.id === 'parity-ideal')!.verdict;
		expect(parityBefore).not.toBe('contradicted');

		// SYNTHETIC, NOT REAL PAY: seeded generator, managers paid 1.5× engineers at every level.
		const csv = toRecordsCsv(createSyntheticRecords({ emFactor: 1.5, perGroup: 40 }));
		// Client-side navigation keeps the in-memory dataset: reach /upload through a link when the
		// header has one, else by the router (goto would reload the page and lose nothing yet).
		await opened.page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/upload';
			a.textContent = 'to upload';
			document.body.append(a);
			a.click();
		});
		await opened.page.waitForURL(/\/upload$/);
		await opened.page.getByLabel('CSV file').setInputFiles({
			name: 'synthetic-em-1.5x.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
		await opened.page.getByTestId('import-report').waitFor();
		await opened.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Claims' })
			.click();
		await opened.page
			.locator('article[data-claim="parity-ideal"][data-verdict="contradicted"]')
			.waitFor();
		const after = await readCards(opened.page);
		const verdict = (id: string) => after.find((c) => c.id === id)!.verdict;
		expect(verdict('parity-ideal')).toBe('contradicted');
		expect(verdict('premium-smaller')).toBe('contradicted');
		expect(verdict('same-neighborhood')).toBe('contradicted');
		expect(after.map((c) => c.verdict)).not.toEqual(before.map((c) => c.verdict));
		// The upload's stability is resampled in a worker: parity, far outside its band in this
		// file, is contradicted in every resample.
		await expect
			.poll(
				() =>
					opened.page
						.locator('article[data-claim="parity-ideal"] [data-testid="claim-stability"]')
						.innerText(),
				{ timeout: 120_000, interval: 1000 }
			)
			.toBe('Contradicted in 200 of 200 resamples: settled.');
		expectClean(opened);
	});
});

describe('method page', () => {
	test('lists the essays, every claim’s test and the thresholds, accessibly', async () => {
		const opened = await openPage(browser, '/method');
		const page = opened.page;
		for (const title of [
			'The Two Tracks of Growth',
			'IC or manager: choosing your track',
			'Tech leadership myths'
		]) {
			expect(await page.getByRole('heading', { name: title }).count()).toBe(1);
		}
		for (const id of INDEX_CLAIMS) expect(await page.locator(`#test-${id}`).count()).toBe(1);
		expect(await page.getByText('MIN_N_PER_SIDE', { exact: true }).count()).toBe(1);
		expect(await page.getByText('PARITY_BAND', { exact: true }).count()).toBe(1);
		// Each claim's verdict with its threshold halved and one and a half times, and on
		// catalog-placed reports only, on the bundled data.
		const rows = page.locator('table[data-testid="sensitivity"] tbody tr');
		expect(await rows.count()).toBe(11);
		await expect
			.poll(() => rows.locator('td', { hasText: 'computing…' }).count(), { timeout: 30_000 })
			.toBe(0);
		const switchCost = await page.locator('#sensitivity-switch-cost td').allInnerTexts();
		expect(switchCost[0]).toBe('MODEST_CUT = 25%');
		expect(switchCost.slice(1)).toEqual([
			expect.stringMatching(/^(Supported|Mixed|Contradicted)$/),
			expect.stringMatching(/^(Supported|Mixed|Contradicted) \(12\.5%\)$/),
			expect.stringMatching(/^(Supported|Mixed|Contradicted) \(37\.5%\)$/),
			expect.stringMatching(/^(Supported|Mixed|Contradicted)$/)
		]);
		const violations = await checkA11y(page);
		expect(violations, formatViolations(violations)).toEqual([]);
		expectClean(opened);
	});
});

describe('annotated ladder chart', () => {
	test('notes never overlap each other or the plot at 1400 px, fold into a numbered list at 390 px, and switch off', async () => {
		const wide = await openPage(browser, '/claims');
		const chart = wide.page.locator('section.ladder figure');
		await chart.locator('g.annotations g.note').first().waitFor();
		await saveScreenshot(chart, 'claims-ladder-annotated-1400');
		const boxes = await chart.locator('g.annotations rect').evaluateAll((rects) =>
			rects.map((r) => {
				const b = r.getBoundingClientRect();
				return { x: b.left, y: b.top, w: b.width, h: b.height };
			})
		);
		expect(boxes.length).toBeGreaterThanOrEqual(4);
		const overlaps = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
			a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1))
				expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
		// Marks (boxes, whiskers and their labels) sit wholly below every note.
		const marks = await chart
			.locator('g.band')
			.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().top));
		const lowestNote = Math.max(...boxes.map((b) => b.y + b.h));
		for (const top of marks) expect(top).toBeGreaterThan(lowestNote);
		// On a wide chart the list is only for screen readers: visually hidden (a 1px box).
		expect(
			await chart.locator('ol.annotation-notes').evaluate((ol) => ol.getBoundingClientRect().width)
		).toBeLessThanOrEqual(1);
		// The toggle lives in the URL: off is ?notes=0, and back brings the notes back.
		const toggle = wide.page.getByLabel('Show the essays’ claims');
		await toggle.uncheck();
		await wide.page.waitForURL(/[?&]notes=0/);
		await expect.poll(() => chart.locator('g.annotations').count()).toBe(0);
		await wide.page.goBack();
		await chart.locator('g.annotations g.note').first().waitFor();
		expect(await toggle.isChecked()).toBe(true);
		expect(new URL(wide.page.url()).searchParams.get('notes')).toBeNull();
		await wide.page.goForward();
		await expect.poll(() => chart.locator('g.annotations').count()).toBe(0);
		expect(await toggle.isChecked()).toBe(false);
		expectClean(wide);

		// A shared link with the notes off opens with them off.
		const off = await openPage(browser, '/claims?notes=0');
		await off.page.locator('article[data-claim]').first().waitFor();
		expect(await off.page.getByLabel('Show the essays’ claims').isChecked()).toBe(false);
		expect(await off.page.locator('section.ladder g.annotations').count()).toBe(0);
		expectClean(off);

		const narrow = await openPage(browser, '/claims', { width: 390, height: 844 });
		const small = narrow.page.locator('section.ladder figure');
		await small.locator('g.annotations g.note').first().waitFor();
		const list = small.locator('ol.annotation-notes');
		expect(await list.evaluate((ol) => ol.getBoundingClientRect().width)).toBeGreaterThan(200);
		expect(await list.locator('li').count()).toBe(
			await small.locator('g.annotations g.note').count()
		);
		await saveScreenshot(small, 'claims-ladder-annotated-390');
		expectClean(narrow);
	});
});
