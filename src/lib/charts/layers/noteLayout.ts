/**
 * Where the claims' notes go on a level-by-level chart, in pixels, so that no two overlap. Pure
 * functions of the notes (from $lib/claims/annotations) and the chart's size; the Annotations
 * layer draws what they return.
 *
 * Notes sit in a band reserved above the plot, never inside it, so they cannot cover a mark;
 * within the band a greedy placement puts each note as close above its anchor as it can, moving
 * right past notes already placed, and opening a new row when the row is full.
 */
import type { AnnotationSpec } from '$lib/claims/annotations';
import { VERDICT_LABELS } from '$lib/claims/types';
import type { StdLevel } from '$lib/data/domain';
import { estimateTextWidth } from './textWidth';

/** A note placed in the reserved band: its left edge, row and size, in plot-area pixels. */
export interface PlacedNote {
	id: string;
	x: number;
	row: number;
	width: number;
	/** Where its connector lands horizontally. */
	anchorX: number;
}

/**
 * Greedy placement of notes of known widths in rows across `innerWidth`. Each note, in order of
 * its anchor, is centred over the anchor (kept inside the plot) and, if it would overlap a note
 * already in that row, moved right past it; if it then sticks out of the plot, it tries the next
 * row. Notes never overlap one another.
 *
 *     placeNotes([{ id: 'a', anchorX: 100, width: 80 }, { id: 'b', anchorX: 120, width: 80 }], 400)
 *       → [{ id: 'a', x: 60, row: 0, … }, { id: 'b', x: 148, row: 0, … }]
 */
export function placeNotes(
	items: readonly { id: string; anchorX: number; width: number }[],
	innerWidth: number,
	{ gap = 8, maxShift = Infinity }: { gap?: number; maxShift?: number } = {}
): PlacedNote[] {
	const rows: { x: number; width: number }[][] = [];
	const placed: PlacedNote[] = [];
	// Row 0 is the top; connectors run down from a note through the rows below it to the plot.
	// So a note must not cover the connector of a note in a row above it, and its own connector
	// must not run through a note in a row below it.
	const crossesConnectors = (row: number, x: number, width: number, anchorX: number) =>
		placed.some(
			(p) =>
				(p.row < row && p.anchorX >= x - 2 && p.anchorX <= x + width + 2) ||
				(p.row > row && anchorX >= p.x - 2 && anchorX <= p.x + p.width + 2)
		);
	for (const item of [...items].sort((a, b) => a.anchorX - b.anchorX)) {
		const ideal = Math.max(0, Math.min(innerWidth - item.width, item.anchorX - item.width / 2));
		for (let row = 0; ; row++) {
			const taken = (rows[row] ??= []);
			let x = ideal;
			for (const other of taken)
				if (x < other.x + other.width + gap && other.x < x + item.width + gap)
					x = other.x + other.width + gap;
			const fits =
				x + item.width <= Math.max(innerWidth, item.width) &&
				x - ideal <= maxShift &&
				!crossesConnectors(row, x, item.width, item.anchorX);
			// A row past every placed note is always free of connectors below it; take it when
			// nothing else fits.
			if (!fits && taken.length === 0 && row > Math.max(-1, ...placed.map((p) => p.row))) {
				// A new bottom row: no connector runs below it, so only those from above matter.
				// Take the position nearest the ideal that sits just beside those connectors.
				const candidates = [
					x,
					...placed.flatMap((p) => [p.anchorX + 3, p.anchorX - 3 - item.width])
				]
					.filter(
						(c) =>
							c >= 0 &&
							c + item.width <= innerWidth &&
							!crossesConnectors(row, c, item.width, item.anchorX)
					)
					.sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal));
				x = candidates[0] ?? x;
				taken.push({ x, width: item.width });
				placed.push({ id: item.id, x, row, width: item.width, anchorX: item.anchorX });
				break;
			}
			if (fits) {
				taken.push({ x, width: item.width });
				taken.sort((a, b) => a.x - b.x);
				placed.push({ id: item.id, x, row, width: item.width, anchorX: item.anchorX });
				break;
			}
		}
	}
	return placed;
}

/** Longest line of a note's title, in characters, before it wraps. */
const NOTE_LINE_CHARS = 24;

/**
 * The lines of a note on a wide chart: number and title, wrapped at word breaks to keep notes
 * narrow (so more fit side by side), then the verdict.
 *
 *     toNoteLines({ number: 2, title: 'The tracks should pay alike', verdict: 'mixed' })
 *       → ['2. The tracks should pay', 'alike', 'Mixed']
 */
export function toNoteLines(spec: Pick<AnnotationSpec, 'number' | 'title' | 'verdict'>): string[] {
	const lines: string[] = [];
	for (const word of `${spec.number}. ${spec.title}`.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= NOTE_LINE_CHARS)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return [...lines, VERDICT_LABELS[spec.verdict]];
}

/** Sizes of notes, in pixels, for the 12px note font. */
export const NOTE = {
	fontSize: 12,
	lineHeight: 14,
	padX: 6,
	padY: 4,
	rowGap: 6,
	badge: 18
} as const;

/** A note's width from its longest line. */
export function toNoteWidth(lines: readonly string[]): number {
	return Math.ceil(
		Math.max(...lines.map((l) => estimateTextWidth(l, NOTE.fontSize))) + 2 * NOTE.padX
	);
}

/**
 * The whole layout of the notes: placed notes and the height of the band they need. `compact`
 * (narrow charts) draws only numbered badges; their text goes into the list under the chart.
 */
export function createNoteLayout(
	specs: readonly AnnotationSpec[],
	anchorX: (level: StdLevel, track: 'ic' | 'em') => number,
	innerWidth: number,
	compact: boolean
): {
	notes: (PlacedNote & { spec: AnnotationSpec; lines: string[]; height: number })[];
	bandHeight: number;
} {
	if (specs.length === 0) return { notes: [], bandHeight: 0 };
	const linesOf = (spec: AnnotationSpec) => (compact ? [String(spec.number)] : toNoteLines(spec));
	const height = compact
		? NOTE.badge
		: Math.max(...specs.map((s) => linesOf(s).length)) * NOTE.lineHeight + 2 * NOTE.padY;
	const bySpec = new Map(specs.map((s) => [s.id, s]));
	const items = specs.map((spec) => {
		const lines = linesOf(spec);
		return {
			id: spec.id,
			anchorX: anchorX(spec.anchor.stdLevel, spec.anchor.track ?? 'ic'),
			width: compact ? NOTE.badge : toNoteWidth(lines),
			lines
		};
	});
	const placed = placeNotes(items, innerWidth, { gap: compact ? 4 : 8 });
	const rows = Math.max(...placed.map((p) => p.row)) + 1;
	return {
		notes: placed.map((p) => ({
			...p,
			spec: bySpec.get(p.id)!,
			lines: items.find((i) => i.id === p.id)!.lines,
			height
		})),
		bandHeight: rows * height + (rows - 1) * NOTE.rowGap + NOTE.rowGap
	};
}
