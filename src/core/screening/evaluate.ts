import { screenName, type ScreenOptions } from './match.js';
import type { ScreeningIndex } from './index.js';
import type { ScreeningDecision, ScreeningQuery } from './types.js';

/**
 * A labeled screening query. `variant`: the query names `target` (another spelling, order,
 * script, legal form, a typo, a missing middle name, initials). `non_match`: the query is no
 * listed party, though it may share words with one; `target` is null.
 */
export type LabeledQuery = {
  query: ScreeningQuery;
  target: { list: string; id: string } | null;
  kind: 'variant' | 'non_match';
  /** The kind of variant or of near miss (`word-order`, `typo`, `same-surname` ...), for the breakdown. */
  category?: string;
  why: string;
};

export type KindSummary = { count: number; passed: number; rate: number | null };

export type EvaluationFailure = {
  query: ScreeningQuery;
  kind: LabeledQuery['kind'];
  category?: string;
  why: string;
  decision: ScreeningDecision | 'invalid';
  /** Variants: the target's score when it was found at all (below the threshold it is not). Non-matches: the top match. */
  detail: string;
};

export type ScreeningEvaluation = {
  /** Share of variants decided potential_match or match with their target among the matches. */
  recall: number | null;
  /** Share of non-matches not decided clear. */
  falsePositiveRate: number | null;
  /** Share of variants decided match (blocked outright). */
  matchRate: number | null;
  byKind: { variant: KindSummary; non_match: KindSummary };
  byCategory: Record<string, KindSummary & { kind: LabeledQuery['kind'] }>;
  failures: EvaluationFailure[];
};

/**
 * Screen every labeled query and measure recall and false-positive rate at the options'
 * thresholds. A variant passes when the decision is potential_match or match and its target
 * is among the returned matches; a non-match passes when the decision is clear.
 */
export function evaluateScreening(index: ScreeningIndex, labeled: readonly LabeledQuery[], options: ScreenOptions = {}): ScreeningEvaluation {
  const byKind = { variant: summary(), non_match: summary() };
  const byCategory: ScreeningEvaluation['byCategory'] = {};
  const failures: EvaluationFailure[] = [];
  let blocked = 0;
  for (const item of labeled) {
    const result = screenName(index, item.query, options);
    let pass = false;
    let decision: EvaluationFailure['decision'] = 'invalid';
    let detail = result.ok ? '' : `${result.code} ${result.field ?? ''}: ${result.message}`;
    if (result.ok) {
      decision = result.value.decision;
      const top = result.value.matches[0];
      if (item.kind === 'variant') {
        const hit = item.target ? result.value.matches.find((m) => m.list === item.target!.list && m.id === item.target!.id) : undefined;
        pass = decision !== 'clear' && hit !== undefined;
        if (pass && decision === 'match') blocked += 1;
        detail = hit ? `target scored ${hit.score}: ${hit.why.join('; ')}` : top ? `target not found; top ${top.id} ${top.score}` : 'nothing above the threshold';
      } else {
        pass = decision === 'clear';
        detail = top ? `top ${top.id} (${top.matchedName}) ${top.score}: ${top.why.join('; ')}` : '';
      }
    }
    const kindSummary = byKind[item.kind];
    kindSummary.count += 1;
    if (pass) kindSummary.passed += 1;
    const category = item.category ?? item.kind;
    const cat = (byCategory[category] ??= { ...summary(), kind: item.kind });
    cat.count += 1;
    if (pass) cat.passed += 1;
    if (!pass) failures.push({ query: item.query, kind: item.kind, ...(item.category ? { category: item.category } : {}), why: item.why, decision, detail });
  }
  for (const s of [byKind.variant, byKind.non_match, ...Object.values(byCategory)]) s.rate = s.count > 0 ? s.passed / s.count : null;
  const variants = byKind.variant;
  const nonMatches = byKind.non_match;
  return {
    recall: variants.rate,
    falsePositiveRate: nonMatches.count > 0 ? (nonMatches.count - nonMatches.passed) / nonMatches.count : null,
    matchRate: variants.count > 0 ? blocked / variants.count : null,
    byKind,
    byCategory,
    failures,
  };
}

function summary(): KindSummary {
  return { count: 0, passed: 0, rate: null };
}
