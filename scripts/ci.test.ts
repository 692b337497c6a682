/**
 * CI runs what the README tells a newcomer to run: the test command of the quick start, as
 * written, with `npm ci` so that a lock file out of step with package.json fails the run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './node-catalogs.ts';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const ciRun = readFileSync(resolve(ROOT, '.ci/run'), 'utf8');
/** The shell commands of the README's quick start, in order. */
const quickStart = [
	...readme
		.slice(
			readme.indexOf('## Quick start'),
			readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1)
		)
		.matchAll(/```sh\n([^\n]+)\n```/g)
].map((m) => m[1]!);

describe('the README quick start and .ci/run', () => {
	it('gives two commands, both installing with npm ci', () => {
		expect(quickStart).toEqual(['npm ci && npm start', 'npm ci && npm test']);
	});

	it('is what .ci/run runs, as its last command', () => {
		const commands = ciRun
			.split('\n')
			.filter((line) => line.trim() !== '' && !/^\s*(#|echo|fi|then|else)/.test(line));
		expect(commands.at(-1)).toBe(quickStart[1]);
		expect(ciRun).not.toMatch(/^npm install/m);
	});
});
