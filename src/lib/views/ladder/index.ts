/**
 * The ladder view: its logic (logic.ts) with its chart and table. The default view: its chart is
 * in the prerendered page, so its components come with the page.
 */
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Table from './Table.svelte';
import { ladderLogic, type LadderModel } from './logic';

export const ladder = { ...ladderLogic, components: { Chart, Table } } satisfies ExplorerView<
	'ladder',
	LadderModel
>;
