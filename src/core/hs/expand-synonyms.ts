import type { HsSynonyms } from './types.js';

/**
 * Add the synonyms of each token, and of each adjacent pair of tokens ("phone case"), after it.
 * The original tokens stay, so a synonym can only add evidence.
 */
export function expandSynonyms(tokens: readonly string[], synonyms: HsSynonyms): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    out.push(token);
    const single = synonyms[token];
    if (single) out.push(...single);
    const next = tokens[i + 1];
    if (next !== undefined) {
      const pair = synonyms[`${token} ${next}`];
      if (pair) out.push(...pair);
    }
  }
  return out;
}
