/**
 * Regions for sources that give a country, not a city: the same region ids as data/regions.md,
 * with every US report under 'other-us' (no metro can be told without a city; the bundle's meta
 * notes it) and countries absent from the levels.fyi file placed by continent.
 */
import { inferRegion, type RegionId } from '../regions.ts';

/** European countries the levels.fyi file does not have, so regions.ts does not list them. */
const MORE_EUROPE = new Set([
	'greece',
	'portugal',
	'croatia',
	'slovenia',
	'bosnia and herzegovina',
	'north macedonia',
	'albania',
	'montenegro',
	'kosovo',
	'iceland',
	'malta',
	'cyprus',
	'georgia',
	'armenia',
	'azerbaijan',
	'republic of moldova'
]);

/** Stack Overflow's country names where they differ from the levels.fyi file's. */
const COUNTRY_NAMES = new Map([
	['united kingdom of great britain and northern ireland', 'United Kingdom'],
	['russian federation', 'Russia'],
	['viet nam', 'Vietnam'],
	['hong kong (s.a.r.)', 'Hong Kong (SAR)'],
	['republic of korea', 'Korea, South'],
	['south korea', 'Korea, South']
]);

/**
 * The region of a country name.
 *
 *     regionOfCountry('United States of America') → 'other-us'
 *     regionOfCountry('Croatia') → 'europe'      regionOfCountry('') → 'other-world'
 */
export function regionOfCountry(country: string): RegionId {
	const key = country.trim().toLowerCase();
	if (key === 'united states of america' || key === 'united states') return 'other-us';
	if (MORE_EUROPE.has(key)) return 'europe';
	const name = COUNTRY_NAMES.get(key) ?? country.trim();
	// A lone country is read as the last part of "City, Region, Country".
	return inferRegion(name.includes(',') ? `, , ${name}` : name);
}

/** ISO 3166 two-letter codes → region, for the countries in the aijobs.net file. */
const ISO_REGIONS: Record<string, RegionId> = {
	US: 'other-us',
	CA: 'canada',
	GB: 'uk-ireland',
	IE: 'uk-ireland',
	IN: 'india',
	IL: 'israel'
};
for (const code of 'AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IS IT LT LU LV MT NL NO PL PT RO RS SE SI SK UA BY RU MD BA MK AL ME GE AM AZ'.split(
	' '
))
	ISO_REGIONS[code] = 'europe';
for (const code of 'AU NZ JP CN HK TW KR SG MY TH VN PH ID PK BD LK'.split(' '))
	ISO_REGIONS[code] = 'asia-pacific';
for (const code of 'BR AR MX CL CO PE UY CR PR EC BO PY VE GT PA DO'.split(' '))
	ISO_REGIONS[code] = 'latin-america';

/** `regionOfIsoCode('US') → 'other-us'`, `regionOfIsoCode('LT') → 'europe'`, unknown → 'other-world'. */
export function regionOfIsoCode(code: string): RegionId {
	return ISO_REGIONS[code.trim().toUpperCase()] ?? 'other-world';
}
