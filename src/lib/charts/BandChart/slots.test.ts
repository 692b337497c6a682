import { describe, expect, it } from 'vitest';
import type { Band } from '$lib/data/domain';
import { createFixtureBands } from '../../../../tests/fixtures/bands';
import { createBandSlots, createBandTooltip, formatBandLabel, sortBands } from './slots';

const fixture = createFixtureBands();

function pick(level: number, track: string): Band {
	const band = fixture.find((b) => b.stdLevel === level && b.track === track);
	if (!band) throw new Error(`fixture has no band for ${track} L${level}`);
	return band;
}

describe('createBandSlots', () => {
	it('gives every level and track a slot, by level, IC before EM', () => {
		const slots = createBandSlots([3, 4, 5], fixture);
		expect(slots.map((s) => s.key)).toEqual(['3-ic', '3-em', '4-ic', '4-em', '5-ic', '5-em']);
	});

	it('keeps missing combinations as empty slots', () => {
		const slots = createBandSlots([3, 5], fixture);
		expect(slots.find((s) => s.key === '3-em')?.band).toBeNull();
		expect(slots.find((s) => s.key === '5-em')?.band).toBe(pick(5, 'em'));
	});

	it('keeps the first band when two claim the same slot, and mutates nothing', () => {
		const first = pick(5, 'ic');
		const second = { ...first, p50: first.p50 + 1 };
		const input = [first, second];
		const copy = structuredClone(input);
		expect(createBandSlots([5], input)[0]?.band).toBe(first);
		expect(input).toEqual(copy);
	});

	it('gives an empty chart one empty slot per level and track', () => {
		const slots = createBandSlots([3, 4], []);
		expect(slots).toHaveLength(4);
		expect(slots.every((s) => s.band === null)).toBe(true);
	});
});

describe('sortBands', () => {
	it('orders by level, then IC before EM, without touching its input', () => {
		const input = [pick(6, 'em'), pick(5, 'em'), pick(6, 'ic'), pick(5, 'ic')];
		const copy = [...input];
		expect(sortBands(input).map((b) => `${b.stdLevel}-${b.track}`)).toEqual([
			'5-ic',
			'5-em',
			'6-ic',
			'6-em'
		]);
		expect(input).toEqual(copy);
	});
});

describe('formatBandLabel', () => {
	const band: Band = {
		...pick(5, 'ic'),
		n: 575,
		p25: 150_000,
		p50: 185_000,
		p75: 230_000,
		lowN: false
	};

	it('reads track, level name, median, middle half and n', () => {
		expect(formatBandLabel(band)).toBe(
			'IC, level 5 Senior: median $185,000, middle half $150,000–$230,000, n = 575'
		);
	});

	it("uses the EM track's level name and warns about few reports", () => {
		expect(formatBandLabel({ ...band, track: 'em', n: 3, lowN: true })).toBe(
			'EM, level 5 Manager: median $185,000, middle half $150,000–$230,000, n = 3, few reports'
		);
	});
});

describe('createBandTooltip', () => {
	it('lists the quantiles top-down, the known components and the count', () => {
		const band: Band = { ...pick(5, 'ic'), stockP50: null, n: 1234, lowN: false };
		const tooltip = createBandTooltip(band, 5);
		expect(tooltip.title).toBe('L5 · Senior');
		expect(tooltip.rows.map((r) => r.label)).toEqual([
			'90th percentile',
			'75th percentile',
			'Median',
			'25th percentile',
			'10th percentile',
			'Median base',
			'Median bonus',
			'Reports'
		]);
		expect(tooltip.rows.find((r) => r.emphasis)?.label).toBe('Median');
		expect(tooltip.rows.at(-1)?.value).toBe('1,234');
		expect(tooltip.note).toBe('');
	});

	it('adds a caution for few reports', () => {
		expect(createBandTooltip(pick(9, 'em'), 5).note).toMatch(/fewer than 5/);
	});
});
