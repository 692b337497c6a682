/**
 * The shapes of a claim and of its evaluation. Pure types: no DOM, no Svelte.
 */
import type { GapEstimate } from '$lib/data/bootstrap.ts';
import type { CellFilter, PayCell, YoeBand } from '$lib/data/cells.ts';
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

/** Two groups compared: toGap(b, a) with its seeded 90% bootstrap interval (GapEstimate). */
export interface Comparison extends Pick<GapEstimate, 'gap' | 'low' | 'high'> {
	/** What is compared, e.g. 'L6' or 'Google L6'. */
	label: string;
	stdLevel?: StdLevel;
	companyType?: CompanyType;
	company?: string;
	/** The experience band, when the comparison is at the same experience rather than level. */
	yoe?: YoeBand;
	a: Side;
	b: Side;
	/** Whether this comparison agrees with the claim's expectation. */
	agrees: boolean;
}

/** A figure that is not a gap: a share, a level or a count. */
export interface Measure {
	label: string;
	/** The level the figure is about, when it is about one: read this, never the label. */
	stdLevel?: StdLevel;
	value: number;
	kind: 'share' | 'level' | 'count';
	/** Whether this figure agrees with the claim, when that can be said of it alone. */
	agrees?: boolean;
}

/**
 * One way of reading a claim's words, where they allow two: the manager premium among people at
 * the same level, or among people with the same years of experience (same company type and
 * years band).
 */
export interface Reading {
	id: 'level' | 'experience';
	/** e.g. 'At the same level'. */
	label: string;
	comparisons: Comparison[];
	/** The typical gap: the median over the groups compared. */
	typical: number;
	/** The verdict this reading alone would give. */
	verdict: Verdict;
	/** Its deciding figure against the rule, in words. */
	decisive: string;
	/** Each group's figure, when the reading judges a share rather than the gap (one per comparison). */
	measures?: Measure[];
}

export interface Evaluation {
	verdict: Verdict;
	/** One sentence, generated from the figures, on what the data shows. */
	sentence: string;
	/**
	 * The figure that decided the verdict, set against its rule in words a lay reader follows,
	 * e.g. 'a 25.04% cut, just over the 25% we count as modest'. The sentence contains it.
	 */
	decisive: string;
	/** Both readings, side by side, when the claim's words allow two; the verdict rests on one. */
	readings?: { shown: Reading[]; restsOn: Reading['id']; why: string };
	/** The rule that turned the figures into the verdict, naming its thresholds. */
	rule: string;
	comparisons: Comparison[];
	measures: Measure[];
	/** Reports used on each track (every report counted once). */
	n: Record<Track, number>;
	/** Of those reports, the ones the years-of-experience fallback placed at their level. */
	fallback: Record<Track, number>;
	/**
	 * Of those reports, the ones whose cells do not say how their level was placed (withheld for
	 * privacy in a published bundle); they may have been placed either way.
	 */
	placementWithheld: Record<Track, number>;
}

/** How an evaluation runs, when not the way the Claims page shows it. */
export interface EvaluateOptions {
	/** Multiplies the claim's own threshold (1 unless the Method page tests its sensitivity). */
	scale?: number;
	/** Bootstrap draws behind each interval (fewer inside the stability resampling). */
	draws?: number;
	/**
	 * The width the cells' histograms were binned with (the source's bundle says it: $50 a month
	 * on DOU); $5,000 unless given. Medians and shares are read at it, so a claim's dollar figures
	 * are in the source's own units.
	 */
	binWidth?: number;
	/** The source's pay is a month's (DOU): dollar figures in sentences say "a month". */
	perMonth?: boolean;
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
	/**
	 * The threshold the verdict turns on, as the Method page tests it at half and one and a half
	 * times its value; absent when the rule has no number to move.
	 */
	threshold?: { name: string; value: number; unit: 'percent' | 'points' | 'share' };
	evaluate(cells: readonly PayCell[], filter: CellFilter, options?: EvaluateOptions): Evaluation;
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
