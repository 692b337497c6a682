// `npm start`: build Forkline if the build is missing or stale, then serve build/ on this machine.
// Usage: npm start            (http://localhost:4173/)
//        PORT=8080 npm start  (another port)

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './static-server.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildIndex = join(projectRoot, 'build', 'index.html');

/** Everything whose change means the build is out of date. */
const SOURCE_DIRS = ['src', 'static', 'data'];
const SOURCE_FILES = ['svelte.config.js', 'vite.config.ts', 'package.json'];

/**
 * Returns the newest modification time (ms) of a file or of any file under a directory,
 * or 0 when the path does not exist.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of readdirSync(path)) {
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

/**
 * Explains why a build is needed, or returns null when build/index.html is newer than every source.
 * @returns {string | null}
 */
function reasonToBuild() {
	if (!existsSync(buildIndex)) return 'no build yet';
	const builtAt = statSync(buildIndex).mtimeMs;
	const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => join(projectRoot, name));
	const newestSource = Math.max(...sources.map(newestMtime));
	return newestSource > builtAt ? 'sources changed since the last build' : null;
}

/**
 * Reads PORT from the environment, defaulting to 4173, and exits with a message if it is invalid.
 * @returns {number}
 */
function readPort() {
	const raw = process.env.PORT ?? '4173';
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port > 65535) {
		console.error(`PORT must be a whole number from 0 to 65535, but it is "${raw}".`);
		process.exit(1);
	}
	return port;
}

const port = readPort();

// Step 1: make sure build/ matches the sources, so `npm start` never serves an old page.
const reason = reasonToBuild();
if (reason) {
	console.log(`Building Forkline (${reason})…`);
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: projectRoot,
		stdio: 'inherit',
		shell: process.platform === 'win32'
	});
	if (result.error) {
		console.error(`Could not run "npm run build": ${result.error.message}`);
		process.exit(1);
	}
	if (result.status !== 0 || !existsSync(buildIndex)) {
		console.error('The build failed, so there is nothing to serve. See the errors above.');
		process.exit(result.status || 1);
	}
}

// Step 2: serve build/ on the loopback interface only; nothing is exposed to the network.
const server = createStaticServer(join(projectRoot, 'build'));

server.on('error', (error) => {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	if (code === 'EADDRINUSE') {
		console.error(
			`Port ${port} is already in use, so Forkline cannot start there.\n` +
				`Stop the program using it, or pick another port: PORT=${port + 1} npm start`
		);
	} else if (code === 'EACCES') {
		console.error(`Not allowed to listen on port ${port}. Try one above 1024: PORT=4173 npm start`);
	} else {
		console.error(`Could not start the server: ${error.message}`);
	}
	process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	console.log(`Forkline is running at http://localhost:${actualPort}/`);
	console.log('Press Ctrl-C to stop.');
});

// Step 3: Ctrl-C (or a service manager's SIGTERM) closes open connections and exits with 0.
let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
	if (stopping) process.exit(0);
	stopping = true;
	console.log(signal === 'SIGINT' ? '\nStopping Forkline.' : 'Stopping Forkline.');
	server.close(() => process.exit(0));
	server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
