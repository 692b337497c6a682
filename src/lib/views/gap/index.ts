/** The gap view: its logic (logic.ts) with its chart and table, loaded on first use. */
import type { ExplorerView } from '../view';
import { gapLogic, type GapModel } from './logic';

export const gap = {
	...gapLogic,
	components: async () => {
		const [Chart, Table] = await Promise.all([import('./Chart.svelte'), import('./Table.svelte')]);
		return { Chart: Chart.default, Table: Table.default };
	}
} satisfies ExplorerView<'gap', GapModel>;
