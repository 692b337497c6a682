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
 *    Target ≤ 100 KB.
 * 4. Each source's aggregate: data/bundled/<file> gzipped (level 9) and the bytes the browser
 *    is sent for it (the built asset, precompressed; sirv sends brotli to Chromium), target
 *    ≤ 300 KB gzip. Fetched only when the source is chosen.
 * 5. Switching source, with both sources' aggregates already fetched: from just before the header's
 *    data select changes to the animation frame after the one in which the DOM shows the new
 *    source's bands (each source's bands recorded first, so an empty or half-drawn chart does not
 *    count), over 12 switches between levels.fyi 2017–2021 and its later reports (the two
 *    largest aggregates). Target < 300 ms median.
 * 6. /evidence, navigation → first table rendered (the frame after the matrix table is in the DOM):
 *    a fresh load of the page (cold cache, its prerendered HTML), and a click on the header's
 *    Evidence link from the explorer (the client-side route: its data and code fetched), median
 *    of 10 each. Target < 1 s.
 *
 * Run: npx tsx scripts/bench-browser.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { SOURCES } from '../src/lib/data/sources/registry.ts';
import { createStaticServer } from './static-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build');
const BUNDLED = join(ROOT, 'data/bundled');
const SWITCHES = 12;
/** The two sources switched between: the two largest aggregates. */
const SWITCH_PAIR = ['levelsfyi', 'levelsfyi-2022'] as const;
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

/** Each source's aggregate: its file in data/bundled/ and the built asset the browser fetches. */
function aggregateSizes(): { id: string; rawBytes: number; gzipBytes: number; asset: string }[] {
	const assets = readdirSync(join(BUILD, '_app/immutable/assets'));
	return SOURCES.map((source) => {
		const raw = readFileSync(join(BUNDLED, source.file));
		// Vite names the asset <name>.<hash>.json; the name is matched whole, so that
		// levelsfyi-cells does not find levelsfyi-2022-cells.
		const stem = source.file.replace(/\.json$/, '');
		const asset = assets.find((a) => new RegExp(`^${stem}\\.[\\w-]+\\.json$`).test(a));
		return {
			id: source.id,
			rawBytes: raw.length,
			gzipBytes: gzipSync(raw, { level: 9 }).length,
			asset: asset ? `_app/immutable/assets/${asset}` : ''
		};
	});
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

	// 4. What the browser is sent for each source's aggregate (the server picks the encoding).
	const sizes = aggregateSizes();
	const served = new Map<string, { bytes: number; encoding: string }>();
	{
		const sizeContext = await browser.newContext();
		const sizePage = await sizeContext.newPage();
		await sizePage.goto(base);
		for (const size of sizes) {
			if (!size.asset) continue;
			const response = await sizePage.request.get(base + size.asset, {
				headers: { 'Accept-Encoding': 'br, gzip' }
			});
			const body = await response.body();
			served.set(size.id, {
				bytes: Number(response.headers()['content-length'] ?? body.length),
				encoding: response.headers()['content-encoding'] ?? 'none'
			});
		}
		await sizeContext.close();
	}

	// 5. Switching source with both aggregates cached, on the ladder view.
	const switchContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	await switchContext.addInitScript({ content: KEEP_NAMES_SHIM });
	const switchPage = await switchContext.newPage();
	await switchPage.goto(base);
	await switchPage.waitForFunction(() => document.querySelectorAll('#company option').length > 1);
	const switches: number[] = await switchPage.evaluate(
		async ({ pair, count }) => {
			const select = document.querySelector<HTMLSelectElement>('#dataset-choice')!;
			const signature = () =>
				[...document.querySelectorAll('g.band')].map((g) => g.getAttribute('data-p50')).join();
			const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
			/** Change the select and resolve, one frame after the DOM shows `until`'s bands, with the time taken. */
			const change = async (id: string, until: (sig: string) => boolean) => {
				const start = performance.now();
				select.value = id;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				for (let frames = 0; !until(signature()); frames++) {
					if (frames > 600) throw new Error(`source ${id}: the bands did not change`);
					await nextFrame();
				}
				await nextFrame();
				return performance.now() - start;
			};
			// Fetch the second source and record each source's bands (both drawn, not empty).
			const first = signature();
			await change(pair[1], (sig) => sig !== '' && sig !== first);
			const second = signature();
			if (first === '' || second === first) throw new Error('the two sources draw the same bands');
			const expected = new Map([
				[pair[0], first],
				[pair[1], second]
			]);
			const times: number[] = [];
			for (let i = 0; i < count; i++) {
				const id = pair[i % 2];
				times.push(await change(id, (sig) => sig === expected.get(id)));
				// A pause between switches, as a person's, so URL updates do not queue up.
				await new Promise((done) => setTimeout(done, 150));
			}
			return times;
		},
		{ pair: SWITCH_PAIR, count: SWITCHES }
	);
	await switchContext.close();

	// 6. /evidence: navigation → first table rendered, loaded fresh and reached by a click.
	const watchTable = () => {
		const w = window as unknown as { __firstTable?: number };
		const seen = () => {
			if (!document.querySelector('.evidence table')) return false;
			requestAnimationFrame(() => (w.__firstTable ??= performance.now()));
			return true;
		};
		if (!seen())
			new MutationObserver((_, observer) => {
				if (seen()) observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
	};
	const evidenceLoad: number[] = [];
	const evidenceClick: number[] = [];
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		await context.addInitScript({ content: KEEP_NAMES_SHIM });
		const page = await context.newPage();
		await page.addInitScript(watchTable);
		await page.goto(base + 'evidence');
		await page.waitForFunction(
			() => (window as unknown as { __firstTable?: number }).__firstTable !== undefined
		);
		evidenceLoad.push(
			await page.evaluate(() => (window as unknown as { __firstTable: number }).__firstTable)
		);
		// From the explorer, fully loaded, a click on the header's link (client-side navigation).
		await page.goto(base);
		await page.waitForFunction(() => document.querySelectorAll('#company option').length > 1);
		evidenceClick.push(
			await page.evaluate(async () => {
				const start = performance.now();
				document.querySelector<HTMLAnchorElement>('header a[href$="/evidence"]')!.click();
				for (let frames = 0; !document.querySelector('.evidence table'); frames++) {
					if (frames > 1200) throw new Error('/evidence: no table after the click');
					await new Promise<void>((done) => requestAnimationFrame(() => done()));
				}
				await new Promise<void>((done) => requestAnimationFrame(() => done()));
				return performance.now() - start;
			})
		);
		await context.close();
	}

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
		`  initial JavaScript of /: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files.length} files (target ≤ 100 KB)`
	);
	console.log("  each source's aggregate, loaded when chosen (target ≤ 300 KB gzip):");
	for (const size of sizes) {
		const sent = served.get(size.id);
		console.log(
			`    ${size.id}: ${(size.rawBytes / 1024).toFixed(1)} KB, ${(size.gzipBytes / 1024).toFixed(1)} KB gzip; ` +
				(sent
					? `the browser is sent ${(sent.bytes / 1024).toFixed(1)} KB (${sent.encoding})`
					: 'no built asset found')
		);
	}
	console.log(
		`  switching source (${SWITCH_PAIR.join(' ↔ ')}, aggregates cached) → frame after the new bands: ` +
			`median ${ms(quantile(switches, 0.5))}, p95 ${ms(quantile(switches, 0.95))} over ${SWITCHES} switches (target < 300 ms)`
	);
	console.log(
		`  /evidence, navigation → first table rendered (target < 1 s): fresh load median ${ms(quantile(evidenceLoad, 0.5))}, ` +
			`p95 ${ms(quantile(evidenceLoad, 0.95))}; click from the explorer median ${ms(quantile(evidenceClick, 0.5))}, ` +
			`p95 ${ms(quantile(evidenceClick, 0.95))} (${LOADS} each)`
	);
} finally {
	await browser.close();
	server.closeAllConnections();
	server.close();
}
