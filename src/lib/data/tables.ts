/**
 * The numbers behind a chart as a table, written as CSV that is safe to open in a spreadsheet or
 * as JSON. Nothing here needs the row schemas (and so zod): the export menu loads this module on
 * its first click, and the dataset's own file formats (export.ts) build on the same safe cells.
 *
 * Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is run as a formula by Excel and Sheets (OWASP, "CSV Injection"). Such text cells get a leading
 * `'`, which spreadsheets show as text. A multi-line cell is neutralised too when any of its lines
 * starts so: a tool that splits the file on line breaks without honouring quotes would otherwise
 * hand that line to a spreadsheet as a row of its own (papaparse's `escapeFormulae` misses both
 * this and a trigger followed by a line break). Numbers are written as numbers and never
 * prefixed, so a negative figure stays a number.
 */
import type { CareerPath } from './career.ts';
import { compareBandOrder } from './cells.ts';
import type { Band } from './domain.ts';
import { listDistributionBins, type GapRow, type TrackDistribution } from './explore.ts';
import { ABOUT_COLUMNS, toAboutCells, type ExportAbout } from './exportAbout.ts';
import { roundToStep } from '../format.ts';

const FORMULA_START = /^[=+\-@\t\r\n]|[\r\n][=+\-@\t]/;

/**
 * Text as an export writes it: with a leading `'` when a spreadsheet could run it as a formula.
 *
 *     toSafeText('=SUM(A1)') → "'=SUM(A1)"     toSafeText('-5') → "'-5"     toSafeText('Acme') → 'Acme'
 */
export function toSafeText(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell: numbers as they are, text neutralised and quoted when needed.
 *
 *     toCsvCell(-5) → '-5'     toCsvCell('-5') → "'-5"     toCsvCell('=SUM(A1)') → "'=SUM(A1)"
 *     toCsvCell('a,b') → '"a,b"'     toCsvCell(null) → ''
 */
export function toCsvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = toSafeText(value);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells → CSV text with a header line, CRLF-free, ending in a newline. */
export function toCsv(
	header: readonly string[],
	rows: Iterable<readonly (string | number | null)[]>
): string {
	const lines = [header.map(toCsvCell).join(',')];
	for (const row of rows) lines.push(row.map(toCsvCell).join(','));
	return lines.join('\n') + '\n';
}

/** Money rounded to whole dollars for export (quantiles interpolate to fractions). */
export const toWholeDollars = (v: number | null) => (v === null ? null : Math.round(v));

/** How a table writes its money cells: whole dollars, or rounded to the figures' step. */
type MoneyCell = (v: number | null) => number | null;

/** The numbers behind a chart, ready for CSV or JSON: a header and rows of cells. */
export interface ExportTable {
	header: readonly string[];
	rows: readonly (readonly (string | number | null)[])[];
}

/**
 * What a chart shows, as the export menu receives it. The menu turns it into a table only when
 * a download is asked for (this module is loaded on that click, not with the page).
 */
export type ExportData =
	/** Band charts: one group per chart or panel, named in the first column (a company type or a company). */
	| {
			kind: 'bands';
			groupColumn: 'company_type' | 'company';
			groups: readonly { name: string; bands: readonly Band[] }[];
	  }
	/** The parity gap: one row per level and company type. */
	| { kind: 'gap'; rows: readonly GapRow[] }
	/** The distribution at one level: each track's quartiles, then its reports per pay bin. */
	| { kind: 'distribution'; tracks: readonly TrackDistribution[] }
	/** Career paths: one row per path and year. */
	| { kind: 'career'; paths: readonly CareerPath[] }
	/** A claim's figures: medians compared two by two, and single measures. */
	| {
			kind: 'figures';
			comparisons: readonly FigureComparison[];
			measures: readonly FigureMeasure[];
	  };

/** Two groups' medians compared: b ÷ a − 1 with its 90% interval (a claim's comparison has this shape). */
export interface FigureComparison {
	label: string;
	a: { label: string; median: number; n: number };
	b: { label: string; median: number; n: number };
	gap: number;
	low: number;
	high: number;
}

/** One figure on its own: a share (0–1), a level or a count. */
export interface FigureMeasure {
	label: string;
	value: number;
	kind: string;
}

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
/** Ratios to four decimals (0.1234 = +12.34%), enough for the bootstrap's precision. */
const ratio = (v: number) => (Number.isFinite(v) ? Math.round(v * 10_000) / 10_000 : null);

/**
 * Bands as the band table lists them (by level, IC before EM), each group after the other, with
 * whole dollars and whether the band has few reports.
 *
 *     toBandTable('company_type', [{ name: 'big-tech', bands }])
 *       → { header: ['company_type', 'track', 'std_level', 'n', 'p10', …, 'few_reports'], rows: [['big-tech', 'IC', 3, 575, 150000, …, 'no'], …] }
 */
export function toBandTable(
	groupColumn: string,
	groups: readonly { name: string; bands: readonly Band[] }[],
	money: MoneyCell = toWholeDollars
): ExportTable {
	return {
		header: [
			groupColumn,
			'track',
			'std_level',
			'n',
			'p10',
			'p25',
			'p50',
			'p75',
			'p90',
			'few_reports'
		],
		rows: groups.flatMap(({ name, bands }) =>
			[...bands]
				.sort(compareBandOrder)
				.map((b) => [
					name,
					b.track.toUpperCase(),
					b.stdLevel,
					b.n,
					...[b.p10, b.p25, b.p50, b.p75, b.p90].map(money),
					yesNo(b.lowN)
				])
		)
	};
}

/**
 * Parity-gap rows as the gap table lists them: EM median ÷ IC median − 1 and its 90% interval as
 * ratios, and both tracks' counts.
 *
 *     toGapTable([{ stdLevel: 5, companyType: 'all', gap: 0.04, low: 0.01, high: 0.07, icN: 9000, emN: 800, lowN: false }])
 *       → { header: ['std_level', 'company_type', 'em_vs_ic', …], rows: [[5, 'all', 0.04, 0.01, 0.07, 9000, 800, 'no']] }
 */
export function toGapTable(rows: readonly GapRow[]): ExportTable {
	return {
		header: [
			'std_level',
			'company_type',
			'em_vs_ic',
			'interval_low',
			'interval_high',
			'n_ic',
			'n_em',
			'few_reports'
		],
		rows: rows.map((r) => [
			r.stdLevel,
			r.companyType,
			ratio(r.gap),
			ratio(r.low),
			ratio(r.high),
			r.icN,
			r.emN,
			yesNo(r.lowN)
		])
	};
}

/**
 * The distribution's two tables in one: a `quartiles` row per track (n, p25, p50, p75), then a
 * `bin` row per track and pay bin with its reports (n), over the bins listDistributionBins (explore.ts) gives
 * (empty ones between kept, the last open-ended), as the page's table lists them.
 *
 *     toDistributionTable(tracks)
 *       → rows: [['quartiles', 'IC', null, null, null, 3000, 180000, 230000, 290000], …,
 *                ['bin', 'IC', '100000-120000', 100000, 120000, 42, null, null, null], …,
 *                ['bin', 'EM', '400000+', 400000, null, 30, null, null, null]]
 */
export function toDistributionTable(
	tracks: readonly TrackDistribution[],
	money: MoneyCell = toWholeDollars
): ExportTable {
	const quartiles = tracks.map((t) => [
		'quartiles',
		t.track.toUpperCase(),
		null,
		null,
		null,
		t.n,
		money(t.p25),
		money(t.p50),
		money(t.p75)
	]);
	const bins = listDistributionBins(tracks);
	const binRows = tracks.flatMap((t, i) =>
		bins.map((bin) => [
			'bin',
			t.track.toUpperCase(),
			bin.label,
			bin.from,
			bin.to,
			bin.counts[i]!,
			null,
			null,
			null
		])
	);
	return {
		header: ['part', 'track', 'pay_bin', 'pay_from', 'pay_to', 'n', 'p25', 'p50', 'p75'],
		rows: [...quartiles, ...binRows]
	};
}

/**
 * Career paths, one row per path and year: the year's median pay and the cumulative sum, each
 * with the range from the medians' 90% intervals.
 *
 *     toCareerTable([{ id: 'ic', label: 'Stay IC', years: [{ year: 1, track: 'ic', stdLevel: 5, pay: 265000, … }] }])
 *       → rows: [['Stay IC', 1, 'IC', 5, 265000, …]]
 */
function toCareerTable(paths: readonly CareerPath[], money: MoneyCell): ExportTable {
	return {
		header: [
			'path',
			'year',
			'track',
			'std_level',
			'median_pay',
			'median_low',
			'median_high',
			'cumulative',
			'cumulative_low',
			'cumulative_high'
		],
		rows: paths.flatMap((p) =>
			p.years.map((y) => [
				p.label,
				y.year,
				y.track.toUpperCase(),
				y.stdLevel,
				...[y.pay, y.low, y.high, y.cumulative, y.cumulativeLow, y.cumulativeHigh].map(money)
			])
		)
	};
}

/**
 * A claim's figures, one row each: comparisons first (both groups with median and n, the gap and
 * its interval as ratios), then measures with their value and kind.
 *
 *     toFiguresTable([{ label: 'L6', a: { label: 'IC', median: 400000, n: 700 },
 *       b: { label: 'EM', median: 420000, n: 400 }, gap: 0.05, low: 0.01, high: 0.09 }], [])
 *       → rows: [['L6', 'IC', 400000, 700, 'EM', 420000, 400, 0.05, 0.01, 0.09, null, null]]
 */
export function toFiguresTable(
	comparisons: readonly FigureComparison[],
	measures: readonly FigureMeasure[],
	money: MoneyCell = toWholeDollars
): ExportTable {
	return {
		header: [
			'figure',
			'group_a',
			'median_a',
			'n_a',
			'group_b',
			'median_b',
			'n_b',
			'gap',
			'gap_low',
			'gap_high',
			'value',
			'value_kind'
		],
		rows: [
			...comparisons.map((c) => [
				c.label,
				c.a.label,
				money(c.a.median),
				c.a.n,
				c.b.label,
				money(c.b.median),
				c.b.n,
				ratio(c.gap),
				ratio(c.low),
				ratio(c.high),
				null,
				null
			]),
			...measures.map((m) => [
				m.label,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				m.kind === 'share' ? ratio(m.value) : m.value,
				m.kind
			])
		]
	};
}

/** The table behind a chart, without the columns on its source (toExportTable adds them). */
function toChartTable(data: ExportData, money: MoneyCell): ExportTable {
	switch (data.kind) {
		case 'bands':
			return toBandTable(data.groupColumn, data.groups, money);
		case 'gap':
			return toGapTable(data.rows);
		case 'distribution':
			return toDistributionTable(data.tracks, money);
		case 'career':
			return toCareerTable(data.paths, money);
		case 'figures':
			return toFiguresTable(data.comparisons, data.measures, money);
	}
}

/**
 * The table behind any chart the export menu serves, each row ending in the source, pay measure
 * and currency (exportAbout.ts), so the file says what it holds.
 *
 *     toExportTable({ kind: 'gap', rows }, describeExport({ sourceId: 'dou' })).header
 *       → ['std_level', 'company_type', 'em_vs_ic', …, 'source', 'pay_measure', 'currency']
 */
export function toExportTable(data: ExportData, about: ExportAbout): ExportTable {
	// Money is written as the page prints it: to the dollar, or to the step of adjusted figures.
	const table = toChartTable(data, (v) => roundToStep(v, about.step));
	const cells = toAboutCells(about);
	return {
		header: [...table.header, ...ABOUT_COLUMNS],
		rows: table.rows.map((row) => [...row, ...cells])
	};
}

/**
 * A table as JSON records, with what the chart was: its title, filters and source.
 *
 *     toJsonExport({ header: ['a'], rows: [[1]] }, { title: 'T', filters: 'F', source: 'S' })
 *       → { title: 'T', filters: 'F', source: 'S', rows: [{ a: 1 }] }
 */
export function toJsonExport(
	table: ExportTable,
	about: { title: string; filters: string; source: string }
) {
	const rows = table.rows.map((row) =>
		Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? null]))
	);
	return { ...about, rows };
}
