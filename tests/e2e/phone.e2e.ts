// The explorer on a phone (issue #15.7) and an axis set by the groups drawn solid (#15.5), checked
// against the built app in Chromium: at 360 and 390 px no page scrolls sideways, the
// distribution's median labels keep clear of its axis notes, the gap axis's tick labels keep
// apart, a tapped mark's tooltip stays on screen, and the claim cards' figure tables keep every
// number and heading on one line, scrolling inside their own box; on the big-tech ladder and the
// parity gap, groups of fewer than 5 reports do not stretch the axis but are cut off with an arrow.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { bandsFromCells } from '../../src/lib/data/cells.ts';
import { parseBundle } from '../../src/lib/data/bundle.ts';
import { gapRows, toCellFilter, type ExploreQuery } from '../../src/lib/data/explore.ts';
import {
	baseUrl,
	foreignRequests,
	launchBrowser,
	openPage,
	saveScreenshot,
	waitForHydration
} from './browser.ts';

const { cells } = parseBundle(
	JSON.parse(
		readFileSync(new URL('../../data/bundled/levelsfyi-cells.json', import.meta.url), 'utf8')
	)
);
const BIG_TECH: ExploreQuery = {
	companyType: 'big-tech',
	company: '',
	region: '',
	yoe: null,
	year: null,
	component: 'total',
	minN: 5
};

const PHONE_WIDTHS = [360, 390] as const;
const PHONE_HEIGHT = 740;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A page of the built app in a phone's browser (touch, mobile viewport), with its errors. */
async function openPhone(
	path: string,
	width: number
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
	const context = await browser.newContext({
		viewport: { width, height: PHONE_HEIGHT },
		isMobile: true,
		hasTouch: true,
		locale: 'en-US',
		timezoneId: 'UTC',
		reducedMotion: 'reduce'
	});
	onTestFinished(() => context.close());
	const errors: string[] = [];
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
	await goTo(page, path);
	return { page, errors, requests };
}

async function goTo(page: Page, path: string): Promise<void> {
	await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href);
	await waitForHydration(page);
}

function expectClean({ errors, requests }: { errors: string[]; requests: string[] }): void {
	expect(foreignRequests(requests), 'requests to other hosts').toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/** An element's box on the page, as getBoundingClientRect gives it. */
interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	text: string;
}

function intersects(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxes(page: Page, selector: string): Promise<Box[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.map((element) => {
			const { x, y, width, height } = element.getBoundingClientRect();
			return { x, y, width, height, text: element.textContent?.trim() ?? '' };
		})
	);
}

/** The value of a money tick such as '$500k', '$1.5M' or '$0'. */
function parseMoneyTick(text: string): number {
	const match = /^\$([\d.]+)([kM]?)$/.exec(text.trim());
	if (!match) throw new Error(`not a money tick: ${text}`);
	return Number(match[1]) * ({ '': 1, k: 1e3, M: 1e6 } as const)[match[2] as '' | 'k' | 'M'];
}

describe('#15.7 the explorer on a phone', () => {
	for (const width of PHONE_WIDTHS) {
		test(`no page scrolls sideways at ${width} px: the explorer's views, /me, /brief and /claims`, async () => {
			const opened = await openPhone('/', width);
			const { page } = opened;
			const paths = [
				'/',
				'/?view=types',
				'/?view=gap',
				'/?view=companies',
				'/?view=distribution',
				'/me?type=big-tech&level=6&track=ic',
				'/brief?type=big-tech&company=Google&level=6&track=ic',
				'/claims'
			];
			const overflow: string[] = [];
			for (const path of paths) {
				await goTo(page, path);
				await page.locator('main svg, main table').first().waitFor();
				await page.locator('.loading').waitFor({ state: 'detached' });
				const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
				if (scrollWidth > width) overflow.push(`${path}: ${scrollWidth} px`);
			}
			expect(overflow, 'pages wider than the screen').toEqual([]);
			expectClean(opened);
		});

		test(`the distribution's median labels keep clear of its axis notes at ${width} px`, async () => {
			const opened = await openPhone('/?view=distribution', width);
			const { page } = opened;
			await page.locator('figure svg g.bin').first().waitFor();
			const svg = (await boxes(page, '.distribution svg'))[0]!;
			const medians = await boxes(page, '.distribution g.quartiles text');
			const notes = await boxes(page, '.distribution text.side');
			const ticks = await boxes(page, '.distribution .axis-x text');
			expect(medians.map((m) => m.text)).toEqual([
				expect.stringMatching(/^IC median \$/),
				expect.stringMatching(/^EM median \$/)
			]);
			expect(notes).toHaveLength(2);
			for (const label of medians) {
				for (const other of [...notes, ...ticks])
					expect(intersects(label, other), `"${label.text}" over "${other.text}"`).toBe(false);
				expect(label.x, `"${label.text}" starts inside the chart`).toBeGreaterThanOrEqual(svg.x);
				expect(label.x + label.width, `"${label.text}" ends inside the chart`).toBeLessThanOrEqual(
					svg.x + svg.width
				);
			}
			await saveScreenshot(page, `phone-distribution-${width}`);
			expectClean(opened);
		});

		test(`the gap axis's tick labels keep apart at ${width} px`, async () => {
			const opened = await openPhone('/?view=gap', width);
			const { page } = opened;
			await page.locator('figure svg g.gap').first().waitFor();
			const ticks = await boxes(page, '.gap-chart .axis-x text');
			expect(ticks.length, 'tick labels').toBeGreaterThanOrEqual(2);
			const touching = ticks
				.slice(1)
				.map((tick, i) => ({ left: ticks[i]!, right: tick }))
				.filter(({ left, right }) => right.x < left.x + left.width + 4)
				.map(({ left, right }) => `${left.text}${right.text}`);
			expect(touching, 'neighbouring tick labels closer than 4 px').toEqual([]);
			const svg = (await boxes(page, '.gap-chart svg'))[0]!;
			const last = ticks[ticks.length - 1]!;
			expect(last.x + last.width, 'last tick label inside the chart').toBeLessThanOrEqual(
				svg.x + svg.width
			);
			await saveScreenshot(page, `phone-gap-${width}`);
			expectClean(opened);
		});

		test(`a tapped mark's tooltip stays on screen at ${width} px, near the bottom and the top`, async () => {
			const opened = await openPhone('/', width);
			const { page } = opened;
			const cases = [
				{ path: '/', mark: 'g.band[data-level="3"][data-track="ic"]' },
				{ path: '/', mark: 'g.band[data-level="8"][data-track="em"]' },
				{ path: '/?view=gap', mark: 'g.gap' },
				{ path: '/?view=distribution', mark: 'g.bin[data-track="ic"]' }
			];
			const off: string[] = [];
			for (const { path, mark } of cases) {
				await goTo(page, path);
				const target = page.locator(`figure svg ${mark}`).first();
				await target.waitFor();
				// The mark's middle 6 px above the bottom of the screen, then 20 px below its top.
				for (const fromTop of [PHONE_HEIGHT - 6, 20]) {
					await target.evaluate((element, y) => {
						const box = element.getBoundingClientRect();
						window.scrollBy(0, box.top + box.height / 2 - y);
					}, fromTop);
					const box = (await target.boundingBox())!;
					const y = box.y + box.height / 2;
					if (y < 0 || y > PHONE_HEIGHT) continue; // the page cannot scroll that far
					await page.touchscreen.tap(box.x + box.width / 2, y);
					const tooltip = page.getByRole('tooltip');
					await tooltip.waitFor();
					// The tooltip measures itself before it settles: wait until two readings agree.
					let tip = (await tooltip.boundingBox())!;
					await expect
						.poll(async () => {
							const previous = tip;
							tip = (await tooltip.boundingBox())!;
							return tip.x === previous.x && tip.y === previous.y;
						})
						.toBe(true);
					const inside =
						tip.x >= 0 &&
						tip.y >= 0 &&
						tip.x + tip.width <= width &&
						tip.y + tip.height <= PHONE_HEIGHT;
					if (!inside)
						off.push(
							`${path} ${mark} at ${Math.round(y)} px: tooltip ${Math.round(tip.x)},` +
								`${Math.round(tip.y)} ${Math.round(tip.width)}×${Math.round(tip.height)}`
						);
					await page.keyboard.press('Escape');
				}
			}
			expect(off, 'tooltips off the screen').toEqual([]);
			expectClean(opened);
		});
	}
});

describe('#15.7 claim cards on a phone', () => {
	for (const width of PHONE_WIDTHS)
		test(`claim-card tables break inside no number or heading at ${width} px, and a wide one scrolls in its own box`, async () => {
			const opened = await openPhone('/claims', width);
			const { page } = opened;
			await page.locator('article[data-claim] table').first().waitFor();
			await page
				.locator('article[data-claim] details')
				.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			// Every number (a sum, a gap, a count in brackets) and every column heading must sit on
			// one line: a range over it has its boxes at one height.
			const broken = await page.locator('article[data-claim] table').evaluateAll((tables) => {
				const NUMBER = /[−+-]?\$?\d[\d,.]*(?:%|k|M)?|\(\d[\d,]*\)/g;
				const lines = (range: Range) =>
					new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
					).size;
				const found: string[] = [];
				for (const table of tables) {
					for (const th of table.querySelectorAll('thead th')) {
						const range = document.createRange();
						range.selectNodeContents(th);
						if (lines(range) > 1) found.push(`heading “${th.textContent}”`);
					}
					const walker = document.createTreeWalker(
						table.querySelector('tbody')!,
						NodeFilter.SHOW_TEXT
					);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						for (const match of (node.textContent ?? '').matchAll(NUMBER)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							if (lines(range) > 1) found.push(`number “${match[0]}”`);
						}
					}
				}
				return found;
			});
			expect(broken, 'numbers or headings broken across lines').toEqual([]);
			// No card is pushed wider than itself: a table that does not fit scrolls inside it.
			const wide = await page
				.locator('article[data-claim]')
				.evaluateAll((cards) =>
					cards
						.filter((c) => c.scrollWidth > c.clientWidth + 1)
						.map((c) => c.getAttribute('data-claim'))
				);
			expect(wide, 'cards wider than the screen allows').toEqual([]);
			expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await page.locator('article[data-claim="switch-cost"] details').scrollIntoViewIfNeeded();
			await saveScreenshot(page, `claims-figures-${width}`);
			expectClean(opened);
		});
});

describe('#15.5 faded groups do not set the axis', () => {
	test('the big-tech ladder is scaled to its solid groups; the level 9 groups of 4 reports are cut off with an arrow', async () => {
		const bands = bandsFromCells(cells, toCellFilter(BIG_TECH), { minN: 5 });
		const solidTop = Math.max(...bands.filter((b) => !b.lowN).map((b) => b.p90));
		const fadedTop = Math.max(...bands.filter((b) => b.lowN).map((b) => b.p90));
		expect(fadedTop, 'the data still has a faded group far above the solid ones').toBeGreaterThan(
			2 * solidTop
		);

		// The bands above are computed from the bundle in dollars as reported: the page shows those too.
		const opened = await openPage(browser, '/?type=big-tech&dollars=reported');
		const { page } = opened;
		const chart = page.locator('figure svg').first();
		await chart.locator('g.band').first().waitFor();
		const ticks = (await chart.locator('.axis-y g.tick text').allTextContents()).map(
			parseMoneyTick
		);
		const lastTick = Math.max(...ticks);
		expect(lastTick, 'last pay tick, near the solid groups’ top p90').toBeLessThanOrEqual(solidTop);
		expect(lastTick).toBeGreaterThan(solidTop / 2);
		// The axis's top lies under the tick after the last, so a band past twice the last tick is
		// past the top, and a band under the last tick is not.
		const mustClip = bands.filter((b) => b.p90 > 2 * lastTick);
		const mustNot = bands.filter((b) => b.p90 <= lastTick);
		expect(mustClip.length, 'groups above the axis').toBeGreaterThan(0);
		expect(mustClip.every((b) => b.lowN)).toBe(true);
		for (const band of mustClip) {
			const mark = chart.locator(
				`g.band[data-level="${band.stdLevel}"][data-track="${band.track}"]`
			);
			expect(await mark.getAttribute('data-clipped'), `L${band.stdLevel} ${band.track}`).toBe('up');
			expect(await mark.locator('.clip-arrow').count(), `arrow on L${band.stdLevel}`).toBe(1);
		}
		for (const band of mustNot) {
			const mark = chart.locator(
				`g.band[data-level="${band.stdLevel}"][data-track="${band.track}"]`
			);
			expect(await mark.locator('.clip-arrow').count(), `no arrow on L${band.stdLevel}`).toBe(0);
		}
		await expect.poll(() => page.locator('.clip-note').first().textContent()).toMatch(/cut off/);
		await chart.locator('g.band[data-clipped]').first().focus();
		await expect
			.poll(() => page.getByRole('tooltip').textContent())
			.toMatch(/Cut off at the top of the axis: its 90th percentile is \$[\d,]+/);
		await saveScreenshot(page, 'phone-ladder-big-tech-1400', { fullPage: false });
		expectClean(opened);
	});

	test('the parity gap is scaled to its solid rows; faded intervals past it end in an arrow', async () => {
		const rows = gapRows(cells, { ...BIG_TECH, companyType: 'all' });
		const solidHigh = Math.max(...rows.filter((r) => !r.lowN).map((r) => r.high));
		// nice() rounds the top up by less than one of ~10 tick steps of a domain under 3 wide.
		const mustClip = rows.filter((r) => r.lowN && r.high > Math.min(2, solidHigh + 0.35));
		expect(mustClip.length, 'faded rows reaching well past the solid ones').toBeGreaterThan(0);

		const opened = await openPage(browser, '/?view=gap');
		const { page } = opened;
		await page.locator('figure svg g.gap').first().waitFor();
		for (const row of mustClip) {
			const mark = page.locator(
				`g.gap[data-level="${row.stdLevel}"][data-type="${row.companyType}"]`
			);
			expect(
				await mark.getAttribute('data-clipped'),
				`L${row.stdLevel} ${row.companyType}`
			).toMatch(/right/);
			expect(
				await mark.locator('.clip-arrow[data-direction="right"]').count(),
				`arrow on L${row.stdLevel} ${row.companyType}`
			).toBe(1);
		}
		const clipped = await page
			.locator('g.gap[data-clipped]')
			.evaluateAll((marks) => marks.map((m) => m.classList.contains('low-n')));
		expect(clipped.every(Boolean), 'only faded rows are cut off').toBe(true);
		expectClean(opened);
	});
});
