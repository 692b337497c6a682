import { quantile } from 'd3-array';
import { describe, expect, test } from 'vitest';
import { createSyntheticRecords, toSyntheticCells } from '../../../tests/fixtures/records';
import { createCareerPaths } from '$lib/data/career';
import { BIN_WIDTH, EXACT_BIN_WIDTH, type PayCell } from '$lib/data/cells';
import type { Dataset } from '$lib/data/dataset';
import type { Band, PayComponent, PayRecord, StdLevel, Track } from '$lib/data/domain';
import { compareWithin } from '$lib/data/position';
import { compareScenarios } from '$lib/data/scenarios';
import { placeSheet } from '$lib/data/sheet';
import { createSwitchOutlook, createTypeOutlook, expectedPay } from '$lib/data/switch';
import { createConversationData } from './conversation';
import { DEFAULT_VIEW } from './url';

// SYNTHETIC, NOT REAL PAY: seeded log-normal records (tests/fixtures/records.ts), 15 a group,
// binned once at the exact $1 width and once at the bundle's $5,000.
const records: PayRecord[] = createSyntheticRecords({ seed: 11, perGroup: 15, emFactor: 1.15 });
const cellsAt = (binWidth: number): PayCell[] => toSyntheticCells(records, binWidth);
const exact = cellsAt(EXACT_BIN_WIDTH);
const binned = cellsAt(BIN_WIDTH);
const widths = [
	{ cells: exact, binWidth: EXACT_BIN_WIDTH },
	{ cells: binned, binWidth: BIN_WIDTH }
] as const;

/** The exact R-7 median of one component of the records a test selects (d3-array's rule). */
function exactMedian(
	where: (r: PayRecord) => boolean,
	component: PayComponent = 'total'
): number | undefined {
	return quantile(
		records.filter(where).flatMap((r) => (r[component] === null ? [] : [r[component]!])),
		0.5
	);
}
const at = (track: Track, stdLevel: StdLevel, companyType?: string) => (r: PayRecord) =>
	r.track === track &&
	r.stdLevel === stdLevel &&
	(companyType === undefined || r.companyType === companyType);

/** Each figure read at $1 equals the exact one, and at $5,000 is within one bin of it. */
function expectExactAndWithinBin(
	[atExact, atBins]: readonly (number | undefined)[],
	truth: number | undefined
) {
	expect(truth).toBeDefined();
	expect(atExact).toBe(truth);
	expect(Math.abs(atBins! - truth!)).toBeLessThanOrEqual(BIN_WIDTH);
}

describe('every conversation figure reads the cells at the width they were binned with', () => {
	test('the synthetic medians are not multiples of $5,000, so a $5,000 reading cannot pass as exact', () => {
		const truth = exactMedian(at('ic', 5, 'finance'))!;
		expect(truth % 1).toBe(0);
		expect(truth % 2500).not.toBe(0);
		const [atExact, atBins] = widths.map(
			({ cells, binWidth }) =>
				expectedPay(cells, { companyType: 'finance' }, 'ic', 5, binWidth).median
		);
		expect(atExact).toBe(truth);
		expect(atBins).not.toBe(truth);
	});

	test('position: medians and the percentile of the exact median', () => {
		const truth = exactMedian(at('em', 6, 'big-tech'))!;
		const standings = widths.map(({ cells, binWidth }) =>
			compareWithin(
				cells,
				{ companyType: 'big-tech' },
				{ track: 'em', stdLevel: 6, total: truth },
				binWidth
			)
		);
		expectExactAndWithinBin(
			standings.map((s) => s.own.median),
			truth
		);
		expectExactAndWithinBin(
			standings.map((s) => s.other.median),
			exactMedian(at('ic', 6, 'big-tech'))
		);
		// 15 reports: the 8th is the median, so 7 of 14 gaps lie below it.
		expect(standings[0]!.own.percentile).toBeCloseTo(0.5, 6);
		expect(Math.abs(standings[1]!.own.percentile! - 0.5)).toBeLessThan(0.1);
	});

	test('switch: the outlook of a level and the same level at every company type', () => {
		const outlooks = widths.map(({ cells, binWidth }) =>
			createSwitchOutlook(cells, { companyType: 'enterprise' }, 5, 'ic', binWidth)
		);
		outlooks[0]!.expected.forEach((e, i) =>
			expectExactAndWithinBin(
				[e.median, outlooks[1]!.expected[i]!.median],
				exactMedian(at(e.track, e.stdLevel, 'enterprise'))
			)
		);
		const byType = widths.map(({ cells, binWidth }) =>
			createTypeOutlook(cells, 7, 'em', 300_000, binWidth)
		);
		expect(byType[0]!.length).toBeGreaterThan(3);
		byType[0]!.forEach((type, i) =>
			type.tracks.forEach((t, j) =>
				expectExactAndWithinBin(
					[t.expected.median, byType[1]![i]!.tracks[j]!.expected.median],
					exactMedian(at(t.expected.track, 7, type.companyType))
				)
			)
		);
	});

	test('career paths pay each year the level’s median', () => {
		const timeInLevel = { 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2 };
		const [atExact, atBins] = widths.map(({ cells, binWidth }) =>
			createCareerPaths(
				cells,
				{ companyType: 'tech-first' },
				{
					start: 5,
					years: 6,
					timeInLevel,
					binWidth
				}
			)
		);
		const ic = atExact!.find((p) => p.id === 'ic')!;
		expect(ic.years.length).toBe(6);
		ic.years.forEach((year, i) =>
			expectExactAndWithinBin(
				[year.pay, atBins!.find((p) => p.id === 'ic')!.years[i]!.pay],
				exactMedian(at('ic', year.stdLevel, 'tech-first'))
			)
		);
	});

	test('scenarios: each component’s median', () => {
		const scenario = { kind: 'band', companyType: 'late-stage', stdLevel: 6, track: 'em' } as const;
		const [atExact, atBins] = widths.map(
			({ cells, binWidth }) => compareScenarios(cells, [scenario], binWidth)[0]!
		);
		for (const component of ['total', 'base', 'stock', 'bonus'] as const)
			expectExactAndWithinBin(
				[atExact!.values[component], atBins!.values[component]],
				exactMedian(at('em', 6, 'late-stage'), component)
			);
	});

	test('band sheet: the market’s median and the share below the sheet’s median', () => {
		const truth = exactMedian(at('ic', 5))!;
		const band: Band = {
			companyType: 'all',
			company: 'Acme',
			track: 'ic',
			stdLevel: 5,
			n: 10,
			p10: truth,
			p25: truth,
			p50: truth,
			p75: truth,
			p90: truth,
			baseP50: null,
			stockP50: null,
			bonusP50: null,
			currency: 'USD',
			source: 'synthetic sheet',
			lowN: false
		};
		const [atExact, atBins] = widths.map(
			({ cells, binWidth }) =>
				placeSheet([band], cells, 'USD', { minN: 5, source: 'synthetic', binWidth })[0]!
		);
		expectExactAndWithinBin([atExact!.market?.p50, atBins!.market?.p50], truth);
		const ic5 = records.filter(at('ic', 5));
		expect(atExact!.percentile).toBe(ic5.filter((r) => r.total < truth).length / ic5.length);
	});

	test('conversation: the ladder, the switch and the scenarios of a dataset follow its binWidth', () => {
		const source = {
			name: 'synthetic',
			detail: '',
			license: '',
			firstYear: 2020,
			lastYear: 2020,
			n: 0
		};
		const [atExact, atBins] = widths.map(({ cells, binWidth }) =>
			createConversationData({ id: 'upload', binWidth, source, cells } satisfies Dataset, {
				...DEFAULT_VIEW,
				companyType: 'finance',
				stdLevel: 6,
				track: 'ic'
			})
		);
		const band = (data: typeof atExact, track: Track) =>
			data!.bands.find((b) => b.track === track && b.stdLevel === 6)!.p50;
		for (const track of ['ic', 'em'] as const)
			expectExactAndWithinBin(
				[band(atExact, track), band(atBins, track)],
				exactMedian(at(track, 6, 'finance'))
			);
		expectExactAndWithinBin(
			[atExact!.outlook.expected[1]!.median, atBins!.outlook.expected[1]!.median],
			exactMedian(at('em', 6, 'finance'))
		);
		expectExactAndWithinBin(
			[atExact!.comparison[0]!.values.total, atBins!.comparison[0]!.values.total],
			exactMedian(at('ic', 6, 'finance'))
		);
	});
});
