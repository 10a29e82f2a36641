import { phonetic } from './phonetic.js';
import { relateTokens } from './token-similarity.js';

/**
 * Token-set alignment of a query name against one listed name, order-insensitive.
 *
 * Each query token is paired with at most one list token and the other way round, best
 * similarities first (greedy); a token that two neighbouring tokens of the other name spell when
 * joined (`novikombank` ~ `novikom bank`, `gholamreza` ~ `gholam reza`, typos allowed) pairs with both. The score weighs every token by its rarity:
 *
 *   score = Σ similarity·w(pair) / (Σ w(pair) + Σ penalty(unpaired query tokens) + Σ penalty(unpaired list tokens))
 *
 * where a pair weighs what its list token weighs, and an unpaired token costs
 * w · min(1, w / RARE_WEIGHT) · (OPTIONAL_SHARE if it is optional, else 1): a missing rare word
 * costs all its weight, a missing common word ("oil", "trading") much less of it, and a missing
 * patronymic or middle name less again. So `Global Trading` against `Orient Global Trading`
 * scores low (the one distinctive word is missing) while `Igor Rotenberg` against
 * `Igor Arkadyevich Rotenberg` stays high.
 */
export type AlignToken = { key: string; weight: number; optional: boolean };

/**
 * `joined` marks the pairs of two neighbouring tokens that spell one token of the other name;
 * `share` is 1/2 for each of two query tokens that together spell one list token.
 */
export type AlignPair = { query: number; list: number; similarity: number; joined?: true; share?: number };

export type Alignment = {
  score: number;
  pairs: AlignPair[];
  unpairedQuery: number[];
  unpairedList: number[];
};

export type AlignParams = { rareWeight: number; optionalShare: number };

export const DEFAULT_ALIGN_PARAMS: AlignParams = { rareWeight: 9, optionalShare: 0.3 };

/** What leaving a token unpaired costs. */
export function missingPenalty(token: AlignToken, params: AlignParams): number {
  return token.weight * Math.min(1, token.weight / params.rareWeight) * (token.optional ? params.optionalShare : 1);
}

/**
 * Align and score. `similarity(i, j)` compares query token i with list token j (0 when they do
 * not pair); the caller memoizes it. Returns score 0 when nothing pairs.
 */
export function alignTokens(
  query: readonly AlignToken[],
  list: readonly AlignToken[],
  similarity: (q: number, l: number) => number,
  params: AlignParams = DEFAULT_ALIGN_PARAMS,
): Alignment {
  const queryUsed = new Array<boolean>(query.length).fill(false);
  const listUsed = new Array<boolean>(list.length).fill(false);
  const pairs: AlignPair[] = [];
  // Exact joins first (`o brien` ~ `obrien`), before an initial could claim half of one.
  joinNeighbours(query, list, queryUsed, listUsed, pairs, false, true);
  joinNeighbours(list, query, listUsed, queryUsed, pairs, true, true);
  const candidates: AlignPair[] = [];
  for (let q = 0; q < query.length; q++) {
    if (queryUsed[q]) continue;
    for (let l = 0; l < list.length; l++) {
      if (listUsed[l]) continue;
      const s = similarity(q, l);
      if (s > 0) candidates.push({ query: q, list: l, similarity: s });
    }
  }
  // Best first; among equals, keep reading order so that repeated tokens pair in order.
  candidates.sort((a, b) => b.similarity - a.similarity || a.query - b.query || a.list - b.list);
  for (const c of candidates) {
    if (queryUsed[c.query] || listUsed[c.list]) continue;
    queryUsed[c.query] = true;
    listUsed[c.list] = true;
    pairs.push(c);
  }
  joinNeighbours(query, list, queryUsed, listUsed, pairs, false, false);
  joinNeighbours(list, query, listUsed, queryUsed, pairs, true, false);

  let paired = 0;
  let weight = 0;
  for (const p of pairs) {
    const w = list[p.list]!.weight * (p.share ?? 1);
    paired += p.similarity * w;
    weight += w;
  }
  const unpairedQuery: number[] = [];
  const unpairedList: number[] = [];
  let missing = 0;
  query.forEach((t, i) => {
    if (queryUsed[i]) return;
    unpairedQuery.push(i);
    missing += missingPenalty(t, params);
  });
  list.forEach((t, i) => {
    if (listUsed[i]) return;
    unpairedList.push(i);
    missing += missingPenalty(t, params);
  });
  const score = paired > 0 ? paired / (weight + missing) : 0;
  return { score, pairs: pairs.sort((a, b) => a.query - b.query || a.list - b.list), unpairedQuery, unpairedList };
}

/**
 * Pair an unpaired token of `one` with two unpaired neighbouring tokens of `other` that spell it
 * when joined: exactly, or (when `exact` is false) with a typo that keeps the sound key
 * (`gholamreza` ~ `gulam reza`, but not `novikovbank` ~ `novikombank`).
 */
function joinNeighbours(one: readonly AlignToken[], other: readonly AlignToken[], oneUsed: boolean[], otherUsed: boolean[], pairs: AlignPair[], flipped: boolean, exact: boolean): void {
  for (let i = 0; i < one.length; i++) {
    if (oneUsed[i]) continue;
    for (let j = 0; j + 1 < other.length; j++) {
      if (otherUsed[j] || otherUsed[j + 1]) continue;
      const joined = other[j]!.key + other[j + 1]!.key;
      let similarity = joined === one[i]!.key ? 1 : 0;
      if (similarity === 0 && !exact) {
        const relation = relateTokens(one[i]!.key, joined);
        if ((relation.kind === 'typo' || relation.kind === 'sound') && phonetic(one[i]!.key) === phonetic(joined)) similarity = relation.similarity;
      }
      if (similarity === 0) continue;
      oneUsed[i] = true;
      otherUsed[j] = true;
      otherUsed[j + 1] = true;
      for (const k of [j, j + 1]) pairs.push(flipped ? { query: k, list: i, similarity, joined: true, share: 0.5 } : { query: i, list: k, similarity, joined: true });
      break;
    }
  }
}
