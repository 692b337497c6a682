/**
 * What a link to each page says when shared: its title and a one-sentence description, for the
 * link-preview tags the layout writes (Open Graph and Twitter cards). The preview image is one
 * committed screenshot of the explorer, static/og-image.png (1200 × 630).
 */

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
			'How each claim is tested: the figures, the intervals and the rules behind verdicts.'
	},
	'/essays': {
		title: 'The essays · Forkline',
		description:
			'The three essays Forkline checks: title, author and date, what each argues, and the claims taken from it.'
	}
};

/**
 * The preview title and description of a path; the site's own for a path not listed.
 *
 *     toPageMeta('/me').title → 'Where I stand · Forkline'
 */
export function toPageMeta(pathname: string): PageMeta {
	const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	return PAGES[path] ?? SITE;
}
