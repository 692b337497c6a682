import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	COMPANY_TYPE_LABELS,
	COMPANY_TYPE_LIST,
	COMPANY_TYPE_PHRASES,
	COMPANY_TYPE_SHORT_LABELS,
	COMPANY_TYPES,
	isCompanyType,
	STORED_COMPANY_TYPE_ORDER
} from './domain';

/** Every source file of the app and the scripts, tests left out. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('the company-type list', () => {
	test('every record of names covers each type, in the list order', () => {
		expect(COMPANY_TYPES).toEqual(COMPANY_TYPE_LIST.map((t) => t.id));
		for (const names of [COMPANY_TYPE_LABELS, COMPANY_TYPE_SHORT_LABELS, COMPANY_TYPE_PHRASES])
			expect(Object.keys(names)).toEqual(COMPANY_TYPES);
		expect(COMPANY_TYPES.every(isCompanyType)).toBe(true);
		expect(new Set(COMPANY_TYPES).size).toBe(COMPANY_TYPES.length);
	});

	test('the order bundles store types in holds every type once', () => {
		expect([...STORED_COMPANY_TYPE_ORDER].sort()).toEqual([...COMPANY_TYPES].sort());
		expect(new Set(STORED_COMPANY_TYPE_ORDER).size).toBe(STORED_COMPANY_TYPE_ORDER.length);
	});

	test('no other source file spells the list out (five type ids within a few lines)', () => {
		// A list, record or order of the types written anywhere else would need a second edit
		// when a type is added; those places derive from COMPANY_TYPE_LIST instead. A file may
		// still name a few types where it makes a judgement about them (which types are tech
		// employers, which survey answers map to which type).
		const WINDOW = 12;
		const names = COMPANY_TYPES.map((id) => new RegExp(`['"\`]${id}['"\`]|\\b${id}\\s*:`));
		const spelled = [...sourceFiles('src'), ...sourceFiles('scripts')]
			.filter((file) => !file.endsWith(join('data', 'domain.ts')))
			.filter((file) => {
				const lines = readFileSync(file, 'utf8').split('\n');
				return lines.some((_, start) => {
					const window = lines.slice(start, start + WINDOW).join('\n');
					return names.filter((name) => name.test(window)).length >= 5;
				});
			});
		expect(spelled).toEqual([]);
	});
});
