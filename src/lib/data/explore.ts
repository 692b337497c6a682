/**
 * The explorer's numbers: from a dataset's pay cells and the user's filters to what each view
 * draws. Pure TypeScript (no DOM, no Svelte), so the page, the end-to-end tests and the bench
 * compute the same figures with the same code.
 *
 * Every function makes a single pass over the cells (about 6,000 for the bundled data) and adds
 * each selected cell's histograms into one group, so a filter change stays well under a frame.
 */
import { medianGap, type GapEstimate } from './bootstrap.ts';
import {
	addCell,
	BIN_WIDTH,
	compareBandOrder,
	createComponentSums,
	HistogramSum,
	matchesFilter,
	sumComponent,
	toBand,
	YOE_BANDS,
	type BandOptions,
	type CellFilter,
	type ComponentSums,
	type PayCell,
	type YoeBand
} from './cells.ts';
import { ALL, groupByTrackLevel, toTrackLevelKey, type Reducer } from './group.ts';
import {
	COMPANY_TYPES,
	STD_LEVELS,
	TRACKS,
	type Band,
	type CompanyType,
	type PayComponent,
	type StdLevel,
	type Track
} from './domain.ts';
import { toCompanyKey } from './companyKey.ts';
import type { LevelEntry } from './levels.ts';
import { REGIONS } from './regions.ts';

/** The filters every view shares, as the URL gives them (see src/lib/state/filters.ts). */
export interface ExploreQuery {
	companyType: CompanyType | 'all';
	/** A company's display name, or '' for all. */
	company: string;
	/** A region id, 'us' for every US region, or '' for everywhere. */
	region: string;
	yoe: Exclude<YoeBand, -1> | null;
	year: number | null;
	component: PayComponent;
	minN: number;
	/** The width the cells' histograms were binned with (the source's meta.binWidth); default $5,000. */
	binWidth?: number;
}

/** The region id of reports whose location was withheld for privacy (data/SOURCES.md). */
export const WITHHELD_REGION = 'withheld';
/** Every US region, for the 'us' choice. */
const US_REGIONS = REGIONS.filter((r) => r.kind !== 'world').map((r) => r.id);

/**
 * Query → the CellFilter of cells.ts. A region, year or experience filter selects only cells
 * that state that detail, so cells whose detail was withheld drop out (countWithheld says how
 * many reports that leaves out).
 *
 *     toCellFilter({ companyType: 'finance', region: 'us', year: 2020, … })
 *       → { companyType: 'finance', region: ['sf-bay-area', …, 'other-us'], years: [2020] }
 */
export function toCellFilter(query: Omit<ExploreQuery, 'component' | 'minN'>): CellFilter {
	const filter: CellFilter = { companyType: query.companyType };
	if (query.company) filter.company = query.company;
	if (query.region) filter.region = query.region === 'us' ? US_REGIONS : [query.region];
	if (query.year !== null) filter.years = [query.year];
	if (query.yoe !== null) filter.yoe = [query.yoe];
	return filter;
}

/**
 * How many reports of the chosen company type and company a region, year or experience filter
 * leaves out only because that detail was withheld (or never given). 0 when no such filter is on.
 *
 *     countWithheld(cells, { …, year: 2020 }) → 2091
 */
export function countWithheld(
	cells: readonly PayCell[],
	query: Omit<ExploreQuery, 'component' | 'minN'>
): number {
	const byRegion = query.region !== '';
	const byYear = query.year !== null;
	const byYoe = query.yoe !== null;
	if (!byRegion && !byYear && !byYoe) return 0;
	const scope: CellFilter = { companyType: query.companyType, company: query.company || undefined };
	let n = 0;
	for (const cell of cells) {
		if (!matchesFilter(cell, scope)) continue;
		if (
			(byRegion && cell.region === WITHHELD_REGION) ||
			(byYear && cell.year === 0) ||
			(byYoe && cell.yoe === -1)
		)
			n += cell.n;
	}
	return n;
}

/** Each group's four sums, with its first cell to name the group's band by. */
function sumsWithFirstCell(
	binWidth = BIN_WIDTH
): Reducer<PayCell, { cell: PayCell; sums: ComponentSums }> {
	return {
		create: (cell) => ({ cell, sums: createComponentSums(binWidth) }),
		add: (sum, cell) => addCell(sum.sums, cell)
	};
}
const SUMS_WITH_FIRST_CELL = sumsWithFirstCell();

/** Options of the grouped band functions. */
type GroupOptions = Pick<BandOptions, 'source'> &
	Pick<ExploreQuery, 'component' | 'minN' | 'binWidth'>;

/**
 * Bands per group, in one pass: `groupOf` names the group of a selected cell (or null to skip
 * it), and each group gets a band per (track, level).
 *
 *     bandsByGroup(cells, {}, (c) => c.companyType, opts) → Map { 'big-tech' → [ic3, em3, …], … }
 */
export function bandsByGroup<G extends string>(
	cells: readonly PayCell[],
	filter: CellFilter,
	groupOf: (cell: PayCell) => G | null,
	{ component, minN, source = '', binWidth }: GroupOptions
): Map<G, Band[]> {
	const groups = groupByTrackLevel(cells, {
		where: (cell) => matchesFilter(cell, filter),
		by: groupOf,
		reduce: binWidth ? sumsWithFirstCell(binWidth) : SUMS_WITH_FIRST_CELL
	});
	const out = new Map<G, Band[]>();
	for (const [group, byTrackLevel] of groups) {
		const bands: Band[] = [];
		for (const { cell, sums } of byTrackLevel.values()) {
			const band = toBand(
				sums,
				{
					companyType:
						filter.companyType && filter.companyType !== 'all'
							? filter.companyType
							: cell.companyType,
					company: filter.company ?? cell.company,
					track: cell.track,
					stdLevel: cell.stdLevel
				},
				{ component, minN, source }
			);
			if (band) bands.push(band);
		}
		out.set(group, bands.sort(compareBandOrder));
	}
	return out;
}

/**
 * The ladder of each company type (the small multiples), every type present even when empty.
 * The company-type filter does not apply here: the view is the comparison across types.
 *
 *     bandsByType(cells, query) → { 'big-tech': [ic3, em3, …], …, unclassified: [] }
 */
export function bandsByType(
	cells: readonly PayCell[],
	query: ExploreQuery,
	source = ''
): Record<CompanyType, Band[]> {
	const filter = { ...toCellFilter(query), companyType: 'all' as const };
	const groups = bandsByGroup(cells, filter, (cell) => cell.companyType, { ...query, source });
	const out = {} as Record<CompanyType, Band[]>;
	for (const type of COMPANY_TYPES)
		out[type] = (groups.get(type) ?? []).map((band) => ({
			...band,
			companyType: type,
			company: ''
		}));
	return out;
}

/**
 * The ladders of a few named companies, in the order given; a company with no reports under
 * the filters gets an empty ladder. Company type and company filters do not apply.
 */
export function bandsByCompany(
	cells: readonly PayCell[],
	query: ExploreQuery,
	companies: readonly string[],
	source = ''
): { company: string; bands: Band[] }[] {
	const filter = { ...toCellFilter({ ...query, company: '' }), companyType: 'all' as const };
	const wanted = new Set(companies);
	const groups = bandsByGroup(
		cells,
		filter,
		(cell) => (cell.company !== '' && wanted.has(cell.company) ? cell.company : null),
		{
			...query,
			source
		}
	);
	return companies.map((company) => ({ company, bands: groups.get(company) ?? [] }));
}

/** A company the data names, with its type and number of reports. */
export interface CompanyOption {
	name: string;
	companyType: CompanyType;
	n: number;
}

/**
 * The companies the cells name (the folded "other companies" are not one), most reports first.
 *
 *     listCompanies(cells) → [{ name: 'Amazon', companyType: 'big-tech', n: 5266 }, …]
 */
export function listCompanies(cells: readonly PayCell[]): CompanyOption[] {
	const byName = new Map<string, CompanyOption>();
	for (const cell of cells) {
		if (cell.company === '') continue;
		const option = byName.get(cell.company);
		if (option) option.n += cell.n;
		else byName.set(cell.company, { name: cell.company, companyType: cell.companyType, n: cell.n });
	}
	return [...byName.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}

/**
 * The company types the cells have reports for, in the catalog's order (DOU's `services` only
 * where a source names it), so a filter offers no type that would show nothing.
 */
export function listCompanyTypes(cells: readonly PayCell[]): CompanyType[] {
	const present = new Set(cells.map((c) => c.companyType));
	return COMPANY_TYPES.filter((type) => present.has(type));
}

/** The report years the cells state, ascending (withheld years left out). */
export function listYears(cells: readonly PayCell[]): number[] {
	return [...new Set(cells.map((c) => c.year).filter((y) => y > 0))].sort((a, b) => a - b);
}

/** One dot of the parity-gap chart: the EM premium at one level for one company type. */
export interface GapRow extends Pick<GapEstimate, 'gap' | 'low' | 'high'> {
	companyType: CompanyType | 'all';
	stdLevel: StdLevel;
	/** Reports on each track behind the two medians. */
	icN: number;
	emN: number;
	/** True when either track has fewer than minN reports: drawn faded and labelled. */
	lowN: boolean;
}

/**
 * EM median ÷ IC median − 1 per company type (and all types together) and level, with a seeded
 * 90% bootstrap interval, wherever both tracks have at least one report. One pass over the
 * cells fills the sums; the bootstrap then costs one Beta draw per resample (bootstrap.ts).
 *
 *     gapRows(cells, query) → [{ companyType: 'all', stdLevel: 5, gap: 0.04, low: 0.01, high: 0.07, icN: 9000, emN: 800, lowN: false }, …]
 */
export function gapRows(cells: readonly PayCell[], query: ExploreQuery): GapRow[] {
	const filter = { ...toCellFilter(query), companyType: 'all' as const };
	// Each company type's sums, and every type's together under 'all'.
	const options = {
		where: (cell: PayCell) => matchesFilter(cell, filter),
		reduce: sumComponent(query.component, query.binWidth)
	};
	const byType = groupByTrackLevel(cells, { ...options, by: (cell) => cell.companyType });
	const allTypes = groupByTrackLevel(cells, options).get(ALL);
	const rows: GapRow[] = [];
	for (const type of ['all', ...COMPANY_TYPES] as const) {
		for (const level of STD_LEVELS) {
			const byTrackLevel = type === 'all' ? allTypes : byType.get(type);
			const ic = byTrackLevel?.get(toTrackLevelKey('ic', level));
			const em = byTrackLevel?.get(toTrackLevelKey('em', level));
			if (!ic || !em) continue;
			const estimate = medianGap(ic, em);
			if (!estimate || !Number.isFinite(estimate.gap)) continue;
			rows.push({
				companyType: type,
				stdLevel: level,
				gap: estimate.gap,
				low: estimate.low,
				high: estimate.high,
				icN: estimate.a.n,
				emN: estimate.b.n,
				lowN: ic.n < query.minN || em.n < query.minN
			});
		}
	}
	return rows;
}

/** One bar of a distribution: the share of a track's reports with pay in [x0, x1). */
export interface DistributionBin {
	x0: number;
	x1: number;
	count: number;
	/** count ÷ the track's n, so tracks of different sizes compare. */
	share: number;
}

/** One track's pay at one level: binned counts and quartiles. */
export interface TrackDistribution {
	track: Track;
	n: number;
	bins: DistributionBin[];
	p25: number;
	p50: number;
	p75: number;
	lowN: boolean;
}

/**
 * Display bin widths to choose from, each a multiple of the ones before that divide it; only
 * widths at least the data's own bins ($5,000 a year, $50 a month on DOU) are used.
 */
const DISPLAY_WIDTHS = [
	50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 250_000, 500_000
];
/** At most this many bars per track, so bars stay wider than a few pixels on a phone. */
const MAX_DISPLAY_BINS = 40;

/**
 * The bar width for pay up to `top`: the first of DISPLAY_WIDTHS that makes at most
 * MAX_DISPLAY_BINS bars, and past them ($20M) the next 1-2-5 step, so that the number of bars
 * stays bounded for any amount (an upload's top pay is the file's to choose).
 *
 *     toDisplayWidth(800_000) → 20_000     toDisplayWidth(1e12) → 50_000_000_000
 */
export function toDisplayWidth(top: number, binWidth = BIN_WIDTH): number {
	const listed = DISPLAY_WIDTHS.find(
		(w) => w >= binWidth && w % binWidth === 0 && top / w <= MAX_DISPLAY_BINS
	);
	if (listed !== undefined) return listed;
	for (let power = 1e6; power < Infinity; power *= 10) {
		for (const step of [1, 2, 5]) if (top / (step * power) <= MAX_DISPLAY_BINS) return step * power;
	}
	return Number.MAX_VALUE;
}

/**
 * Both tracks' pay at one level under the filters, binned for a histogram. Bars run up to the
 * higher of the two tracks' 98th percentiles; reports above it are counted in the last bar, so
 * one extreme report cannot squash the chart, and nothing is dropped.
 *
 *     distributionAt(cells, query, 6) → { width: 20000, max: 800000, tracks: [{ track: 'ic', n: 3000, bins: […], p25, p50, p75 }, …] }
 */
export function distributionAt(
	cells: readonly PayCell[],
	query: ExploreQuery,
	level: StdLevel
): { width: number; max: number; tracks: TrackDistribution[] } {
	const filter = toCellFilter(query);
	const binWidth = query.binWidth ?? BIN_WIDTH;
	// Each track's sum for the quantiles, and its count per histogram bin for the bars.
	const byTrackLevel = groupByTrackLevel(cells, {
		where: (cell) => cell.stdLevel === level && matchesFilter(cell, filter),
		reduce: {
			create: () => ({ sum: new HistogramSum(binWidth), counts: new Map<number, number>() }),
			add: ({ sum, counts }, cell) => {
				const hist = cell[query.component];
				sum.add(hist);
				for (let i = 0; i < hist.length; i += 2)
					counts.set(hist[i]!, (counts.get(hist[i]!) ?? 0) + hist[i + 1]!);
			}
		}
	}).get(ALL);
	const empty = { sum: new HistogramSum(binWidth), counts: new Map<number, number>() };
	const byTrack = (track: Track) => byTrackLevel?.get(toTrackLevelKey(track, level)) ?? empty;
	const sums = { ic: byTrack('ic').sum, em: byTrack('em').sum };
	const counts = { ic: byTrack('ic').counts, em: byTrack('em').counts };
	const top = Math.max(sums.ic.quantile(0.98) ?? 0, sums.em.quantile(0.98) ?? 0, binWidth);
	const width = toDisplayWidth(top, binWidth);
	// At most MAX_DISPLAY_BINS whatever the data: the count of bars is an array length.
	const binCount = Math.min(MAX_DISPLAY_BINS, Math.max(1, Math.ceil(top / width)));
	const tracks: TrackDistribution[] = [];
	for (const track of TRACKS) {
		const sum = sums[track];
		if (sum.n === 0) continue;
		const bars = new Array<number>(binCount).fill(0);
		for (const [bin, count] of counts[track])
			bars[Math.min(binCount - 1, Math.floor((bin * binWidth) / width))]! += count;
		tracks.push({
			track,
			n: sum.n,
			bins: bars.map((count, i) => ({
				x0: i * width,
				x1: (i + 1) * width,
				count,
				share: count / sum.n
			})),
			p25: sum.quantile(0.25)!,
			p50: sum.quantile(0.5)!,
			p75: sum.quantile(0.75)!,
			lowN: sum.n < query.minN
		});
	}
	return { width, max: binCount * width, tracks };
}

/** One pay bin of the distribution as its tables list it, with both tracks' reports. */
export interface DistributionBinRow {
	/** The bin's lower edge. */
	from: number;
	/** The bin's upper edge, or null for the last bin, which holds every report above `from`. */
	to: number | null;
	/** The bin in words a spreadsheet keeps as text: '380000-400000', or '400000+' for the last. */
	label: string;
	/** Reports in the bin, one count per track in the order given. */
	counts: number[];
}

/**
 * The distribution's pay bins from the first to the last that holds any report, both tracks side
 * by side. A bin empty on both tracks between them is kept: that nobody reported such pay is
 * part of the shape. The histogram's last bin holds every report above its lower edge, so it has
 * no upper edge and reads '400000+'.
 *
 *     listDistributionBins(tracks)
 *       → [{ from: 100000, to: 120000, label: '100000-120000', counts: [42, 3] }, …, { from: 400000, to: null, label: '400000+', counts: [12, 30] }]
 */
export function listDistributionBins(
	tracks: readonly Pick<TrackDistribution, 'bins'>[]
): DistributionBinRow[] {
	const bins = tracks[0]?.bins ?? [];
	const counts = bins.map((_, i) => tracks.map((t) => t.bins[i]?.count ?? 0));
	const used = counts.map((row) => row.some((count) => count > 0));
	const first = used.indexOf(true);
	const last = used.lastIndexOf(true);
	if (first === -1) return [];
	return bins.slice(first, last + 1).map((bin, j) => {
		const openEnded = first + j === bins.length - 1;
		return {
			from: bin.x0,
			to: openEnded ? null : bin.x1,
			label: openEnded ? `${bin.x0}+` : `${bin.x0}-${bin.x1}`,
			counts: counts[first + j]!
		};
	});
}

/** Labels of the experience bands, for filter menus and subtitles. */
export const YOE_LABELS: readonly string[] = YOE_BANDS.map((band) => band.label);

/**
 * A company's own level labels per common level and track, from the level catalog, so its
 * ladder can be read in its own words ("L5", "E6", "SDE II").
 *
 *     companyLevelLabels(catalog.entries(), 'Google').get(5) → { ic: ['L5'], em: ['L5'] }
 */
export function companyLevelLabels(
	entries: readonly Pick<LevelEntry, 'companyKey' | 'companyLevel' | 'track' | 'stdLevel'>[],
	company: string
): Map<StdLevel, Record<Track, string[]>> {
	const key = toCompanyKey(company);
	const out = new Map<StdLevel, Record<Track, string[]>>();
	for (const entry of entries) {
		if (entry.companyKey !== key) continue;
		let labels = out.get(entry.stdLevel);
		if (!labels) out.set(entry.stdLevel, (labels = { ic: [], em: [] }));
		for (const track of entry.track === 'any' ? TRACKS : [entry.track]) {
			if (!labels[track].includes(entry.companyLevel)) labels[track].push(entry.companyLevel);
		}
	}
	return out;
}
