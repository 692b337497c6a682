import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRACKS } from '$lib/data/domain';
import {
	THEME_NAMES,
	TRACK_COLOR_VARS,
	contrastRatio,
	createTokenCss,
	themes,
	toCustomProperties,
	type ThemeName
} from './theme';

const appCss = readFileSync(fileURLToPath(new URL('../app.css', import.meta.url)), 'utf8');

/** One CSS rule with the at-rules it sits in, e.g. `@media screen` > `:root[data-theme='dark']`. */
interface CssRule {
	context: string;
	declarations: Map<string, string>;
}

/**
 * A small CSS reader, enough for our token block: comments are dropped, nested blocks are
 * followed, and each rule keeps the chain of preludes it sits in as its context.
 */
function parseRules(css: string): CssRule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: CssRule[] = [];
	const stack: string[] = [];
	let buffer = '';
	for (const char of text) {
		if (char === '{') {
			stack.push(normalizeSpace(buffer));
			buffer = '';
		} else if (char === '}') {
			const declarations = new Map<string, string>();
			for (const declaration of buffer.split(';')) {
				const colon = declaration.indexOf(':');
				if (colon < 0) continue;
				declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
			}
			if (declarations.size > 0) rules.push({ context: stack.join(' > '), declarations });
			stack.pop();
			buffer = '';
		} else {
			buffer += char;
		}
	}
	return rules;
}

function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function tokenBlock(css: string): string {
	const match = /\/\* tokens:start \*\/([\s\S]*?)\/\* tokens:end \*\//.exec(css);
	if (!match?.[1]) throw new Error('app.css has no /* tokens:start */ … /* tokens:end */ block.');
	return match[1];
}

/** Where each theme must be declared in app.css, as parsed contexts. */
const EXPECTED_CONTEXTS: { context: string; theme: ThemeName }[] = [
	{ context: ":root, :root[data-theme='light']", theme: 'light' },
	{
		context: "@media screen and (prefers-color-scheme: dark) > :root:not([data-theme='light'])",
		theme: 'dark'
	},
	{ context: "@media screen > :root[data-theme='dark']", theme: 'dark' }
];

describe('app.css agrees with theme.ts', () => {
	const rules = parseRules(tokenBlock(appCss));

	it('declares exactly the light and dark rules, in order', () => {
		expect(rules.map((rule) => rule.context)).toEqual(EXPECTED_CONTEXTS.map((e) => e.context));
	});

	it.each(EXPECTED_CONTEXTS)('$context holds every $theme token with the theme.ts value', (e) => {
		const rule = rules.find((r) => r.context === e.context);
		const expected = new Map([
			['color-scheme', e.theme],
			...Object.entries(toCustomProperties(themes[e.theme]))
		]);
		expect(rule?.declarations).toEqual(expected);
	});

	it('matches the generated block, so a paste of createTokenCss() is all a change needs', () => {
		expect(normalizeSpace(tokenBlock(appCss))).toBe(normalizeSpace(createTokenCss()));
	});

	it('writes no colour literal outside the token block', () => {
		const rest = appCss.replace(tokenBlock(appCss), '');
		expect(rest.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi)).toBeNull();
	});
});

describe('tokens', () => {
	it('names a custom property for every track, and app.css declares it', () => {
		const rules = parseRules(tokenBlock(appCss));
		const declared = new Set(rules.flatMap((rule) => [...rule.declarations.keys()]));
		const referenced = TRACKS.map((t) => TRACK_COLOR_VARS[t]).map(
			(v) => /^var\((--[a-z-]+)\)$/.exec(v)?.[1]
		);
		expect(referenced.every((name) => name !== undefined && declared.has(name))).toBe(true);
	});

	it('flattens camelCase names into custom properties', () => {
		const properties = toCustomProperties(themes.light);
		expect(properties['--ic']).toBe(themes.light.ic);
		expect(Object.keys(properties).every((name) => /^--[a-z]+(-[a-z]+)*$/.test(name))).toBe(true);
	});

	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
		expect(() => contrastRatio('blue', '#ffffff')).toThrow(TypeError);
	});

	describe.each(THEME_NAMES)('%s theme', (name) => {
		const t = themes[name];
		const grounds = { bg: t.bg, surface: t.surface };

		it.each(Object.entries(grounds))('text and muted reach 4.5:1 on %s', (_, ground) => {
			expect(contrastRatio(t.text, ground)).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(t.muted, ground)).toBeGreaterThanOrEqual(4.5);
		});

		it.each(Object.entries(grounds))('every mark colour reaches 3:1 on %s', (_, ground) => {
			const marks = [t.ic, t.em, t.focus];
			const weakest = Math.min(...marks.map((colour) => contrastRatio(colour, ground)));
			expect(weakest).toBeGreaterThanOrEqual(3);
		});

		it('keeps the two tracks apart', () => {
			expect(t.ic).not.toBe(t.em);
		});
	});
});
