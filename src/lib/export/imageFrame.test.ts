import { describe, expect, it } from 'vitest';
import { createImageFrame, escapeXml, wrapLines } from './imageFrame.ts';

const colors = { background: '#fff', text: '#111', muted: '#555' };

describe('wrapLines', () => {
	it.each([
		['one two three', 8, ['one two', 'three']],
		['a verylongword b', 5, ['a', 'verylongword', 'b']],
		['  ', 10, []]
	] as const)('%s at %i chars', (text, max, lines) => {
		expect(wrapLines(text, max)).toEqual(lines);
	});
});

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

	it('grows taller when a long source line wraps on a narrow chart', () => {
		const source = 'Source: '.concat('levels.fyi self-reported pay '.repeat(8));
		const wide = createImageFrame(1200, 300, { title: 't', subtitle: 's', source }, colors);
		const narrow = createImageFrame(360, 300, { title: 't', subtitle: 's', source }, colors);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});

	it('escapes every XML special character', () => {
		expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
	});
});
