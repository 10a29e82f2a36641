import { prepareNaiveBayes, type NaiveBayes } from './naive-bayes.js';
import { tokenize, negatedTokens } from './tokenize.js';
import type { HsIndex, SparseVector } from './types.js';

type Postings = ReadonlyArray<{ doc: number[]; w: number[] } | undefined>;

/** Lookup structures derived from an index: postings lists, word sets per code, label counts. */
export type PreparedHsIndex = {
  readonly ids: ReadonlyMap<string, number>;
  /** 1 where the feature is a character n-gram (`c:`), 0 for words and word pairs. */
  readonly charFeature: Uint8Array;
  /** Per feature: the documents holding it and the weight there. */
  readonly codePostings: Postings;
  readonly examplePostings: Postings;
  /** 1 where an entry of `index.examples` is a subheading description rather than a labeled example. */
  readonly descriptionExample: Uint8Array;
  /** Per code: the index in `index.examples` of its own description, or -1. */
  readonly descriptionOf: Int32Array;
  readonly codeByHs6: ReadonlyMap<string, number>;
  readonly codesByHeading: ReadonlyMap<string, readonly number[]>;
  /** Word feature ids of each code's own text, and of each heading's and chapter's title. */
  readonly ownWords: ReadonlyArray<ReadonlySet<number>>;
  readonly titleWords: ReadonlyMap<string, ReadonlySet<number>>;
  /** Word feature ids a code's own text or its heading negates ("not knitted", "other than cotton"). */
  readonly negatedWords: ReadonlyArray<ReadonlySet<number>>;
  /** Whether a code's own text names parts or accessories. */
  readonly partsCode: Uint8Array;
  /** Whether a code's own text or its heading's speaks of sets. */
  readonly setCode: Uint8Array;
  /** Whether a code's own text is residual ("Other", "n.e.c."). */
  readonly residualCode: Uint8Array;
  /** Weighted labeled-example counts per HS6 and per heading. */
  readonly count6: ReadonlyMap<string, number>;
  readonly count4: ReadonlyMap<string, number>;
  readonly logLargest6: number;
  readonly logLargest4: number;
  /** Naive Bayes over headings and over subheadings. */
  readonly nb4: NaiveBayes;
  readonly nb6: NaiveBayes;
};

// Derived data only: an index never changes, so remembering this changes no answer.
const prepared = new WeakMap<HsIndex, PreparedHsIndex>();

const PARTS = new Set(['part', 'accessory', 'component', 'spare']);
const SETS = new Set(['set', 'kit', 'outfit', 'assortment', 'hamper', 'bundle']);

export function isPartsWord(word: string): boolean {
  return PARTS.has(word);
}

/** Words that make goods a set (classified by the article that gives the set its essential character, or as a set where a subheading names sets). */
export function isSetWord(word: string): boolean {
  return SETS.has(word);
}

export function prepareIndex(index: HsIndex): PreparedHsIndex {
  const known = prepared.get(index);
  if (known) return known;
  const ids = new Map(index.features.map((key, i) => [key, i]));
  const charFeature = new Uint8Array(index.features.length);
  index.features.forEach((key, i) => {
    if (key.startsWith('c:')) charFeature[i] = 1;
  });
  const wordIds = (words: readonly string[]) => {
    const set = new Set<number>();
    for (const word of words) {
      const id = ids.get(`w:${word}`);
      if (id !== undefined) set.add(id);
    }
    return set;
  };

  const codeByHs6 = new Map<string, number>();
  const codesByHeading = new Map<string, number[]>();
  const ownWords: Array<Set<number>> = [];
  const negatedWords: Array<Set<number>> = [];
  const partsCode = new Uint8Array(index.codes.length);
  const residualCode = new Uint8Array(index.codes.length);
  const setCode = new Uint8Array(index.codes.length);
  index.codes.forEach((code, i) => {
    codeByHs6.set(code.hs6, i);
    const heading = code.hs6.slice(0, 4);
    const list = codesByHeading.get(heading);
    if (list) list.push(i);
    else codesByHeading.set(heading, [i]);
    const words = tokenize(code.description);
    ownWords.push(wordIds(words));
    negatedWords.push(wordIds([...negatedTokens(code.description), ...negatedTokens(index.titles[heading] ?? '')]));
    if (words.some(isPartsWord)) partsCode[i] = 1;
    if ([...words, ...tokenize(index.titles[heading] ?? '')].some(isSetWord)) setCode[i] = 1;
    if (/^other\b|n\.e\.c\.|not elsewhere/i.test(code.description)) residualCode[i] = 1;
  });
  const titleWords = new Map(Object.entries(index.titles).map(([code, title]) => [code, wordIds(tokenize(title))]));

  const descriptionExample = new Uint8Array(index.examples.length);
  const descriptionOf = new Int32Array(index.codes.length).fill(-1);
  const count6 = new Map<string, number>();
  const count4 = new Map<string, number>();
  index.examples.forEach((example, e) => {
    if (example.nomenclature) {
      descriptionExample[e] = 1;
      const c = codeByHs6.get(example.hs6);
      if (c !== undefined) descriptionOf[c] = e;
      return;
    }
    count6.set(example.hs6, (count6.get(example.hs6) ?? 0) + example.weight);
    const heading = example.hs6.slice(0, 4);
    count4.set(heading, (count4.get(heading) ?? 0) + example.weight);
  });

  const result: PreparedHsIndex = {
    ids,
    charFeature,
    codePostings: postings(index.codes, index.features.length),
    examplePostings: postings(index.examples, index.features.length),
    descriptionExample,
    descriptionOf,
    codeByHs6,
    codesByHeading,
    ownWords,
    titleWords,
    negatedWords,
    partsCode,
    setCode,
    residualCode,
    count6,
    count4,
    logLargest6: Math.log(1 + Math.max(1, ...count6.values())),
    logLargest4: Math.log(1 + Math.max(1, ...count4.values())),
    nb4: prepareNaiveBayes(index, 4, (id) => charFeature[id] === 0),
    nb6: prepareNaiveBayes(index, 6, (id) => charFeature[id] === 0),
  };
  prepared.set(index, result);
  return result;
}

/** Let `to` use what was prepared for `from`: the same index but for its ranker (which nothing here reads). */
export function sharePrepared(from: HsIndex, to: HsIndex): void {
  const known = prepared.get(from);
  if (known) prepared.set(to, known);
}

function postings(docs: readonly SparseVector[], features: number) {
  const lists: Array<{ doc: number[]; w: number[] } | undefined> = new Array(features);
  docs.forEach((vector, doc) => {
    for (let k = 0; k < vector.f.length; k++) {
      const id = vector.f[k]!;
      const list = (lists[id] ??= { doc: [], w: [] });
      list.doc.push(doc);
      list.w.push(vector.v[k]!);
    }
  });
  return lists;
}
