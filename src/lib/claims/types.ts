/**
 * The shapes of a claim and of its evaluation. Pure types: no DOM, no Svelte.
 */
import type { CellFilter, PayCell } from '$lib/data/cells.ts';
import type { CompanyType, StdLevel, Track } from '$lib/data/domain.ts';
import type { ViewId } from '$lib/views/ids.ts';

/** What the loaded data says about a claim. */
export type Verdict = 'supported' | 'mixed' | 'contradicted' | 'not-enough-data';
export const VERDICT_LABELS: Record<Verdict, string> = {
	supported: 'Supported',
	mixed: 'Mixed',
	contradicted: 'Contradicted',
	'not-enough-data': 'Not enough data'
};

/** One group's median, with its 90% bootstrap interval and count. */
export interface Side {
	/** e.g. 'IC L6', 'Startup EM'. */
	label: string;
	median: number;
	n: number;
}

/** Two groups compared: b ÷ a − 1, with a seeded 90% bootstrap interval. */
export interface Comparison {
	/** What is compared, e.g. 'L6' or 'Google L6'. */
	label: string;
	stdLevel?: StdLevel;
	companyType?: CompanyType;
	company?: string;
	a: Side;
	b: Side;
	gap: number;
	low: number;
	high: number;
	/** Whether this comparison agrees with the claim's expectation. */
	agrees: boolean;
}

/** A figure that is not a gap: a share, a level or a count. */
export interface Measure {
	label: string;
	value: number;
	kind: 'share' | 'level' | 'count';
	/** Whether this figure agrees with the claim, when that can be said of it alone. */
	agrees?: boolean;
}

export interface Evaluation {
	verdict: Verdict;
	/** One sentence, generated from the figures, on what the data shows. */
	sentence: string;
	/** The rule that turned the figures into the verdict, naming its thresholds. */
	rule: string;
	comparisons: Comparison[];
	measures: Measure[];
	/** Reports used on each track (every report counted once). */
	n: Record<Track, number>;
}

/** The explorer's views, where a claim's figures can be seen in full (ids of the view registry). */
export type ExplorerView = ViewId;

/** Where an annotation points on a level-by-level chart. */
export interface Anchor {
	stdLevel: StdLevel;
	track?: Track;
}

export interface Claim {
	id: string;
	/** Id of the essay in SOURCES. */
	source: EssayId;
	/** A short name for badges and notes, e.g. 'Parity is the ideal'. */
	title: string;
	/** The argument in our own words. */
	paraphrase: string;
	/** How the data tests it, in one sentence for the Method page. */
	test: string;
	/** Explorer views where it belongs; the first is the one the Claims page links to. */
	views: readonly ExplorerView[];
	/** Half-width of the gap band where the claim holds, shaded on its chart (e.g. 0.1 for ±10%). */
	band?: number;
	evaluate(cells: readonly PayCell[], filter: CellFilter): Evaluation;
	/** Where the claim sits on the ladder chart, from its evaluation; undefined when nowhere. */
	anchor?(evaluation: Evaluation): Anchor | undefined;
}

export type EssayId = 'two-tracks' | 'choosing-track' | 'leadership-myths';

export interface Essay {
	id: EssayId;
	/** The title the app cites, as shared/seeds/README.md gives it. */
	title: string;
	/** Who and when, as far as the file says. */
	byline: string;
	/** What the essay argues, in our own words. */
	argument: string;
}
