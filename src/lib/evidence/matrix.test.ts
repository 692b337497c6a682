import { describe, expect, test } from 'vitest';
import { explainBenchmark, describeOews } from './benchmark';
import {
	readRow,
	summarize,
	toClaimHref,
	toEvidenceCsv,
	untestableClaims,
	whyUntestable,
	type EvidenceCell,
	type EvidenceRow
} from './matrix';

const labels = new Map([
	['a', 'Source A'],
	['b', 'Source B'],
	['c', 'Source C'],
	['d', 'Source D'],
	['bls', 'BLS OEWS']
]);

function cell(sourceId: string, extra: Partial<EvidenceCell>): EvidenceCell {
	return { claimId: 'x', sourceId, status: 'tested', ...extra };
}
const settled = { same: 190, resamples: 200, settled: true, words: '' };
const unsettled = { same: 110, resamples: 200, settled: false, words: '' };

describe('readRow', () => {
	test('counts the sources that can test a claim and names where it fails, is mixed or unsettled', () => {
		const cells = [
			cell('a', { verdict: 'supported', stability: settled }),
			cell('b', { verdict: 'contradicted', stability: unsettled }),
			cell('c', { verdict: 'mixed', stability: settled }),
			cell('d', { verdict: 'not-enough-data' }),
			cell('bls', { status: 'untestable', reason: 'no levels' })
		];
		expect(readRow(cells, labels)).toBe(
			'holds in 1 of the 3 sources that can test it; fails on Source B; mixed on Source C; not settled on Source B'
		);
	});

	test('says so when no source has enough reports', () => {
		expect(readRow([cell('a', { verdict: 'not-enough-data' })], labels)).toBe(
			'no source can test it with enough reports'
		);
	});

	test('sets the occupation-wide benchmark beside, marked as not level-matched', () => {
		const cells = [
			cell('a', { verdict: 'supported' }),
			cell('bls', { status: 'benchmark', value: 0.2864 })
		];
		expect(readRow(cells, labels)).toContain(
			'occupation-wide (BLS OEWS) managers earn 29% more, a figure not matched by level'
		);
	});
});

function row(claimId: string, title: string, cells: EvidenceCell[]): EvidenceRow {
	return { claimId, title, cells: cells.map((c) => ({ ...c, claimId })), reading: '' };
}

describe('summarize', () => {
	test('groups claims into held everywhere, failed everywhere, split and barely testable', () => {
		const rows = [
			row('p', 'Holds', [cell('a', { verdict: 'supported' }), cell('b', { verdict: 'supported' })]),
			row('q', 'Fails', [
				cell('a', { verdict: 'contradicted' }),
				cell('b', { verdict: 'contradicted' })
			]),
			row('r', 'Split', [
				cell('a', { verdict: 'supported' }),
				cell('b', { verdict: 'contradicted' })
			]),
			row('s', 'Lonely', [cell('a', { verdict: 'mixed' }), cell('b', { status: 'untestable' })])
		];
		expect(summarize(rows)).toEqual([
			'1 of 4 claims hold in every source that can test them: “Holds”.',
			'1 fail in every source that can test them: “Fails”.',
			'1 hold in some sources and fail in others, so they depend on the sample: “Split”.',
			'1 can be tested by fewer than two sources: “Lonely”.'
		]);
	});

	test('counts settled verdicts and sets the benchmark against the level-matched range', () => {
		const rows = [
			row('parity-ideal', 'Parity', [
				cell('a', { verdict: 'mixed', value: 0.07, stability: settled }),
				cell('b', { verdict: 'supported', value: -0.22, stability: unsettled }),
				cell('bls', { status: 'benchmark', value: 0.2864 })
			])
		];
		const sentences = summarize(rows);
		expect(sentences).toContain(
			'1 of the 2 verdicts that were resampled come out the same in at least 80% of resamples; the other 1 could tip with a slightly different sample.'
		);
		expect(sentences.at(-1)).toBe(
			"Occupation-wide, US managers' median wage is 29% above developers' (BLS OEWS); at the same" +
				" level the samples' typical premium runs from −22% to +7%. A premium across occupations" +
				' is not a premium at the same level.'
		);
	});
});

describe('benchmark', () => {
	const oews = {
		years: [
			{ year: 2022, premium: 0.289 },
			{ year: 2021, premium: 0.317 },
			{ year: 2024, premium: 0.2864 },
			{ year: 2023, premium: 0.2815 }
		]
	};
	test('gives the latest year and the range over all years', () => {
		expect(describeOews(oews)).toBe(
			"managers' median wage 29% above developers' (May 2024; 28–32% in May 2021–2024)"
		);
	});
	test('explains that an occupation-wide premium is not one at the same level', () => {
		const text = explainBenchmark(oews, [0.03]);
		expect(text).toContain('Level-matched, the typical premium here is +3%.');
		expect(text).toContain('A premium across occupations is not a premium at the same level');
	});
});

describe('toEvidenceCsv', () => {
	test('writes one line per claim and source, with formula-like text made safe', () => {
		const rows = [
			row('p', 'P', [
				cell('levelsfyi', { verdict: 'supported', figure: '=HYPERLINK("x")', stability: settled }),
				cell('dou', { status: 'untestable', reason: 'no company names' })
			])
		];
		const lines = toEvidenceCsv(rows).trim().split(/\r?\n/);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toContain('stability_same');
		expect(lines[1]).not.toMatch(/,=HYPERLINK/);
		expect(lines[2]).toContain('no company names');
	});

	test("ends each line with its source's name, pay measure and currency", () => {
		const rows = [
			row('p', 'P', [
				cell('levelsfyi', { verdict: 'supported' }),
				cell('dou', { verdict: 'mixed' }),
				cell('bls-oews', { status: 'benchmark', value: 0.29 }),
				cell('upload', { verdict: 'supported' })
			])
		];
		const [header, ...lines] = toEvidenceCsv(rows, 'pay.csv').trim().split('\n');
		expect(header).toMatch(/^claim,source_id,.*,row_reading,source,pay_measure,currency,dollars$/);
		expect(lines[0]).toMatch(/,levels\.fyi 2017–2021,total pay a year,USD,in dollars as reported$/);
		expect(lines[1]).toMatch(
			/,"DOU, Ukraine \(Dec 2024, Jun 2025\)",net base pay a month,USD,in dollars as reported$/
		);
		expect(lines[2]).toMatch(
			/,US Bureau of Labor Statistics, OEWS|,"US Bureau of Labor Statistics, OEWS/
		);
		expect(lines[3]).toMatch(/,pay\.csv,total pay a year,USD,in dollars as reported$/);
	});

	test('refuses a source it cannot name rather than write a line about unknown pay', () => {
		expect(() => toEvidenceCsv([row('p', 'P', [cell('nope', {})])])).toThrow(
			/unknown source "nope"/
		);
	});
});

describe('links from a cell', () => {
	test('a cell links to its claim’s card on its source; an upload’s card needs no source', () => {
		expect(toClaimHref('fork-at-five', 'dou')).toBe('/claims?source=dou#claim-fork-at-five');
		expect(toClaimHref('fork-at-five', 'upload')).toBe('/claims#claim-fork-at-five');
	});

	test('the Claims page gets the matrix’s reason a source cannot test a claim', () => {
		expect(whyUntestable('same-neighborhood', { companies: false }, [])).toBe('no company names');
		expect(whyUntestable('same-neighborhood', { companies: true }, [])).toBeUndefined();
		expect(whyUntestable('parity-ideal', { companies: false }, [])).toBeUndefined();
		expect(untestableClaims({ companies: false }, []).get('same-neighborhood')).toBe(
			'no company names'
		);
	});
});
