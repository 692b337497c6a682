import { describe, expect, it } from 'vitest';
import { placeMedianLabel } from './labels';

const text = 'IC median $304k · n=2,773';

describe('placeMedianLabel', () => {
	it('puts the label right of its line when it fits', () => {
		expect(placeMedianLabel(100, text, 400)).toEqual({ x: 104, textAnchor: 'start' });
	});

	it('moves it left of the line near the right edge, so it stays in the plot', () => {
		expect(placeMedianLabel(280, text, 300)).toEqual({ x: 276, textAnchor: 'end' });
	});

	it('pins it to an edge when neither side has room', () => {
		expect(placeMedianLabel(60, text, 150)).toEqual({ x: 0, textAnchor: 'start' });
		expect(placeMedianLabel(100, text, 150)).toEqual({ x: 150, textAnchor: 'end' });
	});
});
