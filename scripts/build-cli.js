// Compiles the command line (src/cli/forkline.ts and the data layer it imports) into one plain
// JavaScript file, dist/forkline.js, which package.json's "bin" names. It runs on `npm ci` and
// `npm install` (the "prepare" script), so the CLI starts without a TypeScript compiler.
// `--if-stale` skips the build when dist/forkline.js is newer than every source it is built from.
//
//   node scripts/build-cli.js [--if-stale]

import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'forkline.js');
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
await build({
	entryPoints: [join(root, 'src', 'cli', 'forkline.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// DuckDB is a native module with its own platform package: loaded from node_modules, and only
	// when the DuckDB engine runs.
	external: ['@duckdb/node-api'],
	define: { FORKLINE_VERSION: JSON.stringify(version) },
	banner: {
		// papaparse is CommonJS; the bundle gives it a require of its own.
		js: "#!/usr/bin/env node\nimport { createRequire as __forklineRequire } from 'node:module';\nconst require = __forklineRequire(import.meta.url);"
	},
	tsconfigRaw: { compilerOptions: {} },
	minify: true,
	legalComments: 'none',
	logLevel: 'warning'
});
chmodSync(outfile, 0o755);
