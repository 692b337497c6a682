/**
 * The static server (sirv with the host's headers) on a small build folder written by the test:
 * precompressed files to browsers that accept them, the Content-Security-Policy as a real header
 * on pages and on the worker script, and adapter-static's URL rules.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, withoutHashes } from './static-server.js';

const PAGE_POLICY =
	"default-src 'self'; script-src 'self' 'sha256-AbC123='; worker-src 'self'; object-src 'none'";

let base = '';
let close = () => {};

beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'forkline-build-'));
	const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${PAGE_POLICY}"></head><body>home</body></html>`;
	writeFileSync(join(root, 'index.html'), page);
	writeFileSync(join(root, 'claims.html'), page.replace('home', 'claims'));
	mkdirSync(join(root, '_app', 'immutable', 'workers'), { recursive: true });
	const worker = join(root, '_app', 'immutable', 'workers', 'ingest.worker-x.js');
	const script = 'self.onmessage = () => {};'.repeat(100);
	writeFileSync(worker, script);
	writeFileSync(`${worker}.br`, brotliCompressSync(script));
	writeFileSync(`${worker}.gz`, gzipSync(script));
	const server = createStaticServer(root);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	close = () => {
		server.closeAllConnections();
		server.close();
	};
});
afterAll(() => close());

describe('the static server', () => {
	it('sends each page its own Content-Security-Policy as a header, framing refused', async () => {
		const res = await fetch(`${base}/claims`);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('claims');
		expect(res.headers.get('content-security-policy')).toBe(
			`${PAGE_POLICY}; frame-ancestors 'none'`
		);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('cache-control')).toBe('no-cache');
	});

	it('sends the worker script brotli-compressed, with the policy minus page hashes and a year of caching', async () => {
		const res = await fetch(`${base}/_app/immutable/workers/ingest.worker-x.js`, {
			headers: { 'Accept-Encoding': 'br, gzip' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('vary')).toBe('Accept-Encoding');
		expect(res.headers.get('content-type')).toMatch(/javascript/);
		expect(await res.text()).toMatch(/^self\.onmessage/);
		expect(res.headers.get('content-security-policy')).toBe(
			`${withoutHashes(PAGE_POLICY)}; frame-ancestors 'none'`
		);
		expect(res.headers.get('content-security-policy')).not.toContain('sha256');
		expect(res.headers.get('cache-control')).toContain('immutable');
	});

	it('sends the plain file to a client that accepts no compression', async () => {
		const res = await fetch(`${base}/_app/immutable/workers/ingest.worker-x.js`, {
			headers: { 'Accept-Encoding': 'identity' }
		});
		expect(res.headers.get('content-encoding')).toBeNull();
		expect(await res.text()).toMatch(/^self\.onmessage/);
	});

	it('redirects a trailing slash, answers 404 with the policy, and refuses other methods', async () => {
		const slash = await fetch(`${base}/claims/?x=1`, { redirect: 'manual' });
		expect(slash.status).toBe(308);
		expect(slash.headers.get('location')).toBe('/claims?x=1');
		const missing = await fetch(`${base}/nope`);
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		const post = await fetch(`${base}/`, { method: 'POST' });
		expect(post.status).toBe(405);
		const escape = await fetch(`${base}//evil.example/`, { redirect: 'manual' });
		expect(escape.status).toBe(404);
	});
});
