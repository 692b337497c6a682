import { describe, expect, test } from 'vitest';
import { createMonthlyRecords, toSyntheticCells } from '../../../tests/fixtures/records';
import type { PayCell } from '$lib/data/cells';
import type { PayRecord } from '$lib/data/domain';
import { evaluateClaims } from './catalog';
import { shareAbove } from './measure';
import { toFigureLines } from './story';

// SYNTHETIC, NOT REAL PAY: seeded records (tests/fixtures/records.ts) whose yearly pay is divided
// by 12 and binned at $50, as DOU's net monthly pay is.
const MONTHLY_BIN = 50;
const monthly: PayRecord[] = createMonthlyRecords(5);
const cells: PayCell[] = toSyntheticCells(monthly, MONTHLY_BIN);

/** The exact median of the synthetic reports on one track and level. */
function exactMedian(track: 'ic' | 'em', level: number): number {
	const pays = monthly
		.filter((r) => r.track === track && r.stdLevel === level)
		.map((r) => r.total)
		.sort((a, b) => a - b);
	const mid = pays.length >> 1;
	return pays.length % 2 ? pays[mid]! : (pays[mid - 1]! + pays[mid]!) / 2;
}

describe('claims on cells binned at a source’s own width', () => {
	test('medians are read at the cells’ $50 bins: within a bin or two of the reports’ own', () => {
		const parity = evaluateClaims(cells, {}, { binWidth: MONTHLY_BIN }).find(
			(e) => e.claim.id === 'parity-ideal'
		)!;
		expect(parity.evaluation.comparisons.length).toBeGreaterThan(0);
		for (const c of parity.evaluation.comparisons) {
			expect(Math.abs(c.a.median - exactMedian('ic', c.stdLevel!))).toBeLessThanOrEqual(
				2 * MONTHLY_BIN
			);
			expect(Math.abs(c.b.median - exactMedian('em', c.stdLevel!))).toBeLessThanOrEqual(
				2 * MONTHLY_BIN
			);
		}
	});

	test('the dollar figures a sentence prints are monthly amounts, not bins × $5,000', () => {
		const startup = evaluateClaims(cells, {}, { binWidth: MONTHLY_BIN }).find(
			(e) => e.claim.id === 'startup-vs-bigtech'
		)!;
		const amounts = [...startup.evaluation.sentence.matchAll(/\$([\d.,]+)(k|M)?/g)].map(
			([, digits, unit]) =>
				Number(digits!.replace(/,/g, '')) * (unit === 'k' ? 1e3 : unit === 'M' ? 1e6 : 1)
		);
		expect(amounts.length).toBeGreaterThan(0);
		// Synthetic monthly pay runs a few thousand dollars; read at $5,000 bins it would be 100 times more.
		for (const amount of amounts) expect(amount).toBeLessThan(30_000);
	});

	test('the share above a threshold reads bins at their own width', () => {
		const em5 = exactMedian('em', 5);
		const isIc5 = (c: PayCell) => c.track === 'ic' && c.stdLevel === 5;
		const exact =
			monthly.filter((r) => r.track === 'ic' && r.stdLevel === 5 && r.total > em5).length /
			monthly.filter((r) => r.track === 'ic' && r.stdLevel === 5).length;
		const { share } = shareAbove(cells, {}, isIc5, em5, MONTHLY_BIN);
		expect(Math.abs(share - exact)).toBeLessThan(0.05);
	});
});

describe('a monthly source’s dollars say so', () => {
	// A dollar figure not followed by "a month", unless it opens a range whose end says it.
	const dollars = /\$[\d.,]*\d[kM]?(?![\d.,kM])(?! a month)(?!–\$)/g;
	test('every dollar figure in the sentences and story lines reads "a month" when the pay is a month’s', () => {
		const evaluated = evaluateClaims(cells, {}, { binWidth: MONTHLY_BIN, perMonth: true });
		const texts = evaluated.flatMap((e) => [
			e.evaluation.sentence,
			...toFigureLines(e.evaluation, true)
		]);
		const withDollars = texts.filter((t) => t.includes('$'));
		expect(withDollars.length, 'some text names dollars').toBeGreaterThan(0);
		for (const text of withDollars) expect(text.match(dollars), text).toBeNull();
	});

	test('yearly pay keeps its figures bare', () => {
		const evaluated = evaluateClaims(cells, {}, { binWidth: MONTHLY_BIN });
		const texts = evaluated.flatMap((e) => [e.evaluation.sentence, ...toFigureLines(e.evaluation)]);
		expect(texts.some((t) => t.includes(' a month'))).toBe(false);
	});
});
