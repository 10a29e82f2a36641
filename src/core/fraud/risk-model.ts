import { fail, ok, type Result } from '../result/result.js';

/**
 * A store's own fraud outcomes, learned on top of the hand-written rules.
 *
 * Model: logistic regression with an offset. For an order with features x and rule log-odds `offset`,
 *   P(fraud) = sigmoid(offset + bias + sum_j w_j * z_j),  z_j = (x_j - mean_j) / scale_j,
 * so the rules stay in charge and the model only learns what they miss (a zero model is the rules).
 * Standardization: mean and population standard deviation of each feature over the training set;
 * a feature with no spread gets scale 1 and z = 0, hence weight 0.
 * Penalty: minimize sum_i logloss_i + (lambda / 2) * |w|^2 (the bias is not penalized), i.e. a Gaussian
 * prior of variance 1/lambda on each standardized weight. Its pull is worth a fixed number of
 * labels: strong for a store with 50 outcomes, negligible for one with 50,000.
 * Fitting: Newton's method (IRLS) from the zero model, with a Cholesky solve of the (d+1)^2 Hessian
 * and backtracking line search; stops when the step is below 1e-9 or the predicted gain is nil,
 * at most 50 iterations. No randomness: the same examples give the same model, bit for bit.
 */
export type RiskModel = {
  version: 1;
  features: string[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  trainedAt: string;
  examples: number;
  positives: number;
  /** Mean log loss on the training set; baselineLogLoss is that of the offsets (the rules) alone. */
  metrics: { logLoss: number; baselineLogLoss: number; auc: number | null };
};

/** One labeled order: y = 1 for fraud (chargeback, refund for fraud, declined in review), 0 for legitimate. */
export type RiskExample = { readonly x: readonly number[]; readonly offset: number; readonly y: 0 | 1 };

/**
 * lambda: L2 strength on standardized weights (default 1); minExamples (default 30) and minPerClass
 * (default 5): fewest labels to train on; at: stamped as trainedAt (the core reads no clock: epoch if omitted).
 */
export type TrainRiskModelOptions = { lambda?: number; minExamples?: number; minPerClass?: number; at?: Date };

const MAX_ITERATIONS = 50;
const STEP_TOLERANCE = 1e-9;

/** 1 / (1 + e^-v), without overflow for large |v|. */
export function sigmoid(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}

/** log(1 + e^v), without overflow; the log loss of logit v for y is softplus(v) - y * v. */
function softplus(v: number): number {
  return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}

/**
 * Fit bias and weights to labeled examples (see RiskModel for the method).
 * @example trainRiskModel([{ x: [3, 0.2], offset: -2.1, y: 0 }, ...], ['itemCount', 'ipDistanceKm'], { at: now })
 */
export function trainRiskModel(
  examples: readonly RiskExample[],
  features: readonly string[],
  options: TrainRiskModelOptions = {},
): Result<RiskModel, 'NOT_ENOUGH_LABELS' | 'VALIDATION_FAILED'> {
  const d = features.length;
  const badName = features.findIndex((name, j) => typeof name !== 'string' || name === '' || features.indexOf(name) !== j);
  if (badName >= 0) return fail('VALIDATION_FAILED', `feature ${badName} must be a non-empty, unique name, got ${JSON.stringify(features[badName])}`, { field: `features[${badName}]` });
  const lambda = options.lambda ?? 1;
  if (!Number.isFinite(lambda) || lambda < 0) return fail('VALIDATION_FAILED', `lambda must be a finite number >= 0, got ${lambda}`, { field: 'lambda' });
  const n = examples.length;
  let positives = 0;
  for (const [i, e] of examples.entries()) {
    if (e.y !== 0 && e.y !== 1) return fail('VALIDATION_FAILED', `example ${i}: y must be 0 or 1, got ${JSON.stringify(e.y)}`, { field: `examples[${i}].y` });
    if (!Number.isFinite(e.offset)) return fail('VALIDATION_FAILED', `example ${i}: offset must be a finite number, got ${e.offset}`, { field: `examples[${i}].offset` });
    if (!Array.isArray(e.x) || e.x.length !== d) {
      return fail('VALIDATION_FAILED', `example ${i}: x must hold ${d} values (${features.join(', ')}), got ${Array.isArray(e.x) ? e.x.length : typeof e.x}`, { field: `examples[${i}].x` });
    }
    for (let j = 0; j < d; j++) {
      if (!Number.isFinite(e.x[j])) return fail('VALIDATION_FAILED', `example ${i}: feature ${features[j]} is not a finite number (${e.x[j]})`, { field: `examples[${i}].x[${j}]` });
    }
    positives += e.y;
  }
  const negatives = n - positives;
  const minExamples = options.minExamples ?? 30;
  const minPerClass = options.minPerClass ?? 5;
  if (n < minExamples || positives < minPerClass || negatives < minPerClass) {
    return fail('NOT_ENOUGH_LABELS', `${n} labeled examples (${positives} fraud, ${negatives} legitimate); training needs at least ${minExamples}, with at least ${minPerClass} of each class`);
  }

  const { means, scales, z } = standardize(examples, d);
  const y = Float64Array.from(examples, (e) => e.y);
  const offset = Float64Array.from(examples, (e) => e.offset);
  const k = d + 1; // theta = [bias, w_1..w_d]
  let theta = new Float64Array(k);
  let eta = new Float64Array(n);
  let f = objective(theta, eta);
  const baselineLogLoss = f / n;
  for (let iter = 0, converged = false; iter < MAX_ITERATIONS && !converged; iter++) {
    const grad = new Float64Array(k);
    const hess = new Float64Array(k * k); // lower triangle
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]!);
      const r = p - y[i]!;
      const s = p * (1 - p);
      grad[0]! += r;
      hess[0]! += s;
      const row = i * d;
      for (let a = 0; a < d; a++) {
        const za = z[row + a]!;
        const sza = s * za;
        grad[a + 1]! += r * za;
        const base = (a + 1) * k;
        hess[base]! += sza;
        for (let b = 0; b <= a; b++) hess[base + b + 1]! += sza * z[row + b]!;
      }
    }
    for (let a = 1; a < k; a++) {
      grad[a]! += lambda * theta[a]!;
      hess[a * k + a]! += lambda;
    }
    const step = solveSymmetric(hess, grad, k);
    const gain = grad.reduce((sum, g, a) => sum + g * step[a]!, 0); // Newton decrement squared: twice the predicted objective drop
    if (!(gain > 1e-12 * (1 + f))) break;
    let t = 1;
    let accepted = false;
    const candidate = new Float64Array(k);
    const etaNext = new Float64Array(n);
    for (let halvings = 0; halvings < 40 && !accepted; halvings++, t /= 2) {
      for (let a = 0; a < k; a++) candidate[a] = theta[a]! - t * step[a]!;
      const fNext = objective(candidate, etaNext);
      if (fNext <= f - 1e-4 * t * gain) {
        [theta, eta, f, accepted] = [candidate, etaNext, fNext, true];
        converged = t * Math.max(...step.map(Math.abs)) < STEP_TOLERANCE;
      }
    }
    if (!accepted) break;
  }

  let loss = 0;
  for (let i = 0; i < n; i++) loss += softplus(eta[i]!) - y[i]! * eta[i]!;
  const trainedAt = (options.at ?? new Date(0)).toISOString();
  const metrics = { logLoss: loss / n, baselineLogLoss, auc: trainingAuc(eta, y) };
  return ok({ version: 1, features: [...features], means, scales, weights: Array.from(theta.subarray(1)), bias: theta[0]!, trainedAt, examples: n, positives, metrics });

  /** Penalized objective at params; writes the logits into out. */
  function objective(params: Float64Array, out: Float64Array): number {
    let sum = 0;
    for (let a = 1; a < k; a++) sum += (lambda / 2) * params[a]! * params[a]!;
    for (let i = 0; i < n; i++) {
      let v = offset[i]! + params[0]!;
      const row = i * d;
      for (let a = 0; a < d; a++) v += params[a + 1]! * z[row + a]!;
      out[i] = v;
      sum += softplus(v) - y[i]! * v;
    }
    return sum;
  }
}

/** Column means and population standard deviations; the standardized rows, row-major. */
function standardize(examples: readonly RiskExample[], d: number): { means: number[]; scales: number[]; z: Float64Array } {
  const n = examples.length;
  const [means, scales, z] = [[] as number[], [] as number[], new Float64Array(n * d)];
  for (let j = 0; j < d; j++) {
    const col = examples.map((e) => e.x[j]!);
    // A constant column keeps its value as mean (not a rounded average), so its z is exactly 0.
    const mean = col.every((v) => v === col[0]) ? col[0]! : col.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
    const scale = sd > 0 ? sd : 1;
    means.push(mean);
    scales.push(scale);
    col.forEach((v, i) => (z[i * d + j] = (v - mean) / scale));
  }
  return { means, scales, z };
}

/**
 * Solve H s = g by Cholesky, H symmetric given by its lower triangle. A ridge of 1e-9 x (1 + largest
 * diagonal) keeps it positive definite when a column is all zeros (a constant feature with lambda 0).
 */
function solveSymmetric(hess: Float64Array, g: Float64Array, k: number): Float64Array {
  let top = 0;
  for (let r = 0; r < k; r++) top = Math.max(top, hess[r * k + r]!);
  const l = new Float64Array(k * k);
  for (let r = 0; r < k; r++) {
    for (let c = 0; c <= r; c++) {
      let s = hess[r * k + c]! + (r === c ? 1e-9 * (1 + top) : 0);
      for (let m = 0; m < c; m++) s -= l[r * k + m]! * l[c * k + m]!;
      if (r === c && !(s > 0)) throw new Error('risk model Hessian is not positive definite');
      l[r * k + c] = r === c ? Math.sqrt(s) : s / l[c * k + c]!;
    }
  }
  const u = Float64Array.from(g);
  for (let r = 0; r < k; r++) {
    for (let m = 0; m < r; m++) u[r]! -= l[r * k + m]! * u[m]!;
    u[r]! /= l[r * k + r]!;
  }
  for (let r = k - 1; r >= 0; r--) {
    for (let m = r + 1; m < k; m++) u[r]! -= l[m * k + r]! * u[m]!;
    u[r]! /= l[r * k + r]!;
  }
  return u;
}

/** Area under the ROC curve (Mann-Whitney, ties count half); null when a class is absent. */
function trainingAuc(score: Float64Array, y: Float64Array): number | null {
  const order = Array.from(score.keys()).sort((a, b) => score[a]! - score[b]!);
  let rankSum = 0;
  let pos = 0;
  for (let lo = 0; lo < order.length; ) {
    let hi = lo;
    while (hi + 1 < order.length && score[order[hi + 1]!] === score[order[lo]!]) hi++;
    let tiedPositives = 0;
    for (let r = lo; r <= hi; r++) tiedPositives += y[order[r]!]!;
    rankSum += tiedPositives * ((lo + hi) / 2 + 1); // the tie's mid-rank, 1-based
    pos += tiedPositives;
    lo = hi + 1;
  }
  const neg = order.length - pos;
  return pos === 0 || neg === 0 ? null : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Each feature's share of the logit, w_j * z_j (only the non-zero ones, largest |logit| first); with
 * the bias and the rules' offset they sum to the order's log-odds. Throws on a vector of the wrong length (a bug).
 */
export function modelContributions(model: RiskModel, x: readonly number[]): { bias: number; contributions: { feature: string; value: number; logit: number }[] } {
  if (x.length !== model.features.length) throw new RangeError(`expected ${model.features.length} feature values, got ${x.length}`);
  const contributions = model.features
    .map((feature, j) => ({ feature, value: x[j]!, logit: (model.weights[j]! * (x[j]! - model.means[j]!)) / model.scales[j]! }))
    .filter((c) => c.logit !== 0)
    .sort((a, b) => Math.abs(b.logit) - Math.abs(a.logit));
  return { bias: model.bias, contributions };
}

/** Check a stored model (e.g. read back from JSON) before use; the error names the bad field. */
export function parseRiskModel(json: unknown): Result<RiskModel, 'VALIDATION_FAILED'> {
  const bad = (field: string, why: string) => fail('VALIDATION_FAILED', `risk model: ${field} ${why}`, { field });
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!isRecord(json)) return bad('(root)', 'must be an object');
  if (json.version !== 1) return bad('version', `must be 1, got ${JSON.stringify(json.version)}`);
  const features = json.features;
  if (!Array.isArray(features)) return bad('features', 'must be an array of names');
  const badName = features.findIndex((name, j) => typeof name !== 'string' || name === '' || features.indexOf(name) !== j);
  if (badName >= 0) return bad(`features[${badName}]`, 'must be a non-empty, unique name');
  const vectors: Record<'means' | 'scales' | 'weights', number[]> = { means: [], scales: [], weights: [] };
  for (const key of ['means', 'scales', 'weights'] as const) {
    const arr = json[key];
    if (!Array.isArray(arr) || arr.length !== features.length) return bad(key, `must be an array of ${features.length} numbers, one per feature`);
    for (const [j, v] of arr.entries()) {
      if (!isNum(v) || (key === 'scales' && v <= 0)) return bad(`${key}[${j}]`, key === 'scales' ? 'must be a finite number > 0' : 'must be a finite number');
      vectors[key].push(v);
    }
  }
  if (!isNum(json.bias)) return bad('bias', 'must be a finite number');
  if (typeof json.trainedAt !== 'string' || Number.isNaN(Date.parse(json.trainedAt))) return bad('trainedAt', 'must be an ISO date-time');
  const { examples, positives, metrics } = json;
  if (!Number.isSafeInteger(examples) || (examples as number) < 0) return bad('examples', 'must be an integer >= 0');
  if (!Number.isSafeInteger(positives) || (positives as number) < 0 || (positives as number) > (examples as number)) return bad('positives', 'must be an integer between 0 and examples');
  if (!isRecord(metrics)) return bad('metrics', 'must be an object');
  for (const key of ['logLoss', 'baselineLogLoss'] as const) {
    if (!isNum(metrics[key]) || (metrics[key] as number) < 0) return bad(`metrics.${key}`, 'must be a finite number >= 0');
  }
  const auc = metrics.auc;
  if (auc !== null && !(isNum(auc) && auc >= 0 && auc <= 1)) return bad('metrics.auc', 'must be null or a number between 0 and 1');
  const checked = { logLoss: metrics.logLoss as number, baselineLogLoss: metrics.baselineLogLoss as number, auc };
  return ok({ version: 1, features: [...(features as string[])], ...vectors, bias: json.bias, trainedAt: json.trainedAt, examples: examples as number, positives: positives as number, metrics: checked });
}
