// The story's steps on seeded synthetic cells (tests/fixtures/cells.ts): every step has its
// claims, a chart that follows from their evaluations, and an explorer link that parses back to
// the view it names.
import { describe, expect, it } from 'vitest';
import { createSyntheticCells } from '../../../tests/fixtures/cells.ts';
import { evaluateClaims } from './catalog.ts';
import {
	createStory,
	findNoteNumber,
	STORY_FIGURES,
	toChartTitle,
	toFigureLines
} from './story.ts';

const cells = createSyntheticCells();
const evaluated = evaluateClaims(cells);

describe('createStory', () => {
	const story = createStory(evaluated);

	it('walks through every claim of the catalog once', () => {
		const ids = story.flatMap((s) => s.items.map((i) => i.claim.id));
		expect([...ids].sort()).toEqual(evaluated.map((e) => e.claim.id).sort());
	});

	it('gives each step a chart whose notes are its own claims, numbered from 1', () => {
		for (const step of story) {
			if (step.chart.kind !== 'ladder') continue;
			const own = step.items.map((i) => i.claim.id);
			for (const note of step.chart.annotations) expect(own).toContain(note.id);
			expect(step.chart.annotations.map((a) => a.number)).toEqual(
				step.chart.annotations.map((_, i) => i + 1)
			);
			// Numbered in the step's order, so the text can name them.
			const told = step.chart.annotations.map((a) => own.indexOf(a.id));
			expect(told).toEqual([...told].sort((a, b) => a - b));
			for (const note of step.chart.annotations)
				expect(findNoteNumber(step, note.id)).toBe(note.number);
		}
	});

	it('draws the parity step as the gap rows the claim compared', () => {
		const parity = story.find((s) => s.id === 'parity')!;
		const levels = parity.items[0]!.evaluation.comparisons.map((c) => c.stdLevel);
		expect(parity.chart).toMatchObject({ kind: 'gap', where: 'all company types' });
		expect(parity.chart.kind === 'gap' && parity.chart.rows.map((r) => r.stdLevel)).toEqual(levels);
	});

	it('names for each step an explorer view that shows its claims', () => {
		for (const step of story)
			expect(step.items.flatMap((item) => item.claim.views)).toContain(step.explore.view);
	});

	it('follows the data: the same-neighborhood step shows a company its claim compared', () => {
		const step = story.find((s) => s.id === 'neighborhood')!;
		const companies = step.items[0]!.evaluation.comparisons.map((c) => c.company);
		if (step.chart.kind === 'ladder' && step.chart.filter.company)
			expect(companies).toContain(step.chart.filter.company);
		else expect(companies).toEqual([]);
	});

	it('leaves out steps whose claims are missing, and does not mutate its input', () => {
		const before = JSON.stringify(evaluated.map((e) => e.claim.id));
		expect(
			createStory(evaluated.filter((e) => e.claim.id !== 'fork-at-five')).map((s) => s.id)
		).not.toContain('fork');
		expect(JSON.stringify(evaluated.map((e) => e.claim.id))).toBe(before);
	});
});

describe('toChartTitle and toFigureLines', () => {
	it('names the chart by its kind, place and notes', () => {
		expect(toChartTitle({ kind: 'gap', rows: [], where: 'all company types' })).toBe(
			'EM premium over IC pay by level, all company types'
		);
		expect(
			toChartTitle({ kind: 'ladder', filter: {}, where: 'at startups', annotations: [] })
		).toBe('IC vs EM total pay by level, at startups');
	});

	it('lists at most a few figures, comparisons with both n', () => {
		const parity = evaluated.find((e) => e.claim.id === 'parity-ideal')!.evaluation;
		const lines = toFigureLines(parity);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.length).toBeLessThanOrEqual(STORY_FIGURES);
		for (const line of lines) expect(line).toMatch(/\(n = [\d,]+\) against .*\(n = [\d,]+\)/);
	});

	it('names no group twice: a comparison named after one of its sides is not named again', () => {
		const side = (label: string, median: number) => ({ label, median, n: 40 });
		const [line] = toFigureLines({
			...evaluated[0]!.evaluation,
			measures: [],
			comparisons: [
				{
					label: 'Startup EM',
					a: side('Big tech L4 IC', 200_000),
					b: side('Startup EM', 150_000),
					gap: -0.25,
					low: -0.3,
					high: -0.2,
					agrees: true
				}
			]
		});
		expect(line).toBe(
			'Startup EM $150,000 (n = 40) against Big tech L4 IC $200,000 (n = 40), −25%'
		);
	});
});
