import { quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import {
	bandsFromCells,
	BIN_WIDTH,
	createCells,
	EXACT_BIN_WIDTH,
	HistogramSum,
	toBin,
	toYoeBand
} from './cells.ts';
import { parseBundle, serializeBundle, type BundleMeta } from './bundle.ts';
import { createRandom } from '../../../tests/fixtures/bands.ts';
import { createSyntheticRecords } from '../../../tests/fixtures/records.ts';

const keyOf = (r: import('./domain.ts').PayRecord) => ({
	company: r.company,
	companyType: r.companyType,
	track: r.track,
	stdLevel: r.stdLevel,
	region: 'Nowhere',
	year: r.year ?? 0,
	yoe: toYoeBand(r.yearsExperience)
});

describe('HistogramSum.quantile', () => {
	it.each([11, 100, 1000])(
		'stays within one bin of the exact d3 quantile (%i synthetic values)',
		(count) => {
			const random = createRandom(count);
			const values = Array.from({ length: count }, () =>
				Math.round(50_000 + random() * random() * 900_000)
			);
			const counts = new Map<number, number>();
			for (const v of values) counts.set(toBin(v), (counts.get(toBin(v)) ?? 0) + 1);
			const hist = [...counts].sort((a, b) => a[0] - b[0]).flat();
			const sum = new HistogramSum();
			sum.add(hist);
			for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
				expect(Math.abs(sum.quantile(p)! - quantile(values, p)!)).toBeLessThan(BIN_WIDTH);
			}
		}
	);

	it('is undefined when empty, and places values evenly inside a bin', () => {
		const sum = new HistogramSum();
		expect(sum.quantile(0.5)).toBeUndefined();
		sum.add([0, 2]);
		expect(sum.quantile(0.5)).toBe(2500);
	});

	it('reads every bin added, whatever the order: high before low, past the dense range, empty', () => {
		const sum = new HistogramSum();
		const hists = [[600, 1], [3, 2], [], [1500, 1, 2500, 1], [40, 1]];
		for (const hist of hists) sum.add(hist);
		// Six values: 3 (twice), 40, 600, 1500 and 2500 (past the dense bins, kept in the overflow).
		expect(sum.n).toBe(6);
		const middle = (bin: number, j: number, c: number) =>
			bin * BIN_WIDTH + (BIN_WIDTH * (j + 0.5)) / c;
		expect(sum.quantile(0)).toBe(middle(3, 0, 2));
		expect(sum.quantile(0.4)).toBe(middle(40, 0, 1));
		expect(sum.quantile(0.6)).toBe(middle(600, 0, 1));
		expect(sum.quantile(1)).toBe(middle(2500, 0, 1));
		expect(hists).toEqual([[600, 1], [3, 2], [], [1500, 1, 2500, 1], [40, 1]]);
	});
});

describe('the exact $1 width', () => {
	it('bins an amount at itself, to the nearest dollar', () => {
		expect([260_000, 260_000.4, 260_000.6, 0].map((v) => toBin(v, EXACT_BIN_WIDTH))).toEqual([
			260_000, 260_000, 260_001, 0
		]);
	});

	it.each([3, 11, 100])(
		'gives the exact d3 quantiles of whole-dollar amounts (%i values)',
		(count) => {
			const random = createRandom(count + 1);
			// Repeated amounts too: pay lists often hold the same figure twice.
			const values = Array.from({ length: count }, () =>
				Math.round(50_000 + random() * random() * 900_000)
			);
			values.push(values[0]!);
			const counts = new Map<number, number>();
			for (const v of values) counts.set(toBin(v, 1), (counts.get(toBin(v, 1)) ?? 0) + 1);
			const sum = new HistogramSum(EXACT_BIN_WIDTH);
			sum.add([...counts].sort((a, b) => a[0] - b[0]).flat());
			for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1])
				expect(sum.quantile(p)).toBe(quantile(values, p));
		}
	);

	it('keeps the issue’s typed median: 250,000 / 260,000 / 270,000 → 260,000 (262,500 at $5,000)', () => {
		const records = [250_000, 260_000, 270_000].map((total, i) => ({
			...createSyntheticRecords({ perGroup: 3, levels: [5] })[i]!,
			total
		}));
		const at = (binWidth: number) =>
			bandsFromCells(createCells(records, keyOf, binWidth), {}, { binWidth }).find(
				(b) => b.track === 'ic'
			)!.p50;
		expect(at(EXACT_BIN_WIDTH)).toBe(260_000);
		expect(at(BIN_WIDTH)).toBe(262_500);
	});
});

describe('createCells and bandsFromCells', () => {
	const records = createSyntheticRecords({ perGroup: 12 });
	const cells = createCells(records, keyOf);

	it('puts every record in exactly one cell', () => {
		expect(cells.reduce((s, c) => s + c.n, 0)).toBe(records.length);
	});

	it('filters by company type and gives binned quantiles close to the exact ones', () => {
		const bands = bandsFromCells(cells, { companyType: 'late-stage' });
		const exact = records
			.filter((r) => r.companyType === 'late-stage' && r.track === 'ic' && r.stdLevel === 7)
			.map((r) => r.total);
		const band = bands.find((b) => b.track === 'ic' && b.stdLevel === 7)!;
		expect(band.n).toBe(exact.length);
		expect(Math.abs(band.p50 - quantile(exact, 0.5)!)).toBeLessThan(BIN_WIDTH);
		expect(bands.every((b) => b.companyType === 'late-stage')).toBe(true);
	});

	it('survives a round trip through the bundle file, placement included', () => {
		// Every third record placed by years of experience, so both placements are in the file.
		const mixed = createCells(
			records.map((r, i) => (i % 3 ? r : { ...r, levelSource: 'experience' as const })),
			keyOf
		);
		expect(new Set(mixed.map((c) => c.placement))).toEqual(new Set(['catalog', 'fallback']));
		const back = parseBundle(
			JSON.parse(serializeBundle({ meta: fullMetaForTests(), cells: mixed }))
		);
		expect(back.cells).toEqual(mixed);
	});

	it('keeps reports placed by experience apart, and a filter reads one placement', () => {
		const mixed = createCells(
			records.map((r, i) => (i % 2 ? r : { ...r, levelSource: 'experience' as const })),
			keyOf
		);
		const count = (filter: Parameters<typeof bandsFromCells>[1]) =>
			bandsFromCells(mixed, filter).reduce((sum, b) => sum + b.n, 0);
		expect(count({ placement: ['fallback'] })).toBe(Math.ceil(records.length / 2));
		expect(count({ placement: ['catalog'] })).toBe(Math.floor(records.length / 2));
		expect(count({})).toBe(records.length);
	});

	/** Provenance fields for a synthetic bundle. */
	function fullMetaForTests(): BundleMeta {
		return {
			source: 'synthetic',
			sourceDetail: '',
			license: '',
			firstYear: 2020,
			lastYear: 2020,
			rowsRead: 0,
			imported: 0,
			rejected: 0,
			skipped: 0,
			skippedByReason: [],
			rejectedByReason: [],
			levelSources: { given: 0, catalog: 0, title: 0, experience: 0 },
			foldedToOther: 0,
			folds: [],
			suppressed: 0,
			minCellN: 3,
			binWidth: BIN_WIDTH,
			quantileMethod: '',
			generatedBy: 'test'
		};
	}

	it('names the damaged cell of a bundle file', () => {
		const good = JSON.parse(serializeBundle({ meta: { source: 's' } as BundleMeta, cells }));
		good.meta = { ...fullMetaForTests() };
		good.cells[3][2] = 7; // track must be 0 or 1
		expect(() => parseBundle(good)).toThrowError(/track must be 0 or 1/);
		expect(() => parseBundle(good)).toThrowError(/"cells",\s*3/);
	});

	it('names a cell whose placement is not one of the three', () => {
		const bad = JSON.parse(serializeBundle({ meta: fullMetaForTests(), cells }));
		bad.cells[0][4] = 3;
		expect(() => parseBundle(bad)).toThrowError(/placement must be 0 \(catalog\)/);
	});

	it('refuses a bundle of the earlier format, whose cells have no placement', () => {
		const old = JSON.parse(serializeBundle({ meta: fullMetaForTests(), cells }));
		old.format = 'forkline-cells/1';
		old.cells = old.cells.map((c: unknown[]) => [...c.slice(0, 4), ...c.slice(5)]);
		expect(() => parseBundle(old)).toThrowError(/forkline-cells\/2/);
	});

	it('rejects a damaged bundle file with a message', () => {
		expect(() =>
			parseBundle({ format: 'forkline-cells/2', meta: {}, companies: [], regions: [], cells: [] })
		).toThrowError();
	});
});
