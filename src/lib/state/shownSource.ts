/**
 * What the data a page shows is, in the words and numbers the pages beyond the explorer need
 * (claims, story, where I stand, brief): a bundled source's name, pay measure, bin width and
 * whether it names companies, or the upload's. Pure, so it is tested in node.
 */
import { BIN_WIDTH } from '$lib/data/cells.ts';
import type { Dataset } from '$lib/data/dataset.ts';
import { sourceInfo, type SourceId } from '$lib/data/sources/registry.ts';

export interface ShownSource {
	/** The bundled source, or 'upload'. */
	id: SourceId | 'upload';
	/** Its name in a sentence: "DOU, Ukraine (Dec 2024, Jun 2025)", or the uploaded file's. */
	name: string;
	/** What its pay is: "net base pay a month". */
	measure: string;
	/** The pay without its period, as a title reads it: "net base pay", "total pay". */
	pay: string;
	/** The amounts are a month's pay (DOU), so money reads "$2,450 a month". */
	perMonth: boolean;
	/** It names companies (a claim about companies can be tested). */
	companies: boolean;
	/** The width its cells' histograms were binned with. */
	binWidth: number;
}

/**
 * A loaded dataset → what it is. An upload is read as total pay a year at the width its cells
 * were binned with ($1 for a small upload, kept exact; $5,000 for a kept upload of an older
 * version, which did not say).
 *
 *     describeShown(douDataset) → { id: 'dou', measure: 'net base pay a month', perMonth: true, binWidth: 50, … }
 */
export function describeShown(dataset: Dataset): ShownSource {
	if (!dataset.sourceId)
		return {
			id: 'upload',
			name: dataset.source.name,
			measure: 'total pay a year',
			pay: 'total pay',
			perMonth: false,
			companies: true,
			binWidth: dataset.binWidth ?? BIN_WIDTH
		};
	const info = sourceInfo(dataset.sourceId);
	return {
		id: info.id,
		name: info.label,
		measure: info.measureLabel,
		pay: info.measureLabel.replace(/ a (year|month)\b/, ''),
		perMonth: info.measure === 'net-base-monthly',
		companies: info.has.companies,
		binWidth: dataset.binWidth ?? info.binWidth
	};
}

/**
 * Why the conversation pages (where I stand, the brief) do not draw a source, or undefined when
 * they can: they take the user's pay, offers and career totals as dollars a year, which a
 * monthly measure cannot be set against.
 *
 *     whyNoConversation(douShown) → 'DOU, Ukraine (Dec 2024, Jun 2025) measures net base pay a month; …'
 */
export function whyNoConversation(shown: ShownSource): string | undefined {
	if (!shown.perMonth) return undefined;
	return (
		`${shown.name} measures ${shown.measure}, and this page sets your pay, offers and career ` +
		`totals as dollars a year against it, so it is not drawn on this source. Its bands are in ` +
		`the explorer; choose a yearly source in the Data menu to use this page.`
	);
}
