/**
 * Claims as chart annotations: which claims live on the level-by-level chart, where each points,
 * its verdict and its sentence. Pure functions; where the notes go on a chart, in pixels, is the
 * charts' business (src/lib/charts/layers/noteLayout.ts).
 */
import type { EvaluatedClaim } from './catalog.ts';
import type { Anchor, Verdict } from './types.ts';

export interface AnnotationSpec {
	id: string;
	/** 1-based, in the order the notes are listed under the chart. */
	number: number;
	verdict: Verdict;
	/** The claim's short title. */
	title: string;
	/** The sentence the data wrote, for the list under the chart. */
	sentence: string;
	anchor: Anchor;
}

/**
 * The annotations of the ladder chart: claims with an anchor and a verdict, numbered by level.
 * Two claims pointing at the same level and track would share a connector, so the second moves to
 * the other track's mark of that level.
 *
 *     createAnnotations(evaluateClaims(cells)) → [{ id: 'fork-at-five', number: 1, anchor: { stdLevel: 5, track: 'em' }, … }, …]
 */
export function createAnnotations(evaluated: readonly EvaluatedClaim[]): AnnotationSpec[] {
	const taken = new Set<string>();
	const specs: Omit<AnnotationSpec, 'number'>[] = [];
	for (const { claim, evaluation } of evaluated) {
		if (evaluation.verdict === 'not-enough-data' || !claim.anchor) continue;
		const anchor = claim.anchor(evaluation);
		if (!anchor) continue;
		let track = anchor.track ?? 'ic';
		if (taken.has(`${anchor.stdLevel}${track}`)) track = track === 'ic' ? 'em' : 'ic';
		if (taken.has(`${anchor.stdLevel}${track}`)) continue;
		taken.add(`${anchor.stdLevel}${track}`);
		specs.push({
			id: claim.id,
			verdict: evaluation.verdict,
			title: claim.title,
			sentence: evaluation.sentence,
			anchor: { stdLevel: anchor.stdLevel, track }
		});
	}
	return specs
		.sort((a, b) => a.anchor.stdLevel - b.anchor.stdLevel || (a.anchor.track === 'ic' ? -1 : 1))
		.map((spec, i) => ({ ...spec, number: i + 1 }));
}
