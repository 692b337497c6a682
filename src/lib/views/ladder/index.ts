/** The ladder view: its logic (logic.ts) with its chart and table. */
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Table from './Table.svelte';
import { ladderLogic, type LadderModel } from './logic';

export const ladder = { ...ladderLogic, Chart, Table } satisfies ExplorerView<
	'ladder',
	LadderModel
>;
