/**
 * Chart images for download: a live chart's <svg> with its computed styles written inline, in a
 * frame with title, filters, legend and source line (imageFrame.ts), saved as .svg or drawn at 2×
 * on a canvas and saved as .png. Runs in the browser only.
 *
 * Why inline styles: chart marks take their colours from CSS custom properties (`var(--ic)`) and
 * from the page's stylesheet, neither of which travels with a lone SVG file. The computed style
 * of each element holds the resolved colour, so copying it makes the file look like the page.
 *
 * Why the light theme: an exported image goes into documents and slides, which are light, so it
 * is drawn in the light theme's colours whatever theme the page shows (see `inTheme`).
 *
 * Why a blob URL for the PNG: drawing SVG on a canvas goes through an <img>; a blob: URL keeps the
 * image same-origin (the canvas stays exportable) and is allowed by the site's CSP (img-src blob:).
 */
import {
	createImageFrame,
	createPanelGrid,
	FRAME_MARGIN,
	toXmlText,
	type FrameText
} from './imageFrame.ts';

/** Properties that decide how SVG marks and text look; the rest of the computed style is noise. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'display'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes the live chart's keyboard navigation sets (charts/layers/keyboard.ts). */
const KEYBOARD_ATTRIBUTES = [
	'tabindex',
	'data-arrow-row',
	'data-arrow-along',
	'data-mark-group'
] as const;

/** Copy each element's computed style onto its clone, walking both trees in step. */
function inlineStyles(source: Element, clone: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	clone.setAttribute('style', style);
	clone.removeAttribute('class');
	// An image has no keyboard: the focus order, the arrow-key hints and the marks' grouping for
	// the arrow keys mean nothing in it.
	for (const name of KEYBOARD_ATTRIBUTES) clone.removeAttribute(name);
	if (clone.getAttribute('role') === 'group') {
		clone.removeAttribute('role');
		clone.removeAttribute('aria-label');
	}
	for (let i = 0; i < source.children.length; i++)
		inlineStyles(source.children[i]!, clone.children[i]!);
}

/** A CSS colour as the browser resolves it, e.g. 'var(--ic)' → 'rgb(0, 114, 178)'. */
export function resolveColor(color: string, within: Element = document.documentElement): string {
	const probe = document.createElement('span');
	probe.style.color = color;
	within.appendChild(probe);
	const resolved = getComputedStyle(probe).color;
	probe.remove();
	return resolved;
}

/** One live chart, cloned with its styles inlined, placed at (x, y) of the image. */
function toPlacedChart(svg: SVGSVGElement, x: number, y: number): string {
	const { width, height } = sizeOf(svg);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	clone.setAttribute('x', String(x));
	clone.setAttribute('y', String(y));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.style.overflow = 'visible';
	// The serializer writes control characters of the page's text (a company name) as they are,
	// which no XML reader accepts: they become U+FFFD.
	return toXmlText(new XMLSerializer().serializeToString(clone));
}

/** The chart's size on the page, or its own attributes when it is not laid out. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.getBoundingClientRect();
	return {
		width: Math.round(box.width) || Number(svg.getAttribute('width')) || 800,
		height: Math.round(box.height) || Number(svg.getAttribute('height')) || 400
	};
}

/** The most an image widens for text reaching out of its chart; more would be a layout fault. */
const MAX_OVERHANG = 400;

/**
 * How far the chart's text reaches out of its <svg> box on the left and right, in pixels, as the
 * page draws it. A chart may let long row labels run past its edge (the claim chart on a phone
 * does); the image widens its margins by as much, so no label is cut. Measured with the browser's
 * own font, not estimated; hidden text (no box) is left out.
 */
function measureOverhang(svg: SVGSVGElement): { left: number; right: number } {
	const box = svg.getBoundingClientRect();
	let left = 0;
	let right = 0;
	for (const text of svg.querySelectorAll('text')) {
		const r = text.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		left = Math.max(left, box.left - r.left);
		right = Math.max(right, r.right - box.right);
	}
	const clamp = (v: number) => Math.min(MAX_OVERHANG, Math.ceil(v));
	return { left: clamp(left), right: clamp(right) };
}

/**
 * The charts inside `root` (or `root` itself when it is an <svg>): every `svg[role="img"]`.
 * Panels of small multiples mark their wrapper with `data-panel-title` (and `data-panel-note`),
 * which the image draws above each panel.
 */
function findCharts(root: Element): SVGSVGElement[] {
	if (root instanceof SVGSVGElement) return [root];
	return [...root.querySelectorAll<SVGSVGElement>('svg[role="img"]')];
}

/** Which colours an image is drawn in: a theme of app.css, or the page's own. */
export type ImageTheme = 'light' | 'dark' | 'page';

/**
 * Run `draw` with the page's colours set to `theme`, then put the page's theme back. The theme
 * is app.css's `data-theme` on <html>, and `draw` only reads computed styles synchronously, so
 * the page is never painted in the other theme.
 */
function inTheme<T>(theme: ImageTheme, draw: () => T): T {
	if (theme === 'page') return draw();
	const root = document.documentElement;
	const before = root.getAttribute('data-theme');
	root.setAttribute('data-theme', theme);
	try {
		return draw();
	} finally {
		if (before === null) root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', before);
	}
}

/**
 * The chart as a standalone SVG file: frame, then the chart with inlined styles, then the source,
 * in the light theme's colours unless another `theme` is asked for.
 * When `root` holds panels of small multiples, they go into one grid shaped for a slide, each
 * under its heading, so the shared pay axis still compares across them in one picture.
 *
 *     createChartSvg(svg, { title: 'IC vs EM total pay', subtitle: 'Big tech', source: 'Source: levels.fyi …' })
 *       → { text: '<svg xmlns=…><rect …/><text …>IC vs EM total pay</text>…</svg>', width: 800, height: 530 }
 */
export function createChartSvg(
	root: Element,
	text: FrameText,
	theme: ImageTheme = 'light'
): { text: string; width: number; height: number } {
	return inTheme(theme, () => drawChartSvg(root, text));
}

function drawChartSvg(
	root: Element,
	text: FrameText
): { text: string; width: number; height: number } {
	const svgs = findCharts(root);
	if (svgs.length === 0) throw new Error('the chart is not on the page yet');
	const colors = {
		background: resolveColor('var(--bg)', svgs[0]),
		text: resolveColor('var(--text)', svgs[0]),
		muted: resolveColor('var(--muted)', svgs[0])
	};
	const panels = svgs.map((svg) => {
		const wrapper = svg.closest<HTMLElement>('[data-panel-title]');
		return {
			svg,
			...sizeOf(svg),
			title: wrapper?.dataset.panelTitle ?? '',
			note: wrapper?.dataset.panelNote ?? ''
		};
	});
	const grid = panels.length > 1 || panels[0]!.title ? createPanelGrid(panels, colors) : undefined;
	const body = grid ?? panels[0]!;
	const legend = text.legend?.map((item) => ({
		...item,
		color: resolveColor(item.color, svgs[0])
	}));
	const overhangs = svgs.map(measureOverhang);
	const left = Math.max(0, ...overhangs.map((o) => o.left));
	const right = Math.max(0, ...overhangs.map((o) => o.right));
	// The charts sit inside the same side margins as the frame's text, so their own left-most
	// labels (the axis title) do not touch the image's edge, and further in by the text that
	// reaches out of them.
	const x = FRAME_MARGIN + left;
	const frame = createImageFrame(
		body.width + 2 * FRAME_MARGIN + left + right,
		body.height,
		{ ...text, legend },
		colors
	);
	const charts = grid
		? `<g transform="translate(${x}, ${frame.chartY})">${grid.text}</g>` +
			panels
				.map((panel, i) =>
					toPlacedChart(panel.svg, x + grid.charts[i]!.x, frame.chartY + grid.charts[i]!.y)
				)
				.join('')
		: toPlacedChart(panels[0]!.svg, x, frame.chartY);
	return {
		text:
			`<svg xmlns="${SVG_NS}" width="${frame.width}" height="${frame.height}" ` +
			`viewBox="0 0 ${frame.width} ` +
			`${frame.height}">${frame.head}${charts}${frame.foot}</svg>`,
		width: frame.width,
		height: frame.height
	};
}

/** Draw SVG text on a canvas at `scale` × its size and return the PNG. */
export async function toPngBlob(
	svgText: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart image could not be drawn'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Save a blob as a file through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.appendChild(link);
	link.click();
	link.remove();
	// Let the download start before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save text (CSV, JSON, SVG) as a file. */
export function downloadText(text: string, filename: string, type: string): void {
	downloadBlob(new Blob([text], { type }), filename);
}
