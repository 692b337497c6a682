/**
 * Every number that turns figures into a verdict, in one place. The Method page lists them from
 * this module, so the page and the code cannot disagree. None of them is a pay figure: they are
 * counts, shares and relative gaps, chosen as explained beside each one.
 */

/**
 * Reports needed on each side of a comparison (each track, or each group) before we read
 * anything into its median. With 10 reports the 90% bootstrap interval of a median is already
 * roughly as wide as the middle half of the pay spread; fewer, and one odd report moves it.
 */
export const MIN_N_PER_SIDE = 10;

/** The comparisons of the two tracks start where the manager ladder does (the common scale). */
export const FROM_LEVEL = 5;

/**
 * Parity: the EM median within ±10% of the IC median. The essays give no tolerance; ±10% is
 * about a year's raise either way, smaller than the spread inside one level, and is the reading
 * the essays' index (shared/seeds/README.md) proposes.
 */
export const PARITY_BAND = 0.1;

/**
 * "The manager premium is smaller than assumed": the premium people assume is taken as 20%, the
 * typical size of a promotion raise, since the essay names no figure. A premium below it at
 * least half the time ("often") supports the claim; below it less than a quarter of the time
 * contradicts it.
 */
export const ASSUMED_PREMIUM = 0.2;
export const OFTEN_SHARE = 0.5;
export const RARELY_SHARE = 0.25;

/**
 * "Same neighborhood": a company's EM and IC medians at one level within ±20% of each other,
 * twice the parity band, because one company at one level has far fewer reports.
 * At least 75% of company-levels inside it supports the claim; under half contradicts it.
 */
export const NEIGHBORHOOD_BAND = 0.2;
export const NEIGHBORHOOD_SUPPORT_SHARE = 0.75;
export const NEIGHBORHOOD_CONTRADICT_SHARE = 0.5;

/**
 * "A culture decides who earns more": the typical EM premium at tech-first employers should sit
 * below the one at traditional employers by more than this margin (5 percentage points), or the
 * two cultures look alike.
 */
export const CULTURE_MARGIN = 0.05;

/**
 * "A modest adjustment, not a career-ending cut": moving from EM back to IC at the same level
 * costs no more than a quarter of pay (the median IC pay at least 75% of the EM median).
 */
export const MODEST_CUT = 0.25;

/**
 * "The manager ladder starts at level 5": the lowest level at which managers are at least this
 * many reports and this share of the level's reports. A handful of EM reports at levels 3–4
 * (mislabelled titles, tiny companies) should not move the fork. Only reports placed by a
 * company's own level catalog count: the years-of-experience fallback never places a manager
 * below level 5, so fallback-placed reports cannot show where a ladder starts.
 */
export const FORK_MIN_EM = 10;
export const FORK_MIN_SHARE = 0.05;
/** The level the essay names as the fork. */
export const FORK_LEVEL = 5;
/**
 * Companies forking at level 5: at least half of the companies with a fork supports the claim;
 * fewer than a quarter contradicts it, whatever the overall fork.
 */
export const FORK_COMPANY_SUPPORT_SHARE = 0.5;
export const FORK_COMPANY_CONTRADICT_SHARE = 0.25;

/**
 * "ICs keep climbing in parallel": IC median pay grows per level at least as fast as EM pay,
 * less this margin (5 percentage points a level), from level 5 to the highest level both reach.
 */
export const CLIMB_MARGIN = 0.05;
/** The IC ladder must be measured up to at least this level to count as continuing past 5. */
export const CLIMB_TOP_LEVEL = 7;

/**
 * "Leadership is not where the money is": if managing did not by itself raise pay, half the ICs
 * of a level would out-earn that level's median manager. At least 40% at the typical level (close
 * to that half) supports the claim; under 25% contradicts it (then three ICs in four earn less
 * than the typical manager: with the spread of real pay, a manager premium of about a third).
 */
export const OUTEARN_SUPPORT_SHARE = 0.4;
export const OUTEARN_CONTRADICT_SHARE = 0.25;

/**
 * "Two parallel ladders": at levels 6–9 each track's median must lie within the other track's
 * middle half (its central 50% of reports, p25–p75): a typical staff engineer is paid like a
 * manager of the level, and the other way round. A level without enough ICs does not hold.
 */
export const PARALLEL_MIDDLE = 0.5;

/**
 * "Pay is set by company and location, not by track": track must explain the least variance of
 * log pay of all factors measured to support the claim; more than both company and location
 * contradicts it. Factors with a single group in the data (e.g. one region) are not measured.
 */
export const DRIVER_FACTORS = ['company', 'companyType', 'region', 'level', 'track'] as const;

/**
 * "A startup manager can earn far less than a mid-level engineer at a large tech company": the
 * comparison is the startup EM median against the level-4 IC median of big tech (or, on a source
 * without it, tech-first companies); the level of that IC is the essay's.
 */
export const MID_LEVEL = 4;
/**
 * "Can earn far less" is a claim about some startup managers, not the typical one: it is
 * contradicted only when the typical startup manager earns more and fewer than this share of
 * startup managers earn less than the large tech company's median mid-level engineer.
 */
export const FEW_SHARE = 0.1;

/** The thresholds as the Method page lists them: name, value as shown, and what it decides. */
export const THRESHOLD_TABLE: readonly { name: string; value: string; use: string }[] = [
	{
		name: 'MIN_N_PER_SIDE',
		value: String(MIN_N_PER_SIDE),
		use: 'reports needed on each side of a comparison; fewer gives "not enough data"'
	},
	{
		name: 'FROM_LEVEL',
		value: `L${FROM_LEVEL}`,
		use: 'track comparisons start at the first manager level'
	},
	{
		name: 'PARITY_BAND',
		value: `±${PARITY_BAND * 100}%`,
		use: 'EM and IC medians this close count as parity'
	},
	{
		name: 'ASSUMED_PREMIUM',
		value: `${ASSUMED_PREMIUM * 100}%`,
		use: 'the manager premium people are taken to assume'
	},
	{
		name: 'OFTEN_SHARE / RARELY_SHARE',
		value: `${OFTEN_SHARE * 100}% / ${RARELY_SHARE * 100}%`,
		use: 'share of groups that makes "often" true / false'
	},
	{
		name: 'NEIGHBORHOOD_BAND',
		value: `±${NEIGHBORHOOD_BAND * 100}%`,
		use: 'one company at one level: EM and IC this close are "the same neighborhood"'
	},
	{
		name: 'NEIGHBORHOOD_SUPPORT_SHARE / _CONTRADICT_SHARE',
		value: `${NEIGHBORHOOD_SUPPORT_SHARE * 100}% / ${NEIGHBORHOOD_CONTRADICT_SHARE * 100}%`,
		use: 'share of company-levels in the neighborhood that supports / below which it contradicts'
	},
	{
		name: 'CULTURE_MARGIN',
		value: `${CULTURE_MARGIN * 100} points`,
		use: 'how much lower the EM premium must be at tech employers than traditional ones'
	},
	{
		name: 'MODEST_CUT',
		value: `${MODEST_CUT * 100}%`,
		use: 'largest pay cut from EM back to IC that is still "modest"'
	},
	{
		name: 'PARALLEL_MIDDLE',
		value: `${PARALLEL_MIDDLE * 100}%`,
		use: 'central share of one track’s reports the other track’s median must fall in (levels 6–9)'
	},
	{
		name: 'FORK_COMPANY_SUPPORT_SHARE / _CONTRADICT_SHARE',
		value: `${FORK_COMPANY_SUPPORT_SHARE * 100}% / ${FORK_COMPANY_CONTRADICT_SHARE * 100}%`,
		use: 'share of companies forking at level 5 that supports / below which it contradicts'
	},
	{
		name: 'FORK_MIN_EM / FORK_MIN_SHARE',
		value: `${FORK_MIN_EM} reports / ${FORK_MIN_SHARE * 100}%`,
		use: 'a level has a manager ladder when EMs reach both'
	},
	{
		name: 'CLIMB_MARGIN / CLIMB_TOP_LEVEL',
		value: `${CLIMB_MARGIN * 100} points / L${CLIMB_TOP_LEVEL}`,
		use: 'IC growth a level may trail EM growth by this much; the IC ladder must be measured this high'
	},
	{
		name: 'OUTEARN_SUPPORT_SHARE / _CONTRADICT_SHARE',
		value: `${OUTEARN_SUPPORT_SHARE * 100}% / ${OUTEARN_CONTRADICT_SHARE * 100}%`,
		use: 'share of ICs above the EM median that supports / below which it contradicts'
	},
	{
		name: 'MID_LEVEL',
		value: `L${MID_LEVEL}`,
		use: 'the level of the large-tech engineer (big tech, else tech-first) the startup manager is compared with'
	},
	{
		name: 'FEW_SHARE',
		value: `${FEW_SHARE * 100}%`,
		use: 'startup managers earning less than that engineer: fewer than this contradicts “can earn far less”'
	}
];
