// A small static file server for the directory that adapter-static writes (build/).
// It is used by `npm start` and by the e2e tests, so it has no dependencies beyond node:http.
// It resolves URLs the way our SvelteKit config emits files (trailingSlash 'never'):
//   /            → index.html
//   /data        → data.html, or data/index.html when there is no data.html
//   /favicon.svg → favicon.svg
// Anything else gets a 404 page. Only GET and HEAD are answered.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types for the files a SvelteKit static build and our data downloads contain. */
const MIME_TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
});

/** Hashed files under /_app/immutable/ never change, so browsers may keep them for a year. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Returns the content type for a file name, falling back to a download-safe binary type.
 * @param {string} file
 * @returns {string}
 * @example contentTypeFor('data.csv') // → 'text/csv; charset=utf-8'
 */
export function contentTypeFor(file) {
	return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turns the path part of a request URL into safe, decoded path segments, or null when the path is
 * malformed or tries to leave the served directory. Decoding happens before the check, so encoded
 * forms such as `%2e%2e`, `%2f` and `%5c` are caught too.
 * @param {string} rawPath the request path without query string, e.g. '/data'
 * @returns {string[] | null}
 * @example toSafeSegments('/a/b.html') // → ['a', 'b.html']
 * @example toSafeSegments('/%2e%2e/etc/passwd') // → null
 */
export function toSafeSegments(rawPath) {
	/** @type {string} */
	let decoded;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return null;
	}
	if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
	const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
	if (segments.some((segment) => segment === '..')) return null;
	return segments;
}

/**
 * Returns the stats of a regular file, or null when the path is missing or not a file.
 * @param {string} file
 */
async function statFile(file) {
	try {
		const info = await stat(file);
		return info.isFile() ? info : null;
	} catch {
		return null;
	}
}

/**
 * Finds the file that answers a URL path: the exact file, then `<path>.html`, then
 * `<path>/index.html`, which is the order adapter-static's output needs with trailingSlash 'never'.
 * @param {string} root absolute directory being served
 * @param {string[]} segments safe path segments from toSafeSegments
 * @returns {Promise<{ file: string, size: number } | null>}
 */
async function findFile(root, segments) {
	const base = join(root, ...segments);
	const candidates =
		segments.length === 0
			? [join(root, 'index.html')]
			: [base, `${base}.html`, join(base, 'index.html')];
	for (const candidate of candidates) {
		// toSafeSegments already refused '..'; this check is a second line of defence.
		if (candidate !== root && !candidate.startsWith(root + sep)) return null;
		const info = await statFile(candidate);
		if (info) return { file: candidate, size: info.size };
	}
	return null;
}

/**
 * Picks the Cache-Control header. Hashed assets are cached for good. HTML and every other file
 * (favicon, data downloads) are revalidated on each load, so a rebuild shows at once.
 * @param {string} urlPath
 */
function cacheControlFor(urlPath) {
	return urlPath.startsWith('/_app/immutable/') ? IMMUTABLE_CACHE : 'no-cache';
}

/** Fallback 404 body for builds that have no 404.html of their own. */
const NOT_FOUND_HTML = `<!doctype html>
<html lang="en">
	<head><meta charset="utf-8" /><title>Not found · Forkline</title></head>
	<body><main><h1>Page not found</h1><p><a href="/">Back to Forkline</a></p></main></body>
</html>
`;

/**
 * Creates (but does not start) an HTTP server for a static build directory. The caller decides
 * where it listens, e.g. `createStaticServer('build').listen(4173, '127.0.0.1')`.
 * @param {string} root directory written by adapter-static, e.g. 'build'
 * @returns {import('node:http').Server}
 */
export function createStaticServer(root) {
	const rootDir = resolve(root);

	return createServer(async (req, res) => {
		/**
		 * Sends a small in-memory response.
		 * @param {number} status
		 * @param {string} body
		 * @param {Record<string, string>} [headers]
		 */
		const sendText = (status, body, headers = {}) => {
			const buffer = Buffer.from(body, 'utf8');
			res.writeHead(status, {
				'Content-Type': 'text/plain; charset=utf-8',
				'Content-Length': String(buffer.length),
				'Cache-Control': 'no-cache',
				'X-Content-Type-Options': 'nosniff',
				...headers
			});
			res.end(req.method === 'HEAD' ? undefined : buffer);
		};

		/**
		 * Streams a file from disk with the right headers.
		 * @param {number} status
		 * @param {string} file
		 * @param {number} size
		 * @param {string} urlPath
		 */
		const sendFile = (status, file, size, urlPath) => {
			res.writeHead(status, {
				'Content-Type': contentTypeFor(file),
				'Content-Length': String(size),
				'Cache-Control': status === 200 ? cacheControlFor(urlPath) : 'no-cache',
				'X-Content-Type-Options': 'nosniff'
			});
			if (req.method === 'HEAD') {
				res.end();
				return;
			}
			const stream = createReadStream(file);
			stream.on('error', () => res.destroy());
			stream.pipe(res);
		};

		const sendNotFound = async () => {
			const custom = await statFile(join(rootDir, '404.html'));
			if (custom) sendFile(404, join(rootDir, '404.html'), custom.size, '/404.html');
			else sendText(404, NOT_FOUND_HTML, { 'Content-Type': 'text/html; charset=utf-8' });
		};

		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				sendText(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
				return;
			}

			const requestUrl = req.url ?? '/';
			const queryStart = requestUrl.search(/[?#]/);
			const rawPath = queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart);
			const query = queryStart === -1 ? '' : requestUrl.slice(queryStart);

			const segments = toSafeSegments(rawPath);
			if (segments === null) {
				sendText(400, 'Bad request\n');
				return;
			}

			// trailingSlash 'never': pages use relative asset URLs, so /data/ must become /data
			// or ./_app/… would resolve under /data/.
			if (rawPath.length > 1 && rawPath.endsWith('/')) {
				const location = '/' + segments.map(encodeURIComponent).join('/') + query;
				sendText(308, `Redirecting to ${location}\n`, { Location: location });
				return;
			}

			const found = await findFile(rootDir, segments);
			if (found) sendFile(200, found.file, found.size, '/' + segments.join('/'));
			else await sendNotFound();
		} catch (error) {
			if (res.headersSent) res.destroy();
			else sendText(500, 'Internal server error\n');
			console.error(error);
		}
	});
}
