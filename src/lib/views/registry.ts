/**
 * The explorer's views, by id. The route renders whichever one the URL names and knows nothing of
 * any one view. `satisfies` checks every id of ids.ts has a view here, every view here has an id,
 * and each has every part of ExplorerView (view.ts).
 */
import { companies } from './companies';
import { distribution } from './distribution';
import { gap } from './gap';
import { VIEW_IDS } from './ids';
import { ladder } from './ladder';
import type { AnyView, ViewRegistry } from './view';
import { types } from './types';

export const VIEWS = {
	ladder,
	types,
	gap,
	companies,
	distribution
} satisfies ViewRegistry;

/** Every view, in tab order. */
export const VIEW_LIST: readonly AnyView[] = VIEW_IDS.map((id) => VIEWS[id]);
