/** Relative weight of each kind of feature before inverse document frequency. */
const WORD = 1;
const BIGRAM = 0.6;
const CHAR = 0.25;
const CHAR_SIZES = [3, 4];

/**
 * Tokens -> term counts: words (`w:`), adjacent word pairs (`b:`) and character 3- and 4-grams of each
 * word with boundary marks (`c:`), which match misspellings, truncations and abbreviations.
 */
export function extractFeatures(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, weight: number) => counts.set(key, (counts.get(key) ?? 0) + weight);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    add(`w:${token}`, WORD);
    const next = tokens[i + 1];
    if (next !== undefined) add(`b:${token} ${next}`, BIGRAM);
    const marked = `#${token}#`;
    const chars = [...marked];
    if (chars.length < 5) continue;
    for (const n of CHAR_SIZES) for (let j = 0; j + n <= chars.length; j++) add(`c:${chars.slice(j, j + n).join('')}`, CHAR);
  }
  return counts;
}
