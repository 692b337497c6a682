import { describe, expect, it } from 'vitest';
import { createSyntheticRecords } from '../../../tests/fixtures/records';
import { createCells, toYoeBand } from './cells';
import type { Band } from './domain';
import { placeSheet, shareBelow } from './sheet';

// SYNTHETIC market (seeded records) and a made-up sheet band.
const records = createSyntheticRecords({ seed: 7, perGroup: 40 });
const cells = createCells(records, (r) => ({
	company: r.company,
	companyType: r.companyType,
	track: r.track,
	stdLevel: r.stdLevel,
	region: '',
	year: 0,
	yoe: toYoeBand(r.yearsExperience)
}));
const sheetBand = (p50: number, currency = 'USD'): Band => ({
	companyType: 'all',
	company: 'Acme',
	track: 'ic',
	stdLevel: 5,
	n: 12,
	p10: p50 * 0.8,
	p25: p50 * 0.9,
	p50,
	p75: p50 * 1.1,
	p90: p50 * 1.2,
	baseP50: null,
	stockP50: null,
	bonusP50: null,
	currency,
	source: 'synthetic',
	lowN: false
});

describe('placeSheet', () => {
	const options = { minN: 5, source: 'synthetic' };
	it('puts a sheet median at the market median at about the 50th percentile, and beside the market band', () => {
		const market = placeSheet([sheetBand(1)], cells, 'USD', options)[0]!.market!;
		const [placed] = placeSheet([sheetBand(market.p50)], cells, 'USD', options);
		expect(placed!.market?.p50).toBe(market.p50);
		expect(placed!.percentile).toBeGreaterThan(0.45);
		expect(placed!.percentile).toBeLessThan(0.55);
		expect(
			placeSheet([sheetBand(market.p90)], cells, 'USD', options)[0]!.percentile
		).toBeGreaterThan(0.85);
	});

	it('does not compare a sheet in another currency, and says why', () => {
		const [placed] = placeSheet([sheetBand(150_000, 'EUR')], cells, 'USD', options);
		expect(placed!.percentile).toBeNull();
		expect(placed!.reason).toMatch(/in EUR and the market in USD/);
	});

	it('counts reports spread evenly in each bin', () => {
		const one = createCells(
			[
				{ ...records[0]!, total: 150_000 },
				{ ...records[0]!, total: 250_000 }
			],
			(r) => ({
				company: r.company,
				companyType: r.companyType,
				track: r.track,
				stdLevel: r.stdLevel,
				region: '',
				year: 0,
				yoe: -1
			})
		);
		expect(shareBelow(one, 200_000)).toBe(0.5);
		expect(shareBelow([], 1)).toBeNull();
	});
});
