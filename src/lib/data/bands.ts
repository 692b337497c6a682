/**
 * Records → pay bands: quantiles of total pay per (company type, company, track, std_level),
 * with roll-ups per company type (company '') and overall (company type 'all').
 *
 * Quantiles are d3-array's (`quantileSorted` of the sorted values), which interpolate linearly
 * between order statistics (the R-7 / Excel PERCENTILE.INC method): the median of [1, 2, 3, 4]
 * is 2.5. quantiles.ts finds those order statistics without sorting every value.
 *
 * The accumulator keeps only numbers, so the CLI can stream a million-row file through it
 * without holding the records themselves.
 */
import { quantilesOfRange } from './quantiles.ts';
import {
	COMPANY_TYPES,
	type Band,
	type CompanyType,
	type PayRecord,
	type StdLevel,
	type Track
} from './domain.ts';

/**
 * Groups with fewer reports than this are kept but flagged `lowN`: five reports give a median,
 * but their p10 and p90 are just the extremes, so the chart draws them faded and labelled.
 */
export const DEFAULT_MIN_N = 5;

/**
 * A (track, level) pair as one small number, the index of arrays kept per pair: IC levels 3–9 at
 * 0–6, EM levels 3–9 at 7–13.
 */
const TRACK_LEVEL_COUNT = 14;
const toTrackLevel = (track: Track, stdLevel: StdLevel) => (track === 'ic' ? 0 : 7) + stdLevel - 3;
const trackOfIndex = (trackLevel: number): Track => (trackLevel < 7 ? 'ic' : 'em');
const stdLevelOfIndex = (trackLevel: number) => ((trackLevel % 7) + 3) as StdLevel;
/** Track-levels in the order bands are listed: level 3 to 9, IC before EM at each. */
const TRACK_LEVELS_IN_ORDER = Array.from({ length: TRACK_LEVEL_COUNT }, (_, i) =>
	i % 2 === 0 ? i / 2 : 7 + (i - 1) / 2
);

/**
 * One pay component of every record added, as two growing columns: the record's group and the
 * value. Adding a record writes two numbers, with no list per group to make or grow.
 */
class ValueColumn {
	groups = new Int32Array(1024);
	values = new Float64Array(1024);
	length = 0;

	push(group: number, value: number): void {
		if (this.length === this.values.length) {
			const groups = new Int32Array(this.length * 2);
			groups.set(this.groups);
			this.groups = groups;
			const values = new Float64Array(this.length * 2);
			values.set(this.values);
			this.values = values;
		}
		this.groups[this.length] = group;
		this.values[this.length++] = value;
	}

	/**
	 * The values ordered by group, in the groups' `rank` order (a counting sort), and where each
	 * group starts: group g holds `values[starts[rank[g]] … starts[rank[g] + 1])`.
	 */
	byGroup(rank: Int32Array): { values: Float64Array; starts: Int32Array } {
		const starts = new Int32Array(rank.length + 1);
		for (let i = 0; i < this.length; i++) starts[rank[this.groups[i]!]! + 1]!++;
		for (let r = 0; r < rank.length; r++) starts[r + 1]! += starts[r]!;
		const next = starts.slice(0, rank.length);
		const values = new Float64Array(this.length);
		for (let i = 0; i < this.length; i++) values[next[rank[this.groups[i]!]!]!++] = this.values[i]!;
		return { values, starts };
	}
}

/** A (company type, company, trackLevel) that has values, numbered in the order first seen. */
interface Group {
	companyType: CompanyType;
	company: string;
	trackLevel: number;
}

const BAND_PS = [0.1, 0.25, 0.5, 0.75, 0.9];
const MEDIAN_PS = [0.5];

/** The median of the values of the groups ranked `from` up to `to`, or null when they have none. */
function medianOf(
	{ values, starts }: { values: Float64Array; starts: Int32Array },
	from: number,
	to: number
): number | null {
	return starts[to] === starts[from]
		? null
		: quantilesOfRange(values, starts[from]!, starts[to]!, MEDIAN_PS)[0]!;
}

export interface BandAccumulator {
	add(record: PayRecord): void;
	/** The bands so far, roll-ups included, sorted by type, company, level, track. */
	bands(options?: { minN?: number; source?: string }): Band[];
}

/**
 * Collect records one at a time; read the bands at the end.
 *
 * Each value is stored once, in a column per pay component beside its group's number. Records
 * find their group through two Map lookups on strings they already hold, so adding builds no
 * keys. `bands()` orders each column by trackLevel, type and company, so every company, every type's
 * roll-up and every overall roll-up is one run of the column, and reads their quantiles there.
 *
 *     const acc = createBandAccumulator();
 *     for (const r of records) acc.add(r);
 *     acc.bands({ minN: 5 }) → [{ companyType: 'all', company: '', track: 'ic', stdLevel: 5, n: …, p50: … }, …]
 */
export function createBandAccumulator(): BandAccumulator {
	// company type → company → group number per trackLevel (-1: none yet)
	const byType = new Map<CompanyType, Map<string, Int32Array>>();
	const groups: Group[] = [];
	const columns = {
		total: new ValueColumn(),
		base: new ValueColumn(),
		stock: new ValueColumn(),
		bonus: new ValueColumn()
	};
	const currencies = new Set<string>();
	let lastCurrency = '';

	return {
		add(record) {
			// Nearly every record repeats the previous one's currency; skip the set when it does.
			if (record.currency !== lastCurrency) {
				currencies.add(record.currency);
				lastCurrency = record.currency;
			}
			let companies = byType.get(record.companyType);
			if (!companies) byType.set(record.companyType, (companies = new Map()));
			let groupOf = companies.get(record.company);
			if (!groupOf)
				companies.set(record.company, (groupOf = new Int32Array(TRACK_LEVEL_COUNT).fill(-1)));
			const trackLevel = toTrackLevel(record.track, record.stdLevel);
			let group = groupOf[trackLevel]!;
			if (group === -1) {
				group = groupOf[trackLevel] = groups.length;
				groups.push({ companyType: record.companyType, company: record.company, trackLevel });
			}
			columns.total.push(group, record.total);
			if (record.base !== null) columns.base.push(group, record.base);
			if (record.stock !== null) columns.stock.push(group, record.stock);
			if (record.bonus !== null) columns.bonus.push(group, record.bonus);
		},
		bands({ minN = DEFAULT_MIN_N, source = '' } = {}) {
			// Mixed currencies cannot share a quantile; the import report warns, and the bands say so.
			const currency =
				currencies.size === 1 ? [...currencies][0]! : currencies.size === 0 ? 'USD' : 'MIXED';
			const types = [...byType.keys()].sort(
				(a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)
			);
			// Groups ranked by trackLevel, type, company: each roll-up is then a run of neighbours.
			const typeRank = groups.map((g) => types.indexOf(g.companyType));
			const order = groups.map((_, g) => g);
			order.sort((a, b) => {
				const x = groups[a]!;
				const y = groups[b]!;
				return (
					x.trackLevel - y.trackLevel ||
					typeRank[a]! - typeRank[b]! ||
					(x.company < y.company ? -1 : x.company > y.company ? 1 : 0)
				);
			});
			const rank = new Int32Array(groups.length);
			order.forEach((g, r) => (rank[g] = r));
			const ranked = {
				total: columns.total.byGroup(rank),
				base: columns.base.byGroup(rank),
				stock: columns.stock.byGroup(rank),
				bonus: columns.bonus.byGroup(rank)
			};

			/** The band of the groups ranked `from` up to `to`: a company, or a run of them. */
			function band(
				companyType: CompanyType | 'all',
				company: string,
				trackLevel: number,
				from: number,
				to: number
			): Band {
				const total = ranked.total;
				const n = total.starts[to]! - total.starts[from]!;
				const [p10, p25, p50, p75, p90] = quantilesOfRange(
					total.values,
					total.starts[from]!,
					total.starts[to]!,
					BAND_PS
				) as [number, number, number, number, number];
				return {
					companyType,
					company,
					track: trackOfIndex(trackLevel),
					stdLevel: stdLevelOfIndex(trackLevel),
					n,
					p10,
					p25,
					p50,
					p75,
					p90,
					baseP50: medianOf(ranked.base, from, to),
					stockP50: medianOf(ranked.stock, from, to),
					bonusP50: medianOf(ranked.bonus, from, to),
					currency,
					source,
					lowN: n < minN
				};
			}

			// Companies first (a roll-up's quantiles reorder the values inside its run), then the
			// runs of each (trackLevel, type), then of each trackLevel.
			const companyBands = order.map((g, r) =>
				band(groups[g]!.companyType, groups[g]!.company, groups[g]!.trackLevel, r, r + 1)
			);
			// company type → its roll-up band per trackLevel
			const typeBands = new Map(
				types.map((t) => [t, new Array<Band | undefined>(TRACK_LEVEL_COUNT)])
			);
			const overall: (Band | undefined)[] = new Array(TRACK_LEVEL_COUNT);
			for (let r = 0; r < order.length;) {
				const { trackLevel } = groups[order[r]!]!;
				const trackLevelFrom = r;
				while (r < order.length && groups[order[r]!]!.trackLevel === trackLevel) {
					const { companyType } = groups[order[r]!]!;
					const typeFrom = r;
					while (
						r < order.length &&
						groups[order[r]!]!.trackLevel === trackLevel &&
						groups[order[r]!]!.companyType === companyType
					)
						r++;
					typeBands.get(companyType)![trackLevel] = band(companyType, '', trackLevel, typeFrom, r);
				}
				overall[trackLevel] = band('all', '', trackLevel, trackLevelFrom, r);
			}

			// Listed as compareBands orders them: the overall roll-up, then each type's roll-up
			// followed by its companies A–Z, each by level, IC before EM.
			const bands: Band[] = [];
			for (const trackLevel of TRACK_LEVELS_IN_ORDER)
				if (overall[trackLevel]) bands.push(overall[trackLevel]);
			for (const companyType of types) {
				for (const trackLevel of TRACK_LEVELS_IN_ORDER) {
					const rollUp = typeBands.get(companyType)![trackLevel];
					if (rollUp) bands.push(rollUp);
				}
				const companies = byType.get(companyType)!;
				for (const company of [...companies.keys()].sort()) {
					const groupOf = companies.get(company)!;
					for (const trackLevel of TRACK_LEVELS_IN_ORDER)
						if (groupOf[trackLevel] !== -1) bands.push(companyBands[rank[groupOf[trackLevel]!]!]!);
				}
			}
			return bands;
		}
	};
}

/** Records → bands in one call. */
export function aggregateBands(
	records: readonly PayRecord[],
	options?: { minN?: number; source?: string }
): Band[] {
	const acc = createBandAccumulator();
	for (const record of records) acc.add(record);
	return acc.bands(options);
}

const TYPE_ORDER: readonly string[] = ['all', ...COMPANY_TYPES];

/** Roll-ups first ('all', then each type), companies alphabetically, then level, IC before EM. */
export function compareBands(a: Band, b: Band): number {
	return (
		TYPE_ORDER.indexOf(a.companyType) - TYPE_ORDER.indexOf(b.companyType) ||
		(a.company === b.company
			? 0
			: a.company === ''
				? -1
				: b.company === ''
					? 1
					: a.company < b.company
						? -1
						: 1) ||
		a.stdLevel - b.stdLevel ||
		(a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1)
	);
}
