/**
 * Chart images for download: a live chart's <svg> with its computed styles written inline, in a
 * frame with title, filters, legend and source line (imageFrame.ts), saved as .svg or drawn at 2×
 * on a canvas and saved as .png. Runs in the browser only.
 *
 * Why inline styles: chart marks take their colours from CSS custom properties (`var(--ic)`) and
 * from the page's stylesheet, neither of which travels with a lone SVG file. The computed style
 * of each element holds the resolved colour, so copying it makes the file look like the page.
 *
 * Why a blob URL for the PNG: drawing SVG on a canvas goes through an <img>; a blob: URL keeps the
 * image same-origin (the canvas stays exportable) and is allowed by the site's CSP (img-src blob:).
 */
import { createImageFrame, FRAME_MARGIN, type FrameText } from './imageFrame.ts';

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

/** Copy each element's computed style onto its clone, walking both trees in step. */
function inlineStyles(source: Element, clone: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	clone.setAttribute('style', style);
	clone.removeAttribute('class');
	clone.removeAttribute('tabindex');
	for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, clone.children[i]!);
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

/**
 * The chart as a standalone SVG file: frame, then the chart with inlined styles, then the source.
 *
 *     createChartSvg(svg, { title: 'IC vs EM total pay', subtitle: 'Big tech', source: 'Source: levels.fyi …' })
 *       → { text: '<svg xmlns=…><rect …/><text …>IC vs EM total pay</text>…</svg>', width: 800, height: 530 }
 */
export function createChartSvg(svg: SVGSVGElement, text: FrameText): { text: string; width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 800;
	const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 400;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const legend = text.legend?.map((item) => ({ ...item, color: resolveColor(item.color, svg) }));
	// The chart sits inside the same side margins as the frame's text, so its own left-most
	// labels (the axis title) do not touch the image's edge.
	const frame = createImageFrame(width + 2 * FRAME_MARGIN, height, { ...text, legend }, {
		background: resolveColor('var(--bg)', svg),
		text: resolveColor('var(--text)', svg),
		muted: resolveColor('var(--muted)', svg)
	});
	clone.setAttribute('x', String(FRAME_MARGIN));
	clone.setAttribute('y', String(frame.chartY));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.style.overflow = 'visible';
	const chart = new XMLSerializer().serializeToString(clone);
	return {
		text: `<svg xmlns="${SVG_NS}" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">${frame.head}${chart}${frame.foot}</svg>`,
		width: frame.width,
		height: frame.height
	};
}

/** Draw SVG text on a canvas at `scale` × its size and return the PNG. */
export async function toPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
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
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png')
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
