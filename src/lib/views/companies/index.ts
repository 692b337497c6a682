/** The companies view: its logic (logic.ts) with its chart, table and company picker, loaded on first use. */
import type { ExplorerView } from '../view';
import { companiesLogic, type CompaniesModel } from './logic';

export const companies = {
	...companiesLogic,
	components: async () => {
		const [Chart, Table, Picker] = await Promise.all([
			import('./Chart.svelte'),
			import('../PanelTables.svelte'),
			import('./Picker.svelte')
		]);
		return { Chart: Chart.default, Table: Table.default, Controls: Picker.default };
	}
} satisfies ExplorerView<'companies', CompaniesModel>;
