/**
 * Seeded bootstrap intervals for medians and for the ratio of two medians, computed from binned
 * pay (HistogramSum), fast enough to rerun on every filter change.
 *
 * Method. A bootstrap resample of n reports draws n values from the empirical distribution F,
 * which is the same as F⁻¹(U₁), …, F⁻¹(Uₙ) for independent uniforms Uᵢ. F⁻¹ never decreases, so
 * the resample's k-th smallest value is F⁻¹(U₍ₖ₎), and the k-th smallest of n uniforms follows a
 * Beta(k, n − k + 1) distribution. One resample's median therefore costs one Beta draw and one
 * quantile lookup instead of n draws and a sort. We take k = ⌈n/2⌉ (the lower median); F⁻¹ is
 * the binned quantile function of cells.ts. The generator is seeded, so an interval is the same
 * on every load.
 */
import type { HistogramSum } from './cells.ts';

/** Draws, and the interval's coverage, used everywhere unless a caller says otherwise. */
export const BOOTSTRAP_DRAWS = 1000;
export const INTERVAL_LEVEL = 0.9;
export const BOOTSTRAP_SEED = 20221;

/**
 * mulberry32: a small, fast seeded generator of numbers in [0, 1). Not for cryptography.
 *
 *     const random = createSeededRandom(1); random() → 0.6270739…
 */
export function createSeededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, 1) draw, shape ≥ 1 (Marsaglia and Tsang, 2000). */
function gamma(shape: number, random: () => number): number {
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = normal(random);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = random();
		if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
			return d * v;
	}
}

/** A Beta(a, b) draw from two Gamma draws; a, b ≥ 1. */
function beta(a: number, b: number, random: () => number): number {
	const x = gamma(a, random);
	return x / (x + gamma(b, random));
}

/**
 * Bootstrap medians of binned values: one per draw.
 *
 *     bootstrapMedians(sum, 1000, createSeededRandom(7)) → Float64Array(1000) [182500, 185000, …]
 */
export function bootstrapMedians(
	sum: HistogramSum,
	draws: number,
	random: () => number
): Float64Array {
	const n = sum.n;
	const out = new Float64Array(draws);
	if (n === 0) return out.fill(NaN);
	const k = Math.ceil(n / 2);
	for (let i = 0; i < draws; i++) out[i] = sum.quantile(beta(k, n - k + 1, random))!;
	return out;
}

/** The central `level` interval of sorted draws. */
function centralInterval(draws: Float64Array, level: number): { low: number; high: number } {
	const sorted = draws.slice().sort();
	const tail = (1 - level) / 2;
	const at = (p: number) =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
	return { low: at(tail), high: at(1 - tail) };
}

/**
 * The gap between two medians, as a fraction: how much more b is than a (b ÷ a − 1). Every gap
 * Forkline shows is this one number; between the tracks b is the EM median and a the IC median,
 * so a positive gap is the manager premium and a negative one an IC lead.
 *
 *     toGap(220_000, 200_000) → 0.1    toGap(150_000, 200_000) → −0.25
 */
export function toGap(b: number, a: number): number {
	return b / a - 1;
}

/** A gap between two groups' medians with its bootstrap interval: the one gap type. */
export interface GapEstimate {
	/** toGap(b's median, a's median), from the binned medians. */
	gap: number;
	/** The central interval of the bootstrap gaps (90% unless asked otherwise). */
	low: number;
	high: number;
	/** Reports in each group; the same `a`/`b` as the claims' Comparison sides. */
	a: { n: number };
	b: { n: number };
}

/**
 * The gap between two groups' medians, b ÷ a − 1, with a seeded bootstrap interval.
 * Undefined when either group is empty.
 *
 *     medianGap(icSum, emSum) → { gap: 0.05, low: -0.01, high: 0.11, a: { n: 575 }, b: { n: 29 } }
 */
export function medianGap(
	a: HistogramSum,
	b: HistogramSum,
	{ draws = BOOTSTRAP_DRAWS, level = INTERVAL_LEVEL, seed = BOOTSTRAP_SEED } = {}
): GapEstimate | undefined {
	if (a.n === 0 || b.n === 0) return undefined;
	const random = createSeededRandom(seed);
	const medA = bootstrapMedians(a, draws, random);
	const medB = bootstrapMedians(b, draws, random);
	const gaps = new Float64Array(draws);
	for (let i = 0; i < draws; i++) gaps[i] = toGap(medB[i]!, medA[i]!);
	const { low, high } = centralInterval(gaps, level);
	return {
		gap: toGap(b.quantile(0.5)!, a.quantile(0.5)!),
		low,
		high,
		a: { n: a.n },
		b: { n: b.n }
	};
}

/**
 * A seeded bootstrap interval for one group's median.
 *
 *     medianInterval(sum) → { median: 185000, low: 180000, high: 190000, n: 575 }
 */
export function medianInterval(
	sum: HistogramSum,
	{ draws = BOOTSTRAP_DRAWS, level = INTERVAL_LEVEL, seed = BOOTSTRAP_SEED } = {}
): { median: number; low: number; high: number; n: number } | undefined {
	if (sum.n === 0) return undefined;
	const { low, high } = centralInterval(
		bootstrapMedians(sum, draws, createSeededRandom(seed)),
		level
	);
	return { median: sum.quantile(0.5)!, low, high, n: sum.n };
}
