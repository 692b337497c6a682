/**
 * Forkline's design tokens: the one source for every colour the app uses.
 *
 * `src/app.css` declares the same values as CSS custom properties (`--ic`, `--em`, `--text`, …)
 * for the light theme, the dark theme (`prefers-color-scheme: dark`) and an explicit
 * `<html data-theme="dark|light">` override. `theme.test.ts` parses app.css and fails when a
 * value there differs from this file, and `createTokenCss()` prints the block to paste back in.
 *
 * Components never use these hex values directly: marks say `var(--ic)` (see `TRACK_COLOR_VARS`),
 * so a theme switch is a pure CSS change. The raw values are here for places CSS cannot reach
 * (canvas, exported images) and for the contrast tests.
 *
 * Colour choices. The track pair is Okabe–Ito blue and vermillion (light) or sky blue and orange
 * (dark): a blue/orange pair stays distinct under the common colour-vision deficiencies, and each
 * colour reaches at least 3:1 against the background and surface of its theme (WCAG 1.4.11 for
 * graphics).
 */
import type { Track } from '$lib/data/domain';

/** The colours of one theme. Names map to CSS custom properties (see `toCustomProperties`). */
export interface ThemeTokens {
	/** Page background. */
	bg: string;
	/** Raised surfaces: tooltips, table stripes, cards. */
	surface: string;
	/** Body text and the strongest chart ink (median ticks, focus ring). */
	text: string;
	/** Secondary text: axis labels, n labels, notes. At least 4.5:1 on bg and surface. */
	muted: string;
	/** Gridlines. */
	grid: string;
	/** Borders of surfaces and the zero line of axes. */
	border: string;
	/** Keyboard focus outline. */
	focus: string;
	/** Individual-contributor track. */
	ic: string;
	/** Engineering-manager track. */
	em: string;
}

export type ThemeName = 'light' | 'dark';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

export const themes: Record<ThemeName, ThemeTokens> = {
	light: {
		bg: '#ffffff',
		surface: '#f6f7f9',
		text: '#1b1e23',
		muted: '#5d6470',
		grid: '#e4e7eb',
		border: '#d5d9df',
		focus: '#1b1e23',
		ic: '#0072b2',
		em: '#d55e00'
	},
	dark: {
		bg: '#111318',
		surface: '#1b1e25',
		text: '#e8eaed',
		muted: '#a3aab5',
		grid: '#2c313a',
		border: '#3a404b',
		focus: '#e8eaed',
		ic: '#56b4e9',
		em: '#e69f00'
	}
};

/** The CSS custom property that holds each track's colour, for use as `fill`/`stroke`/`color`. */
/**
 * How faded marks (groups of few reports) are drawn in each theme: the mark's opacity, and its
 * box's fill opacity on top of it. app.css declares them as --faded and --faded-fill; the dark
 * theme fades less, so a faded outline keeps 3:1 against its darker background.
 */
export const FADED: Record<ThemeName, { opacity: number; fillOpacity: number }> = {
	light: { opacity: 0.35, fillOpacity: 0.35 },
	dark: { opacity: 0.6, fillOpacity: 0.5 }
};

export const TRACK_COLOR_VARS: Record<Track, string> = {
	ic: 'var(--ic)',
	em: 'var(--em)'
};

/**
 * Flattens one theme into CSS custom properties, in a fixed order.
 *
 * @example toCustomProperties(themes.light)['--ic'] // → '#0072b2'
 */
export function toCustomProperties(tokens: ThemeTokens): Record<string, string> {
	const properties: Record<string, string> = {};
	for (const [name, value] of Object.entries(tokens)) properties[`--${toKebab(name)}`] = value;
	return properties;
}

/**
 * Renders one theme as CSS declarations, one per line, with the given indent.
 *
 * @example createTokenDeclarations('light') // → '\tcolor-scheme: light;\n\t--bg: #ffffff;\n…'
 */
function createTokenDeclarations(name: ThemeName, indent = '\t'): string {
	const lines = [`color-scheme: ${name};`];
	for (const [property, value] of Object.entries(toCustomProperties(themes[name]))) {
		lines.push(`${property}: ${value};`);
	}
	return lines.map((line) => indent + line).join('\n');
}

/**
 * The token block of app.css, generated. Light is the default; the operating system's dark
 * preference applies unless the page pins `data-theme="light"`; `data-theme="dark"` pins dark.
 * Both dark rules are screen-only, so printing always uses the light theme (dark ink on paper).
 */
export function createTokenCss(): string {
	const light = createTokenDeclarations('light');
	const dark = createTokenDeclarations('dark', '\t\t');
	const inMedia = (media: string, selector: string) =>
		`@media ${media} {\n\t${selector} {\n${dark}\n\t}\n}`;
	return [
		`:root,\n:root[data-theme='light'] {\n${light}\n}`,
		inMedia('screen and (prefers-color-scheme: dark)', ":root:not([data-theme='light'])"),
		inMedia('screen', ":root[data-theme='dark']")
	].join('\n\n');
}

/**
 * WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white).
 *
 * @example contrastRatio('#000000', '#ffffff') // → 21
 */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

function relativeLuminance(hex: string): number {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new TypeError(`Expected a colour like #0072b2, got "${hex}".`);
	const [r, g, b] = match.slice(1).map((part) => {
		const channel = parseInt(part, 16) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function toKebab(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
