/**
 * Abbreviations as retailers write them on labels and parcels ("glss", "nrshng", "crystl",
 * "plmp"): a word written without its vowels is matched to the most common known word with the
 * same consonant skeleton (first letter kept, later vowels dropped, doubled letters collapsed).
 * The abbreviation stays beside its expansion, so a wrong guess only adds a word.
 */
export type HsAbbreviations = Readonly<Record<string, string>>;

const VOWELS = /[aeiou]/g;

/** "gloss" -> "gls", "nourishing" -> "nrshng", "crystal" -> "crystl". */
export function consonantSkeleton(word: string): string {
  const rest = word.slice(1).replace(VOWELS, '');
  return (word[0]! + rest).replace(/(.)\1+/g, '$1');
}

/** A token that reads like an abbreviation: three or more plain letters, no vowel after the first. */
export function looksAbbreviated(token: string): boolean {
  return token.length >= 3 && /^[a-z]+$/.test(token) && !/[aeiou]/.test(token.slice(1));
}

/**
 * Skeleton -> the most frequent word with it, over words that are not abbreviations themselves.
 * `frequency` counts documents per word; ties go to the alphabetically first word.
 */
export function buildAbbreviations(frequency: ReadonlyMap<string, number>): HsAbbreviations {
  const best = new Map<string, [string, number]>();
  for (const [word, n] of frequency) {
    if (word.length < 3 || !/^[a-z]+$/.test(word) || looksAbbreviated(word)) continue;
    const key = consonantSkeleton(word);
    if (key.length < 3) continue;
    const known = best.get(key);
    if (!known || n > known[1] || (n === known[1] && word < known[0])) best.set(key, [word, n]);
  }
  return Object.fromEntries([...best].map(([key, [word]]) => [key, word]));
}

/** Tokens with the expansion of each abbreviation-like one added after it. */
export function expandAbbreviations(tokens: readonly string[], table: HsAbbreviations): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    if (!looksAbbreviated(token)) continue;
    const word = table[consonantSkeleton(token)];
    if (word !== undefined && word !== token) out.push(word);
  }
  return out;
}
