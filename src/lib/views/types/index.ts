/** The types view: its logic (logic.ts) with its chart and table, loaded on first use. */
import type { ExplorerView } from '../view';
import { typesLogic, type TypesModel } from './logic';

export const types = {
	...typesLogic,
	components: async () => {
		const [Chart, Table] = await Promise.all([
			import('./Chart.svelte'),
			import('../PanelTables.svelte')
		]);
		return { Chart: Chart.default, Table: Table.default };
	}
} satisfies ExplorerView<'types', TypesModel>;
