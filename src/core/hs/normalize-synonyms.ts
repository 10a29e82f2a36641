import { tokenize } from './tokenize.js';
import type { HsSynonyms } from './types.js';

/**
 * Bring a hand-written synonym table into the form tokens take (normalized, plurals stemmed,
 * stopwords dropped), so it can be written naturally ("trainers", "T-shirts"). Keys that
 * normalize alike have their values merged; keys of more than two words are dropped.
 */
export function normalizeSynonyms(table: HsSynonyms): HsSynonyms {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(table)) {
    const words = tokenize(key);
    if (words.length === 0 || words.length > 2) continue;
    const normalized = words.join(' ');
    const list = (out[normalized] ??= []);
    for (const value of values) for (const word of tokenize(value)) if (!list.includes(word)) list.push(word);
  }
  return out;
}
