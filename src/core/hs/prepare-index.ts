import type { HsIndex, SparseVector } from './types.js';

/** Lookup structures derived from an index: postings lists, feature ids, label counts. */
export type PreparedHsIndex = {
  readonly ids: ReadonlyMap<string, number>;
  /** Per feature: the documents holding it and the weight there. */
  readonly codePostings: ReadonlyArray<{ doc: number[]; w: number[] } | undefined>;
  readonly examplePostings: ReadonlyArray<{ doc: number[]; w: number[] } | undefined>;
  readonly codeByHs6: ReadonlyMap<string, number>;
  readonly codesByHeading: ReadonlyMap<string, readonly number[]>;
  /** log(1 + weighted example count) / log(1 + largest), per HS6. */
  readonly prior: ReadonlyMap<string, number>;
};

// Derived data only: an index never changes, so remembering this changes no answer.
const prepared = new WeakMap<HsIndex, PreparedHsIndex>();

export function prepareIndex(index: HsIndex): PreparedHsIndex {
  const known = prepared.get(index);
  if (known) return known;
  const ids = new Map(index.features.map((key, i) => [key, i]));
  const codeByHs6 = new Map<string, number>();
  const codesByHeading = new Map<string, number[]>();
  index.codes.forEach((code, i) => {
    codeByHs6.set(code.hs6, i);
    const heading = code.hs6.slice(0, 4);
    const list = codesByHeading.get(heading);
    if (list) list.push(i);
    else codesByHeading.set(heading, [i]);
  });
  const counts = new Map<string, number>();
  for (const example of index.examples) if (!example.nomenclature) counts.set(example.hs6, (counts.get(example.hs6) ?? 0) + example.weight);
  const largest = Math.log(1 + Math.max(1, ...counts.values()));
  const prior = new Map([...counts].map(([hs6, n]) => [hs6, Math.log(1 + n) / largest]));
  const result: PreparedHsIndex = {
    ids,
    codePostings: postings(index.codes, index.features.length),
    examplePostings: postings(index.examples, index.features.length),
    codeByHs6,
    codesByHeading,
    prior,
  };
  prepared.set(index, result);
  return result;
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
