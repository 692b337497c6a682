/**
 * The explorer's views, in tab order, with their tab labels. This is the one list the URL
 * (state/filters.ts), the claims' view references and the registry (registry.ts) are checked
 * against; it holds no code, so the pure data and claims layers can import it.
 */
export const VIEW_LABELS = {
	ladder: 'Ladder',
	types: 'Company types',
	gap: 'Parity gap',
	companies: 'Company ladders',
	distribution: 'Distribution'
} as const;

export type ViewId = keyof typeof VIEW_LABELS;

/** Every view id, in tab order. */
export const VIEW_IDS = Object.keys(VIEW_LABELS) as readonly ViewId[];
