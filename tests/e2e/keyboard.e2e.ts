// The keyboard in the charts, against the built app in Chromium: each chart of the explorer's five
// views (and the ladder on /claims) is one tab stop between the controls and the downloads; inside
// it the arrow keys, Home and End move focus between marks, each showing its own tooltip; Escape
// hides the tooltip; Shift+Tab leaves the chart in one press and Tab comes back to the mark
// focused last. Screenshots of a focused mark with its tooltip at 1400 and 390 px.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatPercent } from '../../src/lib/format.ts';
import {
	foreignRequests,
	launchBrowser,
	openPage,
	saveScreenshot,
	type OpenedPage
} from './browser.ts';

const VIEWS = ['ladder', 'types', 'gap', 'companies', 'distribution'] as const;
type View = (typeof VIEWS)[number];

/** The marks of each view's chart. */
const MARK: Record<View, string> = {
	ladder: 'g.band',
	types: 'g.band',
	companies: 'g.band',
	gap: 'g.gap',
	distribution: 'g.bin'
};

const usd = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	maximumFractionDigits: 0
});

/** Today's dollars as the explorer prints them: to the $1,000 of their $5,000 bins (toFigureStep). */
const todayUsd = (n: number) => usd.format(Math.round(n / 1000) * 1000);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function expectClean({ errors, requests }: OpenedPage): void {
	expect(foreignRequests(requests), 'requests to other hosts').toEqual([]);
	expect(errors, `console or page errors:\n${errors.join('\n')}`).toEqual([]);
}

/** The focused element as the walk sees it. */
interface Focus {
	/** Inside a chart's <svg>. */
	inChart: boolean;
	/** Index of the focused mark among `selector`'s marks on the page; -1 when not a mark. */
	mark: number;
	/** The first download button of the page. */
	download: boolean;
	/** What it is, for failure messages. */
	what: string;
}

function readFocus(page: Page, selector: string): Promise<Focus> {
	return page.evaluate((selector) => {
		const element = document.activeElement;
		const marks = [...document.querySelectorAll(selector)];
		return {
			inChart: element?.closest('svg') !== null,
			mark: element ? marks.indexOf(element) : -1,
			download: element === document.querySelector('.export button'),
			what: `${element?.tagName.toLowerCase()} ${element?.getAttribute('aria-label') ?? element?.textContent?.trim().slice(0, 40)}`
		};
	}, selector);
}

/** Presses `key` until `done` holds for the focused element (at most `limit` presses). */
async function pressUntil(
	page: Page,
	key: string,
	selector: string,
	done: (focus: Focus) => boolean,
	limit = 200
): Promise<Focus[]> {
	const walk: Focus[] = [];
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press(key);
		const focus = await readFocus(page, selector);
		walk.push(focus);
		if (done(focus)) return walk;
	}
	throw new Error(
		`${limit} presses of ${key} never got there: ${walk.map((f) => f.what).join(' → ')}`
	);
}

/** The tooltip of the focused mark is on screen and says its median, its pay range or its gap. */
async function expectTooltipOfFocusedMark(page: Page): Promise<void> {
	const expected = await page.evaluate(() => {
		const mark = document.activeElement!;
		return {
			describedBy: mark.getAttribute('aria-describedby'),
			p50: mark.getAttribute('data-p50'),
			x0: mark.getAttribute('data-x0'),
			gap: mark.getAttribute('data-gap')
		};
	});
	const tooltip = page.getByRole('tooltip');
	await expect.poll(() => tooltip.count(), { message: 'one tooltip shows' }).toBe(1);
	expect(expected.describedBy, 'the focused mark is described by the tooltip').toBe(
		await tooltip.getAttribute('id')
	);
	// On screen, where the reader is looking: after Home or End the page has scrolled under it.
	const box = await tooltip.evaluate((element) => {
		const { top, bottom } = element.getBoundingClientRect();
		return { top, bottom, height: window.innerHeight };
	});
	expect(box.top, 'tooltip top on screen').toBeGreaterThanOrEqual(0);
	expect(box.bottom, 'tooltip bottom on screen').toBeLessThanOrEqual(box.height);
	const text = (await tooltip.textContent()) ?? '';
	if (expected.p50) expect(text).toContain(todayUsd(Number(expected.p50)));
	else if (expected.x0) expect(text).toContain(usd.format(Number(expected.x0)));
	else expect(text).toContain(formatPercent(Number(expected.gap)));
}

/** The marks holding tabindex 0 on the page: one a chart. */
function tabStops(page: Page, selector: string): Promise<number> {
	return page.locator(`${selector}[tabindex="0"]`).count();
}

/** Opens a view and waits for its chart's marks and its downloads. */
async function openView(view: View, viewport = { width: 1400, height: 1000 }): Promise<OpenedPage> {
	const opened = await openPage(browser, `/?view=${view}`, viewport);
	await opened.page.locator(`figure svg ${MARK[view]}`).first().waitFor();
	await opened.page.locator('.loading').waitFor({ state: 'detached' });
	await opened.page.locator('.export button').first().waitFor();
	return opened;
}

/** The first control of the explorer: the first filter, or on a phone the "Filters" button. */
function firstControl(page: Page) {
	return page
		.locator('.controls-wrap')
		.locator('select:visible, input:visible, button:visible')
		.first();
}

describe('a chart is one tab stop with the arrow keys inside', () => {
	test.each(VIEWS)('%s view', async (view) => {
		const opened = await openView(view);
		const { page } = opened;
		const mark = MARK[view];

		// From the first control to the first download button, the chart takes one Tab press.
		await firstControl(page).focus();
		const walk = await pressUntil(page, 'Tab', mark, (focus) => focus.download);
		const inChart = walk.filter((focus) => focus.inChart);
		expect(
			inChart.map((focus) => focus.what),
			`stops inside the chart, of ${walk.length} presses`
		).toHaveLength(1);
		expect(inChart[0]!.mark, 'the stop is the first mark').toBe(0);
		expect(await tabStops(page, mark), 'marks at tabindex 0').toBe(1);

		// Back into the chart: Shift+Tab from the downloads lands on its mark.
		const back = await pressUntil(page, 'Shift+Tab', mark, (focus) => focus.inChart, 5);
		expect(back.at(-1)!.mark).toBe(0);
		await expectTooltipOfFocusedMark(page);

		// The arrow keys move focus and the tab stop, and each mark shows its own tooltip.
		await page.keyboard.press('ArrowRight');
		expect((await readFocus(page, mark)).mark, 'ArrowRight: the next mark').toBe(1);
		await expectTooltipOfFocusedMark(page);
		expect(await tabStops(page, mark)).toBe(1);
		expect(await page.locator(`${mark}:focus`).getAttribute('tabindex')).toBe('0');

		await page.keyboard.press('ArrowLeft');
		expect((await readFocus(page, mark)).mark, 'ArrowLeft: back to the first').toBe(0);

		const count = await page.locator(mark).count();
		await page.keyboard.press('End');
		expect((await readFocus(page, mark)).mark, 'End: the last mark').toBe(count - 1);
		await expectTooltipOfFocusedMark(page);
		await page.keyboard.press('Home');
		expect((await readFocus(page, mark)).mark, 'Home: the first mark').toBe(0);

		// Up and Down move across levels, tracks or rows, as each chart's layout reads.
		const before = await page.locator(`${mark}:focus`).evaluate((m) => ({ ...m.dataset }));
		await page.keyboard.press(
			view === 'ladder' || view === 'types' || view === 'companies' ? 'ArrowUp' : 'ArrowDown'
		);
		const after = await page.locator(`${mark}:focus`).evaluate((m) => ({ ...m.dataset }));
		if (mark === 'g.band') {
			expect(Number(after.level), 'ArrowUp: a level up').toBeGreaterThan(Number(before.level));
			expect(after.track, 'ArrowUp: on the same track').toBe(before.track);
		} else if (mark === 'g.bin') {
			expect([before.track, after.track], 'ArrowDown: from the IC bars to the EM bars').toEqual([
				'ic',
				'em'
			]);
		} else {
			expect((await readFocus(page, mark)).mark, 'ArrowDown: the next row').toBe(1);
		}
		await expectTooltipOfFocusedMark(page);
		await saveScreenshot(page, `keyboard-${view}-1400`, { fullPage: false });

		// Escape hides the tooltip and leaves focus where it is.
		const focused = (await readFocus(page, mark)).mark;
		await page.keyboard.press('Escape');
		await expect
			.poll(() => page.getByRole('tooltip').count(), { message: 'tooltip after Escape' })
			.toBe(0);
		expect((await readFocus(page, mark)).mark).toBe(focused);

		// One Shift+Tab leaves the chart; Tab comes back to the mark focused last.
		await page.keyboard.press('Shift+Tab');
		expect((await readFocus(page, mark)).inChart, 'one Shift+Tab leaves the chart').toBe(false);
		await page.keyboard.press('Tab');
		expect((await readFocus(page, mark)).mark, 'Tab returns to the last focused mark').toBe(
			focused
		);

		expectClean(opened);
	});

	test('small multiples are one chart: End reaches the last panel and Left walks back across panels', async () => {
		const opened = await openView('types');
		const { page } = opened;
		const panels = page.locator('.small-multiples figure svg');
		expect(await panels.count(), 'panels').toBeGreaterThan(1);
		const firstOfLast = panels.last().locator('g.band').first();
		await page.locator('g.band[tabindex="0"]').focus();
		await page.keyboard.press('End');
		const lastPanelMarks = await panels.last().locator('g.band').count();
		for (let i = 1; i < lastPanelMarks; i++) await page.keyboard.press('ArrowLeft');
		expect(await firstOfLast.evaluate((m) => m === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowLeft');
		const previousPanelFocused = await panels
			.nth((await panels.count()) - 2)
			.evaluate((svg) => svg.contains(document.activeElement));
		expect(
			previousPanelFocused,
			'ArrowLeft from a panel’s first box goes to the panel before'
		).toBe(true);
		await expectTooltipOfFocusedMark(page);
		expect(await tabStops(page, 'g.band'), 'one tab stop across all panels').toBe(1);
		expectClean(opened);
	});

	test.each(['ladder', 'distribution'] as const)('%s view on a 390 px phone', async (view) => {
		const opened = await openView(view, { width: 390, height: 844 });
		const { page } = opened;
		const mark = MARK[view];
		await firstControl(page).focus();
		const walk = await pressUntil(page, 'Tab', mark, (focus) => focus.download);
		expect(
			walk.filter((focus) => focus.inChart),
			'stops inside the chart'
		).toHaveLength(1);
		await pressUntil(page, 'Shift+Tab', mark, (focus) => focus.inChart, 5);
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		expect((await readFocus(page, mark)).mark).toBe(3);
		await expectTooltipOfFocusedMark(page);
		await saveScreenshot(page, `keyboard-${view}-390`, { fullPage: false });
		expectClean(opened);
	});

	test('the ladder on /claims is one tab stop between its toggle and the claim cards', async () => {
		const opened = await openPage(browser, '/claims');
		const { page } = opened;
		const ladder = page.locator('section.ladder');
		await ladder.locator('g.band').first().waitFor();
		await ladder.getByRole('checkbox').focus();
		await page.keyboard.press('Tab');
		const stop = await readFocus(page, 'section.ladder g.band');
		expect(stop.mark, 'Tab from the toggle: the first box of the ladder').toBe(0);
		await expectTooltipOfFocusedMark(page);
		await page.keyboard.press('ArrowRight');
		expect((await readFocus(page, 'section.ladder g.band')).mark).toBe(1);
		await expectTooltipOfFocusedMark(page);
		await page.keyboard.press('Tab');
		const next = await readFocus(page, 'section.ladder g.band');
		expect(next.inChart, `one Tab leaves the chart, to ${next.what}`).toBe(false);
		expectClean(opened);
	});
});
