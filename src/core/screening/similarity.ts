/**
 * Jaro-Winkler similarity of two strings, 0..1 (1 = equal), with the usual prefix scale 0.1 over
 * at most four leading characters (Winkler 1990). Suits short name tokens: a typo near the end
 * of a long name costs little, a different first letter costs more.
 * Example: jaroWinkler('rotenberg', 'rotenburg') is about 0.96.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === c) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1.
 * Example: editDistance('rotenberg', 'rotenburg') = 1; editDistance('ivanov', 'ivnaov') = 1.
 */
export function editDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let beforePrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrev[j - 2]! + 1);
      cur[j] = best;
    }
    [beforePrev, prev, cur] = [prev, cur, beforePrev];
  }
  return prev[lb]!;
}

// Working rows for boundedEditDistance, grown as needed and reused: the matcher calls it thousands of times per query.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * `editDistance(a, b)` when it is at most `max`, else `max + 1`; only the diagonal band of
 * width `max` is computed and the work stops as soon as a row exceeds `max`, so telling that two
 * unrelated tokens are more than two edits apart is cheap.
 * Example: boundedEditDistance('rotenberg', 'rotenburg', 2) = 1; boundedEditDistance('ivanov', 'petrov', 1) = 2.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rows[0].length < lb + 1) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [beforePrev, prev, cur] = rows;
  const far = max + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    cur[0] = i <= max ? i : far;
    if (from > 1) cur[from - 1] = far;
    let rowBest = cur[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, beforePrev[j - 2]! + 1);
      cur[j] = Math.min(best, far);
      if (cur[j]! < rowBest) rowBest = cur[j]!;
    }
    if (to < lb) cur[to + 1] = far;
    if (rowBest > max) return far;
    [beforePrev, prev, cur] = [prev, cur, beforePrev];
  }
  return Math.min(prev[lb]!, far);
}
