/** The companies view: its logic (logic.ts) with its chart, table and company picker. */
import PanelTables from '../PanelTables.svelte';
import type { ExplorerView } from '../view';
import Chart from './Chart.svelte';
import Picker from './Picker.svelte';
import { companiesLogic, type CompaniesModel } from './logic';

export const companies = {
	...companiesLogic,
	Chart,
	Table: PanelTables,
	Controls: Picker
} satisfies ExplorerView<'companies', CompaniesModel>;
