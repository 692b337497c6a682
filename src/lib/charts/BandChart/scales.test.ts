import { describe, expect, it } from 'vitest';
import { STD_LEVELS, type Band, type StdLevel } from '$lib/data/domain';
import type { Padding } from '../layers/context';
import { estimateTextWidth } from '../layers/textWidth';
import {
	EMPTY_PAY_MAX,
	createLevelScale,
	createPayScale,
	createTrackScale,
	inferLevelNameLines,
	inferPayDomain,
	isClipped,
	toClippedEnds,
	inferMarkLabels,
	MARK_FONT_SIZE,
	toMarkLabelLines,
	toMarkRects,
	toSlotCenter
} from './scales';

const padding: Padding = { top: 20, right: 10, bottom: 40, left: 50 };

function quantiles(p10: number, p90: number): Pick<Band, 'p10' | 'p90'> {
	return { p10, p90 };
}

describe('createLevelScale', () => {
	it('puts every level, in order, across the plot width', () => {
		const levels = [...STD_LEVELS];
		const scale = createLevelScale(levels, 800, padding);
		expect(scale.domain()).toEqual([3, 4, 5, 6, 7, 8, 9]);
		expect(scale.range()).toEqual([0, 740]);
		expect(levels).toEqual([3, 4, 5, 6, 7, 8, 9]);
	});

	it('leaves gaps between levels and inside the ends', () => {
		const scale = createLevelScale(STD_LEVELS, 800, padding);
		expect(scale(3)).toBeGreaterThan(0);
		expect((scale(9) ?? Infinity) + scale.bandwidth()).toBeLessThan(740);
		expect(scale.bandwidth()).toBeLessThan(scale.step());
	});

	it.each([
		['no levels', [] as StdLevel[], 800],
		['zero width', [...STD_LEVELS], 0],
		['width smaller than the padding', [...STD_LEVELS], 30],
		['a NaN width', [...STD_LEVELS], NaN]
	])('stays finite with %s', (_, levels, width) => {
		const scale = createLevelScale(levels, width, padding);
		expect(Number.isFinite(scale.bandwidth())).toBe(true);
		expect(scale.range().every(Number.isFinite)).toBe(true);
		expect(scale.bandwidth()).toBeGreaterThanOrEqual(0);
	});
});

describe('createTrackScale', () => {
	it('splits a level into IC then EM slots of equal width', () => {
		const levelScale = createLevelScale(STD_LEVELS, 800, padding);
		const track = createTrackScale(levelScale);
		expect(track.domain()).toEqual(['ic', 'em']);
		expect(track.range()).toEqual([0, levelScale.bandwidth()]);
		expect(track('ic')).toBe(0);
		expect(track('em')).toBeGreaterThan(track.bandwidth());
		expect((track('em') ?? 0) + track.bandwidth()).toBeCloseTo(levelScale.bandwidth(), 6);
	});

	it('centres each slot where the mark goes', () => {
		const x = createLevelScale(STD_LEVELS, 800, padding);
		const track = createTrackScale(x);
		const centre = toSlotCenter({ x, track }, 5, 'em');
		expect(centre).toBeCloseTo((x(5) ?? 0) + (track('em') ?? 0) + track.bandwidth() / 2, 9);
		expect(centre).toBeGreaterThan(toSlotCenter({ x, track }, 5, 'ic'));
		expect(centre).toBeLessThan(toSlotCenter({ x, track }, 6, 'ic'));
	});
});

describe('createPayScale', () => {
	it('runs from $0 to the highest p90, widened to round ticks, with more pay higher up', () => {
		const bands = [quantiles(90_000, 310_000), quantiles(120_000, 287_000)];
		const scale = createPayScale(bands, 420, padding);
		expect(scale.domain()).toEqual([0, 350_000]);
		expect(scale.range()).toEqual([360, 0]);
		expect(scale(0)).toBe(360);
		expect(scale(350_000)).toBe(0);
	});

	it('starts near the lowest p10 when zero is off', () => {
		const scale = createPayScale([quantiles(92_000, 310_000)], 420, padding, { zero: false });
		const [bottom, top] = scale.domain();
		expect(bottom).toBeLessThanOrEqual(92_000);
		expect(bottom).toBeGreaterThan(0);
		expect(top).toBeGreaterThanOrEqual(310_000);
	});

	it('gives a usable domain for no bands, not NaN', () => {
		const scale = createPayScale([], 420, padding);
		expect(scale.domain()).toEqual([0, EMPTY_PAY_MAX]);
		expect(scale.ticks(5).every(Number.isFinite)).toBe(true);
		expect(Number.isFinite(scale(50_000))).toBe(true);
	});

	it('ignores quantiles that are not finite numbers', () => {
		const scale = createPayScale([quantiles(NaN, NaN), quantiles(50_000, 180_000)], 420, padding);
		expect(scale.domain()).toEqual([0, 180_000]);
	});

	it('widens a single value into a real range', () => {
		const scale = createPayScale([quantiles(100_000, 100_000)], 420, padding, { zero: false });
		const [bottom = NaN, top = NaN] = scale.domain();
		expect(top).toBeGreaterThan(bottom);
		expect(bottom).toBeLessThanOrEqual(100_000);
		expect(top).toBeGreaterThanOrEqual(100_000);
	});

	it('does not mutate its input', () => {
		const bands = [quantiles(90_000, 310_000)];
		const copy = structuredClone(bands);
		createPayScale(bands, 420, padding);
		expect(bands).toEqual(copy);
	});

	it('keeps a non-negative range when the height is smaller than the padding', () => {
		expect(createPayScale([quantiles(1, 2)], 10, padding).range()).toEqual([0, 0]);
	});
});

// A ladder shaped like big tech's: solid levels up to a p90 of $1.1M, and one faded level of a
// handful of reports whose p90 is $4M (the shape of the case in issue #15.5, not its figures).
const solid = [
	{ p10: 120_000, p25: 150_000, p75: 210_000, p90: 250_000, lowN: false },
	{ p10: 420_000, p25: 520_000, p75: 800_000, p90: 1_100_000, lowN: false }
];
const faded = { p10: 900_000, p25: 1_500_000, p75: 3_000_000, p90: 4_000_000, lowN: true };

describe('inferPayDomain', () => {
	it('covers the bands drawn solid, not a faded band of a few extreme reports', () => {
		expect(inferPayDomain([...solid, faded])).toEqual([0, 1_100_000]);
		expect(createPayScale([...solid, faded], 420, padding).domain()[1]).toBeLessThan(1_500_000);
	});

	it('covers every band when all are faded, so a chart of faded bands still shows them', () => {
		expect(inferPayDomain([faded])).toEqual([0, 4_000_000]);
	});

	it('lets a faded band set neither end of a log axis', () => {
		const low = { p10: 20_000, p25: 40_000, p75: 60_000, p90: 70_000, lowN: true };
		expect(inferPayDomain([...solid, faded, low], { type: 'log' })).toEqual([120_000, 1_100_000]);
	});
});

describe('toClippedEnds', () => {
	const scale = createPayScale(solid, 420, padding);

	it('flags a faded band past the top, and only it', () => {
		expect(toClippedEnds(faded, scale, 'p10p90')).toEqual(['up']);
		expect(solid.map((band) => isClipped(band, scale, 'p10p90'))).toEqual([false, false]);
	});

	it('reads the box alone when whiskers are off', () => {
		const whiskerOnly = { ...faded, p75: 1_000_000 };
		expect(toClippedEnds(whiskerOnly, scale, 'p10p90')).toEqual(['up']);
		expect(toClippedEnds(whiskerOnly, scale, 'iqr')).toEqual([]);
	});

	it('flags a band below the bottom of a log axis', () => {
		const log = createPayScale(solid, 420, padding, { type: 'log' });
		const low = { p10: 20_000, p25: 40_000, p75: 60_000, p90: 70_000, lowN: true };
		expect(toClippedEnds(low, log, 'p10p90')).toEqual(['down']);
		expect(toClippedEnds({ ...low, p10: 10_000, p90: 2e7 }, log, 'p10p90')).toEqual(['up', 'down']);
	});
});

describe('label fitting', () => {
	// The widest names at the 12px axis font (layers/textWidth.ts): 'Senior staff / Senior manager'
	// 188.4px and, on one track, 'Senior manager' 94.1px; each needs 6px of space besides.
	it.each([
		[200, 1],
		[194.4, 1],
		[194.3, 2],
		[100.1, 2],
		[100, 0],
		[40, 0]
	] as const)('a level step of %dpx gives %d name lines', (step, lines) => {
		expect(inferLevelNameLines(STD_LEVELS, step)).toBe(lines);
	});

	const pair = (ic: number, em: number) => [
		{ stdLevel: 4 as StdLevel, track: 'ic' as const, n: ic, lowN: false },
		{ stdLevel: 4 as StdLevel, track: 'em' as const, n: em, lowN: em < 5 }
	];
	it.each([
		[70, pair(5766, 13), 'long', ['few reports']],
		[45, pair(575, 20), 'long', ['few', 'reports']],
		[38, pair(5766, 428), 'short', ['few']],
		[24, pair(3391, 666), 'compact', ['few']],
		[23.8, pair(729, 428), 'short', []],
		[20, pair(12345, 6789), 'none', []],
		[30, [pair(123456, 1)[0]!], 'long', ['few']]
	] as const)(
		'a slot step of %dpx with %j labels counts %s with %j',
		(step, bands, count, fewLines) => {
			const labels = inferMarkLabels(step, bands, 5);
			expect(labels).toEqual({ count, fewLines });
			// Whatever form is chosen, the two counts of a level do not meet.
			if (count !== 'none' && bands.length === 2) {
				const [a, b] = bands.map((band) =>
					estimateTextWidth(toMarkLabelLines(band, labels, 5).at(-1)!, MARK_FONT_SIZE)
				);
				expect((a! + b!) / 2).toBeLessThanOrEqual(step - 2);
			}
		}
	);

	it.each([
		[{ n: 5766, lowN: false }, { count: 'compact', fewLines: ['few'] }, ['5.8k']],
		[{ n: 3, lowN: true }, { count: 'long', fewLines: ['few reports'] }, ['few reports', 'n<5']],
		[{ n: 3, lowN: true }, { count: 'none', fewLines: [] }, []]
	] as const)('%j with %j is labelled %j', (band, labels, lines) => {
		expect(toMarkLabelLines(band, { ...labels, fewLines: [...labels.fewLines] }, 5)).toEqual(lines);
	});
});

describe('toMarkRects', () => {
	it('covers each mark from its count label down to its lowest whisker, at least a box wide', () => {
		const levels = [5, 6] as StdLevel[];
		const x = createLevelScale(levels, 400, padding);
		const track = createTrackScale(x);
		const y = createPayScale([], 300, padding, { domain: [0, 400_000] });
		const band = {
			stdLevel: 6,
			track: 'em',
			n: 5766,
			lowN: false,
			p10: 100_000,
			p25: 150_000,
			p50: 200_000,
			p75: 250_000,
			p90: 300_000
		} as Band;
		const labels = inferMarkLabels(track.step(), [band]);
		const before = structuredClone(band);
		const [rect] = toMarkRects(
			[band],
			{ x, y, track },
			{ range: 'p10p90', labels, minN: 5, innerHeight: 240 }
		);
		expect(band).toEqual(before);
		expect(rect!.x + rect!.width / 2).toBeCloseTo(toSlotCenter({ x, track }, 6, 'em'));
		expect(labels.count).not.toBe('none');
		expect(rect!.y).toBeCloseTo(y(300_000) - 7 - 11);
		expect(rect!.y + rect!.height).toBeCloseTo(y(100_000));
		expect(rect!.width).toBeGreaterThanOrEqual(Math.min(track.bandwidth() * 0.8, 36));
		const boxesOnly = toMarkRects(
			[band],
			{ x, y, track },
			{ range: 'iqr', labels: { count: 'none', fewLines: [] }, minN: 5, innerHeight: 240 }
		);
		expect(boxesOnly[0]!.y).toBeCloseTo(y(250_000));
		expect(boxesOnly[0]!.y + boxesOnly[0]!.height).toBeCloseTo(y(150_000));
	});
});
