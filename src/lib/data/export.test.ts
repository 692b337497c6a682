import { describe, expect, it } from 'vitest';
import { toCsv, toCsvCell } from './export.ts';
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
