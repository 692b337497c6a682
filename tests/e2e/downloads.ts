// Helpers for the e2e tests of downloads: press an export menu's button and read the file, parse
// the CSV the app writes, and read the words an exported SVG draws.

import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Press the button named `name` in the export menu (group) named `group`; the saved file's path and name. */
export async function download(
	page: Page,
	name: RegExp,
	group: RegExp
): Promise<{ path: string; filename: string }> {
	const menu = page.getByRole('group', { name: group });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name }).click()
	]);
	const path = await file.path();
	return { path, filename: file.suggestedFilename() };
}

/** Parse simple CSV (our own output: quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
	return text
		.trimEnd()
		.split('\n')
		.map((line) =>
			[...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
				.filter((m) => m.index! < line.length || m[1] !== '')
				.map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
		);
}

/** The cells a spreadsheet would run as formulas: text starting with = + - @ that is not a plain number. */
export function findFormulaCells(rows: readonly (readonly string[])[]): string[] {
	return rows
		.flat()
		.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell));
}

/** Every text an SVG file draws, in document order, joined by spaces (entities decoded). */
export function readSvgWords(svg: string): string {
	const entities: Record<string, string> = {
		'&amp;': '&',
		'&lt;': '<',
		'&gt;': '>',
		'&quot;': '"',
		'&apos;': "'"
	};
	return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
		.map((m) =>
			m[1]!.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e]!)
		)
		.join(' ')
		.replace(/\s+/g, ' ');
}

/** A decoded PNG: its size and its pixels as RGBA bytes, row by row. */
export interface PngPixels {
	width: number;
	height: number;
	rgba: Uint8Array;
}

/**
 * Decode a PNG as a canvas writes it (8-bit RGBA or RGB, not interlaced): read the IHDR size,
 * inflate the IDAT chunks and undo each row's filter (PNG spec, section 9). Enough to read the
 * pixels of an exported chart image without a dependency.
 */
export function readPngPixels(bytes: Uint8Array): PngPixels {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let width = 0;
	let height = 0;
	let channels = 4;
	const idat: Uint8Array[] = [];
	for (let at = 8; at < bytes.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
		const data = bytes.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = view.getUint32(at + 8);
			height = view.getUint32(at + 12);
			const [depth, colour, , , interlace] = data.subarray(8, 13);
			if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0)
				throw new Error(`PNG of depth ${depth}, colour type ${colour}, interlace ${interlace}`);
			channels = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') idat.push(data);
		else if (type === 'IEND') break;
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const out = new Uint8Array(width * height * 4);
	let previous = new Uint8Array(stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]!;
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const row = new Uint8Array(stride);
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? row[i - channels]! : 0;
			const b = previous[i]!;
			const c = i >= channels ? previous[i - channels]! : 0;
			const p = a + b - c;
			const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
			const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
			row[i] = (line[i]! + predictor) & 0xff;
		}
		for (let x = 0; x < width; x++) {
			const o = (y * width + x) * 4;
			out.set(row.subarray(x * channels, x * channels + 3), o);
			out[o + 3] = channels === 4 ? row[x * channels + 3]! : 255;
		}
		previous = row;
	}
	return { width, height, rgba: out };
}

/** The pixel at (x, y) as [r, g, b, a]. */
export function pixelAt(png: PngPixels, x: number, y: number): number[] {
	const o = (y * png.width + x) * 4;
	return [...png.rgba.subarray(o, o + 4)];
}
