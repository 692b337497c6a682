/**
 * The keyboard inside a chart, shared by every chart: a chart is one tab stop, and the arrow keys
 * move between its marks (the roving tabindex of the WAI-ARIA Authoring Practices). One mark of
 * the chart has tabindex 0 and every other mark -1; the arrow keys move focus and that 0 together,
 * so Tab leaves the chart in one press and coming back lands on the mark focused last.
 *
 * The keys, for every chart:
 * - Left and Right: the previous and next mark in reading order (the order of the marks in the
 *   document), crossing into the next row or panel; they stop at the first and last mark.
 * - Up and Down: the nearest mark in the row above or below, within the same panel; they skip
 *   rows without marks and stop at the top and bottom row.
 * - Home and End: the first and last mark of the chart.
 *
 * What a row is, per chart (each mark says it in `data-arrow-row` and `data-arrow-along`):
 * - Band chart: a level. Up goes a level up (more senior, higher pay), Down a level down, both on
 *   the same track when that level has it; Left and Right walk the boxes left to right (IC before
 *   EM at each level). Small multiples are one chart: Left and Right cross into the next panel,
 *   Up and Down stay in the panel.
 * - Distribution: a track, IC above and EM below. Left and Right step across pay (Right from the
 *   last IC bar goes on to the lowest EM bar); Up and Down switch track at the nearest pay.
 * - Parity gap: a line of the dot plot. Up and Down, like Left and Right, go to the line above
 *   and below.
 *
 * Focusing a mark shows its tooltip and Escape hides it; each chart does that in its own marks'
 * focus handlers, as it does for a pointer.
 */

/** Where a mark sits, for the arrow keys. */
export interface MarkPlace {
	/** The panel of small multiples holding the mark (0 for a single chart); Up and Down stay in it. */
	panel: number;
	/** The row of the mark, counted upward: Up goes to the nearest higher row that has a mark. */
	row: number;
	/** Where the mark sits along its row: Up and Down go to the mark nearest this in the new row. */
	along: number;
}

/** The keys that move focus between marks. */
const ARROW_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * Which mark a key moves to from the mark at `from`, as an index into `places` (in reading
 * order); `from` itself at an edge, and null for a key that does not move focus.
 *
 * @example
 * // Two levels of a band chart, IC (along 0) and EM (along 1): Up from IC L5 goes to IC L6.
 * toArrowTarget('ArrowUp', 0, [
 *   { panel: 0, row: 5, along: 0 }, { panel: 0, row: 5, along: 1 },
 *   { panel: 0, row: 6, along: 0 }, { panel: 0, row: 6, along: 1 }
 * ]); // → 2
 */
export function toArrowTarget(
	key: string,
	from: number,
	places: readonly MarkPlace[]
): number | null {
	const last = places.length - 1;
	switch (key) {
		case 'Home':
			return 0;
		case 'End':
			return last;
		case 'ArrowLeft':
			return Math.max(0, from - 1);
		case 'ArrowRight':
			return Math.min(last, from + 1);
		case 'ArrowUp':
			return toNearestInNextRow(from, places, 1);
		case 'ArrowDown':
			return toNearestInNextRow(from, places, -1);
		default:
			return null;
	}
}

/**
 * The mark of the nearest row above (direction 1) or below (-1) in the same panel that lies
 * nearest along the row, the first in reading order on a tie; `from` when there is no such row.
 */
function toNearestInNextRow(from: number, places: readonly MarkPlace[], direction: 1 | -1): number {
	const here = places[from];
	if (!here) return from;
	const beyond = places
		.map((place, index) => ({ place, index }))
		.filter(({ place }) => place.panel === here.panel && (place.row - here.row) * direction > 0);
	if (beyond.length === 0) return from;
	const rows = beyond.map(({ place }) => place.row);
	const nextRow = direction === 1 ? Math.min(...rows) : Math.max(...rows);
	const distance = (place: MarkPlace) => Math.abs(place.along - here.along);
	return beyond
		.filter(({ place }) => place.row === nextRow)
		.reduce((best, mark) => (distance(mark.place) < distance(best.place) ? mark : best)).index;
}

/** The accessible name of a chart's group of marks, which says how to move between them. */
export function formatMarkGroupLabel(title: string, marks: string): string {
	return `${title}; use the arrow keys to move between ${marks}`;
}

/** Marks a chart's keyboard reaches: each carries its place as data attributes. */
const MARK_SELECTOR = '[data-arrow-row]';
/** An element holding a chart's marks, set by `rovingTabStop`. */
const GROUP_ATTRIBUTE = 'data-mark-group';

/**
 * A Svelte attachment for the element holding a chart's marks (`{@attach rovingTabStop}`): it
 * keeps exactly one of them at tabindex 0 (the one focused last, else the first), moves focus
 * with the arrow keys, and moves the 0 to any mark that gets focus by click or touch too. Marks
 * are rendered with `tabindex="-1"` and `data-arrow-row`/`data-arrow-along` (their `MarkPlace`;
 * the panel is the mark's <svg>). A group inside another group (a panel of small multiples)
 * leaves its marks to the outer one, so small multiples are one tab stop too.
 */
export function rovingTabStop(group: Element): () => void {
	group.setAttribute(GROUP_ATTRIBUTE, '');
	const isOutermost = () => !group.parentElement?.closest(`[${GROUP_ATTRIBUTE}]`);
	const marksOf = () => [...group.querySelectorAll(MARK_SELECTOR)];

	function moveStop(to: Element | undefined) {
		for (const mark of marksOf()) {
			const tabindex = mark === to ? '0' : '-1';
			if (mark.getAttribute('tabindex') !== tabindex) mark.setAttribute('tabindex', tabindex);
		}
	}

	// Marks come and go as filters change; when the mark holding the stop goes, the first takes it.
	function keepOneStop() {
		if (!isOutermost()) return;
		const marks = marksOf();
		moveStop(marks.find((mark) => mark.getAttribute('tabindex') === '0') ?? marks[0]);
	}

	function onfocusin(event: Event) {
		const mark = (event.target as Element).closest?.(MARK_SELECTOR);
		if (mark && group.contains(mark) && isOutermost()) moveStop(mark);
	}

	function onkeydown(event: Event) {
		const { key, altKey, ctrlKey, metaKey, shiftKey, target } = event as KeyboardEvent;
		if (altKey || ctrlKey || metaKey || shiftKey || !ARROW_KEYS.includes(key)) return;
		const mark = (target as Element).closest(MARK_SELECTOR);
		if (!mark || !isOutermost()) return;
		const marks = marksOf();
		const svgs = [...new Set(marks.map((m) => m.closest('svg')))];
		const places = marks.map((m) => ({
			panel: svgs.indexOf(m.closest('svg')),
			row: Number(m.getAttribute('data-arrow-row')),
			along: Number(m.getAttribute('data-arrow-along'))
		}));
		const to = marks[toArrowTarget(key, marks.indexOf(mark), places) ?? -1];
		event.preventDefault();
		if (!to) return;
		moveStop(to);
		(to as HTMLElement | SVGElement).focus();
	}

	keepOneStop();
	const observer = new MutationObserver(keepOneStop);
	observer.observe(group, { childList: true, subtree: true });
	// Chromium makes an SVG element with a focus listener focusable, and so a tab stop of its own:
	// the focus listener goes on the document, and only the keys on the group.
	group.ownerDocument.addEventListener('focusin', onfocusin);
	group.addEventListener('keydown', onkeydown);
	return () => {
		observer.disconnect();
		group.ownerDocument.removeEventListener('focusin', onfocusin);
		group.removeEventListener('keydown', onkeydown);
		group.removeAttribute(GROUP_ATTRIBUTE);
	};
}
