/**
 * What an explorer view is: one module per view (src/lib/views/<view>/index.ts) that knows what
 * it computes from the cells and filters, its headline and n, its downloads, where it marks the
 * user's position, and the components that draw its chart and its table. The route renders
 * whichever view the URL names (registry.ts) and knows nothing of any one view.
 *
 * Every member of ExplorerView is required (optional ones say so), and the registry is checked
 * with `satisfies`, so a view missing a part does not compile.
 */
import type { Component } from 'svelte';
import type { LevelEntry } from '$lib/data/levels';
import type { Band, CompanyType } from '$lib/data/domain';
import type { PayCell } from '$lib/data/cells';
import type { CompanyOption } from '$lib/data/explore';
import type { Position } from '$lib/data/position';
import type { ExportData } from '$lib/data/tables';
import type { Filters } from '$lib/state/filters';
import type { SourceId } from '$lib/data/sources/registry';
import type { DollarsBasis } from '$lib/data/sources/dollars';
import type { UploadedSheet } from '$lib/state/sheet.svelte';
import type { ViewId } from './ids';

/** Where the loaded numbers come from, for the source line. */
export interface SourceInfo {
	name: string;
	firstYear: number;
	lastYear: number;
}

/** Loaded on first use by the views that need them (see ExplorerView.load). */
export interface ViewExtras {
	/** The level catalog's entries: company ladders name each company's own levels. */
	levelEntries?: readonly LevelEntry[];
	/** Where the claims' evaluations come from: the ladder draws the essays' claims as notes. */
	claimChecks?: typeof import('$lib/state/claimResults.svelte');
}

/** Everything a view computes from. One object, so a new input is one new field. */
export interface ViewContext {
	filters: Filters;
	/** The loaded dataset's cells in the chosen dollars (see measure.dollars); empty until it arrives. */
	cells: readonly PayCell[];
	/** The same cells in the dollars as reported: what claims are evaluated on, so verdicts never move with the switch. */
	reportedCells: readonly PayCell[];
	/** False until the dataset arrives. */
	loaded: boolean;
	/**
	 * Whether the prerendered total-pay ladders describe these filters (a company type alone, total
	 * pay): only then may a view show them before the dataset arrives.
	 */
	prerenderedFits: boolean;
	source: SourceInfo;
	/** The prerendered total-pay ladders per company type, shown until the dataset arrives. */
	prerendered: Readonly<Record<CompanyType | 'all', Band[]>>;
	/** The companies the data names, most reports first. */
	companies: readonly CompanyOption[];
	extras: ViewExtras;
	/** The user's position when it can be marked (total pay only), else undefined. */
	mine: Position | undefined;
	/** The band sheet the user uploaded, drawn beside the market where a view can; else undefined. */
	sheet?: UploadedSheet;
	/** Words every view's text shares. */
	words: ViewWords;
	/** What the shown source's pay is and what details it has (see context.ts). */
	measure: ViewMeasure;
}

/** What the shown source's pay measures and what it has, so a view draws only what it can. */
export interface ViewMeasure {
	/** The bundled source shown, or 'upload'. */
	sourceId: SourceId | 'upload';
	/** The source's name in tight places: "DOU Ukraine". */
	shortLabel: string;
	/** The pay measure in words: "net base pay a month". */
	label: string;
	/** True when the amounts are per month (DOU), so money reads "$2,500 a month". */
	perMonth: boolean;
	/** The width the cells' histograms were binned with, for every quantile. */
	binWidth: number;
	/** Which details the source has. */
	has: { companies: boolean; levels: boolean; companyTypes: boolean; stock: boolean };
	/** The currency of every amount: "USD", or an upload's own (currency.ts). */
	currency: string;
	/** Which dollars the amounts are in (today's or as reported), in words for every figure. */
	dollars: DollarsBasis;
}

export interface ViewWords {
	/** The pay component as it reads in a sentence, e.g. 'base salary'. */
	component: string;
	/** Where the numbers come from, e.g. 'at finance companies in New York'. */
	where: string;
	/** The pay axis label, e.g. '↑ Total pay a year'. */
	payLabel: string;
	/** The pay with its period, for captions and subtitles: 'total pay a year', 'net base pay a month'. */
	measured: string;
	/** Which dollars the figures are in: 'in May 2026 dollars; reported 2017–2021'. */
	dollars: string;
	/** The title of a one-group chart, e.g. 'IC vs EM total pay by level, all company types'. */
	chartTitle: string;
}

/** How a view shows the user's position, and the notes that go with it. */
export interface PositionMark {
	/** Whether the chart marks the position; when not, `hiddenReason` says why. */
	shown: boolean;
	hiddenReason: string;
	/** How the chart marks it, when not with a line marked “You”. */
	markedAs?: string;
	/** Which reports the percentiles are among, when not the view's. */
	among?: string;
	/** Added to the exported image's subtitle when the mark is shown. */
	exportNote: string;
}

/** What the view's chart and table components receive. */
export interface ViewProps<Model> {
	model: Model;
	ctx: ViewContext;
	/** The view's headline, for the chart's description. */
	headline: string;
}

/** A view's own controls above the chart (e.g. the company picker): they change filters. */
export interface ViewControlsProps<Model> extends Omit<ViewProps<Model>, 'headline'> {
	onchange: (patch: Partial<Filters>) => void;
}

/** Skeleton charts (ChartSkeleton.svelte): level slots, small panels, gap rows, histogram bars. */
export type SkeletonShape = 'ladder' | 'panels' | 'rows' | 'bars';

/**
 * Filter controls shown only on some views. 'group' is the company-type and company filters:
 * a view whose panels are the groups leaves it out, and those filters do not apply there.
 */
export type OptionalControl = 'group' | 'scale' | 'range' | 'notes' | 'level';

/** What a view computes and says: everything but its components, testable in node. */
export interface ViewLogic<Id extends ViewId, Model> {
	id: Id;
	/** The view's tab label. */
	label: string;
	/** The filter controls the view uses beyond the shared ones. */
	controls: readonly OptionalControl[];
	/** True when the chart waits for the dataset (a loading note shows meanwhile). */
	needsData: boolean;
	/** The shape of the chart's skeleton, drawn while its numbers are not there. */
	skeleton: SkeletonShape;
	/** Loads what the view needs on first use; undefined when nothing is missing. */
	load?: (filters: Filters, extras: ViewExtras) => Promise<ViewExtras> | undefined;
	/**
	 * Why the view cannot be drawn on the shown source (e.g. "DOU Ukraine names no companies…"),
	 * or undefined when it can; the page shows the reason instead of the chart and table.
	 */
	unavailable?: (ctx: ViewContext) => string | undefined;
	/** The view's numbers. Called in a `$derived`, so it recomputes when its inputs change. */
	compute: (ctx: ViewContext) => Model;
	/** One sentence on what the chart shows, from the data. */
	headline: (model: Model, ctx: ViewContext) => string;
	/** Reports behind the view. */
	n: (model: Model, ctx: ViewContext) => number;
	/** What the source line adds about the marks, e.g. ' · boxes p25–p75'. */
	sourceNote: (ctx: ViewContext) => string;
	/** Whether the downloaded image carries the IC/EM colour key. */
	legend: boolean;
	/** The numbers behind the chart for CSV/JSON, or undefined when there is nothing to download. */
	exportData: (model: Model, ctx: ViewContext) => ExportData | undefined;
	/** The downloads' file name, without extension. */
	fileBase: (ctx: ViewContext) => string;
	/** How the chart shows the user's position (ctx.mine is set when this is asked). */
	positionMark: (model: Model, ctx: ViewContext & { mine: Position }) => PositionMark;
}

/** The components that draw a view's chart, its table and its own controls. */
export interface ViewComponents<Model> {
	Chart: Component<ViewProps<Model>>;
	Table: Component<ViewProps<Model>>;
	/** Controls of the view's own, drawn above the headline. */
	Controls?: Component<ViewControlsProps<Model>>;
}

/** A view: its logic, and its components. */
export interface ExplorerView<Id extends ViewId, Model> extends ViewLogic<Id, Model> {
	/**
	 * The components themselves for the default view (its chart is in the prerendered page, so
	 * they come with the page); a loader for every other view, whose components arrive on first
	 * use (components.svelte.ts) and so stay out of the home page's initial JavaScript.
	 */
	components: ViewComponents<Model> | (() => Promise<ViewComponents<Model>>);
}

/** Any registered view, whatever its model. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyView = ExplorerView<ViewId, any>;

/** The registry's shape: a view for every id, each with its own id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ViewRegistry = { [Id in ViewId]: ExplorerView<Id, any> };
