/** The little linear algebra a composite index needs: a small dense solve and a first eigenvector. */

/**
 * Solve A x = b (A square, a few dozen rows at most) by Gaussian elimination with partial pivoting.
 * Returns null when A is singular: a pivot below 1e-13 times the largest entry of A.
 */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  const tiny = 1e-13 * (scale || 1);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < tiny) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const f = row[col]! / p[col]!;
      if (f === 0) continue;
      for (let j = col; j <= n; j++) row[j]! -= f * p[j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let s = row[n]!;
    for (let j = r + 1; j < n; j++) s -= row[j]! * x[j]!;
    x[r] = s / row[r]!;
  }
  return x;
}

export type Eigen = { vector: number[]; value: number; iterations: number; converged: boolean };

/**
 * The eigenvector of the largest eigenvalue of a symmetric positive semi-definite matrix (a
 * correlation matrix) by power iteration: start from equal entries (deterministic), multiply and
 * rescale to unit length until no entry moves by more than `tolerance`. The sign is chosen so that
 * the entries sum to a positive number. The eigenvalue is the Rayleigh quotient of the result.
 */
export function firstEigenvector(r: readonly (readonly number[])[], tolerance = 1e-12, maxIterations = 100_000): Eigen {
  const k = r.length;
  let v = new Array<number>(k).fill(1 / Math.sqrt(k));
  const multiply = (x: readonly number[]) => r.map((row) => row.reduce((s, rij, j) => s + rij * x[j]!, 0));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const w = multiply(v);
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    if (norm === 0) break;
    const next = w.map((x) => x / norm);
    let change = 0;
    for (let i = 0; i < k; i++) change = Math.max(change, Math.abs(next[i]! - v[i]!));
    v = next;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  if (v.reduce((s, x) => s + x, 0) < 0) v = v.map((x) => -x);
  const rv = multiply(v);
  const value = v.reduce((s, x, i) => s + x * rv[i]!, 0);
  return { vector: v, value, iterations, converged };
}
