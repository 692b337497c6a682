// Helpers for the e2e tests: launch the system Chromium through playwright-core, open pages of the
// built app with error and network recording, run axe, and save screenshots for people to review.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

declare global {
	interface Window {
		/** axe-core, present only after checkA11y injected it. */
		axe?: typeof import('axe-core');
	}
}

/** Flags that keep Chromium headless, quiet and off the network except for our own server. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Where saveScreenshot writes; the folder is gitignored. */
const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Starts the Debian Chromium (or CHROMIUM_PATH) headless. Close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

/** The base URL of the server started by tests/e2e/setup.ts, e.g. 'http://127.0.0.1:41234/'. */
export function baseUrl(): string {
	return inject('baseUrl');
}

/** A page of the built app plus what happened while it was open. */
export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** Console errors and uncaught page errors, in order; a test asserts this stays empty. */
	errors: string[];
	/** URL of every request any page in the context made, including failed and blocked ones. */
	requests: string[];
}

/** Browser viewport size in CSS pixels. */
export interface Viewport {
	width: number;
	height: number;
}

/**
 * Opens `path` (e.g. '/' or '/data?x=1') of the built app in a fresh browser context, waits until
 * SvelteKit has hydrated it, and records errors and requests. The context closes when the test
 * finishes, so every test starts from a clean state.
 */
export async function openPage(
	browser: Browser,
	path: string,
	viewport: Viewport = { width: 1400, height: 1000 }
): Promise<OpenedPage> {
	const context = await browser.newContext({
		viewport,
		locale: 'en-US',
		timezoneId: 'UTC',
		reducedMotion: 'reduce'
	});
	onTestFinished(() => context.close());

	const errors: string[] = [];
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));

	const page = await context.newPage();
	// Fail fast with a useful message rather than running into the vitest test timeout.
	page.setDefaultTimeout(15_000);
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));

	const url = new URL(path.replace(/^\//, ''), baseUrl()).href;
	const response = await page.goto(url);
	if (!response?.ok()) {
		throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}; is the page built?`);
	}
	await waitForHydration(page, errors);
	return { page, context, errors, requests };
}

/**
 * Waits until SvelteKit has hydrated the page and started its router, so that events the test
 * sends are handled by the app instead of landing on inert server-rendered HTML.
 * SvelteKit's client sets `history.scrollRestoration = 'manual'` as the first step of starting the
 * router, which runs only after hydration has finished; a fresh page starts with 'auto'.
 */
export async function waitForHydration(page: Page, errors: string[] = []): Promise<void> {
	try {
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
	} catch (error) {
		const seen = errors.length > 0 ? `\nErrors seen on the page:\n${errors.join('\n')}` : '';
		throw new Error(`The page at ${page.url()} never finished hydrating.${seen}`, {
			cause: error
		});
	}
}

/**
 * Returns the requests that went anywhere other than the local test server. Inline `data:` and
 * `blob:` URLs never leave the browser, so they are allowed.
 */
export function foreignRequests(requests: readonly string[]): string[] {
	const origin = new URL(baseUrl()).origin;
	return requests.filter((url) => {
		if (url.startsWith('data:') || url.startsWith('blob:')) return false;
		return new URL(url).origin !== origin;
	});
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Runs axe-core on the current page and returns the violations whose impact is serious or
 * critical. Minor and moderate findings are left to review rather than failing the build.
 */
export async function checkA11y(page: Page): Promise<AxeViolation[]> {
	if (!(await page.evaluate(() => window.axe !== undefined))) {
		// Evaluated through the DevTools protocol rather than added as an inline <script>, which
		// the site's Content-Security-Policy rightly refuses.
		await page.evaluate(axeSource);
	}
	const results: AxeResults = await page.evaluate(() => {
		if (!window.axe) throw new Error('axe-core did not load');
		return window.axe.run(document, { resultTypes: ['violations'] });
	});
	return results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical'
	);
}

/** Formats axe violations as readable lines for an assertion message. */
export function formatViolations(violations: readonly AxeViolation[]): string {
	return violations
		.map((violation) => {
			const targets = violation.nodes
				.slice(0, 5)
				.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
				.join('\n');
			return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}`;
		})
		.join('\n');
}

/**
 * Opens `path` with the bundled pay data held back until `release()` is called, as on a slow
 * connection: the page's frame can be checked before any figure arrives.
 */
export async function openWithDataHeld(
	browser: Browser,
	path: string,
	viewport: Viewport = { width: 1400, height: 1000 }
): Promise<OpenedPage & { release: () => void }> {
	const context = await browser.newContext({
		viewport,
		locale: 'en-US',
		timezoneId: 'UTC',
		reducedMotion: 'reduce'
	});
	onTestFinished(() => context.close());
	const errors: string[] = [];
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await context.route('**/levelsfyi-cells*.json', async (route) => {
		await held;
		await route.continue();
	});
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
	await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href);
	await waitForHydration(page, errors);
	return { page, context, errors, requests, release };
}

/**
 * Saves a PNG under tests/e2e/screenshots/ for a person to look at: the whole scrollable page
 * for a Page (or only what the viewport shows, with `fullPage: false`, to see sticky parts as a
 * reader does), the element's box for a Locator. Returns the file path.
 */
export async function saveScreenshot(
	target: Page | Locator,
	name: string,
	{ fullPage = true } = {}
): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const path = `${SCREENSHOT_DIR}${name.replace(/[^\w.-]+/g, '-')}.png`;
	if (isPage(target)) await target.screenshot({ path, fullPage, animations: 'disabled' });
	else await target.screenshot({ path, animations: 'disabled' });
	return path;
}

function isPage(target: Page | Locator): target is Page {
	return typeof (target as Page).goto === 'function';
}

/** The upload page's import report counts (read, imported, rejected, skipped), by name. */
export async function readImportCounts(page: Page): Promise<Record<string, number>> {
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

/** A band chart's svg (the explorer's ladder, /me's and the brief's), once its bands are drawn. */
export async function waitForLadder(page: Page): Promise<Locator> {
	const chart = page.getByRole('img', { name: /IC vs EM .* by level/ });
	await chart.locator('g.band').first().waitFor();
	return chart;
}
