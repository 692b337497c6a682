/**
 * The guided story: the essays' claims in an order that reads as an argument, each step with the
 * chart that shows it and the explorer view that opens it in full. Pure functions over evaluated
 * claims; the story page draws, turns each step's view into a link, and recomputes everything
 * when the loaded data changes.
 *
 * A step names its claims and how to pick its chart from their evaluations (which company, which
 * levels, which notes), never a figure: every number the reader sees comes from the evaluations.
 */
import type { CellFilter } from '$lib/data/cells.ts';
import { COMPANY_TYPE_LABELS, type CompanyType, type StdLevel } from '$lib/data/domain.ts';
import { formatCount, formatPay, formatPercent } from '$lib/format.ts';
import { createAnnotations, type AnnotationSpec } from './annotations.ts';
import type { EvaluatedClaim } from './catalog.ts';
import type { Comparison, Evaluation, ExplorerView, Measure } from './types.ts';

/** What the sticky chart shows during a step. */
export type StoryChart =
	| {
			kind: 'ladder';
			/** The cells the ladder's bands come from. */
			filter: CellFilter;
			/** Where the bands come from, in words after "IC vs EM total pay by level, ". */
			where: string;
			/** The notes of this step's claims, numbered from 1. */
			annotations: AnnotationSpec[];
	  }
	| {
			kind: 'gap';
			/** The company type and level of each row to show, in the claim's order. */
			rows: { companyType: CompanyType | 'all'; stdLevel: StdLevel }[];
			where: string;
	  };

/** The explorer view that shows a step's figures in full, and the companies it opens with. */
export interface StoryExplore {
	view: ExplorerView;
	/** Companies to show, most compared first (the page keeps as many as the explorer takes). */
	companies: string[];
}

export interface StoryStep {
	id: string;
	/** One claim, or two that read together. */
	items: EvaluatedClaim[];
	chart: StoryChart;
	/** Where to see the step's figures in full. */
	explore: StoryExplore;
}

/** How a company type reads after "at", e.g. 'startups'; the page passes the explorer's words. */
export type TypeWords = (type: CompanyType) => string;

interface StepSpec {
	id: string;
	claims: readonly string[];
	chart(items: EvaluatedClaim[], typeWords: TypeWords): StoryChart;
	explore(items: EvaluatedClaim[]): Partial<StoryExplore> & Pick<StoryExplore, 'view'>;
}

const ALL_TYPES = 'all company types';

/**
 * A ladder of every company type with the notes of the step's own claims, numbered in the order
 * the step tells them (not by level), so the step's text can say which note is whose.
 */
function ladderWithNotes(items: EvaluatedClaim[]): StoryChart {
	const order = items.map((i) => i.claim.id);
	const annotations = createAnnotations(items)
		.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
		.map((spec, i) => ({ ...spec, number: i + 1 }));
	return { kind: 'ladder', filter: { companyType: 'all' }, where: ALL_TYPES, annotations };
}

/** The number of a claim's note on the step's chart, if it has one. */
export function findNoteNumber(step: StoryStep, claimId: string): number | undefined {
	return step.chart.kind === 'ladder'
		? step.chart.annotations.find((a) => a.id === claimId)?.number
		: undefined;
}

/** The gap chart's rows: the company types and levels the first claim compared. */
function gapOfComparisons(items: EvaluatedClaim[]): StoryChart {
	const comparisons = items[0]?.evaluation.comparisons ?? [];
	const rows = comparisons.flatMap((c) =>
		c.stdLevel === undefined
			? []
			: [{ companyType: c.companyType ?? ('all' as const), stdLevel: c.stdLevel }]
	);
	const types = [...new Set(rows.map((r) => r.companyType))];
	const where =
		types.length === 1 && types[0] === 'all'
			? ALL_TYPES
			: types
					.map((t) => (t === 'all' ? ALL_TYPES : COMPANY_TYPE_LABELS[t].toLowerCase()))
					.join(', ');
	return { kind: 'gap', rows, where };
}

/** Companies of a per-company claim, most compared first. */
function companiesOf(evaluation: Evaluation): string[] {
	const counts = new Map<string, number>();
	for (const c of evaluation.comparisons)
		if (c.company) counts.set(c.company, (counts.get(c.company) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([company]) => company);
}

const STEPS: readonly StepSpec[] = [
	{
		id: 'fork',
		claims: ['fork-at-five'],
		chart: ladderWithNotes,
		explore: () => ({ view: 'ladder' })
	},
	{
		id: 'climb',
		claims: ['ic-keeps-climbing', 'dual-ladder'],
		chart: ladderWithNotes,
		explore: () => ({ view: 'ladder' })
	},
	{
		id: 'parity',
		claims: ['parity-ideal'],
		chart: gapOfComparisons,
		explore: () => ({ view: 'gap' })
	},
	{
		id: 'culture',
		claims: ['culture-decides', 'premium-smaller'],
		chart: gapOfComparisons,
		explore: () => ({ view: 'types' })
	},
	{
		id: 'switch',
		claims: ['switch-cost', 'leadership-not-money'],
		chart: ladderWithNotes,
		explore: () => ({ view: 'distribution' })
	},
	{
		id: 'startup',
		claims: ['startup-vs-bigtech'],
		// The ladder of the type the claim read: young startups, or the nearest type a source
		// has (late-stage private on levels.fyi); startups when the claim could compare nothing.
		chart: (items, typeWords) => {
			const type = items[0]?.evaluation.comparisons[0]?.companyType ?? 'startup';
			return {
				kind: 'ladder',
				filter: { companyType: type },
				where: `at ${typeWords(type)}`,
				annotations: []
			};
		},
		explore: () => ({ view: 'types' })
	},
	{
		id: 'neighborhood',
		claims: ['same-neighborhood'],
		chart: (items) => {
			const company = items[0] ? companiesOf(items[0].evaluation)[0] : undefined;
			return company
				? {
						kind: 'ladder',
						filter: { companyType: 'all', company },
						where: `at ${company}`,
						annotations: []
					}
				: { kind: 'ladder', filter: { companyType: 'all' }, where: ALL_TYPES, annotations: [] };
		},
		explore: (items) => ({
			view: 'companies',
			companies: items[0] ? companiesOf(items[0].evaluation) : []
		})
	},
	{
		id: 'drivers',
		claims: ['drivers-not-track'],
		chart: () => ({
			kind: 'ladder',
			filter: { companyType: 'all' },
			where: ALL_TYPES,
			annotations: []
		}),
		explore: () => ({ view: 'distribution' })
	}
];

/**
 * The story's steps on the evaluated claims (steps whose claims are missing are left out).
 *
 *     createStory(evaluateClaims(cells))
 *       → [{ id: 'fork', items: [{ claim: fork-at-five, … }], chart: { kind: 'ladder', … },
 *            explore: { view: 'ladder', companies: [] } }, …]
 */
export function createStory(
	evaluated: readonly EvaluatedClaim[],
	typeWords: TypeWords = (type) => COMPANY_TYPE_LABELS[type].toLowerCase()
): StoryStep[] {
	const byId = new Map(evaluated.map((e) => [e.claim.id, e]));
	return STEPS.flatMap((spec) => {
		const items = spec.claims.flatMap((id) => byId.get(id) ?? []);
		if (items.length === 0) return [];
		const explore = spec.explore(items);
		return [
			{
				id: spec.id,
				items,
				chart: spec.chart(items, typeWords),
				explore: { view: explore.view, companies: explore.companies ?? [] }
			}
		];
	});
}

/**
 * The story's steps before any data: each step's id and the ids of its claims, in order, so the
 * page can draw its frame (step outlines with the claims' titles) while the data loads.
 *
 *     listStoryOutline()[0] → { id: 'fork', claims: ['fork-at-five'] }
 */
export function listStoryOutline(): { id: string; claims: readonly string[] }[] {
	return STEPS.map((spec) => ({ id: spec.id, claims: spec.claims }));
}

/**
 * The accessible name (and visible caption) of a step's chart.
 *
 *     toChartTitle({ kind: 'gap', where: 'all company types', rows }) → 'EM premium over IC pay by level, all company types'
 */
export function toChartTitle(chart: StoryChart): string {
	if (chart.kind === 'gap') return `EM premium over IC pay by level, ${chart.where}`;
	const notes = chart.annotations.map((a) => `“${a.title}”`).join(' and ');
	return `IC vs EM total pay by level, ${chart.where}${notes ? `, marking ${notes}` : ''}`;
}

/** Figures shown under a claim in the story; the Claims page lists them all. */
export const STORY_FIGURES = 4;

/**
 * A claim's leading figures as lines of text with their n: its measures first (they summarise),
 * then its comparisons, at most STORY_FIGURES.
 *
 *     toFigureLines(evaluation) → ['Share below 20%: 91%', 'L5: EM $250,000 (n = 800) against IC $200,000 (n = 9,000), +25%', …]
 */
export function toFigureLines(evaluation: Evaluation, perMonth = false): string[] {
	const measures = evaluation.measures.map(formatMeasure);
	const comparisons = evaluation.comparisons.map((c) => formatComparison(c, perMonth));
	return [...measures, ...comparisons].slice(0, STORY_FIGURES);
}

function formatMeasure(m: Measure): string {
	if (m.kind === 'level') return `${m.label}: L${m.value}`;
	if (m.kind === 'count') return `${m.label}: ${formatCount(m.value)}`;
	return `${m.label}: ${Math.round(m.value * 100)}%`;
}

function formatComparison(c: Comparison, perMonth: boolean): string {
	// Side labels repeat the comparison's ('Tech-first L5 EM' under 'Tech-first L5'): keep the rest.
	const side = (label: string) => label.replace(c.label, '').trim() || label;
	// A comparison named after one of its sides ('Startup EM' against 'Big tech L4 IC') needs no name.
	const name = c.label === c.a.label || c.label === c.b.label ? '' : `${c.label}: `;
	return (
		`${name}${side(c.b.label)} ${formatPay(c.b.median, perMonth)} (n = ` +
		`${formatCount(c.b.n)}) against ${side(c.a.label)} ${formatPay(c.a.median, perMonth)} (n ` +
		`= ${formatCount(c.a.n)}), ${formatPercent(c.gap)}`
	);
}
