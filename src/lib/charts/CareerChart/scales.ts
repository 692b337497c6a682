/**
 * Scale builders for the career-path chart: years along x, cumulative pay up y. Pure functions;
 * CareerChart calls them in `$derived`.
 */
import { max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { CareerPath, CareerPathId } from '$lib/data/career';
import type { Padding } from '../layers/context';

export interface CareerChartScales {
	/** Years from the start (0) to the last year. */
	x: ScaleLinear<number, number>;
	/** Cumulative pay. */
	y: ScaleLinear<number, number>;
}

/**
 * @example createCareerScales(paths, 10, 600, 300, padding)
 * //  → x: [0, 10] → [0, innerWidth]; y: [0, highest cumulativeHigh, nice] → [innerHeight, 0]
 */
export function createCareerScales(
	paths: readonly CareerPath[],
	years: number,
	width: number,
	height: number,
	padding: Padding
): CareerChartScales {
	const top = max(paths, (path) => path.years.at(-1)?.cumulativeHigh) ?? 1_000_000;
	return {
		x: scaleLinear()
			.domain([0, Math.max(1, years)])
			.range([0, Math.max(0, width - padding.left - padding.right)]),
		y: scaleLinear()
			.domain([0, top])
			.range([Math.max(0, height - padding.top - padding.bottom), 0])
			.nice()
	};
}

/** Colour and dash per path, so paths differ by more than colour (also used by legends). */
export const PATH_STYLES: Record<CareerPathId, { color: string; dash: string }> = {
	ic: { color: 'var(--ic)', dash: '' },
	em: { color: 'var(--em)', dash: '8 4' },
	'em-back': { color: 'var(--text)', dash: '2 3' }
};
