import { naiveBayesPosterior, type NaiveBayes } from './naive-bayes.js';
import { isPartsWord, isSetWord, type PreparedHsIndex } from './prepare-index.js';
import type { HsIndex, SparseVector } from './types.js';

/**
 * What the ranker sees of each candidate code, by name (a saved ranker names the features it was
 * trained on, so adding one here leaves older models working: it gets weight 0 there).
 */
export const RANK_FEATURES = [
  'vote6', // the nearest labeled examples of this code: sum of similarity^exponent x weight
  'max6', // the best similarity of a labeled example of this code
  'vote4', // the vote summed over the code's heading
  'max4',
  'vote2', // the vote summed over the code's chapter
  'wordSim', // cosine to the code's nomenclature document (its text, heading and chapter): words and pairs
  'charSim', // the same, character n-grams (misspellings, truncations)
  'headingSim', // the best nomenclature cosine of any code in the heading
  'descSim', // cosine to the subheading's own description ("Other" ones read with their heading)
  'ownCover', // share (by idf) of the query's words found in the subheading's own text
  'headingCover', // ... in the heading's title
  'chapterCover', // ... in the chapter's title
  'negated', // share of the query's words that the subheading or heading negates ("not knitted")
  'prior6', // log(1 + labeled examples of the code), scaled to [0, 1]
  'prior4', // the same for the heading
  'seen', // 1 when the code has labeled examples
  'partsBoth', // the query and the code both name parts or accessories
  'partsCodeOnly', // the code is for parts, the query does not say so
  'partsQueryOnly', // the query names parts, the code is not for parts
  'residual', // the code is residual ("Other", "n.e.c.")
  'headOwn', // the query's head noun (or a synonym of it) is in the subheading's own text
  'headTitle', // ... in the heading's title
  'headChapter', // ... in the chapter's title
  'headVote6', // the vote of the nearest examples of this code that share the query's head noun
  'headVote4', // the same summed over the heading
  'nb6', // naive Bayes posterior of the subheading (words and word pairs)
  'nb4', // ... of the heading
  'nbLog6', // their logarithms, scaled
  'nbLog4',
  'setsBoth', // the query names a set or kit and the subheading's text speaks of sets
  'setsQueryOnly', // the query names a set or kit, the subheading does not speak of sets
] as const;

export const FEATURE_COUNT = RANK_FEATURES.length;

export type Candidates = {
  readonly hs6: readonly string[];
  /** Row-major: candidate i's features are x[i * FEATURE_COUNT ...]. */
  readonly x: Float64Array;
  /** The nearest labeled examples per code (indices into `index.examples`). */
  readonly voters: ReadonlyMap<string, readonly number[]>;
};

/**
 * Gather candidate codes for a query and describe each by `RANK_FEATURES`: codes of the nearest
 * labeled examples, the codes most similar by nomenclature text, and every subheading of the
 * headings the examples favour. `leaveOut` drops one labeled example (its vote and its count),
 * so the ranker can be trained on the examples the index holds.
 */
export function candidateFeatures(query: SparseVector & { readonly h?: number }, index: HsIndex, prep: PreparedHsIndex, leaveOut: readonly number[] = []): Candidates {
  const p = index.params;
  const wordSim = new Float64Array(index.codes.length);
  const charSim = new Float64Array(index.codes.length);
  const exampleSim = new Float64Array(index.examples.length);
  let queryWordIdf = 0;
  const queryWords: number[] = [];
  let queryParts = 0;
  let querySet = 0;
  for (let k = 0; k < query.f.length; k++) {
    const id = query.f[k]!;
    const q = query.v[k]!;
    const isChar = prep.charFeature[id] === 1;
    const cp = prep.codePostings[id];
    if (cp) {
      const into = isChar ? charSim : wordSim;
      for (let j = 0; j < cp.doc.length; j++) into[cp.doc[j]!]! += q * cp.w[j]!;
    }
    const ep = prep.examplePostings[id];
    if (ep) for (let j = 0; j < ep.doc.length; j++) exampleSim[ep.doc[j]!]! += q * ep.w[j]!;
    const key = index.features[id]!;
    if (key.startsWith('w:')) {
      queryWords.push(id);
      queryWordIdf += index.idf[id]!;
      if (isPartsWord(key.slice(2))) queryParts = 1;
      if (isSetWord(key.slice(2))) querySet = 1;
    }
  }

  const descriptionSim = (c: number) => (prep.descriptionOf[c]! >= 0 ? exampleSim[prep.descriptionOf[c]!]! : 0);
  for (const e of leaveOut) exampleSim[e] = 0;
  const neighbours = topIndices(exampleSim, p.neighbours, prep.descriptionExample);
  const vote6 = new Map<string, number>();
  const max6 = new Map<string, number>();
  const vote4 = new Map<string, number>();
  const max4 = new Map<string, number>();
  const vote2 = new Map<string, number>();
  const voters = new Map<string, number[]>();
  const headVote6 = new Map<string, number>();
  const headVote4 = new Map<string, number>();
  const head = query.h;
  const headIds = head === undefined ? [] : [head, ...(index.synonyms[index.features[head]!.slice(2)] ?? []).flatMap((word) => prep.ids.get(`w:${word}`) ?? [])];
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  const max = (map: Map<string, number>, key: string, value: number) => map.set(key, Math.max(map.get(key) ?? 0, value));
  for (const e of neighbours) {
    const example = index.examples[e]!;
    const sim = exampleSim[e]!;
    const s = sim ** p.voteExponent * example.weight;
    const hs6 = example.hs6;
    add(vote6, hs6, s);
    add(vote4, hs6.slice(0, 4), s);
    add(vote2, hs6.slice(0, 2), s);
    max(max6, hs6, sim);
    max(max4, hs6.slice(0, 4), sim);
    if (head !== undefined && example.h === head) {
      add(headVote6, hs6, s);
      add(headVote4, hs6.slice(0, 4), s);
    }
    const list = voters.get(hs6);
    if (list) list.push(e);
    else voters.set(hs6, [e]);
  }

  const isWord = (id: number) => prep.charFeature[id] === 0;
  const wordFeatures = query.f.filter(isWord);
  const left = leaveOut.map((e) => index.examples[e]!);
  const nb6 = naiveBayesPosterior(prep.nb6, wordFeatures, isWord, left);
  const nb4 = naiveBayesPosterior(prep.nb4, wordFeatures, isWord, left);
  const posterior = (nb: NaiveBayes, p: Float64Array, key: string) => {
    const c = nb.classOf.get(key);
    return c === undefined ? 0 : p[c]!;
  };

  const codeSim = new Float64Array(index.codes.length);
  const headingSim = new Map<string, number>();
  for (let c = 0; c < codeSim.length; c++) {
    const s = wordSim[c]! + charSim[c]!;
    codeSim[c] = s;
    if (s > 0) max(headingSim, index.codes[c]!.hs6.slice(0, 4), s);
  }
  const pool = new Set<string>(vote6.keys());
  for (const c of topIndices(codeSim, p.nomenclatureCandidates)) pool.add(index.codes[c]!.hs6);
  const strongHeadings = [...vote4].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, p.headingCandidates);
  for (const [heading] of strongHeadings) for (const c of prep.codesByHeading.get(heading) ?? []) pool.add(index.codes[c]!.hs6);
  for (const c of topIndices(nb6, p.nomenclatureCandidates / 4)) pool.add(prep.nb6.classes[c]!);

  const count6 = (hs6: string) => left.reduce((n, e) => n - (e.hs6 === hs6 ? e.weight : 0), prep.count6.get(hs6) ?? 0);
  const count4 = (heading: string) => left.reduce((n, e) => n - (e.hs6.startsWith(heading) ? e.weight : 0), prep.count4.get(heading) ?? 0);
  const cover = (words: ReadonlySet<number> | undefined) => {
    if (!words || queryWordIdf === 0) return 0;
    let found = 0;
    for (const id of queryWords) if (words.has(id)) found += index.idf[id]!;
    return found / queryWordIdf;
  };

  const hasHead = (words: ReadonlySet<number> | undefined) => (words && headIds.some((id) => words.has(id)) ? 1 : 0);

  const hs6List = [...pool].sort();
  const x = new Float64Array(hs6List.length * FEATURE_COUNT);
  hs6List.forEach((hs6, i) => {
    const c = prep.codeByHs6.get(hs6);
    const heading = hs6.slice(0, 4);
    const n6 = Math.max(0, count6(hs6));
    const parts = c === undefined ? 0 : prep.partsCode[c]!;
    const row = [
      vote6.get(hs6) ?? 0,
      max6.get(hs6) ?? 0,
      vote4.get(heading) ?? 0,
      max4.get(heading) ?? 0,
      vote2.get(hs6.slice(0, 2)) ?? 0,
      c === undefined ? 0 : wordSim[c]!,
      c === undefined ? 0 : charSim[c]!,
      headingSim.get(heading) ?? 0,
      c === undefined ? 0 : descriptionSim(c),
      c === undefined ? 0 : cover(prep.ownWords[c]),
      cover(prep.titleWords.get(heading)),
      cover(prep.titleWords.get(hs6.slice(0, 2))),
      c === undefined ? 0 : cover(prep.negatedWords[c]),
      Math.log(1 + n6) / prep.logLargest6,
      Math.log(1 + Math.max(0, count4(heading))) / prep.logLargest4,
      n6 > 0 ? 1 : 0,
      queryParts * parts,
      (1 - queryParts) * parts,
      queryParts * (1 - parts),
      c === undefined ? 0 : prep.residualCode[c]!,
      c === undefined ? 0 : hasHead(prep.ownWords[c]),
      hasHead(prep.titleWords.get(heading)),
      hasHead(prep.titleWords.get(hs6.slice(0, 2))),
      headVote6.get(hs6) ?? 0,
      headVote4.get(heading) ?? 0,
      posterior(prep.nb6, nb6, hs6),
      posterior(prep.nb4, nb4, heading),
      Math.log(1e-6 + posterior(prep.nb6, nb6, hs6)) / 10,
      Math.log(1e-6 + posterior(prep.nb4, nb4, heading)) / 10,
      c === undefined ? 0 : querySet * prep.setCode[c]!,
      c === undefined ? querySet : querySet * (1 - prep.setCode[c]!),
    ];
    x.set(row, i * FEATURE_COUNT);
  });
  return { hs6: hs6List, x, voters };
}

/** Indices of the `n` largest positive values, largest first (ties: lower index first); `skip` marks indices left out. */
export function topIndices(values: Float64Array, n: number, skip?: Uint8Array): number[] {
  const picked: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0 || skip?.[i] === 1) continue;
    if (picked.length < n) {
      picked.push(i);
      if (picked.length === n) picked.sort((a, b) => values[b]! - values[a]! || a - b);
    } else if (v > values[picked[n - 1]!]!) {
      let j = n - 1;
      while (j > 0 && values[picked[j - 1]!]! < v) {
        picked[j] = picked[j - 1]!;
        j--;
      }
      picked[j] = i;
    }
  }
  if (picked.length < n) picked.sort((a, b) => values[b]! - values[a]! || a - b);
  return picked;
}
