/**
 * English country names (CLDR, through the runtime's Intl.DisplayNames) to ISO 3166-1 alpha-2
 * codes, in lower case, plus the names eBay's reports write that differ from CLDR's. Built once
 * from every two-letter code the runtime can name.
 */
function build(): Record<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: Record<string, string> = {};
  const A = 65;
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      const name = names.of(code);
      if (name && name !== code) out[name.toLowerCase()] = code;
    }
  }
  return { ...out, ...EBAY_NAMES };
}

/** Names in eBay's reports that CLDR words otherwise. */
const EBAY_NAMES: Record<string, string> = {
  'united states of america': 'US',
  usa: 'US',
  'great britain': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'korea, south': 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'czech republic': 'CZ',
  'hong kong': 'HK',
};

export const COUNTRY_BY_ENGLISH_NAME: Readonly<Record<string, string>> = Object.freeze(build());
