import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { createFixtureBands } from '../../../../tests/fixtures/bands';
import BandChart from './BandChart.svelte';
import BandTable from './BandTable.svelte';

// Synthetic, seeded bands (tests/fixtures/bands.ts): the markup depends only on this seed.
const bands = createFixtureBands({ seed: 20240611 });

const chartProps = {
	bands,
	title: 'Total pay, IC vs EM, by level',
	description: 'Synthetic fixture: boxes show the middle half of total pay by level and track.',
	height: 420,
	initialWidth: 800
};

/**
 * Makes server markup stable and reviewable: drops Svelte's hydration comments and its scoped
 * CSS class hashes (which change with any style edit), rounds coordinates to 0.01px, and puts
 * each tag on its own line, so a snapshot diff shows which element changed and how.
 */
function normalize(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/ class="([^"]*)"/g, (_, names: string) => {
				const kept = names.split(/\s+/).filter((name) => name && !/^svelte-[a-z0-9]+$/.test(name));
				return kept.length > 0 ? ` class="${kept.join(' ')}"` : '';
			})
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace(/>\s*</g, '>\n<')
			.trim() + '\n'
	);
}

function renderChart(props: Partial<typeof chartProps> = {}): string {
	const { body } = render(BandChart, { props: { ...chartProps, ...props }, idPrefix: 'snap' });
	return normalize(body);
}

describe('BandChart (server render)', () => {
	const html = renderChart();

	it('matches the committed snapshot', async () => {
		await expect(html).toMatchFileSnapshot('../../../../tests/snapshots/band-chart.svg.html');
	});

	it('names the chart through its title and description', () => {
		expect(html).toMatch(
			/<svg role="img" aria-labelledby="(snap-[^"]+)-title" aria-describedby="\1-desc"/
		);
		expect(html).toMatch(/<title id="snap-[^"]+-title">Total pay, IC vs EM, by level<\/title>/);
		expect(html).toContain('<figure class="band-chart');
	});

	it('draws one focusable mark per band, with its data attributes', () => {
		const marks = [...html.matchAll(/<g class="band( low-n)?"[^>]*>/g)].map((m) => m[0]);
		expect(marks).toHaveLength(bands.length);
		for (const band of bands) {
			const slot = `data-track="${band.track}" data-level="${band.stdLevel}"`;
			const mark = marks.find((m) => m.includes(slot));
			expect(mark).toContain(`data-n="${band.n}"`);
			expect(mark).toContain(`data-p50="${band.p50}"`);
			// One tab stop a chart: the browser gives one mark tabindex 0 (rovingTabStop).
			expect(mark).toContain('tabindex="-1"');
			expect(mark).toContain(`data-arrow-row="${band.stdLevel}"`);
			expect(mark).toMatch(/aria-label="(IC|EM), level \d [^:]+: median \$[\d,]+, middle half/);
		}
	});

	it('says "no data" in every empty slot and fades the low-n band', () => {
		const empty = 7 * 2 - bands.length;
		expect(html.match(/class="band-missing"/g)).toHaveLength(empty);
		expect(html.match(/no data/g)).toHaveLength(empty);
		expect(html).toMatch(/<g class="band low-n"[^>]*data-track="em" data-level="9"/);
		expect(html).toContain('n&lt;5');
	});

	it('draws at the initial width on the server, where nothing can be measured', () => {
		expect(html).toContain('viewBox="0 0 800 420"');
		expect(renderChart({ initialWidth: 600 })).toContain('viewBox="0 0 600 420"');
	});

	it('renders an empty chart without NaN', () => {
		const empty = renderChart({ bands: [] });
		expect(empty).not.toContain('NaN');
		// Every slot is empty, but each level says "no data" once for both tracks, so no two collide.
		expect(empty.match(/class="band-missing"/g)).toHaveLength(14);
		expect(empty.match(/no data/g)).toHaveLength(7);
	});

	it('shows no tooltip until a mark is focused or hovered', () => {
		expect(html).not.toContain('role="tooltip"');
	});
});

describe('BandTable (server render)', () => {
	const html = normalize(
		render(BandTable, { props: { bands: [...bands].reverse(), caption: 'Synthetic bands' } }).body
	);

	it('lists one row per band, by level then IC before EM', () => {
		const rows = [...html.matchAll(/<tr data-track="(ic|em)" data-level="(\d)"/g)].map(
			(m) => `${m[2]}-${m[1]}`
		);
		const expected = [...bands]
			.sort((a, b) => a.stdLevel - b.stdLevel || (a.track === 'ic' ? -1 : 1))
			.map((b) => `${b.stdLevel}-${b.track}`);
		expect(rows).toEqual(expected);
	});

	it('has a caption, the columns in order, and marks few reports', () => {
		expect(html).toContain('<caption>Synthetic bands</caption>');
		const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
		expect(headers).toEqual(['Level', 'Track', 'n', 'p10', 'p25', 'p50', 'p75', 'p90']);
		expect(html.match(/\(few reports\)/g)).toHaveLength(bands.filter((b) => b.lowN).length);
		expect(html).toMatch(/>3 <span class="few">\(few reports\)<\/span>/);
	});
});
