/**
 * Browser speed figures for the explorer, printed, never asserted. Builds nothing: run
 * `npx vite build` first. Serves build/ with scripts/static-server.js on a loopback port and
 * drives the system Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core.
 *
 * 1. Navigation → first chart drawn: median and p95 over 10 fresh loads of `/`, measured inside
 *    the page as performance.now() (0 = navigation start) when a `g.band` mark first exists.
 * 2. Filter change → chart updated: median and p95 over 50 changes of the Company type select
 *    on the ladder view with the bundled data loaded, each timed inside the page from just
 *    before the change event to the first animation frame after the DOM shows the new bands.
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
	const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length, 0);
	return { files, gzipBytes };
}

const server = createStaticServer(BUILD);
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
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
		await page.waitForFunction(() => (window as unknown as { __firstBand?: number }).__firstBand !== undefined);
		firstChart.push(await page.evaluate(() => (window as unknown as { __firstBand: number }).__firstBand));
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
		const signature = () => [...document.querySelectorAll('g.band')].map((g) => g.getAttribute('data-p50')).join();
		const times: number[] = [];
		for (let i = 0; i < count; i++) {
			const before = signature();
			const start = performance.now();
			select.value = types[(i + 1) % types.length]!;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise<void>((done) => {
				const poll = () => (signature() !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(poll));
				poll();
			});
			times.push(performance.now() - start);
		}
		return times;
	}, CHANGES);
	await context.close();

	const js = initialJs();
	console.log('Forkline browser bench (Chromium, built app, bundled data)');
	console.log(`  navigation → first chart drawn (prerendered bands): median ${ms(quantile(firstChart, 0.5))}, p95 ${ms(quantile(firstChart, 0.95))} over ${LOADS} loads`);
	console.log(`  navigation → bundled data loaded and every filter live: median ${ms(quantile(dataChart, 0.5))}, p95 ${ms(quantile(dataChart, 0.95))}`);
	console.log(`  filter change → chart updated: median ${ms(quantile(changes, 0.5))}, p95 ${ms(quantile(changes, 0.95))} over ${CHANGES} changes (includes one frame)`);
	console.log(`  initial JavaScript of /: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files.length} files`);
} finally {
	await browser.close();
	server.closeAllConnections();
	server.close();
}
