import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reproduceComposite, roundHalfAway, type CompositeMethod, type CompositeReproduction, type CompositeRow } from './composite.js';

function reproduce(rows: CompositeRow[], names: string[], method: CompositeMethod): CompositeReproduction {
  const r = reproduceComposite(rows, names, method);
  assert.ok(r.ok, r.ok ? '' : `${r.field}: ${r.message}`);
  return r.value;
}
const near = (actual: number | null | undefined, expected: number, tol: number, what = '') =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) <= tol, `${what} expected ${expected}, got ${actual}`);

/** A fixed sequence of numbers in [0, 1) (a linear congruential generator), so the test is repeatable. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('least squares recovers the weights of a synthetic index to 1e-9', () => {
  const weights = [0.1, 0.2, 0.3, 0.4];
  const next = sequence(42);
  const rows: CompositeRow[] = Array.from({ length: 40 }, (_, r) => {
    const x = weights.map(() => 1 + 4 * next());
    return { country: `C${r}`, components: x, published: x.reduce((s, xi, i) => s + weights[i]! * xi, 0) };
  });
  const out = reproduce(rows, ['a', 'b', 'c', 'd'], { kind: 'least-squares' });
  out.method.weights.forEach((w, i) => near(w, weights[i]!, 1e-9, `weight ${i}`));
  assert.equal(out.summary.countries, 40);
  assert.ok(out.summary.maxAbsDifference! < 1e-9);
  assert.equal(out.summary.within.share, 1);
  near(out.summary.correlation, 1, 1e-12);
  assert.equal(out.summary.rankCorrelation, 1);
  assert.match(out.method.statement, /constrained to sum to 1/);
});

test('least squares keeps the weights summing to 1 even when the published scores carry noise', () => {
  const next = sequence(7);
  const rows: CompositeRow[] = Array.from({ length: 30 }, (_, r) => {
    const x = [1 + 4 * next(), 1 + 4 * next(), 1 + 4 * next()];
    return { country: `C${r}`, components: x, published: 0.5 * x[0]! + 0.3 * x[1]! + 0.2 * x[2]! + 0.01 * (next() - 0.5) };
  });
  const out = reproduce(rows, ['a', 'b', 'c'], { kind: 'least-squares' });
  near(out.method.weights.reduce((a, b) => a + b, 0), 1, 1e-12, 'sum of weights');
  out.method.weights.forEach((w, i) => near(w, [0.5, 0.3, 0.2][i]!, 0.01, `weight ${i}`));
});

test('weighted mean with the publisher rounding to one decimal agrees within the rounding step', () => {
  // weights 1, 1, 2: (3.1 + 2.9 + 2 * 3.5) / 4 = 3.25 -> 3.3 (half away from zero)
  //                  (2.0 + 2.2 + 2 * 2.1) / 4 = 2.1
  //                  (4.0 + 3.0 + 2 * 3.6) / 4 = 3.55 -> 3.6
  const rows: CompositeRow[] = [
    { country: 'AA', components: [3.1, 2.9, 3.5], published: 3.2 }, // one step off: the publisher rounded unrounded components
    { country: 'BB', components: [2.0, 2.2, 2.1], published: 2.1 },
    { country: 'CC', components: [4.0, 3.0, 3.6], published: 3.8 }, // two steps off: outside
  ];
  const out = reproduce(rows, ['Customs', 'Infrastructure', 'Timeliness'], { kind: 'weighted-mean', weights: [1, 1, 2], round: 1 });
  assert.deepEqual(out.method.weights, [0.25, 0.25, 0.5]);
  assert.deepEqual(out.agreement.map((a) => [a.country, a.computed]), [['AA', 3.3], ['BB', 2.1], ['CC', 3.6]]);
  near(out.agreement[0]!.difference, 0.1, 1e-12);
  near(out.agreement[2]!.difference, -0.2, 1e-12);
  assert.equal(out.summary.within.tolerance, 0.1);
  near(out.summary.within.share, 2 / 3, 1e-12);
  near(out.summary.maxAbsDifference, 0.2, 1e-12);
  near(out.summary.meanAbsDifference, 0.1, 1e-12);
  assert.match(out.method.statement, /rounded to 1 decimal \(half away from zero\)/);
  assert.match(out.method.statement, /at most 0\.1 \(one rounding step\)/);
});

test('rounding is half away from zero, also where binary floating point stores the half a hair low', () => {
  assert.equal(roundHalfAway(3.25, 1), 3.3);
  assert.equal(roundHalfAway(1.005, 2), 1.01);
  assert.equal(roundHalfAway(2.675, 2), 2.68);
  assert.equal(roundHalfAway(-2.5, 0), -3);
  assert.equal(roundHalfAway(3.2449, 2), 3.24);
});

// x1 = (1,2,3,4), x2 = (1,3,2,4), x3 = (3,1,1,3). Centered: x1 (-1.5,-0.5,0.5,1.5), x2 (-1.5,0.5,-0.5,1.5),
// x3 (1,-1,-1,1). r12 = (2.25 - 0.25 - 0.25 + 2.25) / 5 = 0.8; x3 is orthogonal to both, r13 = r23 = 0.
// The correlation matrix [[1, .8, 0], [.8, 1, 0], [0, 0, 1]] has largest eigenvalue 1.8 with eigenvector
// (1, 1, 0) / sqrt 2: loadings 0.7071, 0.7071, 0; weights 0.5, 0.5, 0.
const pcaRows = (scale2: number): CompositeRow[] =>
  [
    [1, 1, 3],
    [2, 3, 1],
    [3, 2, 1],
    [4, 4, 3],
  ].map(([a, b, c], i) => ({ country: `P${i}`, components: [a!, b! * scale2, c!], published: null }));

test('PCA on three components matches the hand computation', () => {
  const out = reproduce(pcaRows(1), ['a', 'b', 'c'], { kind: 'pca-first-component' });
  near(out.method.eigenvalue, 1.8, 1e-10, 'eigenvalue');
  near(out.method.varianceShare, 0.6, 1e-10, 'variance share');
  out.method.loadings!.forEach((l, i) => near(l, [Math.SQRT1_2, Math.SQRT1_2, 0][i]!, 1e-10, `loading ${i}`));
  out.method.weights.forEach((w, i) => near(w, [0.5, 0.5, 0][i]!, 1e-10, `weight ${i}`));
  // no published scores: nothing to compare, and each row says why
  assert.equal(out.summary.countries, 0);
  assert.equal(out.summary.meanAbsDifference, null);
  assert.deepEqual(out.skipped[0], { country: 'P0', reason: 'no published score' });
});

test('PCA loadings weigh standardized components: a component on a 10x scale gets a tenth of the weight per unit', () => {
  // Same correlations, so the same loadings; component b's standard deviation is 10 times a's.
  // On the raw scale: a 0.5 / s, b 0.5 / (10 s), normalized: 10/11 and 1/11.
  const std = reproduce(pcaRows(10), ['a', 'b', 'c'], { kind: 'pca-first-component' });
  std.method.weights.forEach((w, i) => near(w, [10 / 11, 1 / 11, 0][i]!, 1e-10, `weight ${i}`));
  const raw = reproduce(pcaRows(10), ['a', 'b', 'c'], { kind: 'pca-first-component', weightsOn: 'raw' });
  raw.method.weights.forEach((w, i) => near(w, [0.5, 0.5, 0][i]!, 1e-10, `weight ${i}`));
});

/** A second method for the first eigenvector: cyclic Jacobi rotations until the off-diagonal vanishes. */
function jacobiFirstEigenvector(matrix: number[][]): { value: number; vector: number[] } {
  const k = matrix.length;
  const a = matrix.map((row) => row.slice());
  const v: number[][] = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        if (Math.abs(a[p]![q]!) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r]![p]!;
          const arq = a[r]![q]!;
          a[r]![p] = c * arp - s * arq;
          a[r]![q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p]![r]!;
          const aqr = a[q]![r]!;
          a[p]![r] = c * apr - s * aqr;
          a[q]![r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r]![p]!;
          const vrq = v[r]![q]!;
          v[r]![p] = c * vrp - s * vrq;
          v[r]![q] = s * vrp + c * vrq;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < k; i++) if (a[i]![i]! > a[best]![best]!) best = i;
  let vector = v.map((row) => row[best]!);
  if (vector.reduce((s, x) => s + x, 0) < 0) vector = vector.map((x) => -x);
  return { value: a[best]![best]!, vector };
}

test('PCA by power iteration agrees with Jacobi rotations on correlated data', () => {
  const next = sequence(2018);
  const rows: CompositeRow[] = Array.from({ length: 50 }, (_, r) => {
    const common = next();
    const x = [0.9, 0.7, 0.5, 0.8].map((share, i) => 1 + 4 * (share * common + (1 - share) * next()) * (i + 1));
    return { country: `R${r}`, components: x, published: null };
  });
  const out = reproduce(rows, ['a', 'b', 'c', 'd'], { kind: 'pca-first-component' });
  // the correlation matrix, computed here independently
  const xs = rows.map((r) => r.components as number[]);
  const n = xs.length;
  const cols = [0, 1, 2, 3].map((i) => xs.map((row) => row[i]!));
  const z = cols.map((col) => {
    const m = col.reduce((a, b) => a + b, 0) / n;
    const s = Math.sqrt(col.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
    return col.map((x) => (x - m) / s);
  });
  const corr = z.map((zi) => z.map((zj) => zi.reduce((a, b, t) => a + b * zj[t]!, 0) / (n - 1)));
  const jacobi = jacobiFirstEigenvector(corr);
  near(out.method.eigenvalue, jacobi.value, 1e-10, 'eigenvalue');
  out.method.loadings!.forEach((l, i) => near(l, jacobi.vector[i]!, 1e-9, `loading ${i}`));
});

test('rows with a missing component or no published score are skipped with the reason, never counted as zero', () => {
  const rows: CompositeRow[] = [
    { country: 'AA', components: [2, 3], published: 2.5 },
    { country: 'BB', components: [null, 3], published: 2.5 },
    { country: 'CC', components: [4, 4], published: null },
    { country: 'DD', components: [null, null], published: null },
  ];
  const out = reproduce(rows, ['Customs', 'Timeliness'], { kind: 'weighted-mean', weights: [1, 1] });
  assert.deepEqual(out.skipped, [
    { country: 'BB', reason: 'no value for Customs' },
    { country: 'CC', reason: 'no published score' },
    { country: 'DD', reason: 'no value for Customs, Timeliness; no published score' },
  ]);
  assert.deepEqual(out.agreement, [{ country: 'AA', published: 2.5, computed: 2.5, difference: 0 }]);
  assert.equal(out.summary.countries, 1);
  assert.equal(out.summary.correlation, null);
});

test('bad input names the field', () => {
  const row = { country: 'AA', components: [1, 2], published: 1.5 };
  const cases: [CompositeRow[], string[], CompositeMethod, string][] = [
    [[row, { ...row, components: [1] }], ['a', 'b'], { kind: 'least-squares' }, 'rows[1].components'],
    [[{ ...row, components: [1, Number.NaN] }], ['a', 'b'], { kind: 'least-squares' }, 'rows[0].components[1]'],
    [[row], ['a', 'b'], { kind: 'weighted-mean', weights: [-1, 2] }, 'method.weights[0]'],
    [[row], ['a', 'b'], { kind: 'weighted-mean', weights: [1] }, 'method.weights'],
    [[row], ['a', 'b'], { kind: 'weighted-mean', weights: [1, 1], round: 2.5 }, 'method.round'],
    [[row], ['a', ''], { kind: 'least-squares' }, 'componentNames[1]'],
    [[row], ['a', 'b'], { kind: 'least-squares' }, 'rows'], // fewer rows than components
    [[row, { ...row, country: 'BB', components: [3, 2] }], ['a', 'b'], { kind: 'pca-first-component' }, 'componentNames[1]'], // b constant
  ];
  for (const [rows, names, method, field] of cases) {
    const r = reproduceComposite(rows, names, method);
    assert.equal(r.ok, false, field);
    if (!r.ok) assert.equal(r.field, field, r.message);
  }
});
