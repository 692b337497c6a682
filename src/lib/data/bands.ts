/**
 * Records → pay bands: quantiles of total pay per (company type, company, track, std_level),
 * with roll-ups per company type (company '') and overall (company type 'all').
 *
 * Quantiles are d3-array's `quantileSorted`, which interpolates linearly between order
 * statistics (the R-7 / Excel PERCENTILE.INC method): the median of [1, 2, 3, 4] is 2.5.
 *
 * The accumulator keeps only numbers, in growable Float64Arrays, so the CLI can stream a
 * million-row file through it without holding the records themselves.
 */
import { quantileSorted } from 'd3-array';
import type { Band, CompanyType, PayRecord, StdLevel, Track } from './domain.ts';

/**
 * Groups with fewer reports than this are kept but flagged `lowN`: five reports give a median,
 * but their p10 and p90 are just the extremes, so the chart draws them faded and labelled.
 */
export const DEFAULT_MIN_N = 5;

/** A growable list of numbers, 8 bytes each. */
class NumberList {
	private data = new Float64Array(8);
	length = 0;
	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Float64Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}
	/** The values, sorted ascending (a copy; the list is unchanged). */
	sorted(): Float64Array {
		return this.data.slice(0, this.length).sort();
	}
}

interface Group {
	companyType: CompanyType | 'all';
	company: string;
	track: Track;
	stdLevel: StdLevel;
	total: NumberList;
	base: NumberList;
	stock: NumberList;
	bonus: NumberList;
}

/**
 * d3's quantileSorted reads any array-like by index; its types ask for an array, so the typed
 * array is passed through once here.
 */
function quantileOf(sorted: Float64Array, p: number): number {
	return quantileSorted(sorted as unknown as number[], p)!;
}

function median(list: NumberList): number | null {
	return list.length === 0 ? null : quantileOf(list.sorted(), 0.5);
}

export interface BandAccumulator {
	add(record: PayRecord): void;
	/** The bands so far, roll-ups included, sorted by type, company, level, track. */
	bands(options?: { minN?: number; source?: string }): Band[];
}

/**
 * Collect records one at a time; read the bands at the end.
 *
 *     const acc = createBandAccumulator();
 *     for (const r of records) acc.add(r);
 *     acc.bands({ minN: 5 }) → [{ companyType: 'all', company: '', track: 'ic', stdLevel: 5, n: …, p50: … }, …]
 */
export function createBandAccumulator(): BandAccumulator {
	const groups = new Map<string, Group>();
	const currencies = new Set<string>();

	function groupFor(companyType: CompanyType | 'all', company: string, track: Track, stdLevel: StdLevel): Group {
		const key = `${companyType}\u0000${company}\u0000${track}\u0000${stdLevel}`;
		let group = groups.get(key);
		if (!group) {
			group = {
				companyType,
				company,
				track,
				stdLevel,
				total: new NumberList(),
				base: new NumberList(),
				stock: new NumberList(),
				bonus: new NumberList()
			};
			groups.set(key, group);
		}
		return group;
	}

	function addTo(group: Group, record: PayRecord): void {
		group.total.push(record.total);
		if (record.base !== null) group.base.push(record.base);
		if (record.stock !== null) group.stock.push(record.stock);
		if (record.bonus !== null) group.bonus.push(record.bonus);
	}

	return {
		add(record) {
			currencies.add(record.currency);
			addTo(groupFor(record.companyType, record.company, record.track, record.stdLevel), record);
			addTo(groupFor(record.companyType, '', record.track, record.stdLevel), record);
			addTo(groupFor('all', '', record.track, record.stdLevel), record);
		},
		bands({ minN = DEFAULT_MIN_N, source = '' } = {}) {
			// Mixed currencies cannot share a quantile; the import report warns, and the bands say so.
			const currency = currencies.size === 1 ? [...currencies][0]! : currencies.size === 0 ? 'USD' : 'MIXED';
			const bands: Band[] = [];
			for (const g of groups.values()) {
				const totals = g.total.sorted();
				bands.push({
					companyType: g.companyType,
					company: g.company,
					track: g.track,
					stdLevel: g.stdLevel,
					n: totals.length,
					p10: quantileOf(totals, 0.1),
					p25: quantileOf(totals, 0.25),
					p50: quantileOf(totals, 0.5),
					p75: quantileOf(totals, 0.75),
					p90: quantileOf(totals, 0.9),
					baseP50: median(g.base),
					stockP50: median(g.stock),
					bonusP50: median(g.bonus),
					currency,
					source,
					lowN: totals.length < minN
				});
			}
			return bands.sort(compareBands);
		}
	};
}

/** Records → bands in one call. */
export function aggregateBands(records: readonly PayRecord[], options?: { minN?: number; source?: string }): Band[] {
	const acc = createBandAccumulator();
	for (const record of records) acc.add(record);
	return acc.bands(options);
}

const TYPE_ORDER = ['all', 'big-tech', 'tech-first', 'startup', 'enterprise', 'finance', 'unclassified'];

/** Roll-ups first ('all', then each type), companies alphabetically, then level, IC before EM. */
export function compareBands(a: Band, b: Band): number {
	return (
		TYPE_ORDER.indexOf(a.companyType) - TYPE_ORDER.indexOf(b.companyType) ||
		(a.company === b.company ? 0 : a.company === '' ? -1 : b.company === '' ? 1 : a.company < b.company ? -1 : 1) ||
		a.stdLevel - b.stdLevel ||
		(a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1)
	);
}
