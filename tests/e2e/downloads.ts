// Helpers for the e2e tests of downloads: press an export menu's button and read the file, parse
// the CSV the app writes, and read the words an exported SVG draws.

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
