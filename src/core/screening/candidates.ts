import { prefixKey, type ScreeningIndex } from './index.js';
import { phonetic } from './phonetic.js';
import { tokenWeight } from './token-weights.js';

/** A query token with what the index knows of it. */
export type QueryToken = {
  key: string;
  /** The token's id in the index, or -1 when no listed name has it. */
  id: number;
  weight: number;
  optional: boolean;
};

/** How much a name is credited, per query token, for sharing the token, its sound key, or its first letters. */
const CREDIT_TOKEN = 1;
const CREDIT_SOUND = 0.8;
const CREDIT_PREFIX = 0.6;

/** Candidates scored in full per query; the rest are ranked too low by the shared-key credit to matter. */
export const MAX_CANDIDATES = 300;
/** A candidate must have at least this share of the best candidate's credit. */
const MIN_SHARE_OF_BEST = 0.2;

/** The query's tokens with their index ids and weights (a token no list has weighs as a rare one). */
export function queryTokens(index: ScreeningIndex, keys: readonly string[], optional: readonly boolean[]): QueryToken[] {
  return keys.map((key, i) => {
    const id = index.tokenIds.get(key) ?? -1;
    return { key, id, weight: id >= 0 ? index.tokenWeight[id]! : tokenWeight(key, 0, index.entries.length), optional: optional[i] === true };
  });
}

/**
 * Names worth scoring: every name sharing a token, a sound key (tokens of four letters or more)
 * or a four-letter prefix (tokens of five or more) with the query, each query token crediting a
 * name once with its weight times the best of those credits. The best MAX_CANDIDATES by credit
 * are returned (name numbers, best first).
 */
export function findCandidates(index: ScreeningIndex, tokens: readonly QueryToken[]): number[] {
  const { rough, stamp, touched } = index.scratch;
  // Each query token gets a new stamp; a name stamped before this query's first one is new to it.
  const firstMark = index.scratch.nextStamp;
  let touchedCount = 0;
  const credit = (names: Postings | undefined, key: number | undefined, amount: number, mark: number) => {
    if (names === undefined || key === undefined) return;
    for (let p = names.start[key]!; p < names.start[key + 1]!; p++) {
      const n = names.names[p]!;
      if (stamp[n] === mark) continue;
      if (stamp[n]! < firstMark) {
        rough[n] = 0;
        touched[touchedCount++] = n;
      }
      stamp[n] = mark;
      rough[n] = rough[n]! + amount;
    }
  };
  tokens.forEach((token) => {
    const mark = index.scratch.nextStamp++;
    credit(index.tokenPostings, token.id >= 0 ? token.id : undefined, token.weight * CREDIT_TOKEN, mark);
    if (/^(?:al|el)./.test(token.key) && token.key.length >= 5) credit(index.tokenPostings, index.tokenIds.get(token.key.slice(2)), token.weight * CREDIT_TOKEN, mark);
    if (token.key.length >= 4) credit(index.phoneticPostings, index.phoneticIds.get(phonetic(token.key)), token.weight * CREDIT_SOUND, mark);
    const prefix = prefixKey(token.key);
    if (prefix !== undefined) credit(index.prefixPostings, index.prefixIds.get(prefix), token.weight * CREDIT_PREFIX, mark);
  });
  // Stamps only grow; start again well before they could overflow.
  if (index.scratch.nextStamp > 2_000_000_000) {
    stamp.fill(0);
    index.scratch.nextStamp = 1;
  }
  let best = 0;
  for (let i = 0; i < touchedCount; i++) best = Math.max(best, rough[touched[i]!]!);
  const floor = best * MIN_SHARE_OF_BEST;
  const out: number[] = [];
  for (let i = 0; i < touchedCount; i++) if (rough[touched[i]!]! >= floor) out.push(touched[i]!);
  out.sort((a, b) => rough[b]! - rough[a]! || a - b);
  return out.length > MAX_CANDIDATES ? out.slice(0, MAX_CANDIDATES) : out;
}

type Postings = ScreeningIndex['tokenPostings'];
