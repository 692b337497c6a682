/** The distribution view: its logic (logic.ts) with its chart and table. */
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Table from './Table.svelte';
import { distributionLogic, type DistributionModel } from './logic';

export const distribution = {
	...distributionLogic,
	Chart,
	Table
} satisfies ExplorerView<'distribution', DistributionModel>;
