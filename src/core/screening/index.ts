import { analyzeName } from './normalize.js';
import { phonetic } from './phonetic.js';
import { tokenWeight } from './token-weights.js';
import type { ListEntry } from './types.js';

/** Inverted lists in compressed-row form: the names holding key k are `names[start[k] .. start[k+1])`, ascending. */
export type Postings = { readonly start: Int32Array; readonly names: Int32Array };

/** How a name stands on its entry. */
export const NAME_PRIMARY = 0;
export const NAME_ALIAS = 1;
export const NAME_WEAK_ALIAS = 2;

/**
 * Everything screening needs, built once per set of lists. Names (primary names and aliases) are
 * numbered; their tokens, flags and the three inverted lists (by token, by sound key, by the first
 * four letters of tokens of five letters or more) live in typed arrays. Treat it as read-only;
 * `scratch` is working memory that `screenName` reuses between queries.
 */
export type ScreeningIndex = {
  readonly entries: readonly ListEntry[];
  readonly nameCount: number;
  readonly nameEntry: Int32Array;
  /** NAME_PRIMARY, NAME_ALIAS or NAME_WEAK_ALIAS. */
  readonly nameKind: Uint8Array;
  readonly nameText: readonly string[];
  /** The tokens of name n are `nameTokens[nameTokenStart[n] .. nameTokenStart[n+1])`. */
  readonly nameTokenStart: Int32Array;
  readonly nameTokens: Int32Array;
  /** 1 where the token may be left out by a variant (patronymic, a person's middle name or second surname). */
  readonly nameOptional: Uint8Array;
  readonly tokenIds: ReadonlyMap<string, number>;
  readonly tokenText: readonly string[];
  readonly tokenWeight: Float64Array;
  readonly tokenPostings: Postings;
  readonly phoneticIds: ReadonlyMap<string, number>;
  readonly phoneticPostings: Postings;
  readonly prefixIds: ReadonlyMap<string, number>;
  readonly prefixPostings: Postings;
  readonly scratch: IndexScratch;
};

export type IndexScratch = { rough: Float64Array; stamp: Int32Array; touched: Int32Array; nextStamp: number };

/** Tokens of at least this length are also looked up by their first PREFIX_LENGTH letters. */
export const PREFIX_LENGTH = 4;
export const MIN_PREFIXED_LENGTH = 5;

/** The prefix key of a token, or undefined when the token is too short to have one. */
export function prefixKey(token: string): string | undefined {
  return token.length >= MIN_PREFIXED_LENGTH ? token.slice(0, PREFIX_LENGTH) : undefined;
}

/**
 * Build the screening index over list entries. Each entry's primary name and aliases are
 * analyzed (normalize.ts); a name that analyzes to the same tokens as an earlier name of the same
 * entry is kept once (the primary name first, strong aliases before weak ones); a name with no
 * letters or digits is skipped; a person's one-word alias counts as weak. Token weights count entries, not names, so an entry with ten
 * spellings of its name does not make that name look common.
 * Cost: linear in the number of names; about 70,000 names take a few hundred milliseconds.
 */
export function buildScreeningIndex(entries: readonly ListEntry[]): ScreeningIndex {
  const tokenIds = new Map<string, number>();
  const tokenText: string[] = [];
  const entryFrequency: number[] = [];
  const nameEntry: number[] = [];
  const nameKind: number[] = [];
  const nameText: string[] = [];
  const nameTokenStart: number[] = [0];
  const nameTokens: number[] = [];
  const nameOptional: number[] = [];

  entries.forEach((entry, entryIndex) => {
    const individual = entry.type === 'individual';
    const seenNames = new Set<string>();
    const seenTokens = new Set<number>();
    const names = [
      { name: entry.name, kind: NAME_PRIMARY },
      ...entry.aliases.filter((a) => a.quality === 'strong').map((a) => ({ name: a.name, kind: NAME_ALIAS })),
      ...entry.aliases.filter((a) => a.quality === 'weak').map((a) => ({ name: a.name, kind: NAME_WEAK_ALIAS })),
    ];
    for (const { name, kind } of names) {
      const analysis = analyzeName(name, { individual });
      if (analysis.tokens.length === 0) continue;
      const signature = analysis.tokens.join(' ');
      if (seenNames.has(signature)) continue;
      seenNames.add(signature);
      // A one-word alias of a person (NOAH, OLGA) identifies no one: the lists themselves mark most such aliases weak.
      const nameKindHere = individual && kind === NAME_ALIAS && analysis.tokens.length === 1 ? NAME_WEAK_ALIAS : kind;
      analysis.tokens.forEach((token, i) => {
        let id = tokenIds.get(token);
        if (id === undefined) {
          id = tokenText.length;
          tokenIds.set(token, id);
          tokenText.push(token);
          entryFrequency.push(0);
        }
        if (!seenTokens.has(id)) {
          seenTokens.add(id);
          entryFrequency[id] = entryFrequency[id]! + 1;
        }
        nameTokens.push(id);
        nameOptional.push(analysis.optional[i] ? 1 : 0);
      });
      nameEntry.push(entryIndex);
      nameKind.push(nameKindHere);
      nameText.push(name);
      nameTokenStart.push(nameTokens.length);
    }
  });

  const nameCount = nameEntry.length;
  const weights = new Float64Array(tokenText.length);
  tokenText.forEach((token, id) => (weights[id] = tokenWeight(token, entryFrequency[id]!, entries.length)));

  const starts = Int32Array.from(nameTokenStart);
  const tokens = Int32Array.from(nameTokens);
  const phoneticIds = new Map<string, number>();
  const prefixIds = new Map<string, number>();
  const tokenPhonetic = new Int32Array(tokenText.length);
  const tokenPrefix = new Int32Array(tokenText.length).fill(-1);
  tokenText.forEach((token, id) => {
    tokenPhonetic[id] = internKey(phoneticIds, phonetic(token));
    const prefix = prefixKey(token);
    if (prefix !== undefined) tokenPrefix[id] = internKey(prefixIds, prefix);
  });

  return {
    entries,
    nameCount,
    nameEntry: Int32Array.from(nameEntry),
    nameKind: Uint8Array.from(nameKind),
    nameText,
    nameTokenStart: starts,
    nameTokens: tokens,
    nameOptional: Uint8Array.from(nameOptional),
    tokenIds,
    tokenText,
    tokenWeight: weights,
    tokenPostings: invert(starts, tokens, nameCount, tokenText.length, (t) => t),
    phoneticIds,
    phoneticPostings: invert(starts, tokens, nameCount, phoneticIds.size, (t) => tokenPhonetic[t]!),
    prefixIds,
    prefixPostings: invert(starts, tokens, nameCount, prefixIds.size, (t) => tokenPrefix[t]!),
    scratch: { rough: new Float64Array(nameCount), stamp: new Int32Array(nameCount), touched: new Int32Array(nameCount), nextStamp: 1 },
  };
}

function internKey(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** Names by key, each name at most once per key; `keyOf` maps a token id to a key id (or -1 for none). */
function invert(starts: Int32Array, tokens: Int32Array, nameCount: number, keyCount: number, keyOf: (token: number) => number): Postings {
  const count = new Int32Array(keyCount + 1);
  const last = new Int32Array(keyCount).fill(-1);
  for (let n = 0; n < nameCount; n++) {
    for (let i = starts[n]!; i < starts[n + 1]!; i++) {
      const k = keyOf(tokens[i]!);
      if (k < 0 || last[k] === n) continue;
      last[k] = n;
      count[k + 1] = count[k + 1]! + 1;
    }
  }
  for (let k = 0; k < keyCount; k++) count[k + 1] = count[k + 1]! + count[k]!;
  const names = new Int32Array(count[keyCount]!);
  const fill = count.slice(0, keyCount);
  last.fill(-1);
  for (let n = 0; n < nameCount; n++) {
    for (let i = starts[n]!; i < starts[n + 1]!; i++) {
      const k = keyOf(tokens[i]!);
      if (k < 0 || last[k] === n) continue;
      last[k] = n;
      names[fill[k]!] = n;
      fill[k] = fill[k]! + 1;
    }
  }
  return { start: count, names };
}
