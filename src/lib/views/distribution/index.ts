/** The distribution view: its logic (logic.ts) with its chart and table, loaded on first use. */
import type { ExplorerView } from '../view';
import { distributionLogic, type DistributionModel } from './logic';

export const distribution = {
	...distributionLogic,
	components: async () => {
		const [Chart, Table] = await Promise.all([import('./Chart.svelte'), import('./Table.svelte')]);
		return { Chart: Chart.default, Table: Table.default };
	}
} satisfies ExplorerView<'distribution', DistributionModel>;
