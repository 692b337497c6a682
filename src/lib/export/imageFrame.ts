/**
 * The frame drawn around an exported chart image: title, filter subtitle and legend above, the
 * source line below. Pure string building, so node tests can check it; chartImage.ts puts a
 * live chart's SVG inside. Every text goes through `escapeXml` — data and user words are text,
 * never markup.
 */

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

/** Text safe inside an SVG element or attribute. `escapeXml('a<b & "c"')` → 'a&lt;b &amp; &quot;c&quot;'. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Break text into lines of at most `maxChars` characters at spaces (a longer word gets a line
 * of its own). SVG text does not wrap, so the frame wraps by an estimate of character width.
 *
 *     wrapLines('one two three', 8) → ['one two', 'three']
 */
export function wrapLines(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** How many characters of a font size fit a width: an average glyph is about 0.55 em wide. */
const charsFor = (width: number, size: number) => Math.max(10, Math.floor((width - 2 * MARGIN) / (size * 0.55)));

function textLines(lines: readonly string[], y: number, size: number, color: string, weight = 400): string {
	return lines
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${y + i * size * LINE}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(line)}</text>`
		)
		.join('');
}

/**
 * Lay out the frame around a chart of the given size.
 *
 *     createImageFrame(800, 420, { title: 'IC vs EM', subtitle: 'Big tech', source: 'Source: …' }, colors)
 *       → { width: 800, height: 530, chartY: 76, head: '<rect …/><text …>IC vs EM</text>…', foot: '<text …>Source: …</text>' }
 */
export function createImageFrame(width: number, chartHeight: number, text: FrameText, colors: FrameColors): ImageFrame {
	const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
	const title = wrapLines(text.title, charsFor(width, TITLE_SIZE));
	const subtitle = wrapLines(text.subtitle, charsFor(width, SUBTITLE_SIZE));
	const source = wrapLines(text.source, charsFor(width, SOURCE_SIZE));
	let y = MARGIN + TITLE_SIZE;
	let head = textLines(title, y, TITLE_SIZE, colors.text, 700);
	y += (title.length - 1) * TITLE_SIZE * LINE + SUBTITLE_SIZE * LINE + 2;
	head += textLines(subtitle, y, SUBTITLE_SIZE, colors.muted);
	y += (subtitle.length - 1) * SUBTITLE_SIZE * LINE;
	if (text.legend?.length) {
		y += SUBTITLE_SIZE * LINE + 4;
		let x = MARGIN;
		for (const item of text.legend) {
			head += `<rect x="${x}" y="${y - 10}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`;
			head += `<text x="${x + 17}" y="${y}" font-size="${SUBTITLE_SIZE}" fill="${escapeXml(colors.text)}">${escapeXml(item.label)}</text>`;
			x += 17 + item.label.length * SUBTITLE_SIZE * 0.55 + 18;
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
		head: `${background}<g font-family='${fontFamily}'>${head}</g>`,
		foot: `<g font-family='${fontFamily}'>${foot}</g>`
	};
}
