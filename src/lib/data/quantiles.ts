/**
 * Quantiles of unsorted numbers without sorting them all.
 *
 * A band needs five quantiles of a group's totals and one median of each pay part. Sorting each
 * roll-up (tens of thousands of values) to read six of them was most of the aggregation's time;
 * here the values are reordered in place only as far as the ranks that are read: a quickselect
 * that descends into every part of the partition holding a wanted rank, then sorts short ranges
 * by insertion.
 *
 * The answer is exactly d3-array's `quantileSorted` of the sorted values (the R-7 / Excel
 * PERCENTILE.INC method, linear between order statistics): the same two order statistics and
 * the same arithmetic. The tests check it against d3 on lists with many ties.
 */

/** Ranges up to this long are sorted by insertion instead of partitioned. */
const SHORT_RANGE = 16;

/**
 * The quantiles `ps` (ascending, each in 0–1) of `values[from … to)`, reordering that range in
 * place; NaN for each when the range is empty.
 *
 *     quantilesOfRange(Float64Array.of(5, 1, 4, 2, 3), 0, 5, [0.25, 0.5]) → [2, 3]    (as d3.quantile gives)
 *     quantilesOfRange(Float64Array.of(9, 4, 1, 3, 2), 1, 5, [0.5])       → [2.5]     (of 4, 1, 3, 2)
 */
export function quantilesOfRange(
	values: Float64Array,
	from: number,
	to: number,
	ps: readonly number[]
): number[] {
	const n = to - from;
	const quantiles = new Array<number>(ps.length);
	if (n <= 0) return quantiles.fill(NaN);
	if (n <= SHORT_RANGE) insertionSort(values, from, to - 1);
	else {
		// The order statistics each p reads: the one at or below (n − 1)p, and the next one up
		// (ascending, because ps are).
		const ranks: number[] = [];
		for (const p of ps) {
			if (p <= 0) ranks.push(from);
			else if (p >= 1) ranks.push(to - 1);
			else {
				const i = from + Math.floor((n - 1) * p);
				ranks.push(i, i + 1);
			}
		}
		selectRanks(values, from, to - 1, ranks, 0, ranks.length - 1, 2 * Math.ceil(Math.log2(n)) + 8);
	}
	for (let k = 0; k < ps.length; k++) quantiles[k] = readQuantile(values, from, n, ps[k]!);
	return quantiles;
}

/** d3-array's `quantileSorted` arithmetic on the sorted run of `n` values at `from`, once the ranks it reads are in place. */
function readQuantile(values: Float64Array, from: number, n: number, p: number): number {
	if (p <= 0 || n < 2) return values[from]!;
	if (p >= 1) return values[from + n - 1]!;
	const i = (n - 1) * p;
	const i0 = Math.floor(i);
	const value0 = values[from + i0]!;
	return value0 + (values[from + i0 + 1]! - value0) * (i - i0);
}

/**
 * Put the values of `ranks[rankFrom..rankTo]` (ascending) in their sorted positions within
 * `values[lo..hi]`, with everything below each position no larger and everything above no
 * smaller. Three-way partitions keep ties (pay is often a round number) from going quadratic;
 * past `depth` partitions the range is sorted outright, which bounds the worst case.
 */
function selectRanks(
	values: Float64Array,
	lo: number,
	hi: number,
	ranks: readonly number[],
	rankFrom: number,
	rankTo: number,
	depth: number
): void {
	while (rankFrom <= rankTo && lo < hi) {
		if (hi - lo < SHORT_RANGE || depth-- === 0) {
			if (hi - lo < SHORT_RANGE) insertionSort(values, lo, hi);
			else values.subarray(lo, hi + 1).sort();
			return;
		}
		const pivot = medianOfThree(values[lo]!, values[(lo + hi) >>> 1]!, values[hi]!);
		// values[lo..lt-1] < pivot, values[lt..gt] = pivot, values[gt+1..hi] > pivot
		let lt = lo;
		let gt = hi;
		let i = lo;
		while (i <= gt) {
			const value = values[i]!;
			if (value < pivot) {
				values[i++] = values[lt]!;
				values[lt++] = value;
			} else if (value > pivot) {
				values[i] = values[gt]!;
				values[gt--] = value;
			} else i++;
		}
		// Ranks below lt go left, ranks above gt go right, ranks in between are already placed.
		let below = rankFrom;
		while (below <= rankTo && ranks[below]! < lt) below++;
		let above = rankTo;
		while (above >= rankFrom && ranks[above]! > gt) above--;
		if (below > rankFrom) selectRanks(values, lo, lt - 1, ranks, rankFrom, below - 1, depth);
		rankFrom = above + 1;
		lo = gt + 1;
	}
}

function medianOfThree(a: number, b: number, c: number): number {
	return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/** Sort `values[lo..hi]` ascending by insertion (short ranges only). */
function insertionSort(values: Float64Array, lo: number, hi: number): void {
	for (let i = lo + 1; i <= hi; i++) {
		const value = values[i]!;
		let j = i - 1;
		while (j >= lo && values[j]! > value) {
			values[j + 1] = values[j]!;
			j--;
		}
		values[j + 1] = value;
	}
}
