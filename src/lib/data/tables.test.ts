import { describe, expect, it } from 'vitest';
import type { Band } from './domain.ts';
import type { GapRow, TrackDistribution } from './explore.ts';
import {
	toBandTable,
	toCsv,
	toCsvCell,
	toDistributionTable,
	toExportTable,
	toFiguresTable,
	toGapTable,
	toJsonExport
} from './tables.ts';
import { listDistributionBins } from './explore.ts';
import { describeExport } from './exportAbout.ts';

const ABOUT = describeExport({ sourceId: 'levelsfyi' });
const ABOUT_CELLS = ['levels.fyi 2017–2021', 'total pay a year', 'USD', 'in dollars as reported'];
import { parseCsvText } from './csv.ts';

describe('toCsvCell', () => {
	it.each([
		[-5, '-5'],
		[185000, '185000'],
		['-5', "'-5"],
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1', "'+1"],
		['@cmd', "'@cmd"],
		['\t=1', "'\t=1"],
		['\r=1', `"'\r=1"`],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['line\n=HYPERLINK("x")', '"\'line\n=HYPERLINK(""x"")"'],
		['=1+1\nsecond line', '"\'=1+1\nsecond line"'],
		['\n=1', '"\'\n=1"'],
		['a\r\n@SUM(1)', '"\'a\r\n@SUM(1)"'],
		['a,=1', '"a,=1"'],
		['x",=1', '"x"",=1"'],
		['two\nplain lines', '"two\nplain lines"'],
		[-1234.5, '-1234.5'],
		[null, '']
	])('%j → %j', (value, expected) => {
		expect(toCsvCell(value)).toBe(expected);
	});

	it('writes CSV that reads back to the same cells', () => {
		const rows = [['Zoë, Inc.', 'multi\nline', 'q"uote', 12]];
		const { header, rows: back } = parseCsvText(toCsv(['a', 'b', 'c', 'd'], rows), 'x.csv');
		expect(header).toEqual(['a', 'b', 'c', 'd']);
		expect(back).toEqual([['Zoë, Inc.', 'multi\nline', 'q"uote', '12']]);
	});
});

describe('view tables', () => {
	const band = (track: 'ic' | 'em', stdLevel: 5 | 6, p50: number, lowN = false): Band => ({
		companyType: 'big-tech',
		company: '',
		track,
		stdLevel,
		n: lowN ? 3 : 100,
		p10: p50 * 0.6,
		p25: p50 * 0.8,
		p50: p50 + 0.4,
		p75: p50 * 1.2,
		p90: p50 * 1.5,
		baseP50: null,
		stockP50: null,
		bonusP50: null,
		currency: 'USD',
		source: 'synthetic',
		lowN
	});

	it('lists bands by group, then level, IC before EM, in whole dollars', () => {
		const bands = [band('em', 6, 300_000, true), band('ic', 6, 250_000), band('ic', 5, 200_000)];
		const before = structuredClone(bands);
		const table = toBandTable('company', [
			{ name: 'Acme', bands },
			{ name: '=Evil', bands: [band('ic', 5, 100_000)] }
		]);
		expect(bands).toEqual(before);
		expect(table.header).toEqual([
			'company',
			'track',
			'std_level',
			'n',
			'p10',
			'p25',
			'p50',
			'p75',
			'p90',
			'few_reports'
		]);
		expect(table.rows).toEqual([
			['Acme', 'IC', 5, 100, 120000, 160000, 200000, 240000, 300000, 'no'],
			['Acme', 'IC', 6, 100, 150000, 200000, 250000, 300000, 375000, 'no'],
			['Acme', 'EM', 6, 3, 180000, 240000, 300000, 360000, 450000, 'yes'],
			['=Evil', 'IC', 5, 100, 60000, 80000, 100000, 120000, 150000, 'no']
		]);
		expect(toCsv(table.header, table.rows).split('\n')[4]).toMatch(/^'=Evil,/);
	});

	it('writes gap ratios to four decimals and both counts', () => {
		const rows: GapRow[] = [
			{
				stdLevel: 5,
				companyType: 'all',
				gap: 0.123456,
				low: -0.01,
				high: 0.2,
				icN: 900,
				emN: 80,
				lowN: false
			}
		];
		expect(toGapTable(rows).rows).toEqual([[5, 'all', 0.1235, -0.01, 0.2, 900, 80, 'no']]);
	});

	/** A distribution track of synthetic counts over $50,000 bins (the last holds everything above it). */
	const track = (t: 'ic' | 'em', counts: number[], n = counts.reduce((a, b) => a + b, 0)) => ({
		track: t,
		n,
		p25: t === 'ic' ? 100_000.4 : 60_000,
		p50: t === 'ic' ? 110_000 : 70_000,
		p75: t === 'ic' ? 120_000 : 80_000,
		lowN: true,
		bins: counts.map((count, i) => ({
			x0: i * 50_000,
			x1: (i + 1) * 50_000,
			count,
			share: n ? count / n : 0
		}))
	});

	it('puts each track’s quartiles first, then its bins from the first to the last with reports', () => {
		const tracks: TrackDistribution[] = [track('ic', [0, 0, 3, 0]), track('em', [0, 2, 0, 0])];
		const before = structuredClone(tracks);
		const table = toDistributionTable(tracks);
		expect(tracks).toEqual(before);
		expect(table.header).toEqual([
			'part',
			'track',
			'pay_bin',
			'pay_from',
			'pay_to',
			'n',
			'p25',
			'p50',
			'p75'
		]);
		expect(table.rows).toEqual([
			['quartiles', 'IC', null, null, null, 3, 100000, 110000, 120000],
			['quartiles', 'EM', null, null, null, 2, 60000, 70000, 80000],
			['bin', 'IC', '50000-100000', 50000, 100000, 0, null, null, null],
			['bin', 'IC', '100000-150000', 100000, 150000, 3, null, null, null],
			['bin', 'EM', '50000-100000', 50000, 100000, 2, null, null, null],
			['bin', 'EM', '100000-150000', 100000, 150000, 0, null, null, null]
		]);
	});

	it('writes the last bin open-ended, as it holds every report above its lower edge', () => {
		const bins = listDistributionBins([track('ic', [1, 0, 0, 4]), track('em', [0, 0, 0, 2])]);
		expect(bins.at(-1)).toEqual({ from: 150_000, to: null, label: '150000+', counts: [4, 2] });
		const rows = toDistributionTable([track('ic', [1, 0, 0, 4]), track('em', [0, 0, 0, 2])]).rows;
		expect(rows.at(-1)).toEqual(['bin', 'EM', '150000+', 150000, null, 2, null, null, null]);
		expect(toCsv(['pay_bin', 'pay_from', 'pay_to'], [rows.at(-1)!.slice(2, 5)])).toBe(
			'pay_bin,pay_from,pay_to\n150000+,150000,\n'
		);
	});

	it('keeps bins empty on both tracks between the first and the last with reports', () => {
		const bins = listDistributionBins([
			track('ic', [0, 5, 0, 0, 1, 0]),
			track('em', [0, 0, 0, 0, 3, 0])
		]);
		expect(bins.map((b) => [b.label, ...b.counts])).toEqual([
			['50000-100000', 5, 0],
			['100000-150000', 0, 0],
			['150000-200000', 0, 0],
			['200000-250000', 1, 3]
		]);
		expect(listDistributionBins([track('ic', [0, 0]), track('em', [0, 0])])).toEqual([]);
		expect(listDistributionBins([])).toEqual([]);
	});

	it('writes money as the page prints it: to the step of adjusted figures, else to the dollar', () => {
		const bands = [band('ic', 5, 265_568)];
		const rows = (step?: number) =>
			toExportTable(
				{ kind: 'bands', groupColumn: 'company_type', groups: [{ name: 'big-tech', bands }] },
				describeExport({ sourceId: 'levelsfyi', dollars: 'in May 2026 dollars', step })
			).rows[0]!;
		// p10, p25, p50, p75, p90 of 265,568: ×0.6, ×0.8, +0.4, ×1.2, ×1.5.
		expect(rows(1000).slice(4, 9)).toEqual([159_000, 212_000, 266_000, 319_000, 398_000]);
		expect(rows().slice(4, 9)).toEqual([159_341, 212_454, 265_568, 318_682, 398_352]);
		expect(rows(1000).at(-1)).toBe('in May 2026 dollars');
	});

	it('dispatches on the kind of chart and turns a table into JSON records with what the chart was', () => {
		const table = toExportTable({ kind: 'gap', rows: [] }, ABOUT);
		expect(table.rows).toEqual([]);
		const career = toExportTable(
			{
				kind: 'career',
				paths: [
					{
						id: 'ic',
						label: 'Stay IC',
						years: [
							{
								year: 1,
								track: 'ic',
								stdLevel: 5,
								pay: 1.4,
								low: 1,
								high: 2,
								cumulative: 1.4,
								cumulativeLow: 1,
								cumulativeHigh: 2
							}
						]
					}
				]
			},
			ABOUT
		);
		expect(career.rows).toEqual([['Stay IC', 1, 'IC', 5, 1, 1, 2, 1, 1, 2, ...ABOUT_CELLS]]);
		expect(toJsonExport(career, { title: 'T', filters: 'F', source: 'S' })).toEqual({
			title: 'T',
			filters: 'F',
			source: 'S',
			rows: [
				{
					path: 'Stay IC',
					year: 1,
					track: 'IC',
					std_level: 5,
					median_pay: 1,
					median_low: 1,
					median_high: 2,
					cumulative: 1,
					cumulative_low: 1,
					cumulative_high: 2,
					source: 'levels.fyi 2017–2021',
					pay_measure: 'total pay a year',
					currency: 'USD',
					dollars: 'in dollars as reported'
				}
			]
		});
	});
});

describe('toFiguresTable (a claim card’s download)', () => {
	// Made-up figures in the shape a claim's evaluation has.
	const comparison = {
		label: 'L6',
		a: { label: 'IC L6', median: 400_000.4, n: 700 },
		b: { label: 'EM L6', median: 420_000, n: 400 },
		gap: 0.05,
		low: 0.012345,
		high: 0.09
	};
	const share = { label: 'EM premium within ±10%', value: 0.6, kind: 'share' };
	const level = { label: 'fork level', value: 5, kind: 'level' };

	it('writes comparisons, then measures, each figure a row', () => {
		const table = toFiguresTable([comparison], [share, level]);
		expect(table.rows).toEqual([
			['L6', 'IC L6', 400_000, 700, 'EM L6', 420_000, 400, 0.05, 0.0123, 0.09, null, null],
			[
				'EM premium within ±10%',
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				0.6,
				'share'
			],
			['fork level', null, null, null, null, null, null, null, null, null, 5, 'level']
		]);
		const figures = toFiguresTable([comparison], []);
		expect(
			toExportTable({ kind: 'figures', comparisons: [comparison], measures: [] }, ABOUT)
		).toEqual({
			header: [...figures.header, 'source', 'pay_measure', 'currency', 'dollars'],
			rows: figures.rows.map((row) => [...row, ...ABOUT_CELLS])
		});
	});
});
