import { describe, expect, it } from 'vitest';
import {
	createImageFrame,
	createPanelGrid,
	escapeXml,
	toXmlText,
	inferGridColumns
} from './imageFrame.ts';

const colors = { background: '#fff', text: '#111', muted: '#555' };

describe('createImageFrame', () => {
	it('draws title, subtitle, legend and source as escaped text around the chart', () => {
		const text = {
			title: 'IC vs EM <total> pay',
			subtitle: 'Big tech & finance',
			source: 'Source: levels.fyi reports 2017–2021',
			legend: [{ label: 'IC', color: 'rgb(0, 114, 178)' }]
		};
		const frame = createImageFrame(800, 400, text, colors);
		expect(frame.head).toContain('IC vs EM &lt;total&gt; pay');
		expect(frame.head).toContain('Big tech &amp; finance');
		expect(frame.head).toContain('fill="rgb(0, 114, 178)"');
		expect(frame.foot).toContain('Source: levels.fyi reports 2017–2021');
		expect(frame.chartY).toBeGreaterThan(40);
		expect(frame.height).toBeGreaterThan(frame.chartY + 400);
		expect(frame.width).toBe(800);
	});

	it('puts a legend key that would run past the right margin on a line of its own', () => {
		const legend = [
			{ label: 'IC individual contributor', color: '#00f' },
			{ label: 'EM engineering manager', color: '#f00' }
		];
		const text = { title: 'T', subtitle: 'S', source: 'Source', legend };
		const keyY = (head: string) =>
			[...head.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]);
		const wide = createImageFrame(800, 400, text, colors);
		const [first, second] = keyY(wide.head);
		expect(second, 'one line on a wide image').toBe(first);
		const narrow = createImageFrame(340, 400, text, colors);
		const [top, next] = keyY(narrow.head).map(Number);
		expect(next!, 'the second key under the first on a phone').toBeGreaterThan(top!);
		expect(narrow.chartY).toBeGreaterThan(wide.chartY);
		for (const [, x] of narrow.head.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="12"/g))
			expect(Number(x)).toBeLessThan(340 - 16);
	});

	it('grows taller when a long source line wraps on a narrow chart', () => {
		const source = 'Source: '.concat('levels.fyi self-reported pay '.repeat(8));
		const wide = createImageFrame(1200, 300, { title: 't', subtitle: 's', source }, colors);
		const narrow = createImageFrame(360, 300, { title: 't', subtitle: 's', source }, colors);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});

	it('escapes every XML special character', () => {
		expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
	});

	it('turns characters XML does not allow (controls, lone surrogates) into U+FFFD, keeping emoji, tab and line breaks', () => {
		// A company name with control characters made an SVG no XML reader accepts.
		const name = 'Acme\u0000\u0001\u001b[31m\u000bCo\ud800 \udc00😎\t\n\r\ufffe';
		const safe = escapeXml(name);
		expect(safe).toBe('Acme\ufffd\ufffd\ufffd[31m\ufffdCo\ufffd \ufffd😎\t\n\r\ufffd');
		expect(toXmlText('Zoë Labs, Inc.')).toBe('Zoë Labs, Inc.');
	});
});

describe('inferGridColumns', () => {
	it.each([
		[1, 1],
		[2, 2],
		[3, 3],
		[4, 4],
		[6, 3]
	] as const)('%i panels of 360 × 480 go in %i columns', (count, columns) => {
		expect(inferGridColumns(count, 360, 480)).toBe(columns);
	});
});

describe('createPanelGrid', () => {
	it('puts six panels in a 3 × 2 grid with each heading and note above its chart, escaped', () => {
		const panels = Array.from({ length: 6 }, (_, i) => ({
			width: 360,
			height: 400,
			title: `Type <${i}>`,
			note: `n = ${i}`
		}));
		const before = structuredClone(panels);
		const grid = createPanelGrid(panels, colors);
		expect(panels).toEqual(before);
		expect(grid.charts.map((c) => c.x)).toEqual([0, 384, 768, 0, 384, 768]);
		const [first, , , fourth] = grid.charts;
		expect(first!.y).toBeGreaterThan(14);
		expect(fourth!.y).toBeGreaterThanOrEqual(first!.y + 400 + 24);
		expect(grid.width).toBe(3 * 360 + 2 * 24);
		expect(grid.height).toBe(fourth!.y + 400);
		expect(grid.text).toContain('>Type &lt;5&gt;</text>');
		expect(grid.text).toContain('>n = 3</text>');
	});

	it('leaves no room for notes when no panel has one', () => {
		const withNote = createPanelGrid([{ width: 100, height: 100, title: 'a', note: 'n' }], colors);
		const without = createPanelGrid([{ width: 100, height: 100, title: 'a' }], colors);
		expect(without.charts[0]!.y).toBeLessThan(withNote.charts[0]!.y);
		expect(without.text).not.toContain('>n<');
	});
});
