// Compiles the command line (src/cli/forkline.ts and the data layer it imports) into plain
// JavaScript: dist/forkline.js, which package.json's "bin" names, and the chunks it imports from
// dist/chunks/. It runs on `npm ci` and `npm install` (the "prepare" script), so the CLI starts
// without a TypeScript compiler. The DuckDB engine, with DuckDB's JavaScript API bundled in, is a
// chunk of its own that loads only when that engine runs: the JavaScript engine's start-up never
// pays for it, and DuckDB's start-up does not resolve and read its sixty-odd CommonJS modules.
// `--if-stale` skips the build when dist/forkline.js is newer than every source it is built from.
//
//   node scripts/build-cli.js [--if-stale]

import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
const outfile = join(outdir, 'forkline.js');
const sources = [
	join(root, 'src', 'cli'),
	join(root, 'src', 'lib', 'data'),
	join(root, 'package.json')
];

/**
 * The newest modification time (ms) under a path.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let latest = info.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

if (process.argv.includes('--if-stale') && existsSync(outfile)) {
	const builtAt = statSync(outfile).mtimeMs;
	if (Math.max(...sources.map(newest)) < builtAt) process.exit(0);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Chunks are named by their content's hash: the old ones go, so dist/ holds one build.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
await build({
	entryPoints: { forkline: join(root, 'src', 'cli', 'forkline.ts') },
	outdir,
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// DuckDB's native binding picks its platform's package at run time: loaded from node_modules.
	external: ['@duckdb/node-bindings'],
	define: { FORKLINE_VERSION: JSON.stringify(version) },
	banner: {
		// papaparse and DuckDB's JavaScript API are CommonJS: each file gets a require of its own.
		js: "#!/usr/bin/env node\nimport { createRequire as __forklineRequire } from 'node:module';\nconst require = __forklineRequire(import.meta.url);"
	},
	tsconfigRaw: { compilerOptions: {} },
	minify: true,
	legalComments: 'none',
	logLevel: 'warning'
});
chmodSync(outfile, 0o755);
