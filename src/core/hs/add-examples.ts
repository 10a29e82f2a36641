import { headId, textFeatures } from './text-features.js';
import type { HsExample, HsIndex, HsIndexExample } from './types.js';
import { vectorize } from './vectorize.js';

/**
 * A new index with `examples` added, each voting with `weight` (merchant confirmations: e.g. 5,
 * so they outvote the shared examples). Words the index has never seen become new features with
 * the highest inverse document frequency. The given index is not changed.
 */
export function addExamples(index: HsIndex, examples: readonly HsExample[], weight: number): HsIndex {
  const features = [...index.features];
  const idf = [...index.idf];
  const ids = new Map(features.map((key, i) => [key, i]));
  const added: HsIndexExample[] = [];
  for (const example of examples) {
    const counts = textFeatures(example.text, index.synonyms, 1, index.abbreviations);
    for (const key of counts.keys()) {
      if (ids.has(key)) continue;
      ids.set(key, features.length);
      features.push(key);
      idf.push(index.unseenIdf);
    }
    const vector = vectorize(counts, ids, idf);
    if (vector.f.length > 0) added.push({ hs6: example.hs6, weight, ...vector, ...headId(example.text, ids) });
  }
  return { ...index, features, idf, examples: [...index.examples, ...added] };
}
