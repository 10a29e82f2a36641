import { fail, ok, type Result } from '../result/result.js';
import { formatNumber, inSentence } from './format.js';
import { firstEigenvector, solveLinear } from './linear-algebra.js';

/**
 * How a composite index is built from its components:
 * - 'weighted-mean': sum(w_i x_i) / sum(w_i) with the weights as published or configured;
 * - 'pca-first-component': the weights are the first principal component of the standardized
 *   components (the World Bank LPI's documented method). `weightsOn` says what the loadings weigh:
 *   'standardized' (default, the LPI's way: each component's weight on its own scale is its loading
 *   divided by its standard deviation, normalized to sum 1) or 'raw' (the loadings normalized to sum
 *   1 applied to the components as they are);
 * - 'least-squares': weights summing to 1 (no intercept) fitted to the published scores, for an
 *   index whose weights are not published.
 * `round`: the decimals the publisher rounds to; the computed score is rounded the same way.
 */
export type CompositeMethod =
  | { kind: 'weighted-mean'; weights: number[]; round?: number }
  | { kind: 'pca-first-component'; weightsOn?: 'standardized' | 'raw'; round?: number }
  | { kind: 'least-squares'; round?: number };

export type CompositeWeights = {
  kind: CompositeMethod['kind'];
  /** Applied to the components on their own scale; sum to 1. */
  weights: number[];
  statement: string;
  /** PCA only: the first eigenvector of the correlation matrix, its eigenvalue and share of the variance. */
  loadings?: number[];
  eigenvalue?: number;
  varianceShare?: number;
};

const w4 = (x: number) => formatNumber(x, 4);
const listed = (names: readonly string[], values: readonly number[]) => names.map((n, i) => `${inSentence(n)} ${w4(values[i]!)}`).join(', ');

/**
 * Weights for a composite from complete rows. `x` holds the rows whose components are all present
 * (used by PCA), `fit` those that also have a published score (used by least squares, with `y`).
 */
export function compositeWeights(
  method: CompositeMethod,
  names: readonly string[],
  x: readonly (readonly number[])[],
  fit: { x: readonly (readonly number[])[]; y: readonly number[] },
): Result<CompositeWeights, 'VALIDATION_FAILED'> {
  const k = names.length;
  if (method.kind === 'weighted-mean') {
    const total = method.weights.reduce((a, b) => a + b, 0);
    const weights = method.weights.map((w) => w / total);
    return ok({
      kind: method.kind,
      weights,
      statement: `Weighted mean of the ${k} components with the weights as given (${method.weights.join(', ')}), divided by their sum: ${listed(names, weights)}.`,
    });
  }

  if (method.kind === 'least-squares') {
    const n = fit.y.length;
    if (n < k) return fail('VALIDATION_FAILED', `least squares needs at least ${k} complete rows with a published score, there are ${n}`, { field: 'rows' });
    // Minimize |X w - y|^2 subject to sum(w) = 1: [2 X'X 1; 1' 0] [w; lambda] = [2 X'y; 1].
    const a = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    const b = new Array<number>(k + 1).fill(0);
    for (let r = 0; r < n; r++) {
      const row = fit.x[r]!;
      for (let i = 0; i < k; i++) {
        b[i]! += 2 * row[i]! * fit.y[r]!;
        for (let j = 0; j < k; j++) a[i]![j]! += 2 * row[i]! * row[j]!;
      }
    }
    for (let i = 0; i < k; i++) {
      a[i]![k] = 1;
      a[k]![i] = 1;
    }
    b[k] = 1;
    const solution = solveLinear(a, b);
    if (!solution) return fail('VALIDATION_FAILED', 'the components are collinear, so no unique weights fit the published scores', { field: 'rows' });
    const weights = solution.slice(0, k);
    return ok({
      kind: method.kind,
      weights,
      statement:
        `Weights fitted to the published scores by least squares over the ${n} countries with every component and a published score: ` +
        `the weights that minimize the sum of squared differences between the weighted sum of the components and the published score, ` +
        `constrained to sum to 1 (Lagrange multiplier, solved directly), with no intercept and no sign constraint: ${listed(names, weights)}. ` +
        'The agreement is measured on the same countries the weights were fitted to.',
    });
  }

  const n = x.length;
  if (n < 2) return fail('VALIDATION_FAILED', `principal components need at least 2 rows with every component, there are ${n}`, { field: 'rows' });
  const mean = new Array<number>(k).fill(0);
  for (const row of x) for (let i = 0; i < k; i++) mean[i]! += row[i]! / n;
  const sd = new Array<number>(k).fill(0);
  for (const row of x) for (let i = 0; i < k; i++) sd[i]! += (row[i]! - mean[i]!) ** 2 / (n - 1);
  for (let i = 0; i < k; i++) {
    sd[i] = Math.sqrt(sd[i]!);
    if (sd[i] === 0) return fail('VALIDATION_FAILED', `${names[i]} has the same value in every row, so it cannot be standardized`, { field: `componentNames[${i}]` });
  }
  const corr = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of x) {
    for (let i = 0; i < k; i++) {
      const zi = (row[i]! - mean[i]!) / sd[i]!;
      for (let j = i; j < k; j++) corr[i]![j]! += (zi * (row[j]! - mean[j]!)) / sd[j]! / (n - 1);
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) corr[i]![j] = corr[j]![i]!;
  const eigen = firstEigenvector(corr);
  const loadings = eigen.vector;
  const onStandardized = method.weightsOn !== 'raw';
  const scaled = onStandardized ? loadings.map((l, i) => l / sd[i]!) : loadings.slice();
  const total = scaled.reduce((a, b) => a + b, 0);
  if (!(Math.abs(total) > 1e-12)) return fail('VALIDATION_FAILED', 'the first principal component has loadings that cancel out, so they cannot be normalized to sum 1', { field: 'rows' });
  const weights = scaled.map((v) => v / total);
  const varianceShare = eigen.value / k;
  const statement =
    `Weights from the first principal component over the ${n} countries with every component: the components are standardized ` +
    `(mean 0, standard deviation 1, sample standard deviation), and the eigenvector of the largest eigenvalue of their correlation matrix ` +
    `is found by power iteration from equal entries until no entry moves by more than 1e-12 (${eigen.iterations} iterations${eigen.converged ? '' : ', NOT converged'}; ` +
    `eigenvalue ${formatNumber(eigen.value, 3)}, ${formatNumber(100 * varianceShare, 1)} % of the variance), its sign chosen so the loadings are positive: ` +
    `${listed(names, loadings)}. ` +
    (onStandardized
      ? 'The loadings weigh the standardized components, so each component\'s weight on its own scale is its loading divided by its standard deviation, ' +
        `normalized to sum 1 (the score stays on the components' scale, for the LPI 1 to 5): ${listed(names, weights)}.`
      : `The loadings, normalized to sum 1, weigh the components as they are: ${listed(names, weights)}.`);
  return ok({ kind: method.kind, weights, statement, loadings, eigenvalue: eigen.value, varianceShare });
}
