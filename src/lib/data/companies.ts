/**
 * Company names → one matching key, and the company catalog (data/companies.csv) that gives
 * each company a CompanyType. Pure TypeScript: no DOM, no Svelte.
 *
 * Pipeline position: a raw `company` cell is folded with `toCompanyKey`, resolved through the
 * catalog's aliases with `toCanonicalKey`, and only then used to look up a company type
 * (here) or a level mapping (levels.ts, whose rows are keyed by the canonical company).
 */
import { catalogError, readCatalogRows } from './catalogCsv.ts';
import { toCompanyKey } from './companyKey.ts';
import { COMPANY_TYPES, isCompanyType, type CompanyType } from './domain';

/** The file name used in error messages, so a reader knows which file to open. */
const FILE = 'companies.csv';

const EXPECTED_HEADER = ['company', 'company_type', 'reason', 'aliases'] as const;
/** The types a catalog row may give: every type but 'unclassified', which means "not listed". */
const CATALOG_TYPES = COMPANY_TYPES.filter((type) => type !== 'unclassified');

/** One company of the catalog, as read from data/companies.csv. */
export interface CompanyEntry {
	/** Display name, as written in the catalog (e.g. `JPMorgan Chase`). */
	company: string;
	/** `toCompanyKey(company)`. */
	key: string;
	companyType: Exclude<CompanyType, 'unclassified'>;
	/** Short factual reason for the type, e.g. `investment bank`. */
	reason: string;
	/** Folded keys of other spellings that mean the same employer (e.g. `aws` for Amazon). */
	aliases: readonly string[];
}

/** The parsed company catalog. All methods take keys already folded with `toCompanyKey`. */
export interface CompanyCatalog {
	/** The company's type; 'unclassified' when neither a listed key nor an alias. */
	typeOf(companyKey: string): CompanyType;
	/** The catalog's display name for a key or alias key; undefined when not listed. */
	displayName(companyKey: string): string | undefined;
	/**
	 * The catalog key an alias stands for (`aws` → `amazon`); any other key is returned as is,
	 * so unlisted companies keep their own identity.
	 */
	toCanonicalKey(companyKey: string): string;
	/** Every catalog row, in file order. */
	entries(): readonly CompanyEntry[];
}

/**
 * Parses data/companies.csv (header `company,company_type,reason,aliases`; aliases are
 * `|`-separated and may be empty) into a catalog with O(1) key lookups.
 *
 * Throws an Error naming the file, the row (header = row 1) and the column on a bad header,
 * an empty company, an unknown company_type, an empty reason, or a key or alias that is
 * already taken by another row.
 *
 * @example
 * const catalog = parseCompanyCatalog(
 *   'company,company_type,reason,aliases\nAmazon,big-tech,"public, >1M employees",AWS|Amazon Web Services\n'
 * );
 * catalog.typeOf('amazon')                 // → 'big-tech'
 * catalog.typeOf(toCompanyKey('AWS'))      // → 'big-tech'
 * catalog.toCanonicalKey('aws')            // → 'amazon'
 * catalog.displayName('aws')               // → 'Amazon'
 * catalog.typeOf('initech')                // → 'unclassified'
 */
export function parseCompanyCatalog(csvText: string): CompanyCatalog {
	const rows = readCatalogRows(csvText, FILE, EXPECTED_HEADER);

	const entries: CompanyEntry[] = [];
	// Every key and alias key points at the entry that owns it; an alias key resolves to its
	// company's entry, which is what makes typeOf/displayName work on aliases.
	const byKey = new Map<string, CompanyEntry>();
	// Remembers which row claimed each key, for the duplicate-key message.
	const claimedAt = new Map<string, number>();

	for (const { row, cells } of rows) {
		const [companyCell = '', typeCell = '', reasonCell = '', aliasCell = ''] = cells;
		const company = companyCell.trim();
		if (company === '') throw catalogError(FILE, row, 'company', 'company is empty');
		const companyType = typeCell.trim();
		if (!isCompanyType(companyType) || companyType === 'unclassified') {
			throw catalogError(
				FILE,
				row,
				'company_type',
				`unknown company type "${companyType}"; use one of ${CATALOG_TYPES.join(', ')}`
			);
		}
		const reason = reasonCell.trim();
		if (reason === '') throw catalogError(FILE, row, 'reason', `no reason given for "${company}"`);

		const key = toCompanyKey(company);
		const aliases = aliasCell
			.split('|')
			.map((alias) => alias.trim())
			.filter((alias) => alias !== '')
			.map(toCompanyKey);

		const claim = (k: string, column: string): void => {
			const earlier = claimedAt.get(k);
			if (earlier !== undefined) {
				throw catalogError(FILE, row, column, `key "${k}" is already used on row ${earlier}`);
			}
			claimedAt.set(k, row);
		};
		claim(key, 'company');
		for (const alias of aliases) {
			// toCompanyKey already folds case, spaces and legal suffixes, so an alias that folds
			// to the company's own key adds nothing and is most likely a slip.
			if (alias === key) {
				throw catalogError(
					FILE,
					row,
					'aliases',
					`alias "${alias}" folds to the company's own key; remove it`
				);
			}
			claim(alias, 'aliases');
		}

		const entry: CompanyEntry = { company, key, companyType, reason, aliases };
		entries.push(entry);
		byKey.set(key, entry);
		for (const alias of aliases) byKey.set(alias, entry);
	}

	return {
		typeOf: (companyKey) => byKey.get(companyKey)?.companyType ?? 'unclassified',
		displayName: (companyKey) => byKey.get(companyKey)?.company,
		toCanonicalKey: (companyKey) => byKey.get(companyKey)?.key ?? companyKey,
		entries: () => entries
	};
}
