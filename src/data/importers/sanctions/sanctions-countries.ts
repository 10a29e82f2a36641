/**
 * Country names and codes as the sanctions lists write them, mapped to ISO 3166-1 alpha-2.
 * Most go through the shared helpers of src/data/markets/country-names.ts; the table below holds
 * the spellings those do not know, each checked against the published files listed in
 * ../shared/data/sanctions/SOURCES.md (OFAC add.csv countries and remarks "nationality"/"citizen",
 * UN NATIONALITY and address COUNTRY).
 */
import { countryFromCode, countryFromName, normalizeCountryName } from '../../markets/country-names.js';

const LIST_NAMES: ReadonlyArray<readonly [string, string]> = [
  // OFAC ("Surname, Given" style inversions)
  ['Korea, North', 'KP'],
  ['Korea, South', 'KR'],
  ['Congo, Democratic Republic of the', 'CD'],
  ['Congo, Republic of the', 'CG'],
  ['North Macedonia, The Republic of', 'MK'],
  ['Man, Isle of', 'IM'],
  ['China, Hong Kong Special Administrative Region', 'HK'],
  // OFAC nationality of people from the Palestinian territories, and its address regions there.
  ['Palestinian', 'PS'],
  ['West Bank', 'PS'],
  ['Region: West Bank', 'PS'],
  ['Region: Gaza', 'PS'],
  // OFAC address "Region: Crimea": Crimea is part of Ukraine under ISO 3166 (and UN GA res. 68/262).
  ['Region: Crimea', 'UA'],
  ['Region: Northern Mali', 'ML'],
  ['Region: Russia', 'RU'],
  // UN
  ["Democratic People's Republic of Korea", 'KP'],
  ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
];
// Left out on purpose: "Netherlands Antilles" (dissolved 2010, no current code), "Region: Kafia
// Kingi" (disputed between Sudan and South Sudan), "former Soviet Union", "undetermined",
// "possibly Palestinian": none names one country for certain.

const byName: ReadonlyMap<string, string> = new Map(LIST_NAMES.map(([name, code]) => [normalizeCountryName(name), code]));

/**
 * The alpha-2 code for a country name as a sanctions list writes it; null when it names no single
 * current country.
 * @example countryOfListName('Korea, North') // 'KP'
 */
export function countryOfListName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  let code = seen.get(trimmed);
  if (code === undefined) {
    code = byName.get(normalizeCountryName(trimmed)) ?? countryFromName(trimmed);
    if (seen.size > 5000) seen.clear();
    seen.set(trimmed, code);
  }
  return code;
}

// A list names the same few hundred countries tens of thousands of times.
const seen = new Map<string, string | null>();

/**
 * The alpha-2 code for a two-letter code as written (CSL, EU); null for codes of no country
 * (the EU's "00" for unknown).
 * @example countryOfListCode('ru') // 'RU'
 */
export function countryOfListCode(code: string): string | null {
  const trimmed = code.trim();
  return /^[A-Za-z]{2}$/.test(trimmed) ? countryFromCode(trimmed) : null;
}
