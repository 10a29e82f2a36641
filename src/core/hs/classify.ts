import { fail, ok, type Result } from '../result/result.js';
import { prepareIndex } from './prepare-index.js';
import { textFeatures } from './text-features.js';
import type { ClassifyOptions, HsCandidate, HsClassification, HsIndex } from './types.js';
import { vectorize } from './vectorize.js';

const DEFAULT_LIMIT = 5;
const DEFAULT_ABSTAIN_BELOW = 0.2;
/** Codes taken from the nomenclature similarity alone, besides those the examples name. */
const NOMENCLATURE_CANDIDATES = 40;
/** Headings whose every subheading becomes a candidate (the strongest by example vote). */
const HEADING_CANDIDATES = 3;

/**
 * Rank HS6 codes for a product text. Score per code = example vote (the nearest examples'
 * cosine similarity to a power, summed by HS6; each subheading's description votes as one more
 * example) + heading vote (the same summed per heading) + similarity to the code's nomenclature
 * text (subheading, heading and chapter) + a label-frequency prior. Confidence = softmax of the scores with the
 * index's temperature, beside a "none of these" option scored 0, so weak evidence everywhere
 * gives low confidence. Text over 2,000 characters is truncated.
 */
export function classify(text: string, index: HsIndex, options: ClassifyOptions = {}): Result<HsClassification, 'VALIDATION_FAILED'> {
  if (typeof text !== 'string' || text.trim() === '') return fail('VALIDATION_FAILED', 'text is empty', { field: 'text' });
  const limit = Number.isFinite(options.limit) ? Math.max(1, Math.floor(options.limit!)) : DEFAULT_LIMIT;
  const abstainBelow = options.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
  const p = index.params;
  const prep = prepareIndex(index);
  const query = vectorize(textFeatures(text, index.synonyms), prep.ids, index.idf);
  if (query.f.length === 0) return ok({ candidates: [], abstained: true });

  const codeSim = new Float64Array(index.codes.length);
  const exampleSim = new Float64Array(index.examples.length);
  for (let k = 0; k < query.f.length; k++) {
    const id = query.f[k]!;
    const q = query.v[k]!;
    const cp = prep.codePostings[id];
    if (cp) for (let j = 0; j < cp.doc.length; j++) codeSim[cp.doc[j]!]! += q * cp.w[j]!;
    const ep = prep.examplePostings[id];
    if (ep) for (let j = 0; j < ep.doc.length; j++) exampleSim[ep.doc[j]!]! += q * ep.w[j]!;
  }

  const neighbours = topIndices(exampleSim, p.neighbours);
  const vote = new Map<string, number>();
  const headingVote = new Map<string, number>();
  const voters = new Map<string, number[]>();
  for (const e of neighbours) {
    const example = index.examples[e]!;
    const s = exampleSim[e]! ** p.voteExponent * (example.nomenclature ? p.descriptionVoteWeight : example.weight);
    vote.set(example.hs6, (vote.get(example.hs6) ?? 0) + s);
    const heading = example.hs6.slice(0, 4);
    headingVote.set(heading, (headingVote.get(heading) ?? 0) + s);
    const list = voters.get(example.hs6);
    if (list) list.push(e);
    else voters.set(example.hs6, [e]);
  }

  const pool = new Set<string>(vote.keys());
  for (const c of topIndices(codeSim, NOMENCLATURE_CANDIDATES)) pool.add(index.codes[c]!.hs6);
  const strongHeadings = [...headingVote].sort((a, b) => b[1] - a[1]).slice(0, HEADING_CANDIDATES);
  for (const [heading] of strongHeadings) for (const c of prep.codesByHeading.get(heading) ?? []) pool.add(index.codes[c]!.hs6);

  const scored = [...pool].map((hs6) => {
    const c = prep.codeByHs6.get(hs6);
    const score =
      p.exampleWeight * (vote.get(hs6) ?? 0) +
      p.headingWeight * (headingVote.get(hs6.slice(0, 4)) ?? 0) +
      p.nomenclatureWeight * (c === undefined ? 0 : codeSim[c]!) +
      p.priorWeight * (prep.prior.get(hs6) ?? 0);
    return { hs6, score };
  });
  scored.sort((a, b) => b.score - a.score || (a.hs6 < b.hs6 ? -1 : 1));

  const top = scored[0]?.score ?? 0;
  const t = p.temperature;
  let total = Math.exp(-top / t); // "none of these", scored 0
  for (const s of scored) total += Math.exp((s.score - top) / t);
  const queryWords = new Set(query.f.filter((id) => index.features[id]!.startsWith('w:')));

  const candidates: HsCandidate[] = scored.slice(0, limit).map(({ hs6, score }) => {
    const c = prep.codeByHs6.get(hs6);
    const matched = new Set<number>();
    const look = (f: readonly number[]) => {
      for (const id of f) if (queryWords.has(id)) matched.add(id);
    };
    if (c !== undefined) look(index.codes[c]!.f);
    for (const e of voters.get(hs6) ?? []) look(index.examples[e]!.f);
    return {
      hs6,
      confidence: Math.min(1, Math.max(0, (p.confidenceScale * Math.exp((score - top) / t)) / total)),
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

/** Indices of the `n` largest positive values, largest first. */
function topIndices(values: Float64Array, n: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0) continue;
    if (picked.length < n) {
      picked.push(i);
      if (picked.length === n) picked.sort((a, b) => values[b]! - values[a]!);
    } else if (v > values[picked[n - 1]!]!) {
      let j = n - 1;
      while (j > 0 && values[picked[j - 1]!]! < v) {
        picked[j] = picked[j - 1]!;
        j--;
      }
      picked[j] = i;
    }
  }
  if (picked.length < n) picked.sort((a, b) => values[b]! - values[a]!);
  return picked;
}
