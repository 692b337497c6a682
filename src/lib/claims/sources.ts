/**
 * The three essays whose arguments Forkline checks, cited by the titles shared/seeds/README.md
 * gives them. Their arguments are paraphrased here in our words; no sentence is copied.
 */
import type { Essay, EssayId } from './types.ts';

export const ESSAYS: Record<EssayId, Essay> = {
	'two-tracks': {
		id: 'two-tracks',
		title: 'The Two Tracks of Growth',
		byline: 'Management 101 series, 2022',
		argument:
			'A guide for managers: growth need not mean managing people. Management multiplies a team’s ' +
			'output while the IC path deepens technical influence, and both deserve equal standing. On ' +
			'pay, it holds that the two tracks should reach the same earnings at comparable impact, ' +
			'while admitting companies differ: engineering-led firms may pay ICs more, traditional ones ' +
			'may favour managers. Switching back from management should be possible, with at most a ' +
			'moderate pay change.'
	},
	'choosing-track': {
		id: 'choosing-track',
		title: 'IC or manager: choosing your track',
		byline: 'HireMinds editorial team',
		argument:
			'The parallel IC and manager ladders are now the norm, which makes the choice harder, not ' +
			'easier. Managing and senior IC work are different jobs; people should pick by what ' +
			'energises them. Money is a poor reason to become a manager, not least because the extra ' +
			'pay tends to be less than people expect, and the choice can be undone.'
	},
	'leadership-myths': {
		id: 'leadership-myths',
		title: 'Tech leadership myths',
		byline: 'an essay answering odd takes on leadership roles',
		argument:
			'Leadership roles trade one set of problems for another and are no shortcut to more money. ' +
			'Pay follows employer, equity growth, skill, place and bargaining power far more than the ' +
			'choice of track; a startup manager may earn much less than a mid-level engineer at a large ' +
			'tech firm. Level for level, managers and ICs are paid in a similar range, above or below ' +
			'each other depending on the company, and the IC ladder keeps rising beside the manager ' +
			'ladder after the senior level where the two split.'
	}
};
