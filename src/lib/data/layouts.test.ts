import { describe, expect, it } from 'vitest';
import { yearOfTimestamp } from './layouts.ts';

describe('yearOfTimestamp (levels.fyi timestamps, M/D/YYYY H:MM:SS)', () => {
	it.each([
		['6/7/2017 11:33:27', '2017'],
		['12/31/2021 23:59:59', '2021'],
		['1/1/2019', '2019'],
		['', ''],
		['2017-06-07 11:33:27', ''],
		['6/7/17 11:33', ''],
		['6/7/20171 11:33', '']
	])('%j → %j', (timestamp, year) => {
		expect(yearOfTimestamp(timestamp)).toBe(year);
	});
});
