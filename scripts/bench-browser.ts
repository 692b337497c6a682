/**
 * Browser speed figures for the explorer, printed, never asserted. Builds nothing: run
 * `npx vite build` first. Serves build/ with scripts/static-server.js on a loopback port and
 * drives the system Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core.
 *
 * 1. Navigation → first chart drawn: median and p95 over 10 fresh loads of `/`, measured inside
 *    the page as performance.now() (0 = navigation start) when a `g.band` mark first exists.
 * 2. Filter change → chart updated, on the ladder view with the bundled data loaded, two ways:
 *    a. keypress → next paint: 50 arrow-key presses on the focused Company type select (real,
 *       trusted input), each read from the browser's Event Timing entry for the keydown — the
 *       time from the key event to the next frame painted after its handlers ran, as Chrome's
 *       Interaction to Next Paint measures it (reported in 8 ms steps). Presses are 150 ms apart,
 *       as a person's are, so each one is timed on its own.
 *    b. the older in-page figure: from just before a synthetic change event to the animation
 *       frame after the one in which the DOM shows the new bands (so one frame more than 2a,
 *       and back-to-back changes, so each also pays for the previous change's URL update).
 * 3. Initial JavaScript of the home page, gzip: every script build/index.html loads or
 *    modulepreloads, plus their static imports (lazy chunks such as the level catalog excluded).
 *
 * Run: npx tsx scripts/bench-browser.ts
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticServer } from './static-server.js';

const BUILD = resolve(dirname(fileURLToPath(import.meta.url)), '../build');
const LOADS = 10;
/** tsx compiles named functions with an `__name` helper that the page does not have. */
const KEEP_NAMES_SHIM = 'window.__name = (f) => f;';
const CHANGES = 50;

const quantile = (xs: number[], p: number) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Scripts the home page loads before any interaction, and the gzip size of each. */
function initialJs(): { files: string[]; gzipBytes: number } {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const queue = [...html.matchAll(/\.\/(_app\/immutable\/[^"'\s]+\.js)/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const source = readFileSync(join(BUILD, file), 'utf8');
		// Static imports only (`import … from "./x.js"` and `import "./x.js"`); import() is lazy.
		for (const m of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			queue.push(join(dirname(file), m[1]!).replace(/\\/g, '/'));
		}
	}
	const files = [...seen].sort();
	const gzipBytes = files.reduce(
		(sum, file) => sum + gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length,
		0
	);
	return { files, gzipBytes };
}

const server = createStaticServer(BUILD);
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	]
});

try {
	// 1. Navigation → first chart drawn, in a fresh context each time (cold cache).
	const firstChart: number[] = [];
	const dataChart: number[] = [];
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		await context.addInitScript({ content: KEEP_NAMES_SHIM });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __firstBand?: number };
			new MutationObserver((_, observer) => {
				if (document.querySelector('g.band')) {
					w.__firstBand = performance.now();
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(base);
		await page.waitForFunction(
			() => (window as unknown as { __firstBand?: number }).__firstBand !== undefined
		);
		firstChart.push(
			await page.evaluate(() => (window as unknown as { __firstBand: number }).__firstBand)
		);
		// The same chart redrawn from the fetched dataset (the company select lists companies then).
		await page.waitForFunction(() => document.querySelectorAll('#company option').length > 1);
		dataChart.push(await page.evaluate(() => performance.now()));
		await context.close();
	}

	// 2. Filter change → chart updated, on one page with the data loaded.
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	await context.addInitScript({ content: KEEP_NAMES_SHIM });
	const page = await context.newPage();
	await page.goto(base);
	await page.waitForFunction(() => document.querySelectorAll('#company option').length > 1);
	const changes: number[] = await page.evaluate(async (count) => {
		const select = document.querySelector<HTMLSelectElement>('#company-type')!;
		const types = [...select.options].map((o) => o.value);
		const signature = () =>
			[...document.querySelectorAll('g.band')].map((g) => g.getAttribute('data-p50')).join();
		const times: number[] = [];
		for (let i = 0; i < count; i++) {
			const before = signature();
			const start = performance.now();
			select.value = types[(i + 1) % types.length]!;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise<void>((done) => {
				const poll = () =>
					signature() !== before
						? requestAnimationFrame(() => done())
						: requestAnimationFrame(poll);
				poll();
			});
			times.push(performance.now() - start);
		}
		return times;
	}, CHANGES);
	await context.close();

	// 2a. Keypress → next paint, from Event Timing (see the header).
	const inpContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	await inpContext.addInitScript({ content: KEEP_NAMES_SHIM });
	const inpPage = await inpContext.newPage();
	await inpPage.goto(base);
	await inpPage.waitForFunction(() => document.querySelectorAll('#company option').length > 1);
	await inpPage.evaluate(() => {
		const w = window as unknown as { __keydowns: number[] };
		w.__keydowns = [];
		// 16 ms is the smallest threshold the API allows; a press not reported took less.
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (entry.name === 'keydown') w.__keydowns.push(entry.duration);
		}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
	});
	await inpPage.focus('#company-type');
	const typeCount = await inpPage.locator('#company-type option').count();
	for (let i = 0; i < CHANGES; i++) {
		// Walk down the list and back up, so every press changes the company type.
		const step = Math.floor(i / (typeCount - 1)) % 2 === 0 ? 'ArrowDown' : 'ArrowUp';
		const before = await inpPage.locator('#company-type').inputValue();
		await inpPage.keyboard.press(step);
		await inpPage.waitForFunction(
			(value) => (document.querySelector('#company-type') as HTMLSelectElement).value !== value,
			before
		);
		await inpPage.waitForTimeout(150);
	}
	const reported: number[] = await inpPage.evaluate(
		() => (window as unknown as { __keydowns: number[] }).__keydowns
	);
	await inpContext.close();
	// Presses under 16 ms are not reported: count them as 16 ms (an upper bound).
	const keypress = [...reported, ...Array<number>(Math.max(0, CHANGES - reported.length)).fill(16)];

	const js = initialJs();
	console.log('Forkline browser bench (Chromium, built app, bundled data)');
	console.log(
		`  navigation → first chart drawn (prerendered bands): ` +
			`median ${ms(quantile(firstChart, 0.5))}, ` +
			`p95 ${ms(quantile(firstChart, 0.95))} over ${LOADS} loads`
	);
	console.log(
		`  navigation → bundled data loaded and every filter live: median ${ms(quantile(dataChart, 0.5))}, p95 ${ms(quantile(dataChart, 0.95))}`
	);
	console.log(
		`  filter change, keypress → next paint (Event Timing): ` +
			`median ${ms(quantile(keypress, 0.5))}, ` +
			`p95 ${ms(quantile(keypress, 0.95))} over ${CHANGES} presses ` +
			`(${CHANGES - reported.length} under 16 ms)`
	);
	console.log(
		`  filter change → frame after the chart changed (in-page, ` +
			`back to back): median ${ms(quantile(changes, 0.5))}, ` +
			`p95 ${ms(quantile(changes, 0.95))} over ${CHANGES} changes`
	);
	console.log(
		`  initial JavaScript of /: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files.length} files`
	);
} finally {
	await browser.close();
	server.closeAllConnections();
	server.close();
}
