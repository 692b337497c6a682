/**
 * The JavaScript engine: the same import the browser runs (csv.ts → layouts → schema →
 * catalogs), streamed from the file into the band accumulators, one per currency: the import
 * chooses the currency kept only once the file is read (currency.ts), and the bands are that
 * one's. Records are never held; memory grows with the number of groups and the pay values kept
 * for exact quantiles.
 */
import { createReadStream, statSync } from 'node:fs';
import { createBandAccumulator, type BandAccumulator } from '../lib/data/bands.ts';
import { ingestBytes } from '../lib/data/ingest.ts';
import { loadCatalogs } from './catalogs.ts';
import { guardLineLength, LIMITS, LimitError } from './limits.ts';
import {
	ReasonBudget,
	REJECT_EXAMPLES,
	type AggregateResult,
	type EngineOptions
} from './report.ts';
import { escapeControl, quoteValue } from './terminal.ts';

export async function aggregateWithJs(options: EngineOptions): Promise<AggregateResult> {
	const { input } = options;
	const total = statSync(input).size;
	let accumulators = new Map<string, BandAccumulator>();
	// Nearly every record is in the previous one's currency: its accumulator is looked up once.
	let last: { currency: string; accumulator: BandAccumulator } | undefined;
	const accumulatorOf = (currency: string): BandAccumulator => {
		if (last?.currency === currency) return last.accumulator;
		let accumulator = accumulators.get(currency);
		if (!accumulator) accumulators.set(currency, (accumulator = createBandAccumulator()));
		last = { currency, accumulator };
		return accumulator;
	};
	const companies = new Set<string>();
	let reasons = new ReasonBudget(input);
	const { report } = await ingestBytes(
		// A factory, so the data layer can read the file again as windows-1252 when it is not
		// UTF-8 (the same encoding rule as the browser's). Each reading starts from nothing: the
		// records of a reading that stopped part-way must not be counted twice.
		() => {
			accumulators = new Map();
			last = undefined;
			companies.clear();
			reasons = new ReasonBudget(input);
			return guardLineLength(createReadStream(input, { highWaterMark: 1 << 20 }), input);
		},
		{
			file: input,
			catalogs: loadCatalogs(),
			onRecord(record, row) {
				if (!companies.has(record.company)) {
					checkCompany(record.company, row, input, companies.size, LIMITS.jsCompanies);
					companies.add(record.company);
				}
				accumulatorOf(record.currency).add(record);
			},
			onRowNotImported: (_row, _outcome, reason) => reasons.note(reason),
			onProgress:
				options.onProgress && ((bytes, rows) => options.onProgress!(Math.min(bytes, total), rows)),
			maxRejectsKept: REJECT_EXAMPLES,
			warnings: false
		}
	);
	const kept = report.currency === null ? undefined : accumulators.get(report.currency);
	const bands = kept ? kept.bands({ minN: options.minN, source: options.source }) : [];
	for (let i = 0; i < bands.length; i += 4096) options.emit(bands.slice(i, i + 4096));
	return { engine: 'js', report, bands: bands.length };
}

/**
 * Stop at a company name too long to keep, or one company past the engine's limit. `row` is
 * the spreadsheet row, or 0 when the engine does not know it.
 */
export function checkCompany(
	company: string,
	row: number,
	file: string,
	seen: number,
	limit: number
): void {
	const where = `${escapeControl(file)}${row > 0 ? `, row ${row}` : ''}, column company`;
	if (company.length > LIMITS.companyChars) {
		throw new LimitError(
			`${where}: the company name ${quoteValue(company, 80)} is longer than ` +
				`${LIMITS.companyChars.toLocaleString('en-US')} characters, which the CLI does not keep. Check that the column holds company names.`,
			'companyChars'
		);
	}
	if (seen >= limit) {
		throw new LimitError(
			`${where}: more than ${limit.toLocaleString('en-US')} different companies (the next is ${quoteValue(company, 80)}). ` +
				(limit === LIMITS.jsCompanies
					? 'The JavaScript engine stops there; the DuckDB engine (--engine duckdb) groups them on disk.'
					: 'The CLI writes bands for at most that many companies.'),
			limit === LIMITS.jsCompanies ? 'jsCompanies' : 'duckdbCompanies'
		);
	}
}
