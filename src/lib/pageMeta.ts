/**
 * What a link to each page says when shared: its title and a one-sentence description, for the
 * document title and the link-preview tags the layout writes (Open Graph and Twitter cards). The
 * preview image is one committed screenshot of the explorer, static/og-image.png (1200 × 630).
 *
 * The explorer is one page whose view is in the query (`/?view=gap`), so each view has its own
 * title and description. The site is prerendered without queries, so the HTML a link-preview
 * crawler reads (it runs no script) carries the ladder's; the browser writes the view's own.
 */
import { VIEW_IDS, type ViewId } from '$lib/views/ids';

export interface PageMeta {
	title: string;
	description: string;
}

/** The preview image, from the site root. */
export const PREVIEW_IMAGE = '/og-image.png';

const SITE: PageMeta = {
	title: 'Forkline',
	description:
		'Compare individual-contributor and engineering-manager pay level by level and across ' +
		'company types, from public pay reports, with three essays’ claims checked against the data.'
};

/** Per path, without a trailing slash. */
const PAGES: Record<string, PageMeta> = {
	'/': {
		title: 'IC vs EM pay by level · Forkline',
		description:
			'Individual-contributor and engineering-manager pay at levels 3 to 9, by company type, from levels.fyi reports, with spreads, n and intervals.'
	},
	'/claims': {
		title: 'The essays’ claims, checked · Forkline',
		description:
			'Eleven arguments from three essays about IC and EM pay parity, each paraphrased, cited and checked against the loaded data.'
	},
	'/story': {
		title: 'The story: do managers earn more? · Forkline',
		description: 'A guided walk through IC and EM pay, level by level, on public pay reports.'
	},
	'/me': {
		title: 'Where I stand · Forkline',
		description:
			'Your pay against IC and EM pay at your level, what a switch would pay and career paths in money. Your figures stay in your browser.'
	},
	'/brief': {
		title: 'Compensation brief · Forkline',
		description:
			'A one-page brief for a compensation conversation: IC and EM pay by level, what a switch would pay, the claims, sources and caveats.'
	},
	'/evidence': {
		title: 'Evidence from every source · Forkline',
		description:
			'Each essay claim about IC and engineering-manager pay tested on every public dataset that can test it, with the BLS benchmark beside.'
	},
	'/upload': {
		title: 'Your data · Forkline',
		description: 'Load your own pay CSV; it is read in your browser and never sent anywhere.'
	},
	'/data': {
		title: 'Data and provenance · Forkline',
		description: 'Where Forkline’s bundled pay figures come from, what was left out and why.'
	},
	'/method': {
		title: 'Sources and method · Forkline',
		description:
			'The essays Forkline checks, how each claim is tested against pay data, the thresholds, the bootstrap and the limits of the data.'
	},
	'/essays': {
		title: 'The essays · Forkline',
		description:
			'The three essays Forkline checks: title, author and date, what each argues, and the claims taken from it.'
	}
};

/** The explorer's views: the ladder is the home page's own. */
const VIEWS: Record<ViewId, PageMeta> = {
	ladder: PAGES['/']!,
	types: {
		title: 'IC vs EM pay by company type · Forkline',
		description:
			'Individual-contributor and engineering-manager pay by level, one ladder per company type on a shared axis, from public pay reports.'
	},
	gap: {
		title: 'Parity gap by level · Forkline',
		description:
			'How much more (or less) engineering managers earn than individual contributors at each level and company type, with 90% intervals.'
	},
	companies: {
		title: 'Company ladders: IC vs EM pay by company · Forkline',
		description:
			'Individual-contributor and engineering-manager pay at chosen companies, each level with the company’s own level names.'
	},
	distribution: {
		title: 'Pay distribution at one level · Forkline',
		description:
			'The spread of individual-contributor and engineering-manager pay at one level, as histograms with quartiles marked.'
	}
};

/**
 * The title and description of one explorer view.
 *
 *     toViewMeta('gap').title → 'Parity gap by level · Forkline'
 */
export function toViewMeta(view: ViewId): PageMeta {
	return VIEWS[view];
}

/**
 * The title and description of a path, and on the explorer of the view its query names; the
 * site's own for a path not listed.
 *
 *     toPageMeta('/me').title → 'Where I stand · Forkline'
 *     toPageMeta('/', new URLSearchParams('view=gap')).title → 'Parity gap by level · Forkline'
 */
export function toPageMeta(pathname: string, search?: URLSearchParams): PageMeta {
	const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	const view = search?.get('view');
	if (path === '/' && view && (VIEW_IDS as readonly string[]).includes(view))
		return toViewMeta(view as ViewId);
	return PAGES[path] ?? SITE;
}
