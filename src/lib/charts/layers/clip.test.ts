import { describe, expect, it } from 'vitest';
import { toAxisItems, toClipArrowPath } from './clip';

describe('toAxisItems', () => {
	it('keeps the items drawn solid', () => {
		const items = [{ lowN: false, v: 1 }, { lowN: true, v: 9 }, { v: 2 }];
		expect(toAxisItems(items)).toEqual([{ lowN: false, v: 1 }, { v: 2 }]);
	});

	it('keeps every item when all are faded', () => {
		const items = [{ lowN: true, v: 9 }];
		expect(toAxisItems(items)).toEqual(items);
		expect(toAxisItems([])).toEqual([]);
	});
});

describe('toClipArrowPath', () => {
	it('puts the tip at the origin and the base back inside the plot', () => {
		expect(toClipArrowPath('up', 6)).toBe('M -6 9 L 0 0 L 6 9 Z');
		expect(toClipArrowPath('down', 6)).toBe('M -6 -9 L 0 0 L 6 -9 Z');
		expect(toClipArrowPath('left', 6)).toBe('M 9 -6 L 0 0 L 9 6 Z');
		expect(toClipArrowPath('right', 6)).toBe('M -9 -6 L 0 0 L -9 6 Z');
	});

	it('keeps a thin mark’s arrow visible', () => {
		expect(toClipArrowPath('up', 1)).toBe('M -4 9 L 0 0 L 4 9 Z');
	});
});
