import { fail, ok, type Result } from '../result/result.js';
import { alignTokens, DEFAULT_ALIGN_PARAMS, type AlignParams, type AlignToken, type Alignment } from './align.js';
import { findCandidates, queryTokens, type QueryToken } from './candidates.js';
import { explainMatch, type ExplainContext } from './explain.js';
import { NAME_ALIAS, NAME_WEAK_ALIAS, type ScreeningIndex } from './index.js';
import { analyzeName, type NameAnalysis } from './normalize.js';
import { relateTokens } from './token-similarity.js';
import type { ListEntry, ScreeningDecision, ScreeningMatch, ScreeningOutcome, ScreeningQuery } from './types.js';
import { validateScreeningQuery, type ResolveCountry, type ValidScreeningQuery } from './validate-query.js';

/**
 * Decision thresholds, tuned on the labeled set (test/screening/labeled-names.json: 140 true
 * variants and 78 hard non-matches against the 62-entry fixture list). Every threshold from 0.75
 * to 0.80 gives the same result there (recall 0.986, false-positive rate 0.013): the highest
 * non-match scores 0.748 (apart from Zhang Xiaoping against Zhang Xiaoming, 0.911) and the
 * lowest variant found scores 0.800. 0.78 sits inside that gap with room on both sides.
 * From 0.92 a match is blocked rather than held: no non-match reaches it, and 82 % of the
 * variants do (the rest, mostly names missing a middle name or with a consonant typo, are held).
 */
export const DEFAULT_THRESHOLD = 0.78;
export const DEFAULT_MATCH_THRESHOLD = 0.92;
export const DEFAULT_LIMIT = 10;

/** A weak alias (the list's own low-quality a.k.a.) alone never blocks: its score is multiplied by this (1 -> 0.9). */
export const WEAK_ALIAS_FACTOR = 0.9;
/** A person against a company (or the other way round). */
export const TYPE_MISMATCH_FACTOR = 0.85;
/** The query's country is one the list ties to the entry: a nudge up, added. */
export const COUNTRY_MATCH_BONUS = 0.03;
/** The entry names countries and the query's is not among them: listed parties live abroad too, so a nudge down, multiplied. */
export const COUNTRY_MISMATCH_FACTOR = 0.9;

export type ScreenOptions = {
  /** Score from which a match is reported and the decision is potential_match. */
  threshold?: number;
  /** Score from which the decision is match. */
  matchThreshold?: number;
  /** Most matches returned, best first. */
  limit?: number;
  /** Reads an English country name into an ISO alpha-2 code (the core has no country-name table). */
  resolveCountry?: ResolveCountry;
  /** Scoring constants, for tuning. */
  align?: Partial<AlignParams>;
};

/**
 * Screen one name against the index. Candidates come from the index (shared tokens, sound keys,
 * prefixes); each is scored by token-set alignment (align.ts), then adjusted: weak alias down,
 * type mismatch down, country agreement up, disagreement down. One result per entry (its best
 * name). The decision is `match` from `matchThreshold`, `potential_match` from `threshold`,
 * else `clear` (and no matches are listed).
 * The query is checked at run time (validate-query.ts), so parsed JSON may be passed as it is:
 * VALIDATION_FAILED naming the field for an empty, letterless or over-long name, an unknown
 * type, a country that is not a code (or a name `resolveCountry` knows), or bad options.
 * Example: against `ROTENBERG, Igor Arkadyevich` (RU), { name: 'Igor Rotenberg', country: 'RU' } ->
 * potential_match, score 0.872, why ['2 of 3 name parts match', 'not in the query: Arkadyevich
 * (patronymic, middle name or second surname)', 'country matches RU'].
 */
export function screenName(index: ScreeningIndex, query: ScreeningQuery | unknown, options: ScreenOptions = {}): Result<ScreeningOutcome, 'VALIDATION_FAILED'> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const matchThreshold = options.matchThreshold ?? DEFAULT_MATCH_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!(threshold > 0 && threshold <= 1)) return fail('VALIDATION_FAILED', 'threshold must be above 0 and at most 1', { field: 'threshold' });
  if (!(matchThreshold >= threshold && matchThreshold <= 1)) return fail('VALIDATION_FAILED', 'matchThreshold must be between threshold and 1', { field: 'matchThreshold' });
  if (!Number.isInteger(limit) || limit < 1) return fail('VALIDATION_FAILED', 'limit must be a whole number of at least 1', { field: 'limit' });
  const valid = validateScreeningQuery(query, options.resolveCountry);
  if (!valid.ok) return valid;
  const params = { ...DEFAULT_ALIGN_PARAMS, ...options.align };

  const analysis = analyzeName(valid.value.name, { individual: valid.value.type === 'individual' });
  const tokens = queryTokens(index, analysis.tokens, analysis.optional);
  const scored = scoreCandidates(index, tokens, valid.value, params);
  const best = [...scored.values()].filter((s) => s.score >= threshold);
  best.sort((a, b) => b.score - a.score || compareEntries(index.entries[a.entry]!, index.entries[b.entry]!));
  const top = best.slice(0, limit);
  const matches = top.map((s) => describe(index, analysis, s));
  const decision: ScreeningDecision = top.length === 0 ? 'clear' : top[0]!.score >= matchThreshold ? 'match' : 'potential_match';
  return ok({ decision, matches });
}

type Scored = { entry: number; name: number; score: number; alignment: Alignment; context: ExplainContext };

function scoreCandidates(index: ScreeningIndex, tokens: readonly QueryToken[], query: ValidScreeningQuery, params: AlignParams): Map<number, Scored> {
  const memo = tokens.map(() => new Map<number, number>());
  const queryAlign: AlignToken[] = tokens.map((t) => ({ key: t.key, weight: t.weight, optional: t.optional }));
  const byEntry = new Map<number, Scored>();
  // One similarity function for all candidates (it reads `from` and `initials`), memoized per query token by list token id.
  let from = 0;
  let initials = true;
  const similarity = (q: number, l: number): number => {
    const id = index.nameTokens[from + l]!;
    // A single letter stands for a given name only in a person's name (SILVIA I is a ship, not Silvia Ivanova).
    if (!initials && tokens[q]!.id !== id && (tokens[q]!.key.length === 1 || index.tokenText[id]!.length === 1)) return 0;
    const cache = memo[q]!;
    let s = cache.get(id);
    if (s === undefined) {
      s = tokens[q]!.id === id ? 1 : relateTokens(tokens[q]!.key, index.tokenText[id]!).similarity;
      cache.set(id, s);
    }
    return s;
  };
  for (const name of findCandidates(index, tokens)) {
    from = index.nameTokenStart[name]!;
    const entryType = index.entries[index.nameEntry[name]!]!.type;
    initials = entryType === 'individual' || entryType === 'unknown';
    const to = index.nameTokenStart[name + 1]!;
    const list: AlignToken[] = [];
    for (let i = from; i < to; i++) {
      const id = index.nameTokens[i]!;
      list.push({ key: index.tokenText[id]!, weight: index.tokenWeight[id]!, optional: index.nameOptional[i] === 1 });
    }
    const alignment = alignTokens(queryAlign, list, similarity, params);
    if (alignment.score === 0) continue;
    const entryIndex = index.nameEntry[name]!;
    const entry = index.entries[entryIndex]!;
    const kind = index.nameKind[name];
    const context: ExplainContext = { alias: kind === NAME_WEAK_ALIAS ? 'weak' : kind === NAME_ALIAS ? 'strong' : 'primary' };
    let score = alignment.score;
    if (query.country !== undefined && entry.countries.length > 0) {
      if (entry.countries.includes(query.country)) {
        score = Math.min(1, score + COUNTRY_MATCH_BONUS);
        context.country = { kind: 'matches', code: query.country };
      } else {
        score *= COUNTRY_MISMATCH_FACTOR;
        context.country = { kind: 'differs', listed: entry.countries };
      }
    }
    // After the country's nudge, so that a weak alias stays below 0.92 whatever the country says.
    if (kind === NAME_WEAK_ALIAS) score *= WEAK_ALIAS_FACTOR;
    if (typesDiffer(query.type, entry.type)) {
      score *= TYPE_MISMATCH_FACTOR;
      context.typeDiffers = entry.type;
    }
    // Decide on the score as reported (three decimals), so a printed 0.920 is always a match.
    score = Math.round(score * 1000) / 1000;
    const previous = byEntry.get(entryIndex);
    if (!previous || score > previous.score) byEntry.set(entryIndex, { entry: entryIndex, name, score, alignment, context });
  }
  return byEntry;
}

function typesDiffer(queryType: ValidScreeningQuery['type'], entryType: ListEntry['type']): boolean {
  if (queryType === undefined || entryType === 'unknown') return false;
  return queryType === 'individual' ? entryType !== 'individual' : entryType === 'individual';
}

function describe(index: ScreeningIndex, query: NameAnalysis, scored: Scored): ScreeningMatch {
  const entry = index.entries[scored.entry]!;
  const matchedName = index.nameText[scored.name]!;
  const listed = analyzeName(matchedName, { individual: entry.type === 'individual' });
  return {
    list: entry.list,
    id: entry.id,
    name: entry.name,
    matchedName,
    score: scored.score,
    why: explainMatch(query, listed, scored.alignment, scored.context),
  };
}

function compareEntries(a: ListEntry, b: ListEntry): number {
  return a.list < b.list ? -1 : a.list > b.list ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
