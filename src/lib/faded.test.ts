import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, FADED, themes } from './theme';

const appCss = readFileSync(fileURLToPath(new URL('../app.css', import.meta.url)), 'utf8');

/** A colour drawn at `alpha` over `background`, as '#rrggbb'. */
function blend(color: string, background: string, alpha: number): string {
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const [c, b] = [rgb(color), rgb(background)];
	return `#${c
		.map((v, i) => Math.round(alpha * v + (1 - alpha) * b[i]!))
		.map((v) => v.toString(16).padStart(2, '0'))
		.join('')}`;
}

describe('faded marks (groups of few reports)', () => {
	it('app.css declares each theme’s fading as theme.ts states it', () => {
		const declared = [...appCss.matchAll(/--faded: ([\d.]+);\s*--faded-fill: ([\d.]+);/g)].map(
			(m) => ({ opacity: Number(m[1]), fillOpacity: Number(m[2]) })
		);
		// The light root, then the dark theme by system preference and by choice.
		expect(declared).toEqual([FADED.light, FADED.dark, FADED.dark]);
	});

	it('in dark mode a faded outline keeps 3:1 against the background, below a solid mark', () => {
		const { bg, ic, em } = themes.dark;
		for (const track of [ic, em]) {
			const outline = contrastRatio(blend(track, bg, FADED.dark.opacity), bg);
			const fill = contrastRatio(blend(track, bg, FADED.dark.opacity * FADED.dark.fillOpacity), bg);
			expect(outline).toBeGreaterThanOrEqual(3);
			expect(fill).toBeGreaterThan(1.5);
			expect(contrastRatio(track, bg)).toBeGreaterThan(outline * 1.8);
		}
	});
});
