// The static server for the directory adapter-static writes (build/), used by `npm start`, the
// e2e tests and the browser bench. Files are served by sirv (the server under `vite preview`),
// including adapter-static's precompressed .br and .gz files to browsers that accept them.
// Around it this module adds only what a static host's configuration would:
//   - the Content-Security-Policy as a real HTTP header: for each page the policy SvelteKit wrote
//     into its <meta> tag (with the hashes of that page's inline script), and for every other file
//     (the ingest worker's script among them: a worker's policy comes from its own response) the
//     same policy without page hashes; `frame-ancestors 'none'` on all, which a <meta> cannot set;
//   - the other security headers (nosniff, no referrer, no framing, same-origin opener);
//   - caching: hashed files under /_app/immutable/ for a year, everything else revalidated;
//   - trailingSlash 'never': /data/ redirects to /data; only GET and HEAD are answered.

import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** Headers every response carries. */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Every HTML file under `root`, relative with forward slashes, e.g. 'index.html', 'claims.html'.
 * @param {string} root
 * @returns {string[]}
 */
function htmlFiles(root) {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => name.split(sep).join('/'));
}

/**
 * A policy without the page-specific script hashes and nonces, for files that are not pages.
 * @param {string} policy
 * @example withoutHashes("script-src 'self' 'sha256-abc='") // → "script-src 'self'"
 */
export function withoutHashes(policy) {
	return policy
		.split(';')
		.map((directive) =>
			directive
				.trim()
				.split(/\s+/)
				.filter((source) => !/^'(sha(256|384|512)|nonce)-/.test(source))
				.join(' ')
		)
		.filter((directive) => directive !== '')
		.join('; ');
}

/**
 * The policy for each page (keyed by the URL paths that reach it) and for everything else.
 * @param {string} root
 */
function readPolicies(root) {
	/** @type {Map<string, string>} */
	const byPath = new Map();
	let base = "default-src 'self'; object-src 'none'; base-uri 'self'";
	for (const file of htmlFiles(root)) {
		const policy = META_CSP.exec(readFileSync(join(root, file), 'utf8'))?.[1];
		if (!policy) continue;
		const path = '/' + file.replace(/\.html$/, '');
		byPath.set(path, policy);
		byPath.set(`${path}.html`, policy);
		if (path.endsWith('/index')) byPath.set(path.slice(0, -'index'.length) || '/', policy);
		if (file === 'index.html') base = withoutHashes(policy);
	}
	const withFrames = (/** @type {string} */ policy) => `${policy}; frame-ancestors 'none'`;
	return {
		/** @param {string} path */
		policyFor: (path) => withFrames(byPath.get(path) ?? base)
	};
}

/**
 * Creates (but does not start) an HTTP server for a static build directory. The caller decides
 * where it listens, e.g. `createStaticServer('build').listen(4173, '127.0.0.1')`.
 * @param {string} root directory written by adapter-static, e.g. 'build'
 * @returns {import('node:http').Server}
 */
export function createStaticServer(root) {
	const rootDir = resolve(root);
	const { policyFor } = readPolicies(rootDir);
	/** @param {import('node:http').ServerResponse} res @param {string} path */
	const setCommonHeaders = (res, path) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		res.setHeader('Content-Security-Policy', policyFor(path));
	};
	const notFoundPage = join(rootDir, '404.html');
	const serve = sirv(rootDir, {
		brotli: true,
		gzip: true,
		etag: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			setCommonHeaders(res, pathname);
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? IMMUTABLE_CACHE : 'no-cache'
			);
		},
		onNoMatch(req, res) {
			setCommonHeaders(res, '/404');
			res.statusCode = 404;
			res.setHeader('Cache-Control', 'no-cache');
			try {
				const body = readFileSync(notFoundPage);
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(req.method === 'HEAD' ? undefined : body);
			} catch {
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end(req.method === 'HEAD' ? undefined : 'Page not found\n');
			}
		}
	});

	return createServer((req, res) => {
		const url = req.url ?? '/';
		const queryStart = url.search(/[?#]/);
		const path = queryStart === -1 ? url : url.slice(0, queryStart);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			setCommonHeaders(res, path);
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed\n');
			return;
		}
		// trailingSlash 'never': pages use relative asset URLs, so /data/ must become /data or
		// ./_app/… would resolve under /data/.
		if (path.length > 1 && path.endsWith('/') && !path.startsWith('//')) {
			setCommonHeaders(res, path);
			const location = path.replace(/\/+$/, '') + (queryStart === -1 ? '' : url.slice(queryStart));
			res.writeHead(308, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Redirecting to ${location}\n`);
			return;
		}
		serve(req, res);
	});
}
