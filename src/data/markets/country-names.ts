/**
 * Country keys as publishers of country indicators write them, mapped to ISO 3166-1 alpha-2.
 *
 * Codes and English names come from i18n-iso-countries (MIT, ISO 3166-1 with common aliases).
 * Publishers add their own spellings ("Korea, Rep.", "Lao P.D.R.", "Hong Kong SAR, China") and
 * a few codes of their own (the World Bank's XKX for Kosovo, ROM for Romania, ZAR for Congo DR;
 * ITU's KSO, AAA and GBJ): those are in the tables below, each with who writes it. Every
 * country-level key of the World Bank WDI, LPI and B-READY files and of the ITU DataHub export
 * maps (checked against the published files, see parse-indicators.test.ts).
 */
import countries from 'i18n-iso-countries';

/** Codes that publishers use instead of the ISO 3166-1 alpha-3 code, and the ISO alpha-2 they stand for. */
const CODE_ALIASES: Readonly<Record<string, string>> = {
  // Kosovo has no ISO 3166-1 code; XK is the user-assigned code the European Commission, the
  // World Bank and most software use (i18n-iso-countries writes its alpha-3 as XKK).
  XKX: 'XK', // World Bank WDI since 2018
  KSV: 'XK', // World Bank WDI until 2017
  KSO: 'XK', // ITU DataHub
  // Older World Bank (UNDP) codes still used in the LPI and B-READY sheets.
  ROM: 'RO',
  ZAR: 'CD',
  TMP: 'TL',
  ADO: 'AD',
  IMY: 'IM',
  WBG: 'PS', // "West Bank and Gaza"
  // ITU DataHub codes for the Channel Islands bailiwicks.
  AAA: 'GG',
  GBJ: 'JE',
  // Exceptionally reserved in ISO 3166-1 for the United Kingdom; what merchants write.
  UK: 'GB',
};

/**
 * Names as the World Bank (WDI, LPI, B-READY), ITU and merchants write them, where they differ from
 * the i18n-iso-countries names and aliases. Keys are compared after `normalizeCountryName`, so
 * accents, case, punctuation, "St."/"Saint" and a "The" make no difference.
 */
const NAME_ALIASES: ReadonlyArray<readonly [string, string]> = [
  // World Bank (WDI country names, LPI, B-READY)
  ['Korea, Rep.', 'KR'],
  ["Korea, Dem. People's Rep.", 'KP'],
  ['Korea, Dem. Rep.', 'KP'],
  ['Egypt, Arab Rep.', 'EG'],
  ['Iran, Islamic Rep.', 'IR'],
  ['Hong Kong SAR, China', 'HK'],
  ['Macao SAR, China', 'MO'],
  ['Congo, Dem. Rep.', 'CD'],
  ['Congo, Rep.', 'CG'],
  ['Venezuela, RB', 'VE'],
  ['Yemen, Rep.', 'YE'],
  ['Gambia, The', 'GM'],
  ['Bahamas, The', 'BS'],
  ['Micronesia, Fed. Sts.', 'FM'],
  ['Lao PDR', 'LA'],
  ['Kyrgyz Republic', 'KG'],
  ['Slovak Republic', 'SK'],
  ['Viet Nam', 'VN'],
  ['Taiwan, China', 'TW'],
  ['West Bank and Gaza', 'PS'],
  ['Cabo Verde', 'CV'],
  ['Macedonia, FYR', 'MK'],
  ['Swaziland', 'SZ'],
  ['Puerto Rico (US)', 'PR'],
  ['Somalia, Fed. Rep.', 'SO'],
  ['British Virgin Islands', 'VG'],
  ['Moldova', 'MD'],
  // The 2023 sheet of the LPI workbook (International_LPI_from_2007_to_2023_0.xlsx) writes
  // Türkiye with its "ü" mangled into "C<" in the published file itself.
  ['TC<rkiye', 'TR'],
  // ITU DataHub entity names
  ['Central African Rep.', 'CF'],
  ['Dem. Rep. of the Congo', 'CD'],
  ['Congo (Rep. of the)', 'CG'],
  ['Dominican Rep.', 'DO'],
  ['Falkland (Malvinas) Is.', 'FK'],
  ['Korea (Rep. of)', 'KR'],
  ["Dem. People's Rep. of Korea", 'KP'],
  ['Lao P.D.R.', 'LA'],
  ['Nepal (Republic of)', 'NP'],
  ['Hong Kong, China', 'HK'],
  ['Macao, China', 'MO'],
  ['Micronesia', 'FM'],
  ['Iran (Islamic Republic of)', 'IR'],
  ['Bolivia (Plurinational State of)', 'BO'],
  ['Vatican', 'VA'],
  ['Virgin Islands (US)', 'VI'],
  // ISO 3166's English short name for CG is "Congo"; i18n-iso-countries gives it to CD as well.
  ['Congo', 'CG'],
  // Common English names merchants write
  ['Laos', 'LA'],
  ['Syria', 'SY'],
  ['Brunei', 'BN'],
  ['Burma', 'MM'],
  ['East Timor', 'TL'],
  ['Macau', 'MO'],
  ['Macedonia', 'MK'],
  ['Vatican City', 'VA'],
  ['Holy See', 'VA'],
  ['Republic of Moldova', 'MD'],
  ['Russia', 'RU'],
  ['Tanzania, United Republic of', 'TZ'],
  ['Democratic Republic of Congo', 'CD'],
  ['DR Congo', 'CD'],
  ['Republic of Congo', 'CG'],
];

/**
 * World Bank aggregates (regions, income and lending groups) as written in the WDI files: every
 * code whose Region is empty in the WDI country metadata (2017-02-01 vintage), plus the
 * aggregates added since (AFE, AFW) and INX ("Not classified").
 */
const WORLD_BANK_AGGREGATES: ReadonlySet<string> = new Set([
  'AFE', 'AFW', 'ARB', 'CEB', 'CSS', 'EAP', 'EAR', 'EAS', 'ECA', 'ECS', 'EMU', 'EUU', 'FCS', 'HIC',
  'HPC', 'IBD', 'IBT', 'IDA', 'IDB', 'IDX', 'INX', 'LAC', 'LCN', 'LDC', 'LIC', 'LMC', 'LMY', 'LTE',
  'MEA', 'MIC', 'MNA', 'NAC', 'OED', 'OSS', 'PRE', 'PSS', 'PST', 'SAS', 'SSA', 'SSF', 'SST', 'TEA',
  'TEC', 'TLA', 'TMN', 'TSA', 'TSS', 'UMC', 'WLD',
]);

/**
 * Names of aggregates for files that carry names only: the World Bank's group names and the ITU's
 * regions and development groups (ITU DataHub and the ITU Facts and Figures tables).
 */
const AGGREGATE_NAMES: readonly string[] = [
  'World', 'European Union', 'Euro area', 'Arab World', 'High income', 'Low income', 'Middle income',
  'Lower middle income', 'Upper middle income', 'Low & middle income', 'OECD members', 'North America',
  'South Asia', 'Sub-Saharan Africa', 'East Asia & Pacific', 'Europe & Central Asia',
  'Latin America & Caribbean', 'Middle East & North Africa', 'Small states', 'Not classified',
  'Africa', 'Americas', 'Arab States', 'Asia & Pacific', 'Asia-Pacific', 'CIS', 'Europe',
  'Developed', 'Developing', 'Developed countries', 'Developing countries', 'LDCs', 'LLDCs', 'SIDS',
  'Least developed countries', 'Landlocked developing countries', 'Small island developing states',
];

/**
 * Places a publisher reports on that have no ISO 3166-1 code of their own, so their values cannot
 * be kept under one country: keyed by the publisher's code and name.
 */
const WITHOUT_OWN_CODE: ReadonlyArray<{ code: string; name: string; why: string }> = [
  { code: 'CHI', name: 'Channel Islands', why: 'Jersey (JE) and Guernsey (GG) together (World Bank)' },
  { code: 'ASC', name: 'Ascension', why: 'part of Saint Helena, Ascension and Tristan da Cunha (SH); ITU reports St. Helena separately' },
];

/**
 * Compare names the way readers do: without accents, case, punctuation or a "the"; "&" reads "and"
 * and "St" reads "Saint".
 * @example normalizeCountryName("Côte d’Ivoire") // 'cote d ivoire'
 */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== 'the' && word !== '')
    .map((word) => (word === 'st' ? 'saint' : word))
    .join(' ');
}

const byName: ReadonlyMap<string, string> = buildNameIndex();
const aggregateNames: ReadonlySet<string> = new Set(AGGREGATE_NAMES.map(normalizeCountryName));

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const key = normalizeCountryName(name);
      const known = index.get(key);
      if (known !== undefined && known !== alpha2) ambiguous.add(key);
      else index.set(key, alpha2);
    }
  }
  // A name two countries share ("Congo") maps only where the alias table says which one.
  for (const key of ambiguous) index.delete(key);
  for (const [name, alpha2] of NAME_ALIASES) index.set(normalizeCountryName(name), alpha2);
  return index;
}

/**
 * The ISO 3166-1 alpha-2 code for an alpha-2 or alpha-3 code (any case), or a publisher's own code
 * for a country; null when the code names no country (aggregates such as WLD included).
 * @example countryFromCode('VNM') // 'VN'
 * @example countryFromCode('XKX') // 'XK' (Kosovo, World Bank)
 */
export function countryFromCode(code: string): string | null {
  const upper = code.trim().toUpperCase();
  const alias = CODE_ALIASES[upper];
  if (alias !== undefined) return alias;
  if (/^[A-Z]{2}$/.test(upper)) return countries.isValid(upper) ? upper : null;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? null;
  return null;
}

/**
 * The ISO 3166-1 alpha-2 code for an English country name as publishers write it ("Korea, Rep.",
 * "Viet Nam", "Côte d'Ivoire", "St. Lucia"); matching ignores case, accents and punctuation.
 * Null for names of no single country (aggregates, "Channel Islands") and unknown names.
 * @example countryFromName('Egypt, Arab Rep.') // 'EG'
 */
export function countryFromName(name: string): string | null {
  return byName.get(normalizeCountryName(name)) ?? null;
}

/**
 * Whether a World Bank code stands for a group of countries (region, income or lending group,
 * "World"), whose rows an importer skips.
 * @example isAggregateCode('WLD') // true
 */
export function isAggregateCode(code: string): boolean {
  return WORLD_BANK_AGGREGATES.has(code.trim().toUpperCase());
}

/**
 * Whether a name is that of a group of countries (World Bank groups, ITU regions), for files that
 * carry names only.
 * @example isAggregateName('Sub-Saharan Africa') // true
 */
export function isAggregateName(name: string): boolean {
  return aggregateNames.has(normalizeCountryName(name));
}

/**
 * Why a place has no country code of its own ("Channel Islands" is Jersey and Guernsey together),
 * found by the publisher's code or its name; undefined for every other key.
 * @example placeWithoutOwnCode('CHI', 'Channel Islands') // 'Jersey (JE) and Guernsey (GG) together (World Bank)'
 */
export function placeWithoutOwnCode(code: string, name: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const key = normalizeCountryName(name);
  const place = WITHOUT_OWN_CODE.find((p) => (upper !== '' && p.code === upper) || (key !== '' && normalizeCountryName(p.name) === key));
  return place === undefined ? undefined : `${place.name}: ${place.why}`;
}
