import { fail, ok, type Result } from '../result/result.js';
import { candidateFeatures } from './candidate-features.js';
import { prepareIndex } from './prepare-index.js';
import { scoreCandidates } from './ranker.js';
import { headId, textFeatures } from './text-features.js';
import type { ClassifyOptions, HsCandidate, HsClassification, HsIndex } from './types.js';
import { vectorize } from './vectorize.js';

const DEFAULT_LIMIT = 5;
const DEFAULT_ABSTAIN_BELOW = 0.2;

/**
 * Rank HS6 codes for a product text. Candidates come from the nearest labeled examples, the
 * nomenclature text and the headings the examples favour (`candidateFeatures`); the index's
 * ranker scores each from its features, and confidence is the softmax of the scores beside a
 * "none of these" option, so weak evidence everywhere gives low confidence. Text over 2,000
 * characters is truncated.
 */
export function classify(text: string, index: HsIndex, options: ClassifyOptions = {}): Result<HsClassification, 'VALIDATION_FAILED'> {
  if (typeof text !== 'string' || text.trim() === '') return fail('VALIDATION_FAILED', 'text is empty', { field: 'text' });
  const limit = Number.isFinite(options.limit) ? Math.max(1, Math.floor(options.limit!)) : DEFAULT_LIMIT;
  const abstainBelow = options.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
  const prep = prepareIndex(index);
  const query = vectorize(textFeatures(text, index.synonyms, 1, index.abbreviations), prep.ids, index.idf);
  if (query.f.length === 0) return ok({ candidates: [], abstained: true });

  const pool = candidateFeatures({ ...query, ...headId(text, prep.ids) }, index, prep);
  const scores = scoreCandidates(pool, index.ranker);
  const order = pool.hs6.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || (pool.hs6[a]! < pool.hs6[b]! ? -1 : 1));
  const top = Math.max(index.ranker.none, scores[order[0]!] ?? -Infinity);
  let total = Math.exp(index.ranker.none - top);
  for (const s of scores) total += Math.exp(s - top);
  const queryWords = new Set(query.f.filter((id) => index.features[id]!.startsWith('w:')));

  const candidates: HsCandidate[] = order.slice(0, limit).map((i) => {
    const hs6 = pool.hs6[i]!;
    const c = prep.codeByHs6.get(hs6);
    const matched = new Set<number>();
    const look = (f: readonly number[]) => {
      for (const id of f) if (queryWords.has(id)) matched.add(id);
    };
    if (c !== undefined) look(index.codes[c]!.f);
    for (const e of pool.voters.get(hs6) ?? []) look(index.examples[e]!.f);
    return {
      hs6,
      confidence: Math.round((Math.exp(scores[i]! - top) / total) * 1e4) / 1e4,
      heading: hs6.slice(0, 4),
      chapter: hs6.slice(0, 2),
      description: describe(index, hs6, c),
      matchedTerms: [...matched].sort((a, b) => a - b).map((id) => index.features[id]!.slice(2)),
    };
  });
  const best = candidates[0]?.confidence ?? 0;
  return ok({ candidates, abstained: candidates.length === 0 || best < abstainBelow });
}

function describe(index: HsIndex, hs6: string, c: number | undefined): string {
  const own = c === undefined ? undefined : index.codes[c]!.description;
  const heading = index.titles[hs6.slice(0, 4)];
  if (own && heading && /^other\b/i.test(own)) return `${heading}: ${own}`;
  return own ?? heading ?? hs6;
}
