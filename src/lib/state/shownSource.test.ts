import { describe, expect, test } from 'vitest';
import type { Dataset } from '$lib/data/dataset';
import { describeShown, whyNoConversation } from './shownSource';

const source = { name: 'x', detail: '', license: '', firstYear: 2024, lastYear: 2025, n: 0 };
const dataset = (extra: Partial<Dataset>): Dataset => ({
	id: 'bundled',
	source,
	cells: [],
	...extra
});

describe('what the shown data is', () => {
	test('DOU reads as net base pay a month at its $50 bins, with no company names', () => {
		const shown = describeShown(dataset({ sourceId: 'dou', binWidth: 50 }));
		expect(shown).toMatchObject({
			id: 'dou',
			name: 'DOU, Ukraine (Dec 2024, Jun 2025)',
			measure: 'net base pay a month',
			pay: 'net base pay',
			perMonth: true,
			companies: false,
			binWidth: 50
		});
		expect(whyNoConversation(shown)).toMatch(/^DOU, Ukraine .* measures net base pay a month/);
	});

	test('yearly sources and an upload are drawn on the conversation pages, each under its measure', () => {
		const aijobs = describeShown(dataset({ sourceId: 'aijobs', binWidth: 5000 }));
		expect(aijobs.measure).toBe('yearly salary');
		expect(whyNoConversation(aijobs)).toBeUndefined();
		const upload = describeShown(dataset({ id: 'upload', source: { ...source, name: 'pay.csv' } }));
		expect(upload).toMatchObject({ id: 'upload', name: 'pay.csv', measure: 'total pay a year' });
		expect(whyNoConversation(upload)).toBeUndefined();
		expect(upload.binWidth).toBe(5000);
	});

	test('a small upload kept exact is read at its $1 bins and drawn on the conversation pages', () => {
		const exact = describeShown(dataset({ id: 'upload', binWidth: 1 }));
		expect(exact).toMatchObject({ id: 'upload', binWidth: 1, perMonth: false });
		expect(whyNoConversation(exact)).toBeUndefined();
	});
});
