/**
 * Every row of a source accounted for: read = imported + rejected + skipped, with the reasons.
 * Pure TypeScript; the readers of src/lib/data/sources/ share it, and scripts/build-sources.ts
 * writes its counts into each bundle's meta and into data/SOURCES-extra.md.
 */
import { CsvStreamParser } from '../csv.ts';
import { ownString } from '../ownString.ts';
import type { PayRecord } from '../domain.ts';
import { SkippedRow } from '../layouts.ts';

export { SkippedRow };

/** A row refused because one of its cells is not what the source promises. */
export class RejectedCell {
	constructor(
		readonly column: string,
		readonly value: string,
		readonly reason: string
	) {}
}

/** What a source reader makes of one data row. */
export type SourceReading = PayRecord | SkippedRow | RejectedCell;

export interface SourceAccounting {
	rowsRead: number;
	imported: number;
	rejected: number;
	skipped: number;
	skippedByReason: { reason: string; count: number }[];
	rejectedByReason: { reason: string; count: number }[];
	/** The first rejected rows, with where and what (file, row as a spreadsheet numbers it). */
	rejects: { file: string; row: number; column: string; value: string; reason: string }[];
	levelSources: Record<PayRecord['levelSource'], number>;
}

/** How many rejected rows are kept one by one; the counts by reason are always complete. */
const REJECTS_KEPT = 50;

function byReason(counts: Map<string, number>): { reason: string; count: number }[] {
	return [...counts]
		.map(([reason, count]) => ({ reason, count }))
		.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** Counts rows as a source is read; `result()` gives the accounting. */
export class RowTally {
	private rowsRead = 0;
	private readonly skips = new Map<string, number>();
	private readonly rejectCounts = new Map<string, number>();
	private readonly rejects: SourceAccounting['rejects'] = [];
	private readonly levelSources: SourceAccounting['levelSources'] = {
		given: 0,
		catalog: 0,
		title: 0,
		experience: 0
	};
	readonly records: PayRecord[] = [];

	/** Count one data row and file what the reader made of it. */
	add(reading: SourceReading, file: string, row: number): void {
		this.rowsRead++;
		if (reading instanceof SkippedRow) this.skip(reading.reason);
		else if (reading instanceof RejectedCell) this.reject(file, row, reading);
		else {
			this.records.push(reading);
			this.levelSources[reading.levelSource]++;
		}
	}

	/** Count rows read elsewhere (by the upload pipeline) with their reasons. */
	addCounts(
		counts: Pick<
			SourceAccounting,
			'rowsRead' | 'skippedByReason' | 'rejectedByReason' | 'rejects' | 'levelSources'
		>
	): void {
		this.rowsRead += counts.rowsRead;
		for (const { reason, count } of counts.skippedByReason)
			this.skips.set(reason, (this.skips.get(reason) ?? 0) + count);
		for (const { reason, count } of counts.rejectedByReason)
			this.rejectCounts.set(reason, (this.rejectCounts.get(reason) ?? 0) + count);
		this.rejects.push(...counts.rejects.slice(0, REJECTS_KEPT - this.rejects.length));
		for (const key of Object.keys(this.levelSources) as PayRecord['levelSource'][])
			this.levelSources[key] += counts.levelSources[key];
	}

	private skip(reason: string): void {
		this.skips.set(reason, (this.skips.get(reason) ?? 0) + 1);
	}

	private reject(file: string, row: number, cell: RejectedCell): void {
		this.rejectCounts.set(cell.reason, (this.rejectCounts.get(cell.reason) ?? 0) + 1);
		if (this.rejects.length < REJECTS_KEPT)
			this.rejects.push({
				file,
				row,
				column: cell.column,
				value: ownString(cell.value.slice(0, 200)),
				reason: cell.reason
			});
	}

	result(): SourceAccounting {
		const skippedByReason = byReason(this.skips);
		const rejectedByReason = byReason(this.rejectCounts);
		const sum = (list: { count: number }[]) => list.reduce((s, r) => s + r.count, 0);
		const imported = this.rowsRead - sum(skippedByReason) - sum(rejectedByReason);
		return {
			rowsRead: this.rowsRead,
			imported,
			rejected: sum(rejectedByReason),
			skipped: sum(skippedByReason),
			skippedByReason,
			rejectedByReason,
			rejects: this.rejects,
			levelSources: { ...this.levelSources }
		};
	}
}

/** Reads the data rows of one file; made from the file's header, which it may refuse. */
export type RowReaderFactory = (header: string[]) => (cells: string[]) => SourceReading;

/**
 * Stream one CSV file through a reader into a tally: rows whose width differs from the header's
 * are rejected (never padded or cut), every other row goes to the reader.
 *
 *     await readRows(createReadStream(path), { file: 'salaries.csv', reader, tally })
 */
export async function readRows(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	options: { file: string; reader: RowReaderFactory; tally: RowTally; encoding?: string }
): Promise<void> {
	const { file, tally } = options;
	let read: ((cells: string[]) => SourceReading) | undefined;
	let width = 0;
	const parser = new CsvStreamParser(
		file,
		{
			header(names) {
				width = names.length;
				read = options.reader(names);
			},
			rows(batch, firstRow) {
				for (let i = 0; i < batch.length; i++) {
					const cells = batch[i]!;
					const reading =
						cells.length === width
							? read!(cells)
							: cells.length === 1 && cells[0]!.trim() === ''
								? BLANK_LINE
								: new RejectedCell(
										'(whole row)',
										cells.slice(0, 4).join(','),
										`row has ${cells.length} cells but the header has ${width}`
									);
					tally.add(reading, file, firstRow + i);
				}
			}
		},
		options.encoding
	);
	for await (const chunk of chunks) parser.push(chunk);
	parser.end();
}

const BLANK_LINE = new SkippedRow('blank line');
