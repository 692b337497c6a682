/**
 * The frame drawn around an exported chart image: title, filter subtitle and legend above, the
 * source line below. Pure string building, so node tests can check it; chartImage.ts puts a
 * live chart's SVG inside. Every text goes through `escapeXml` — data and user words are text,
 * never markup.
 */
import { estimateTextWidth, GLYPH_EM, wrapWords } from '$lib/charts/layers/textWidth.ts';

/** Colours of the frame, already resolved (an image file cannot read CSS custom properties). */
export interface FrameColors {
	background: string;
	text: string;
	muted: string;
}

export interface FrameText {
	title: string;
	/** The filters that shaped the view, e.g. "Big tech · levels 3–9 · total pay a year". */
	subtitle: string;
	/** Where the numbers come from, e.g. "Source: levels.fyi reports 2017–2021, n = 44,792". */
	source: string;
	/** Keys for colours the chart uses, drawn as swatches with words. */
	legend?: readonly { label: string; color: string }[];
}

export interface ImageFrame {
	width: number;
	height: number;
	/** Where the chart's own SVG goes, from the top. */
	chartY: number;
	/** SVG elements drawn before the chart (background, title, subtitle, legend). */
	head: string;
	/** SVG elements drawn after the chart (the source line). */
	foot: string;
}

/** Space around the image's contents, in pixels. */
export const FRAME_MARGIN = 16;
const MARGIN = FRAME_MARGIN;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 11;
const LINE = 1.35;
/**
 * Bold glyphs run wider than textWidth.ts's estimate of regular ones (DejaVu Sans Bold, Chromium's
 * sans-serif on Linux, by about a tenth): the bold title is wrapped as if its font were this much
 * larger, so its last word is not cut at the image's right edge.
 */
const BOLD_WIDTH = 1.15;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls but tab, line feed and
 * carriage return, U+FFFE, U+FFFF, and halves of surrogate pairs standing alone. A file's company
 * name can hold any of them.
 */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- matching control characters is its purpose.
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text XML can hold: each character it does not allow becomes U+FFFD (�), so the SVG stays a
 * valid file (and the PNG drawn from it can be made) and the reader sees that something was there.
 *
 *     toXmlText('Acme\u0001Co') → 'Acme�Co'
 */
export function toXmlText(text: string): string {
	return text.replace(NOT_XML, '\ufffd');
}

/** Text safe inside an SVG element or attribute. `escapeXml('a<b & "c"')` → 'a&lt;b &amp; &quot;c&quot;'. */
export function escapeXml(text: string): string {
	return toXmlText(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/**
 * Text of a font size wrapped to the image's width less its margins (never narrower than ten
 * glyphs). SVG text does not wrap, so the frame wraps by the estimate of layers/textWidth.ts.
 */
const wrapToFrame = (text: string, width: number, size: number) =>
	wrapWords(text, Math.max(10 * GLYPH_EM * size, width - 2 * MARGIN), size);

function textLines(
	lines: readonly string[],
	y: number,
	size: number,
	color: string,
	weight = 400,
	x = MARGIN
): string {
	return lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${y + i * size * LINE}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(line)}</text>`
		)
		.join('');
}

/**
 * Lay out the frame around a chart of the given size.
 *
 *     createImageFrame(800, 420, { title: 'IC vs EM', subtitle: 'Big tech', source: 'Source: …' }, colors)
 *       → { width: 800, height: 530, chartY: 76, head: '<rect …/><text …>IC vs EM</text>…', foot: '<text …>Source: …</text>' }
 */
export function createImageFrame(
	width: number,
	chartHeight: number,
	text: FrameText,
	colors: FrameColors
): ImageFrame {
	const title = wrapToFrame(text.title, width, TITLE_SIZE * BOLD_WIDTH);
	const subtitle = wrapToFrame(text.subtitle, width, SUBTITLE_SIZE);
	const source = wrapToFrame(text.source, width, SOURCE_SIZE);
	let y = MARGIN + TITLE_SIZE;
	let head = textLines(title, y, TITLE_SIZE, colors.text, 700);
	y += (title.length - 1) * TITLE_SIZE * LINE + SUBTITLE_SIZE * LINE + 2;
	head += textLines(subtitle, y, SUBTITLE_SIZE, colors.muted);
	y += (subtitle.length - 1) * SUBTITLE_SIZE * LINE;
	if (text.legend?.length) {
		y += SUBTITLE_SIZE * LINE + 4;
		let x = MARGIN;
		for (const item of text.legend) {
			// A key that would run past the right margin starts a line of its own (a phone's chart).
			const keyWidth = 17 + estimateTextWidth(item.label, SUBTITLE_SIZE);
			if (x > MARGIN && x + keyWidth > width - MARGIN) {
				x = MARGIN;
				y += SUBTITLE_SIZE * LINE + 4;
			}
			head += `<rect x="${x}" y="${y - 10}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`;
			head += `<text x="${x + 17}" y="${y}" font-size="${SUBTITLE_SIZE}" fill="${escapeXml(colors.text)}">${escapeXml(item.label)}</text>`;
			x += keyWidth + 18;
		}
	}
	const chartY = Math.ceil(y + 14);
	const sourceY = chartY + chartHeight + 10 + SOURCE_SIZE;
	const foot = textLines(source, sourceY, SOURCE_SIZE, colors.muted);
	const height = Math.ceil(sourceY + (source.length - 1) * SOURCE_SIZE * LINE + MARGIN);
	const background = `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>`;
	return {
		width,
		height,
		chartY,
		head: `${background}<g font-family='${FONT_FAMILY}'>${head}</g>`,
		foot: `<g font-family='${FONT_FAMILY}'>${foot}</g>`
	};
}

/** One panel of small multiples to lay out: its chart's size and the words above it. */
export interface PanelBox {
	width: number;
	height: number;
	/** The panel's heading, e.g. "Big tech". */
	title: string;
	/** A line under the heading, e.g. "n = 9,120 reports"; '' for none. */
	note?: string;
}

/** Panels placed in a grid: the grid's size, where each panel's chart goes, and the headings. */
export interface PanelGrid {
	width: number;
	height: number;
	/** Top-left corner of each panel's chart, in the order given. */
	charts: { x: number; y: number }[];
	/** SVG text elements of every panel's heading and note. */
	text: string;
}

const PANEL_TITLE_SIZE = 14;
const PANEL_NOTE_SIZE = 11;
const PANEL_GAP = 24;

/**
 * How many columns of equal cells make a grid closest to a slide's shape (16:9 by default),
 * with a small cost for each empty cell at the end, so 6 panels go 3 × 2 and 3 go in one row.
 *
 *     inferGridColumns(6, 360, 480) → 3     inferGridColumns(3, 360, 480) → 3     inferGridColumns(1, 360, 480) → 1
 */
export function inferGridColumns(
	count: number,
	cellWidth: number,
	cellHeight: number,
	aspect = 16 / 9
): number {
	let best = 1;
	let bestScore = Infinity;
	for (let columns = 1; columns <= Math.max(1, count); columns++) {
		const rows = Math.ceil(count / columns);
		const shape = (columns * cellWidth) / (rows * cellHeight);
		const score = Math.abs(Math.log(shape / aspect)) + 0.25 * (rows * columns - count);
		if (score < bestScore - 1e-9) [best, bestScore] = [columns, score];
	}
	return best;
}

/**
 * Lay out the panels of small multiples as one image: a grid of equal cells, each a heading, an
 * optional note and the panel's chart, as many columns as make it closest to a slide's shape.
 *
 *     createPanelGrid([{ width: 360, height: 400, title: 'Big tech' }, …6], { text: '#111', muted: '#555' })
 *       → { width: 1128, height: 914, charts: [{ x: 0, y: 21 }, { x: 384, y: 21 }, …], text: '<text …>Big tech</text>…' }
 */
export function createPanelGrid(
	panels: readonly PanelBox[],
	colors: Pick<FrameColors, 'text' | 'muted'>
): PanelGrid {
	const hasNote = panels.some((panel) => panel.note);
	const head = Math.ceil(PANEL_TITLE_SIZE * LINE + (hasNote ? PANEL_NOTE_SIZE * LINE : 0)) + 4;
	const cellWidth = Math.max(0, ...panels.map((panel) => panel.width));
	const cellHeight = head + Math.max(0, ...panels.map((panel) => panel.height));
	const columns = inferGridColumns(panels.length, cellWidth + PANEL_GAP, cellHeight + PANEL_GAP);
	const rows = Math.ceil(panels.length / columns);
	let text = '';
	const charts = panels.map((panel, i) => {
		const x = (i % columns) * (cellWidth + PANEL_GAP);
		const y = Math.floor(i / columns) * (cellHeight + PANEL_GAP);
		text += textLines([panel.title], y + PANEL_TITLE_SIZE, PANEL_TITLE_SIZE, colors.text, 700, x);
		if (panel.note)
			text += textLines(
				[panel.note],
				y + PANEL_TITLE_SIZE * LINE + PANEL_NOTE_SIZE,
				PANEL_NOTE_SIZE,
				colors.muted,
				400,
				x
			);
		return { x, y: y + head };
	});
	return {
		width: columns * cellWidth + (columns - 1) * PANEL_GAP,
		height: rows * cellHeight + (rows - 1) * PANEL_GAP,
		charts,
		text: `<g font-family='${FONT_FAMILY}'>${text}</g>`
	};
}
