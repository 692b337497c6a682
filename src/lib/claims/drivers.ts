/**
 * How much of the spread of pay each factor accounts for: the between-group share of the variance
 * of log total pay (eta², the R² of a one-way analysis of variance), computed from the cells'
 * histograms. Each bin stands for its reports at the bin's middle, so the figure is exact up to
 * the $5,000 binning. Log pay, because pay differences are proportional: a 10% gap at $100k and
 * at $400k should weigh alike.
 */
import { BIN_WIDTH, matchesFilter, type CellFilter, type PayCell } from '$lib/data/cells.ts';
import { isClassified } from './measure.ts';
import type { DRIVER_FACTORS } from './thresholds.ts';

export type DriverFactor = (typeof DRIVER_FACTORS)[number];

export const DRIVER_LABELS: Record<DriverFactor, string> = {
	company: 'Company',
	companyType: 'Company type',
	region: 'Location',
	level: 'Level',
	track: 'Track'
};

/**
 * The group a cell belongs to for one factor. Companies folded for privacy ('') count as one
 * group per company type ("other big-tech companies"), which understates the company factor a
 * little rather than inventing companies.
 */
function toGroup(cell: PayCell, factor: DriverFactor): string {
	switch (factor) {
		case 'company':
			return cell.company === '' ? `other ${cell.companyType}` : cell.company;
		case 'companyType':
			return cell.companyType;
		case 'region':
			return cell.region;
		case 'level':
			return String(cell.stdLevel);
		case 'track':
			return cell.track;
	}
}

export interface VarianceShare {
	factor: DriverFactor;
	/** Share of the variance of log pay between this factor's groups, 0–1. */
	share: number;
	/** Groups the factor has in the selection; a factor with one group explains nothing and is not measured. */
	groups: number;
}

/**
 * eta² of log total pay for each factor, over the cells a filter selects.
 *
 *     createVarianceShares(cells, {}, ['track', 'level'])
 *       → [{ factor: 'track', share: 0.02, groups: 2 }, { factor: 'level', share: 0.41, groups: 7 }]
 */
export function createVarianceShares(
	cells: readonly PayCell[],
	filter: CellFilter,
	factors: readonly DriverFactor[]
): VarianceShare[] {
	// One pass gathers, per factor, the weight, sum and sum of squares of log pay over the reports
	// it measures, and per group the weight and sum. Every factor measures every report except
	// company type, which leaves out unclassified companies: unknown employers are not a type.
	const totals = factors.map(() => ({ w: 0, s: 0, ss: 0 }));
	const groups = factors.map(() => new Map<string, { w: number; s: number }>());
	for (const cell of cells) {
		if (!matchesFilter(cell, filter)) continue;
		let cw = 0;
		let cs = 0;
		let css = 0;
		for (let i = 0; i < cell.total.length; i += 2) {
			const x = Math.log((cell.total[i]! + 0.5) * BIN_WIDTH);
			const count = cell.total[i + 1]!;
			cw += count;
			cs += count * x;
			css += count * x * x;
		}
		factors.forEach((factor, f) => {
			if (factor === 'companyType' && !isClassified(cell.companyType)) return;
			const total = totals[f]!;
			total.w += cw;
			total.s += cs;
			total.ss += css;
			const key = toGroup(cell, factor);
			const group = groups[f]!.get(key) ?? { w: 0, s: 0 };
			group.w += cw;
			group.s += cs;
			groups[f]!.set(key, group);
		});
	}
	return factors.map((factor, f) => {
		const { w, s, ss } = totals[f]!;
		const total = w === 0 ? 0 : ss - (s * s) / w;
		let between = 0;
		for (const group of groups[f]!.values())
			if (group.w > 0) between += (group.s * group.s) / group.w;
		between -= w === 0 ? 0 : (s * s) / w;
		return { factor, share: total > 0 ? Math.max(0, between / total) : 0, groups: groups[f]!.size };
	});
}
