/**
 * A story step's explorer view as a link: the explorer's own URL and view names, so the story
 * (pure, in $lib/claims) never reads the explorer's state.
 */
import type { StoryExplore } from '$lib/claims/story';
import type { SourceId } from '$lib/data/sources/registry';
import {
	DEFAULT_FILTERS,
	MAX_COMPANIES,
	toSearch,
	VIEW_LABELS,
	type Filters
} from '$lib/state/filters';

/**
 * The link that opens a step's view with the story's filters, on the source the story shows.
 *
 *     toExploreLink({ view: 'companies', companies: ['Google', 'Meta'] })
 *       → { href: '/?view=companies&companies=Google%2CMeta', label: 'Company ladders: Google, Meta' }
 */
export function toExploreLink(
	explore: StoryExplore,
	source: SourceId = DEFAULT_FILTERS.source
): { href: string; label: string } {
	const filters: Filters = {
		...DEFAULT_FILTERS,
		source,
		view: explore.view,
		companies: explore.companies.slice(0, MAX_COMPANIES)
	};
	const view = VIEW_LABELS[filters.view];
	return {
		href: `/${toSearch(filters)}`,
		label: filters.companies.length ? `${view}: ${filters.companies.join(', ')}` : view
	};
}
