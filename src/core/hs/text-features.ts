import { expandAbbreviations, type HsAbbreviations } from './abbreviations.js';
import { expandSynonyms } from './expand-synonyms.js';
import { extractFeatures } from './extract-features.js';
import { headWord, tokenize } from './tokenize.js';
import type { HsSynonyms } from './types.js';

/**
 * Text -> weighted term counts, the one path used for nomenclature, examples and queries
 * (abbreviations are expanded in examples and queries: the nomenclature spells words out).
 */
export function textFeatures(text: string, synonyms: HsSynonyms, scale = 1, abbreviations?: HsAbbreviations): Map<string, number> {
  const tokens = tokenize(text);
  const counts = extractFeatures(expandSynonyms(abbreviations ? expandAbbreviations(tokens, abbreviations) : tokens, synonyms));
  if (scale !== 1) for (const [key, value] of counts) counts.set(key, value * scale);
  return counts;
}

/** Add `more` into `into` (summing counts of the same feature). */
export function mergeFeatures(into: Map<string, number>, more: ReadonlyMap<string, number>): Map<string, number> {
  for (const [key, value] of more) into.set(key, (into.get(key) ?? 0) + value);
  return into;
}

/** `{ h }`: the feature id of the text's head noun, or nothing when the index does not know it. */
export function headId(text: string, ids: ReadonlyMap<string, number>): { h?: number } {
  const head = headWord(text);
  const id = head === undefined ? undefined : ids.get(`w:${head}`);
  return id === undefined ? {} : { h: id };
}
