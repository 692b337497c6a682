// Global setup for the e2e project: serve the built app (build/) on a free loopback port and hand
// its address to the tests through vitest's provide/inject, so every test drives the real build.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../scripts/static-server.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the static server for build/, with a trailing slash, e.g. 'http://127.0.0.1:41234/'. */
		baseUrl: string;
	}
}

const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(`${buildDir}index.html`)) {
		throw new Error(
			`The e2e tests drive the built app, but ${buildDir}index.html is missing: run npm run build first.`
		);
	}

	const server = createStaticServer(buildDir);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	project.provide('baseUrl', `http://127.0.0.1:${port}/`);

	return async function teardown() {
		// Chromium keeps connections alive; close them so close() does not wait for their timeout.
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	};
}
