/**
 * A copy of a cell's text that does not keep alive the whole chunk it was cut from. V8 makes
 * longer substrings as views into their parent string; a company name kept from each chunk would
 * otherwise pin every megabyte-sized chunk it came from.
 *
 * A module of its own, so that the memo (which every page's explorer code uses) does not pull
 * the CSV reader and papaparse into the home page's initial JavaScript.
 */
export function ownString(text: string): string {
	return (' ' + text).slice(1);
}
