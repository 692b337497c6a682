/**
 * What an engine hands back: the bands, and the import report's counts that the summary prints.
 * Both engines fill the same shape, so the summary and the parity test treat them alike.
 */
import type { Band } from '../lib/data/domain.ts';
import type { ImportReport } from '../lib/data/ingest.ts';
import { LIMITS, LimitError } from './limits.ts';
import { escapeControl, quoteValue } from './terminal.ts';

export type AggregateReport = Pick<
	ImportReport,
	| 'file'
	| 'layoutLabel'
	| 'rowsRead'
	| 'imported'
	| 'rejected'
	| 'skipped'
	| 'rejects'
	| 'rejectedByReason'
	| 'skippedByReason'
	| 'levelSources'
	| 'ignoredColumns'
	| 'fileWarnings'
	| 'currency'
	| 'setAside'
>;

export interface AggregateResult {
	engine: 'js' | 'duckdb';
	report: AggregateReport;
	/** How many bands were handed to `emit`. */
	bands: number;
}

export interface EngineOptions {
	input: string;
	minN: number;
	source: string;
	/** Bytes of the input read so far, and rows when known (for the progress line). */
	onProgress?: (bytes: number, rows: number | null) => void;
	/**
	 * Receives the bands once the file is read, in the order compareBands gives, a batch at a
	 * time (an engine never needs to hold them all as objects).
	 */
	emit(bands: Band[]): void;
}

/** How many example rejected rows the summary shows. */
export const REJECT_EXAMPLES = 5;

/**
 * Distinct reasons for rejected and skipped rows, held within `LIMITS.reasonChars` (a reason
 * quotes a value, so a file of long unique titles could otherwise grow it without end).
 */
export class ReasonBudget {
	private seen = new Set<string>();
	private chars = 0;

	constructor(private readonly file: string) {}

	note(reason: string): void {
		if (this.seen.has(reason)) return;
		this.chars += reason.length;
		if (this.chars > LIMITS.reasonChars) {
			throw new LimitError(
				`${escapeControl(this.file)}: the reasons for rejected and skipped rows add up to more than ` +
					`${LIMITS.reasonChars.toLocaleString('en-US')} characters (${this.seen.size.toLocaleString('en-US')} different reasons, ` +
					`e.g. ${quoteValue(reason, 80)}). The file is probably not pay data in a layout Forkline reads.`,
				'reasonChars'
			);
		}
		this.seen.add(reason);
	}
}

/** The stderr summary: every row accounted for, values quoted and escaped. */
export function summarise(result: AggregateResult, seconds: number): string {
	const { report, bands } = result;
	const lines = [
		`${report.file}: ${report.layoutLabel}`,
		`rows read  ${report.rowsRead}`,
		`imported   ${report.imported}  (level from catalog ${report.levelSources.catalog}, title ${report.levelSources.title}, ` +
			`experience ${report.levelSources.experience}, given ${report.levelSources.given})`,
		`rejected   ${report.rejected}`,
		...report.rejectedByReason.slice(0, 10).map((r) => `  ${r.count}  ${escapeControl(r.reason)}`),
		...report.rejects
			.slice(0, REJECT_EXAMPLES)
			.map(
				(r) =>
					`    e.g. ${r.row > 0 ? `row ${r.row}` : 'row not looked up'}, column ${escapeControl(r.column)}: ${quoteValue(r.value, 40)}`
			),
		`skipped    ${report.skipped}`,
		...report.skippedByReason.slice(0, 10).map((s) => `  ${s.count}  ${escapeControl(s.reason)}`),
		...(report.skippedByReason.length > 10
			? [`  … ${report.skippedByReason.length - 10} more reasons`]
			: []),
		`bands      ${bands}${formatKept(report)}`,
		`engine     ${result.engine}, ${seconds.toFixed(1)} s`
	];
	for (const warning of report.fileWarnings) lines.push(escapeControl(warning));
	if (report.ignoredColumns.length > 0)
		lines.push(
			`columns not used: ${report.ignoredColumns.map((c) => escapeControl(c)).join(', ')}`
		);
	return lines.map((line) => escapeControl(line)).join('\n') + '\n';
}

/**
 * The currency the bands are in, and the ones set aside (currency.ts), after the band count.
 *
 *     formatKept({ currency: 'USD', setAside: [{ currency: 'EUR', count: 5 }] }) → '  (USD; set aside 5 EUR)'
 */
function formatKept(report: Pick<AggregateReport, 'currency' | 'setAside'>): string {
	if (report.currency === null) return '';
	const aside = report.setAside.map((c) => `${c.count} ${c.currency}`).join(', ');
	return `  (${report.currency}${aside ? `; set aside ${aside}` : ''})`;
}
