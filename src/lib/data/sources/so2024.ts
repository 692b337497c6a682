/**
 * The Stack Overflow Developer Survey 2024 subset as a source. Its rows are read by the upload
 * layout (src/lib/data/layouts.ts, documented in data/README.md "Also recognised"): track from
 * ICorPM, full-time only, level from YearsCodePro, pay ConvertedCompYearly (yearly total, USD).
 * As a source it has no company names: the organisation-size band the upload shows in the
 * company column is dropped here (company ''), its company type (finance by industry, startup
 * under 100 people, tech-first for software development at 1,000 people or more) is kept.
 */
import type { PayRecord } from '../domain.ts';

/** An upload-layout record → this source's record: no company name, the country as location. */
export function toSo2024Record(record: PayRecord): PayRecord {
	return { ...record, company: '' };
}
