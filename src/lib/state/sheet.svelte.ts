/**
 * The band sheet the user uploaded this session (a company's own pay bands), which the explorer's
 * ladder and gap views draw beside the market. Kept in memory only: it is set when an upload
 * turns out to be a band sheet and lasts until the page is reloaded.
 */
import type { Band } from '$lib/data/domain.ts';

/** An uploaded band sheet: its file name and its bands, as read. */
export interface UploadedSheet {
	name: string;
	bands: readonly Band[];
}

class SheetState {
	current = $state.raw<UploadedSheet | undefined>(undefined);
}

export const uploadedSheet = new SheetState();
