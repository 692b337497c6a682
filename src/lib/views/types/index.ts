/** The types view: its logic (logic.ts) with its chart and table. */
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Table from '../PanelTables.svelte';
import { typesLogic, type TypesModel } from './logic';

export const types = { ...typesLogic, Chart, Table } satisfies ExplorerView<'types', TypesModel>;
