import type { SparseVector } from './types.js';

/**
 * Term counts -> an L2-normalized TF-IDF vector over known features (sublinear term frequency).
 * Features missing from `ids` are left out; weights are rounded to keep the JSON small.
 */
export function vectorize(counts: ReadonlyMap<string, number>, ids: ReadonlyMap<string, number>, idf: readonly number[]): SparseVector {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [key, count] of counts) {
    const id = ids.get(key);
    if (id === undefined || count <= 0) continue;
    const weight = (1 + Math.log(1 + count) - Math.log(2)) * idf[id]!;
    entries.push([id, weight]);
    norm += weight * weight;
  }
  if (norm === 0) return { f: [], v: [] };
  const length = Math.sqrt(norm);
  entries.sort((a, b) => a[0] - b[0]);
  return { f: entries.map((e) => e[0]), v: entries.map((e) => Math.round((e[1] / length) * 1e3) / 1e3) };
}
