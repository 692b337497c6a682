/** One line of a chart tooltip: plain text, never HTML. */
export interface TooltipRow {
	/** What the value is, e.g. "Median". */
	label: string;
	/** The value, already formatted, e.g. "$185,000". */
	value: string;
	/** Draw this row stronger (the median). */
	emphasis?: boolean;
}
