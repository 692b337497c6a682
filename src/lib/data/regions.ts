/**
 * Report locations → a small set of regions: the main US metros, the rest of the US, and a
 * few groups for the rest of the world. Pure TypeScript: no DOM, no Svelte.
 *
 * The levels.fyi file writes US locations as "City, ST" and others as "City, Region, Country"
 * (data/regions.md). Metro membership is by (city, state) pairs taken from the cities that
 * really occur in the file; the row counts behind each list are in data/regions.md.
 */
import { memoize } from './memo.ts';

export type RegionId =
	| 'sf-bay-area'
	| 'seattle'
	| 'new-york'
	| 'boston'
	| 'los-angeles'
	| 'austin'
	| 'washington-dc'
	| 'san-diego'
	| 'chicago'
	| 'dallas'
	| 'denver-boulder'
	| 'other-us'
	| 'canada'
	| 'uk-ireland'
	| 'europe'
	| 'israel'
	| 'india'
	| 'asia-pacific'
	| 'latin-america'
	| 'other-world';

/**
 * Every region, in display order: US metros by SWE + EM row count in the levels.fyi file
 * (each has at least 400), then the rest of the US, then the world groups.
 */
export const REGIONS: readonly {
	id: RegionId;
	label: string;
	kind: 'us-metro' | 'us' | 'world';
}[] = [
	{ id: 'sf-bay-area', label: 'SF Bay Area', kind: 'us-metro' },
	{ id: 'seattle', label: 'Seattle', kind: 'us-metro' },
	{ id: 'new-york', label: 'New York', kind: 'us-metro' },
	{ id: 'boston', label: 'Boston', kind: 'us-metro' },
	{ id: 'austin', label: 'Austin', kind: 'us-metro' },
	{ id: 'los-angeles', label: 'Los Angeles', kind: 'us-metro' },
	{ id: 'washington-dc', label: 'Washington, DC', kind: 'us-metro' },
	{ id: 'san-diego', label: 'San Diego', kind: 'us-metro' },
	{ id: 'dallas', label: 'Dallas–Fort Worth', kind: 'us-metro' },
	{ id: 'chicago', label: 'Chicago', kind: 'us-metro' },
	{ id: 'denver-boulder', label: 'Denver–Boulder', kind: 'us-metro' },
	{ id: 'other-us', label: 'Other US', kind: 'us' },
	{ id: 'canada', label: 'Canada', kind: 'world' },
	{ id: 'uk-ireland', label: 'UK & Ireland', kind: 'world' },
	{ id: 'europe', label: 'Europe (other)', kind: 'world' },
	{ id: 'israel', label: 'Israel', kind: 'world' },
	{ id: 'india', label: 'India', kind: 'world' },
	{ id: 'asia-pacific', label: 'Asia-Pacific', kind: 'world' },
	{ id: 'latin-america', label: 'Latin America', kind: 'world' },
	{ id: 'other-world', label: 'Rest of world', kind: 'world' }
];

/*
 * Cities of each metro, written "ST: City, City". The lists start from every city of the
 * metro that occurs in the file; a few neighbouring cities absent from it were added so that
 * uploads from them land in the right metro. The metro bounds follow the Census metro/combined areas, e.g. Greater Los Angeles
 * includes Orange County and the Inland Empire, and New York includes northern New Jersey and
 * Fairfield County, CT. data/regions.md gives the basis and the counts.
 */
const METRO_CITIES: Readonly<Record<string, readonly string[]>> = {
	'sf-bay-area': [
		'CA: San Francisco, Sunnyvale, Mountain View, San Jose, Menlo Park, ' +
			'Palo Alto, Cupertino, Santa Clara, Redwood City, Los Gatos, ' +
			'Pleasanton, San Mateo, Foster City, San Bruno, Milpitas, Fremont, ' +
			'Oakland, San Ramon, Berkeley, Emeryville, Newark, Campbell, Los Altos, ' +
			'Mill Valley, Belmont, Dublin, Daly City, South San Francisco, ' +
			'San Rafael, San Carlos, Burlingame, San Leandro, Point Richmond, ' +
			'Gilroy, Pittsburg, Hayward, Alameda, Santa Cruz, Santa Rosa, ' +
			'Vacaville, Saratoga, Half Moon Bay, Los Altos Hills, Walnut Creek, ' +
			'Livermore, Novato, Union City, Morgan Hill, Brisbane, East Palo Alto, ' +
			'Millbrae, Concord, Richmond, San Pablo, Petaluma, Napa'
	],
	seattle: [
		'WA: Seattle, Redmond, Bellevue, Kirkland, Bothell, Issaquah, Kent, ' +
			'Snoqualmie, Everett, Renton, Tacoma, Sammamish, Woodinville, Lynnwood, ' +
			'Mercer Island, Federal Way, Auburn, Tukwila, Mukilteo'
	],
	'new-york': [
		'NY: New York, Brooklyn, Manhattan, Queens, Bronx, Staten Island, ' +
			'Long Island City, Yorktown Heights, Armonk, White Plains, Tarrytown, ' +
			'Holtsville, Hauppauge, Melville',
		'NJ: Jersey City, Newark, Hoboken, Whippany, Holmdel, Basking Ridge, ' +
			'Roseland, Middletown, Ridgefield Park, Florham Park, Bridgewater, ' +
			'Warren, Montvale, Edison, Teaneck, Clifton, Murray Hill, Piscataway, ' +
			'Wayne, Iselin, Eatontown, Mahwah, Englewood Cliffs, ' +
			'Whitehouse Station, New Brunswick, East Rutherford, Bergenfield, ' +
			'Morris Plains, Edgewater, Raritan, Parsippany, Morristown, Secaucus',
		'CT: Stamford, Greenwich, Norwalk, Westport, Wilton, Stratford, Shelton, Bridgeport, Fairfield, Danbury'
	],
	boston: [
		'MA: Boston, Cambridge, Natick, Waltham, Burlington, Hopkinton, ' +
			'Bedford, Needham, Needham Heights, Littleton, Boxborough, ' +
			'North Reading, Framingham, Westford, Marlborough, Watertown, Hudson, ' +
			'Newton, Beverly, Westborough, Wellesley, Somerville, Tewksbury, ' +
			'Lexington, Woburn, Quincy, Andover, Lowell, Chelmsford, Billerica, ' +
			'Maynard, Acton, Canton, Braintree, Wakefield',
		'NH: Nashua'
	],
	'los-angeles': [
		'CA: Los Angeles, Irvine, Santa Monica, El Segundo, Culver City, ' +
			'Pasadena, Burbank, Manhattan Beach, Venice, Glendale, Hawthorne, ' +
			'Lake Forest, Aliso Viejo, Costa Mesa, Redondo Beach, Newport Beach, ' +
			'Northridge, Hollywood, Long Beach, San Fernando, Torrance, ' +
			'La Canada Flintridge, Woodland Hills, Cypress, Van Nuys, Orange, ' +
			'West Hollywood, Brea, Anaheim, Fullerton, San Dimas, Palmdale, ' +
			'Thousand Oaks, Ontario, Redlands, Rialto, Playa Vista, Marina del Rey, ' +
			'Santa Ana, Huntington Beach, Irwindale, Westlake Village, Calabasas, ' +
			'Camarillo, Riverside, Sherman Oaks, Encino, Tustin'
	],
	austin: ['TX: Austin, Round Rock, Buda, Cedar Park, Georgetown, Pflugerville'],
	'washington-dc': [
		'DC: Washington',
		'VA: Arlington, Herndon, Reston, Vienna, Mc Lean, McLean, West McLean, ' +
			'Fairfax, Sterling, Chantilly, Ashburn, Dulles, Falls Church, Manassas, ' +
			'Alexandria, Centreville, Springfield, Fairfax Station, Fredericksburg, ' +
			'Leesburg, Tysons, Tysons Corner',
		'MD: Bethesda, Silver Spring, Gaithersburg, Rockville, College Park, Frederick, Germantown, Greenbelt'
	],
	'san-diego': [
		'CA: San Diego, Carlsbad, San Marcos, Poway, La Jolla, Oceanside, Escondido, Del Mar'
	],
	dallas: [
		'TX: Dallas, Plano, Irving, Richardson, Fort Worth, Frisco, Arlington, ' +
			'Southlake, Coppell, Roanoke, Mckinney, McKinney, Addison, Allen, ' +
			'Carrollton, Westlake'
	],
	chicago: [
		'IL: Chicago, Naperville, Schaumburg, Rolling Meadows, Northbrook, ' +
			'Hoffman Estates, Warrenville, Buffalo Grove, Chicago Heights, ' +
			'Arlington Heights, Evanston, Deerfield, Oak Brook, Lisle, ' +
			'Downers Grove, Lombard, Itasca'
	],
	'denver-boulder': [
		'CO: Denver, Boulder, Broomfield, Englewood, Littleton, Aurora, ' +
			'Louisville, Greenwood Village, Longmont, Westminster, Parker, Arvada, ' +
			'Lakewood, Golden, Centennial, Lone Tree'
	]
};

/*
 * Countries (the last part of a non-US location) of each world group. A country not listed
 * goes to 'other-world'. Russia, Ukraine and Belarus count as Europe, the way the data's
 * European engineering hubs (Moscow, Kyiv, Minsk) are usually grouped.
 */
const COUNTRY_GROUPS: Readonly<Record<string, readonly string[]>> = {
	canada: ['Canada'],
	'uk-ireland': ['United Kingdom', 'Ireland'],
	europe: [
		'Germany, Netherlands, Switzerland, Spain, Poland, France, ' +
			'Czech Republic, Sweden, Romania, Belarus, Hungary, Luxembourg, ' +
			'Estonia, Norway, Denmark, Bulgaria, Italy, Serbia, Finland, Austria, ' +
			'Slovakia, Portugal, Lithuania, Latvia, Moldova, Yugoslavia, Belgium, ' +
			'Russia, Ukraine, Greece, Croatia, Slovenia, Iceland, Cyprus, Malta, ' +
			'Bosnia and Herzegovina, North Macedonia, Albania, Montenegro'
	],
	israel: ['Israel'],
	india: ['India'],
	'asia-pacific': [
		'Singapore, Taiwan, Australia, China, Japan, Indonesia, ' +
			'Hong Kong (SAR), Thailand, New Zealand, Philippines, Vietnam, ' +
			'Malaysia, Korea, South, Pakistan, Bangladesh, Sri Lanka, Nepal, ' +
			'Marshall Islands, Macau (SAR)'
	],
	'latin-america': [
		'Brazil, Argentina, Colombia, Mexico, Costa Rica, Uruguay, Peru, Chile, ' +
			'Panama, Guatemala, Puerto Rico, Trinidad and Tobago, ' +
			'Netherlands Antilles, Ecuador, Venezuela, Bolivia, Paraguay, ' +
			'Dominican Republic, El Salvador, Honduras, Nicaragua, Jamaica'
	]
};

/** Splits "ST: City, City" or "Country, Country" entries into the lookup keys. */
function buildMetroIndex(): Map<string, RegionId> {
	const index = new Map<string, RegionId>();
	for (const [region, lines] of Object.entries(METRO_CITIES)) {
		for (const line of lines) {
			const [state = '', cities = ''] = line.split(': ');
			for (const city of cities.split(', ')) {
				index.set(`${city.toLowerCase()}|${state.toLowerCase()}`, region as RegionId);
			}
		}
	}
	return index;
}

function buildCountryIndex(): Map<string, RegionId> {
	const index = new Map<string, RegionId>();
	for (const [region, lines] of Object.entries(COUNTRY_GROUPS)) {
		for (const line of lines) {
			// "Korea, South" is one country name containing the separator; it is protected here
			// and matched the same way by inferRegion.
			for (const country of line.replace('Korea, South', 'Korea; South').split(', ')) {
				index.set(
					country.replace('Korea; South', 'Korea, South').toLowerCase(),
					region as RegionId
				);
			}
		}
	}
	return index;
}

const METRO_INDEX = /* @__PURE__ */ buildMetroIndex();
const COUNTRY_INDEX = /* @__PURE__ */ buildCountryIndex();
const US_STATE = /^[A-Z]{2}$/;

function classify(location: string): RegionId {
	const parts = location
		.normalize('NFC')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
	const [city = '', second = ''] = parts;
	// US: "City, ST", or, in a handful of rows, "City, ST, United States".
	const isUs =
		(parts.length === 2 && US_STATE.test(second)) ||
		(parts.length === 3 && parts[2] === 'United States' && US_STATE.test(second));
	if (isUs) return METRO_INDEX.get(`${city.toLowerCase()}|${second.toLowerCase()}`) ?? 'other-us';

	// Elsewhere the country is the last part, except for "Korea, South", whose name contains
	// the separator.
	const last = parts.at(-1) ?? '';
	const country =
		(last === 'South' || last === 'North') && parts.length >= 2 ? `${parts.at(-2)}, ${last}` : last;
	return COUNTRY_INDEX.get(country.toLowerCase()) ?? 'other-world';
}

/**
 * The region of a report's location. US metros are matched on city and state; any other US
 * location is 'other-us'; other countries go to their world group, and anything unreadable
 * (including an empty string) to 'other-world'. Locations repeat heavily (about 1,000 distinct
 * strings over ~45,000 reports), so each string is classified once.
 *
 * @example
 * inferRegion('Mountain View, CA')         // → 'sf-bay-area'
 * inferRegion('Redmond, WA')               // → 'seattle'
 * inferRegion('Jersey City, NJ')           // → 'new-york'
 * inferRegion('Omaha, NE')                 // → 'other-us'
 * inferRegion('Bangalore, KA, India')      // → 'india'
 * inferRegion('London, EN, United Kingdom')// → 'uk-ireland'
 * inferRegion('Seoul, KG, Korea, South')   // → 'asia-pacific'
 */
// Pure, so a page that lists the regions without classifying locations (the explorer's filter)
// leaves the classifier and its city lists out of its JavaScript.
export const inferRegion: (location: string) => RegionId = /* @__PURE__ */ memoize(classify);
