/** The gap view: its logic (logic.ts) with its chart and table. */
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Table from './Table.svelte';
import { gapLogic, type GapModel } from './logic';

export const gap = { ...gapLogic, Chart, Table } satisfies ExplorerView<'gap', GapModel>;
