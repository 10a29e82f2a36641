/**
 * Address screening: a delivery or billing address against the addresses the denied-party lists
 * publish for their entries (OFAC's address file, the CSL `addresses` column, the EU and UN address
 * records). Lists write an address as one free line ("Zweierstrasse 35, Zurich CH-8022,
 * Switzerland"), many only a city and country: those cannot single out a door and are not indexed.
 *
 * A listed address is a hit when, in the same country (when both say), the query's city is in it,
 * its house numbers include the query's, and most of the query's street words are in it; the
 * score is the share of the query's street words found. A hit is never a block on its own (a
 * building holds many tenants): the caller holds it for review.
 */
export type ListedAddress = { list: string; id: string; name: string; address: string; countries: readonly string[] };

export type AddressQuery = { lines: readonly string[]; city: string; postalCode?: string | null; region?: string | null; country: string };

export type AddressMatch = { list: string; id: string; name: string; address: string; score: number; why: string[] };

export type AddressIndex = {
  readonly addresses: ReadonlyArray<{ entry: ListedAddress; tokens: ReadonlySet<string>; numbers: ReadonlyMap<string, number> }>;
  /** Word -> positions in `addresses`, for the words of a city. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
};

/** Words that say what kind of street or unit, not which one. */
const GENERIC = new Set(
  'street st str strasse road rd avenue ave av avenida calle rue via viale boulevard blvd lane ln drive dr way place pl square sq building bldg floor fl flat apt apartment suite ste unit room no nr number office of the de la le el del di da do du des der den house block plot p o box po'.split(' '),
);

/** Lower case, accents dropped, every other mark a space; `Straße` is `strasse`, and a street's kind is cut off its name. */
export function addressTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // "35a" and "35-a" are the same door as "35 a"
    .replace(/(\d)([a-z])\b/g, '$1 $2');
  // German and Dutch street names end in their kind of street, written out or cut short:
  // Friedrichstraße, Friedrichstrasse and Friedrichstr. are all "friedrich".
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => t.replace(/^(\p{L}{3,}?)(?:strasse|str|straat|gasse|weg|laan|plein)$/u, '$1'));
}

/** Index the listed addresses that name more than a city and a country (at least two other words or a number). */
export function buildAddressIndex(entries: ReadonlyArray<{ list: string; id: string; name: string; addresses: readonly string[]; countries: readonly string[] }>): AddressIndex {
  const addresses: Array<{ entry: ListedAddress; tokens: ReadonlySet<string>; numbers: ReadonlyMap<string, number> }> = [];
  const byToken = new Map<string, number[]>();
  for (const e of entries) {
    for (const address of e.addresses) {
      const tokens = addressTokens(address);
      // A door needs more than "city, country": at least four words, one of them with a digit (a house number or postal code).
      if (tokens.length < 4 || !tokens.some((t) => /\d/.test(t))) continue;
      const at = addresses.length;
      const set = new Set(tokens);
      addresses.push({ entry: { list: e.list, id: e.id, name: e.name, address, countries: e.countries }, tokens: set, numbers: countNumbers(tokens) });
      for (const t of set) {
        const list = byToken.get(t);
        if (list) list.push(at);
        else byToken.set(t, [at]);
      }
    }
  }
  return { addresses, byToken };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function countNumbers(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) if (/\d/.test(t)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** The listed addresses the query's address may be, best first (at most 5). `minScore` 0.75 by default. */
export function screenAddress(index: AddressIndex, query: AddressQuery, options: { minScore?: number } = {}): AddressMatch[] {
  const minScore = options.minScore ?? 0.75;
  const city = addressTokens(query.city).filter((t) => !GENERIC.has(t));
  // The street line: the first with a house number and a word (a second line is mostly a floor or c/o).
  const lineTokens = query.lines.map((l) => addressTokens(l).filter((t) => !GENERIC.has(t)));
  const streetLine = lineTokens.find((ts) => ts.some((t) => /\d/.test(t)) && ts.some((t) => !/\d/.test(t) && t.length > 1)) ?? lineTokens.flat();
  const street = [...new Set(streetLine)];
  const numbers = countNumbers(streetLine);
  const words = street.filter((t) => !/\d/.test(t) && t.length > 1);
  if (city.length === 0 || words.length === 0 || numbers.size === 0) return [];
  // Candidates: the listed addresses holding the city's rarest word.
  const postings = city.map((t) => index.byToken.get(t) ?? []);
  const rarest = postings.reduce((a, b) => (b.length < a.length ? b : a));
  const out: AddressMatch[] = [];
  for (const at of rarest) {
    const { entry, tokens, numbers: listedNumbers } = index.addresses[at]!;
    if (entry.countries.length > 0 && !entry.countries.includes(query.country)) continue;
    if (!city.every((t) => tokens.has(t))) continue;
    // Every number of the street line, as often as it is written there (12N No. 17A-12 needs two 12s).
    if (![...numbers].every(([n, times]) => (listedNumbers.get(n) ?? 0) >= times)) continue;
    const found = words.filter((w) => tokens.has(w));
    const score = (found.length + numbers.size) / (words.length + numbers.size);
    if (found.length === 0 || score < minScore) continue;
    const postal = query.postalCode ? addressTokens(query.postalCode).every((t) => tokens.has(t)) : false;
    out.push({
      list: entry.list,
      id: entry.id,
      name: entry.name,
      address: entry.address,
      score: round3(postal ? Math.min(1, score + 0.05) : score),
      why: [`same city (${city.join(' ')})`, `house number ${[...numbers.keys()].join(' ')}`, `street words ${found.join(', ')} (${found.length} of ${words.length})`, ...(postal ? [`postal code ${query.postalCode}`] : [])],
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.list < b.list ? -1 : a.list > b.list ? 1 : a.id < b.id ? -1 : 1)).slice(0, 5);
}
