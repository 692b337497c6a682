/**
 * The corpus of bad and odd files, each made by code (no binaries committed) with the outcome a
 * user must get: a correct import, or a message naming what is wrong and where. SYNTHETIC: every
 * pay figure here is typed as a test value, not a real report.
 *
 * tests/unit/corpus.test.ts runs every file through `ingestFile`; tests/e2e/upload.e2e.ts loads a
 * handful through the upload page in Chromium.
 */

export interface CorpusFile {
	name: string;
	/** What is odd about the file. */
	about: string;
	/** The file's bytes, as parts: each part arrives as its own chunk, as a big file's would. */
	parts(): Uint8Array<ArrayBuffer>[];
	expected: Expected;
}

export type Expected =
	/**
	 * The import stops with a message matching this, naming `row` when given; `kind` is 'header'
	 * only when the column mapping can help (a header Forkline does not know), else 'file'.
	 */
	| { fatal: RegExp; row?: number; kind?: 'header' | 'file' }
	| {
			rowsRead: number;
			imported: number;
			rejected: number;
			skipped: number;
			encoding?: string;
			delimiter?: string;
			/** A file-level warning that must be shown. */
			fileWarning?: RegExp;
			/** Rejected rows that must be listed: [row, column, value as found]. */
			rejects?: [number, string, string][];
			/** Warnings that must be counted: [reason, count]. */
			warnings?: [string, number][];
			/** Company names (or other first-column text) that must come through exactly. */
			companies?: string[];
			ignoredColumns?: string[];
			/** Totals of the imported records, in file order. */
			totals?: number[];
	  };

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf16le = (text: string) =>
	Uint8Array.from([
		0xff,
		0xfe,
		...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])
	]);
const utf16be = (text: string) =>
	Uint8Array.from([
		0xfe,
		0xff,
		...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])
	]);

const utf32le = (text: string, bom: boolean) =>
	Uint8Array.from([
		...(bom ? [0xff, 0xfe, 0, 0] : []),
		...[...text].flatMap((c) => {
			const code = c.codePointAt(0)!;
			return [code & 0xff, (code >> 8) & 0xff, code >> 16, 0];
		})
	]);

/** A small valid records file, with `sep` between cells and `eol` after each line. */
function records(sep = ',', eol = '\n', companies = ['Acme', 'Zoë Labs']): string {
	const lines = [['company', 'track', 'std_level', 'total'].join(sep)];
	companies.forEach((company, i) =>
		lines.push([company, i % 2 ? 'EM' : 'IC', '5', String(150_000 + i * 10_000)].join(sep))
	);
	return lines.join(eol) + eol;
}

const HEADER = 'company,track,std_level,total\n';

export const CORPUS: CorpusFile[] = [
	{
		name: 'empty.csv',
		about: 'zero bytes',
		parts: () => [utf8('')],
		expected: { fatal: /is empty/, row: 1 }
	},
	{
		name: 'only-newlines.csv',
		about: 'three line breaks and nothing else',
		parts: () => [utf8('\n\n\n')],
		expected: { fatal: /first line is blank/, row: 1 }
	},
	{
		name: 'header-only.csv',
		about: 'a header and no data',
		parts: () => [utf8(HEADER)],
		expected: { fatal: /header but no data rows/, row: 2 }
	},
	{
		name: 'workbook.xlsx.csv',
		about: 'an Excel workbook renamed .csv (ZIP signature)',
		parts: () => [
			Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, ...utf8('[Content_Types].xml')])
		],
		expected: { fatal: /not a CSV text file: it looks like a ZIP archive/, row: 1 }
	},
	{
		name: 'image.png.csv',
		about: 'a PNG image',
		parts: () => [
			Uint8Array.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
			])
		],
		expected: { fatal: /looks like a PNG image/ }
	},
	{
		name: 'random-binary.bin',
		about: 'seeded pseudo-random bytes with zeros',
		parts: () => {
			let x = 12345;
			return [
				Uint8Array.from(
					{ length: 4096 },
					() => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff
				)
			];
		},
		expected: { fatal: /not a CSV text file/ }
	},
	{
		name: 'nul-late.csv',
		about: 'a valid file with one NUL byte in row 3, in its second chunk',
		parts: () => [
			utf8(HEADER + 'Acme,IC,5,150000\n'),
			utf8('Acme,IC,5,1\u00005000\nAcme,IC,5,1\n')
		],
		expected: { fatal: /line 3, column 4 \(total\): a zero \(NUL\) byte/, row: 3 }
	},
	{
		name: 'utf16le-bom.csv',
		about: 'UTF-16 little-endian with a BOM (Excel "Unicode text")',
		parts: () => [utf16le(records())],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'utf-16le',
			companies: ['Acme', 'Zoë Labs']
		}
	},
	{
		name: 'utf16be-bom.csv',
		about: 'UTF-16 big-endian with a BOM',
		parts: () => [utf16be(records())],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'utf-16be',
			companies: ['Acme', 'Zoë Labs']
		}
	},
	{
		name: 'latin1.csv',
		about: 'windows-1252 / Latin-1 bytes (é as 0xE9)',
		parts: () => [latin1(records(',', '\r\n', ['Société Générale', 'Zoë Labs']))],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'windows-1252',
			fileWarning: /not UTF-8, so it was read as windows-1252/,
			companies: ['Société Générale', 'Zoë Labs']
		}
	},
	{
		name: 'latin1-late.csv',
		about:
			'UTF-8-clean for its first 64 KB chunk, then a Latin-1 byte: read again from the start as windows-1252',
		parts: () => [
			utf8(HEADER + 'Acme,IC,5,150000\n'.repeat(4000)),
			latin1('Zoë Labs,IC,5,160000\n')
		],
		expected: {
			rowsRead: 4001,
			imported: 4001,
			rejected: 0,
			skipped: 0,
			encoding: 'windows-1252',
			fileWarning: /windows-1252/,
			warnings: [['same cells as an earlier imported row (a duplicate?)', 3999]]
		}
	},
	{
		name: 'utf8-bom.csv',
		about: 'UTF-8 with a byte-order mark before the first header',
		parts: () => [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(records())])],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'utf-8',
			companies: ['Acme', 'Zoë Labs']
		}
	},
	{
		name: 'semicolon.csv',
		about: '; delimiter (European Excel)',
		parts: () => [utf8(records(';'))],
		expected: { rowsRead: 2, imported: 2, rejected: 0, skipped: 0, delimiter: ';' }
	},
	{
		name: 'tab.tsv',
		about: 'tab delimiter',
		parts: () => [utf8(records('\t'))],
		expected: { rowsRead: 2, imported: 2, rejected: 0, skipped: 0, delimiter: '\t' }
	},
	{
		name: 'cr-only.csv',
		about: 'old Mac line ends (CR only)',
		parts: () => [utf8(records(',', '\r'))],
		expected: { rowsRead: 2, imported: 2, rejected: 0, skipped: 0, companies: ['Acme', 'Zoë Labs'] }
	},
	{
		name: 'quoted-newlines.csv',
		about: 'line breaks (LF, CRLF, CR) and delimiters inside quoted cells',
		parts: () => [
			utf8(
				HEADER +
					'"Acme\nWest",IC,5,150000\n"Acme\r\nEast, Inc.",IC,5,150001\n"Acme\rNorth ""Q""",EM,5,150002\n'
			)
		],
		expected: {
			rowsRead: 3,
			imported: 3,
			rejected: 0,
			skipped: 0,
			companies: ['Acme\nWest', 'Acme\r\nEast, Inc.', 'Acme\rNorth "Q"']
		}
	},
	{
		name: 'unterminated-quote.csv',
		about: 'a quote opened in row 3 and never closed',
		parts: () => [
			utf8(HEADER + 'Acme,IC,5,150000\n"Acme,IC,5,150000\nAcme,IC,5,150000\n'.padEnd(2000, 'x'))
		],
		expected: { fatal: /row 3: a quote \("\) opens a cell that never closes/, row: 3 }
	},
	{
		name: 'unterminated-quote-long.csv',
		about: 'an unterminated quote in row 2 followed by 20 MB of rows, in 64 KB chunks',
		parts: () => {
			const chunk = utf8('Acme,IC,5,150000\n'.repeat(3855));
			return [utf8(HEADER + '"Acme,IC,5,150000\n'), ...Array.from({ length: 320 }, () => chunk)];
		},
		expected: { fatal: /row 2: a record runs on for more than 16 MiB/, row: 2 }
	},
	{
		name: 'ragged.csv',
		about: 'a row with too few cells and one with too many',
		parts: () => [utf8(HEADER + 'Acme,IC,5\nAcme,IC,5,150000,extra\nAcme,IC,5,150000\n')],
		expected: {
			rowsRead: 3,
			imported: 1,
			rejected: 2,
			skipped: 0,
			rejects: [
				[2, '(whole row)', 'Acme,IC,5'],
				[3, '(whole row)', 'Acme,IC,5,150000,…']
			]
		}
	},
	{
		name: 'duplicate-headers.csv',
		about: 'the column total appears twice',
		parts: () => [utf8('company,track,std_level,total,total\nAcme,IC,5,1,2\n')],
		expected: { fatal: /names "total" more than once/, row: 1, kind: 'header' }
	},
	{
		name: 'blank-header.csv',
		about: 'a column with a blank header name',
		parts: () => [utf8('company,track,,std_level,total\nAcme,IC,note,5,150000\n')],
		expected: {
			rowsRead: 1,
			imported: 1,
			rejected: 0,
			skipped: 0,
			ignoredColumns: ['(blank header, column 3)']
		}
	},
	{
		name: 'blank-lines.csv',
		about: 'blank and whitespace-only lines between rows',
		parts: () => [utf8(HEADER + 'Acme,IC,5,150000\n\n   \nAcme,EM,5,160000\n')],
		expected: { rowsRead: 4, imported: 2, rejected: 0, skipped: 2 }
	},
	{
		name: 'header-spaces.csv',
		about: 'header names with leading and trailing spaces and capitals',
		parts: () => [utf8(' Company , TRACK,Std Level ,total \nAcme,IC,5,150000\n')],
		expected: { rowsRead: 1, imported: 1, rejected: 0, skipped: 0 }
	},
	{
		name: 'lookalike-header.csv',
		about: 'the header "company" typed with a Cyrillic с',
		parts: () => [utf8('\u0441ompany,track,std_level,total\nAcme,IC,5,150000\n')],
		expected: {
			rowsRead: 1,
			imported: 1,
			rejected: 0,
			skipped: 0,
			fileWarning: /look-alike letters/
		}
	},
	{
		name: 'field-1mb.csv',
		about: 'a 1 MB quoted cell, split over chunks',
		parts: () => {
			const bytes = utf8(HEADER + `"${'Big, '.repeat(200_000)}",IC,5,150000\nAcme,IC,5,160000\n`);
			return [
				bytes.subarray(0, 300_000),
				bytes.subarray(300_000, 700_000),
				bytes.subarray(700_000)
			];
		},
		expected: { rowsRead: 2, imported: 2, rejected: 0, skipped: 0, totals: [150000, 160000] }
	},
	{
		name: 'dangerous-headers.csv',
		about: 'columns named __proto__, constructor, prototype, toString',
		parts: () => [
			utf8(
				'__proto__,company,constructor,track,prototype,std_level,toString,total\np,Acme,c,IC,x,5,t,150000\n'
			)
		],
		expected: {
			rowsRead: 1,
			imported: 1,
			rejected: 0,
			skipped: 0,
			ignoredColumns: ['__proto__', 'constructor', 'prototype', 'toString'],
			companies: ['Acme']
		}
	},
	{
		name: 'money-written.csv',
		about: 'money as people write it, and what is not money',
		parts: () => [
			utf8(
				'company,track,std_level,total\n' +
					[
						'"$185,000"',
						'185k',
						'185 000',
						'1.5M',
						'"(5,000)"',
						'-5',
						'NaN',
						'Infinity',
						'0x10',
						''
					]
						.map((t) => `Acme,IC,5,${t}`)
						.join('\n') +
					'\n'
			)
		],
		expected: {
			rowsRead: 10,
			imported: 4,
			rejected: 6,
			skipped: 0,
			totals: [185000, 185000, 185000, 1500000],
			rejects: [
				[6, 'total', '(5,000)'],
				[7, 'total', '-5'],
				[8, 'total', 'NaN'],
				[9, 'total', 'Infinity'],
				[10, 'total', '0x10'],
				[11, 'total', '']
			]
		}
	},
	{
		name: 'warnings.csv',
		about:
			'pay over $5M and under $10k, a duplicate row, a total that is not the sum of its parts, and a row in another currency, set aside',
		parts: () => [
			utf8(
				'company,track,std_level,base,stock,bonus,total,currency\n' +
					'Acme,IC,5,,,,6000000,USD\n' +
					'Acme,IC,5,,,,9000,USD\n' +
					'Acme,IC,5,100000,50000,10000,160000,USD\n' +
					'Acme,IC,5,100000,50000,10000,160000,USD\n' +
					'Acme,IC,5,100000,50000,10000,200000,USD\n' +
					'Acme,IC,5,,,,90000,EUR\n'
			)
		],
		expected: {
			rowsRead: 6,
			imported: 5,
			rejected: 0,
			skipped: 1,
			fileWarning: /^1 row in EUR set aside: Forkline compares pay within one currency/m,
			warnings: [
				['total over 5,000,000 a year', 1],
				['total under 10,000 a year', 1],
				['same cells as an earlier imported row (a duplicate?)', 1],
				['total differs from base + stock + bonus by more than 5%', 1]
			]
		}
	},
	{
		name: 'formula-and-html.csv',
		about: 'cells that look like spreadsheet formulas or HTML: imported as text',
		parts: () => [
			utf8(
				HEADER +
					'"=HYPERLINK(""http://x"",""y"")",IC,5,150000\n<img src=x onerror=alert(1)>,IC,5,150000\n'
			)
		],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			companies: ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>']
		}
	},
	{
		name: 'unknown-header.csv',
		about: 'a header Forkline does not know',
		parts: () => [utf8('name,salary,role\nA,1,dev\n')],
		expected: { fatal: /is not a layout Forkline knows/, row: 1, kind: 'header' }
	},
	// Issue #14's findings, one file each.
	{
		name: 'typo-total.csv',
		about: 'a mistyped total of 2,000,000,000,000 (and 2e15 written out) among good rows',
		parts: () => [
			utf8(HEADER + 'Acme,IC,5,2000000000000\nAcme,IC,5,2000000000000000\nAcme,IC,5,150000\n')
		],
		expected: {
			rowsRead: 3,
			imported: 1,
			rejected: 2,
			skipped: 0,
			rejects: [
				[2, 'total', '2000000000000'],
				[3, 'total', '2000000000000000']
			]
		}
	},
	{
		name: 'infinity-sum.csv',
		about: 'two 308-digit parts whose sum is Infinity, and an empty total',
		parts: () => [
			utf8(
				'company,track,std_level,base,stock,bonus,total\n' +
					`Acme,IC,5,${'9'.repeat(308)},${'9'.repeat(308)},0,\nAcme,IC,5,100000,40000,10000,\n`
			)
		],
		expected: {
			rowsRead: 2,
			imported: 1,
			rejected: 1,
			skipped: 0,
			totals: [150000],
			rejects: [[2, 'base', `${'9'.repeat(200)}… (308 characters)`]]
		}
	},
	{
		name: 'parts-overflow.csv',
		about: 'three parts each under the bound whose sum is over it',
		parts: () => [
			utf8(
				'company,track,std_level,base,stock,bonus,total\n' +
					'Acme,IC,5,900000000000,900000000000,0,\nAcme,IC,5,0,0,0,\nAcme,IC,5,,,,0\n'
			)
		],
		expected: {
			rowsRead: 3,
			imported: 0,
			rejected: 3,
			skipped: 0,
			rejects: [
				[2, 'total', ''],
				[3, 'total', ''],
				[4, 'total', '0']
			]
		}
	},
	{
		name: 'one-long-line.csv',
		about: '50 MB with no line break',
		parts: () => {
			const bytes = new Uint8Array(50_000_000).fill(0x61);
			return [bytes.subarray(0, 20_000_000), bytes.subarray(20_000_000)];
		},
		expected: { fatal: /first line runs on for more than 1,048,576 characters/, row: 1 }
	},
	{
		name: 'long-cell.csv',
		about: 'a 2 MB cell in the second row',
		parts: () => [utf8(HEADER + `Acme,IC,5,150000\n"${'x'.repeat(2_000_000)}",IC,5,150000\n`)],
		expected: { fatal: /row 3, column 1 \(company\): a cell of 2,000,000 characters/, row: 3 }
	},
	{
		name: 'gzip.csv',
		about: 'a gzip archive renamed .csv',
		parts: () => [Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c])],
		expected: { fatal: /looks like a gzip archive\. To use it, unpack it first/, row: 1 }
	},
	{
		name: 'bzip2.csv',
		about: 'a bzip2 archive renamed .csv',
		parts: () => [utf8('BZh91AY&SY\u0001\u0002')],
		expected: { fatal: /looks like a bzip2 archive\. To use it, unpack it first/, row: 1 }
	},
	{
		name: 'xz.csv',
		about: 'an xz archive renamed .csv',
		parts: () => [Uint8Array.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04, 0xe6, 0xd6])],
		expected: { fatal: /looks like an xz archive\. To use it, unpack it first/, row: 1 }
	},
	{
		name: 'zip.csv',
		about: 'a zip archive of a CSV renamed .csv',
		parts: () => [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, ...utf8('pay.csv')])],
		expected: { fatal: /looks like a ZIP archive .* unpack it first/, row: 1 }
	},
	{
		name: 'utf16le-no-bom.csv',
		about: 'UTF-16 LE text saved without a byte-order mark',
		parts: () => [utf16le(records()).subarray(2)],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'utf-16le',
			companies: ['Acme', 'Zoë Labs']
		}
	},
	{
		name: 'utf16be-no-bom.csv',
		about: 'UTF-16 BE text saved without a byte-order mark',
		parts: () => [utf16be(records()).subarray(2)],
		expected: {
			rowsRead: 2,
			imported: 2,
			rejected: 0,
			skipped: 0,
			encoding: 'utf-16be',
			companies: ['Acme', 'Zoë Labs']
		}
	},
	{
		name: 'utf32le.csv',
		about: 'UTF-32 LE text with a byte-order mark',
		parts: () => [utf32le(records(), true)],
		expected: { fatal: /looks like UTF-32 text\. To use it, save it as UTF-8/, row: 1 }
	},
	{
		name: 'utf32le-no-bom.csv',
		about: 'UTF-32 LE text without a byte-order mark',
		parts: () => [utf32le(records(), false)],
		expected: { fatal: /looks like UTF-32 text without a byte-order mark/, row: 1 }
	},
	{
		name: 'nul-first-kb.csv',
		about: 'one NUL byte in the second row, within the first kilobyte',
		parts: () => [utf8(HEADER + 'Acme,IC,5,150000\nAc\u0000me,IC,5,150000\n')],
		expected: { fatal: /line 3, column 1 \(company\): a zero \(NUL\) byte/, row: 3 }
	},
	{
		name: 'blank-first-line.csv',
		about: 'a blank line above the header',
		parts: () => [utf8('\n' + HEADER + 'Acme,IC,5,150000\n')],
		expected: { fatal: /first line is blank.*Delete the blank line/, row: 1, kind: 'file' }
	},
	{
		name: 'latin1-2mb.csv',
		about: 'one windows-1252 byte 1.1 MB in, past the first chunk (the CLI read it too)',
		parts: () => {
			const head = utf8(HEADER + 'Acme,IC,5,150000\n'.repeat(65_000));
			return [head, latin1('Zo\u00eb Labs,IC,5,150000\n')];
		},
		expected: {
			rowsRead: 65_001,
			imported: 65_001,
			rejected: 0,
			skipped: 0,
			encoding: 'windows-1252',
			fileWarning: /not UTF-8, so it was read as windows-1252/
		}
	},
	{
		name: 'one-row-damaged-quoting.csv',
		about: 'a single row with damaged quoting that is rejected',
		parts: () => [utf8(HEADER + 'Acme,IC,5,"15"0"000"\n')],
		expected: {
			rowsRead: 1,
			imported: 0,
			rejected: 1,
			skipped: 0,
			warnings: [],
			rejects: [[2, 'total', '15"0"000']]
		}
	},
	{
		name: 'values-13.csv',
		about:
			'185.000, a thin-space thousands separator, years of experience 1000, std_level 0x5 / 0b101 / 5e0',
		parts: () => [
			utf8(
				'company,track,std_level,years_experience,total\n' +
					'Acme,IC,5,,185.000\n' +
					'Acme,IC,5,,185\u2009000\n' +
					'Acme,IC,5,1000,150000\n' +
					'Acme,IC,5,100000000000000000000,150000\n' +
					'Acme,IC,0x5,,150000\n' +
					'Acme,IC,0b101,,150000\n' +
					'Acme,IC,5e0,,150000\n' +
					'Acme,IC,L5,60,150000\n'
			)
		],
		expected: {
			rowsRead: 8,
			imported: 2,
			rejected: 6,
			skipped: 0,
			totals: [185000, 150000],
			rejects: [
				[2, 'total', '185.000'],
				[4, 'years_experience', '1000'],
				[5, 'years_experience', '100000000000000000000'],
				[6, 'std_level', '0x5'],
				[7, 'std_level', '0b101'],
				[8, 'std_level', '5e0']
			]
		}
	}
];
