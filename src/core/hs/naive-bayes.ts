import type { HsIndex, HsIndexExample } from './types.js';

/**
 * A multinomial naive Bayes over word presence, with classes at one level of the hierarchy
 * (headings or subheadings), counted from the labeled examples (by weight) and the subheading
 * descriptions. It weighs each word by how much it says about a class, where the neighbour vote
 * only knows how rare a word is: "frozen" points at a few headings whatever else the text says.
 */
export type NaiveBayes = {
  readonly level: 4 | 6;
  readonly classes: readonly string[];
  readonly classOf: ReadonlyMap<string, number>;
  /** Per word feature: the classes holding it and the weighted count there. */
  readonly postings: ReadonlyArray<{ cls: number[]; n: number[] } | undefined>;
  /** Weighted word count and weighted document count per class. */
  readonly words: Float64Array;
  readonly docs: Float64Array;
  readonly vocabulary: number;
};

/** Laplace smoothing of word counts. */
const ALPHA = 0.1;

export function prepareNaiveBayes(index: HsIndex, level: 4 | 6, isWord: (id: number) => boolean): NaiveBayes {
  const classOf = new Map<string, number>();
  const classes: string[] = [];
  const key = (hs6: string) => hs6.slice(0, level);
  for (const code of index.codes) {
    const k = key(code.hs6);
    if (!classOf.has(k)) classOf.set(k, classes.push(k) - 1);
  }
  for (const example of index.examples) {
    const k = key(example.hs6);
    if (!classOf.has(k)) classOf.set(k, classes.push(k) - 1);
  }
  const counts = new Map<number, Map<number, number>>();
  const words = new Float64Array(classes.length);
  const docs = new Float64Array(classes.length);
  for (const example of index.examples) {
    const cls = classOf.get(key(example.hs6))!;
    const weight = example.nomenclature ? 1 : example.weight;
    docs[cls]! += weight;
    for (const id of example.f) {
      if (!isWord(id)) continue;
      words[cls]! += weight;
      let byClass = counts.get(id);
      if (!byClass) counts.set(id, (byClass = new Map()));
      byClass.set(cls, (byClass.get(cls) ?? 0) + weight);
    }
  }
  const postings: Array<{ cls: number[]; n: number[] } | undefined> = new Array(index.features.length);
  for (const [id, byClass] of counts) postings[id] = { cls: [...byClass.keys()], n: [...byClass.values()] };
  const vocabulary = new Set(counts.keys());
  return { level, classes, classOf, postings, words, docs, vocabulary: vocabulary.size };
}

/**
 * Posterior probability of each class for a query's word features. `leaveOut` removes labeled
 * examples from the counts (to train the ranker on examples the index holds).
 */
export function naiveBayesPosterior(nb: NaiveBayes, queryWords: readonly number[], isWord: (id: number) => boolean, leaveOut: readonly HsIndexExample[] = []): Float64Array {
  const n = nb.classes.length;
  const logp = new Float64Array(n);
  const docsOut = new Map<number, number>();
  const wordsOut = new Map<number, number>();
  const heldOut = new Map<string, number>();
  for (const example of leaveOut) {
    const c = nb.classOf.get(example.hs6.slice(0, nb.level))!;
    const words = example.f.filter(isWord);
    docsOut.set(c, (docsOut.get(c) ?? 0) + example.weight);
    wordsOut.set(c, (wordsOut.get(c) ?? 0) + words.length * example.weight);
    for (const id of words) heldOut.set(`${id} ${c}`, (heldOut.get(`${id} ${c}`) ?? 0) + example.weight);
  }
  // words only the left-out examples hold leave the vocabulary with them
  let vocabulary = nb.vocabulary;
  const leftWords = new Map<number, number>();
  for (const example of leaveOut) for (const id of example.f) if (isWord(id)) leftWords.set(id, (leftWords.get(id) ?? 0) + example.weight);
  for (const [id, weight] of leftWords) if ((nb.postings[id]?.n.reduce((a, b) => a + b, 0) ?? 0) - weight <= 0) vocabulary--;
  const q = queryWords.length;
  const logAlpha = Math.log(ALPHA);
  for (let c = 0; c < n; c++) {
    const docs = nb.docs[c]! - (docsOut.get(c) ?? 0);
    const words = nb.words[c]! - (wordsOut.get(c) ?? 0);
    logp[c] = Math.log(Math.max(0, docs) + 0.1) + q * (logAlpha - Math.log(Math.max(0, words) + ALPHA * vocabulary));
  }
  for (const id of queryWords) {
    const list = nb.postings[id];
    if (!list) continue;
    for (let j = 0; j < list.cls.length; j++) {
      const c = list.cls[j]!;
      const count = list.n[j]! - (leaveOut.length > 0 ? (heldOut.get(`${id} ${c}`) ?? 0) : 0);
      if (count > 0) logp[c]! += Math.log(count + ALPHA) - logAlpha;
    }
  }
  let top = -Infinity;
  for (let c = 0; c < n; c++) if (logp[c]! > top) top = logp[c]!;
  let total = 0;
  for (let c = 0; c < n; c++) total += logp[c] = Math.exp(logp[c]! - top);
  for (let c = 0; c < n; c++) logp[c]! /= total;
  return logp;
}
