import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	chunkBytes,
	CsvError,
	CsvStreamParser,
	inferDelimiter,
	parseCsvText,
	type CsvRowProblem
} from './csv.ts';

const encoder = new TextEncoder();

/** Parse bytes fed in chunks of `size`, collecting header, rows and quoting problems. */
function parseChunked(bytes: Uint8Array, size: number) {
	let header: string[] = [];
	const rows: string[][] = [];
	const problems: CsvRowProblem[] = [];
	const parser = new CsvStreamParser('test.csv', {
		header: (h) => (header = h),
		rows: (batch) => rows.push(...batch),
		problem: (p) => problems.push(p)
	});
	for (const chunk of chunkBytes(bytes, size)) parser.push(chunk);
	const summary = parser.end();
	return { header, rows, problems, summary };
}

/** parseChunked, with a file-stopping error as its message instead of thrown. */
function outcomeChunked(bytes: Uint8Array, size: number) {
	try {
		const { rows, problems } = parseChunked(bytes, size);
		return { rows, problems };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

describe('parseCsvText', () => {
	it.each([
		['trailing newline gives no phantom row', 'a,b\n1,2\n', [['1', '2']]],
		[
			'several trailing newlines are blank lines, not records with defaults',
			'a,b\n1,2\n\n',
			[['1', '2'], ['']]
		],
		['no trailing newline keeps the last row', 'a,b\n1,2', [['1', '2']]],
		[
			'quoted newline is kept inside the cell',
			'a,b\n"line 1\nline 2",2\n',
			[['line 1\nline 2', '2']]
		],
		['quoted CRLF is kept exactly', 'a,b\r\n"x\r\ny",2\r\n', [['x\r\ny', '2']]],
		['escaped quotes unescape', 'a\n"say ""hi"""\n', [['say "hi"']]],
		['delimiter inside quotes is text', 'a,b\n"Anytown, WW",2\n', [['Anytown, WW', '2']]],
		[
			'CR-only line ends',
			'a,b\r1,2\r3,4\r',
			[
				['1', '2'],
				['3', '4']
			]
		],
		['semicolon delimiter', 'a;b\n1;2\n', [['1', '2']]],
		['tab delimiter', 'a\tb\n1\t2\n', [['1', '2']]],
		['BOM is stripped from the first header', '\ufeffa,b\n1,2\n', [['1', '2']]]
	])('%s', (_name, text, expected) => {
		const { header, rows } = parseCsvText(text, 't.csv');
		expect(header).toEqual(['a', 'b'].slice(0, header.length));
		expect(rows).toEqual(expected);
	});

	it('keeps a column named __proto__ with its values (papaparse header mode drops them)', () => {
		const { header, rows } = parseCsvText('company,__proto__,constructor\nAcme,x,y\n', 't.csv');
		expect(header).toEqual(['company', '__proto__', 'constructor']);
		expect(rows[0]).toEqual(['Acme', 'x', 'y']);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('stops at an unterminated quote and names the row where it opens', () => {
		const text = 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n';
		expect(() => parseCsvText(text, 'bad.csv')).toThrowError(/bad\.csv, row 3: a quote/);
	});

	it('reports an empty file as having no header and no rows', () => {
		const { header, rows } = parseCsvText('', 'empty.csv');
		expect(header).toEqual([]);
		expect(rows).toEqual([]);
	});
});

describe('CsvStreamParser over byte chunks', () => {
	const text = 'name,city,pay\nZoë,Zürich,1\n"😎 emoji, quoted",東京,2\nʤ,"a\nb",3\n';
	const bytes = encoder.encode(text);
	const whole = parseCsvText(text, 't.csv');

	it.each([1, 2, 3, 5, 7, 11, 64])(
		'gives the same rows as a whole parse when chunks are %i bytes',
		(size) => {
			const input = bytes.slice();
			const chunked = parseChunked(input, size);
			expect(chunked.header).toEqual(whole.header);
			expect(chunked.rows).toEqual(whole.rows);
			expect(chunked.rows.flat().join('')).not.toContain('\ufffd');
			expect(input).toEqual(bytes); // the input bytes are not changed
		}
	);

	it('gives the rows and quoting warnings (none) of a whole parse for any well-quoted CSV cut anywhere', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'é', '東', '😎', ',', '"', '\n', '\r\n', ' '),
			maxLength: 6
		});
		const quote = (value: string) =>
			/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
		const csv = fc
			.tuple(
				fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
				fc.constantFrom('\n', '\r\n')
			)
			.map(
				([rows, newline]) =>
					['h1,h2,h3', ...rows.map((r) => r.map(quote).join(','))].join(newline) + newline
			);
		fc.assert(
			fc.property(csv, fc.integer({ min: 1, max: 40 }), (input, size) => {
				const expected = parseCsvText(input, 't.csv');
				const chunked = parseChunked(encoder.encode(input), size);
				expect(chunked.rows).toEqual(expected.rows);
				expect(expected.problems).toEqual([]);
				expect(chunked.problems).toEqual([]);
			}),
			{ seed: 20261121, numRuns: 400 }
		);
	});

	it('gives the same quoting warnings, each once, however a file with damaged quoting is cut', () => {
		const cell = fc.constantFrom('a', '"q"', '"q"x', 'x"y', '"a,b"', '"l\r\nm"', 'é', '');
		const csv = fc
			.tuple(
				fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }),
				fc.constantFrom('\n', '\r\n')
			)
			.map(
				([rows, newline]) => ['h1,h2,h3', ...rows.map((r) => r.join(','))].join(newline) + newline
			);
		fc.assert(
			fc.property(csv, fc.integer({ min: 1, max: 40 }), (input, size) => {
				const whole = outcomeChunked(encoder.encode(input), input.length * 4);
				expect(outcomeChunked(encoder.encode(input), size)).toEqual(whole);
			}),
			{ seed: 20261204, numRuns: 600 }
		);
	});

	it('gives no quoting warning to a valid CRLF file cut between CR and LF at a 64 KiB piece boundary', () => {
		// The issue's case: a quoted last cell whose CR ends one 64 KiB piece and whose LF starts the next.
		const row = 'Acme,IC,"5"\r\n';
		let text = 'company,track,std_level\r\n';
		while (text.length + 2 * row.length < 65_536) text += row;
		// The last row before the boundary has a longer name, so that its CR is byte 65,535.
		text += 'A'.repeat(65_535 - text.length - ',IC,"5"'.length) + ',IC,"5"\r\n';
		const bytes = encoder.encode(text + row);
		expect(bytes[65_535]).toBe(13); // CR is the last byte of the first piece
		const { problems, rows } = parseChunked(bytes, bytes.length);
		expect(problems).toEqual([]);
		expect(rows.at(-1)).toEqual(['Acme', 'IC', '5']);
	});

	it('fixes CRLF line ends even when a chunk ends between CR and LF', () => {
		const crlf = encoder.encode('a,b\r\n1,2\r\n3,4\r\n');
		const { rows, summary } = parseChunked(crlf, 4); // first chunk is "a,b\r"
		expect(summary.newline).toBe('\r\n');
		expect(rows).toEqual([
			['1', '2'],
			['3', '4']
		]);
	});

	it('decodes UTF-16LE with a BOM', () => {
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...[...'a,b\n1,é\n'].flatMap((c) => [c.charCodeAt(0), 0])
		]);
		const { header, rows, summary } = parseChunked(utf16, 3);
		expect(summary.encoding).toBe('utf-16le');
		expect(header).toEqual(['a', 'b']);
		expect(rows).toEqual([['1', 'é']]);
	});

	it('reads a first chunk that is not UTF-8 as windows-1252 and says so, instead of storing U+FFFD', () => {
		const latin1 = new Uint8Array([...encoder.encode('a,b\n1,'), 0xe9, 0x0a]);
		const { rows, summary } = parseChunked(latin1, 100);
		expect(rows).toEqual([['1', 'é']]);
		expect(summary).toMatchObject({ encoding: 'windows-1252', encodingFallback: true });
	});

	it('stops with code "encoding" when UTF-8 breaks after the first chunk (the caller re-reads it)', () => {
		const late = new Uint8Array([...encoder.encode('a,b\n1,é\n2,'), 0xe9, 0x0a]);
		let caught: unknown;
		try {
			parseChunked(late, 8);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(CsvError);
		expect((caught as CsvError).code).toBe('encoding');
		// The bad byte is byte 11; the message points at the start of the piece that held it.
		const near = Number(
			/not valid UTF-8 text near byte (\d+)/.exec((caught as CsvError).message)?.[1]
		);
		expect(near).toBeGreaterThanOrEqual(8);
		expect(near).toBeLessThanOrEqual(11);
	});
});

describe('inferDelimiter', () => {
	it.each([
		['a,b,c', ','],
		['a;b;c', ';'],
		['a\tb', '\t'],
		['"x;y",b', ','],
		['single', ',']
	])('%j → %j', (line, expected) => {
		expect(inferDelimiter(line)).toBe(expected);
	});
});
