import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VIEW_IDS } from '$lib/views/ids';
import { toPageMeta, toViewMeta } from './pageMeta';

describe('page titles and link previews', () => {
	test('every explorer view has its own title and description, the ladder the home page’s', () => {
		const titles = VIEW_IDS.map((view) => toViewMeta(view).title);
		expect(new Set(titles).size).toBe(VIEW_IDS.length);
		for (const view of VIEW_IDS) {
			expect(toViewMeta(view).title).toMatch(/ · Forkline$/);
			expect(toViewMeta(view).description.length).toBeGreaterThan(60);
		}
		expect(toViewMeta('ladder')).toEqual(toPageMeta('/'));
		expect(toViewMeta('gap').title).toBe('Parity gap by level · Forkline');
	});

	test('the explorer’s query names the view; other pages and unknown views keep their own', () => {
		expect(toPageMeta('/', new URLSearchParams('view=gap&type=finance')).title).toBe(
			'Parity gap by level · Forkline'
		);
		expect(toPageMeta('/', new URLSearchParams('view=nonsense'))).toEqual(toPageMeta('/'));
		expect(toPageMeta('/me/', new URLSearchParams('view=gap')).title).toBe(
			'Where I stand · Forkline'
		);
	});

	test('every page has its own title and description: the layout writes them, no page its own', () => {
		const routes = resolve(import.meta.dirname, '../routes');
		const paths = readdirSync(routes, { withFileTypes: true })
			.filter((d) => d.isDirectory() && existsSync(resolve(routes, d.name, '+page.svelte')))
			.map((d) => `/${d.name}`);
		expect(paths).toContain('/evidence');
		const titles = ['/', ...paths].map((path) => toPageMeta(path).title);
		expect(titles).not.toContain('Forkline');
		expect(new Set(titles).size).toBe(titles.length);
		for (const path of ['', ...paths])
			expect(readFileSync(resolve(routes, `.${path}`, '+page.svelte'), 'utf8')).not.toMatch(
				/<title>|name="description"/
			);
	});
});
