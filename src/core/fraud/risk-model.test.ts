import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelContributions, parseRiskModel, sigmoid, trainRiskModel, type RiskExample, type RiskModel } from './risk-model.js';

/** Seeded generator (mulberry32) so every run sees the same synthetic store. */
function rng(seed: number): { uniform: () => number; normal: () => number } {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/**
 * n orders: x = [signal, noise, constant 7]; the rules' offset depends on `ruled`. The true log-odds are
 * offset + trueBias + signalWeight * signal, so the model should recover about signalWeight per sd.
 */
function store(n: number, seed: number, opts: { signalWeight: number; trueBias?: number; offsetFrom?: 'signal' | 'noise-free' }): RiskExample[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const signal = r.normal();
    const noise = 3 + 2 * r.normal();
    const offset = opts.offsetFrom === 'signal' ? 2 * signal - 1.5 : -1.5 + 0.5 * r.normal();
    const y: 0 | 1 = r.uniform() < sigmoid(offset + (opts.trueBias ?? 0) + opts.signalWeight * signal) ? 1 : 0;
    return { x: [signal, noise, 7], offset, y };
  });
}
const FEATURES = ['signal', 'noise', 'constant'];
const AT = new Date('2025-06-01T12:00:00Z');

function train(examples: readonly RiskExample[], options = {}): RiskModel {
  const r = trainRiskModel(examples, FEATURES, { at: AT, ...options });
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}

test('sigmoid is stable at the extremes and symmetric', () => {
  assert.equal(sigmoid(0), 0.5);
  assert.equal(sigmoid(1000), 1);
  assert.equal(sigmoid(-1000), 0);
  assert.ok(Math.abs(sigmoid(2) - 0.8807970779778823) < 1e-15);
  assert.ok(Math.abs(sigmoid(-3) + sigmoid(3) - 1) < 1e-15);
});

test('learns a feature that drives fraud beyond the rules, and ignores one that does not', () => {
  const m = train(store(4000, 1, { signalWeight: 1.5 }));
  const [signal, noise, constant] = m.weights;
  assert.ok(signal! > 1.2 && signal! < 1.8, `signal weight ${signal}`); // true value 1.5 x sd(signal) = 1.5
  assert.ok(Math.abs(noise!) < 0.15, `noise weight ${noise}`);
  assert.equal(constant, 0);
  assert.ok(m.metrics.logLoss < m.metrics.baselineLogLoss - 0.05, `${m.metrics.logLoss} vs ${m.metrics.baselineLogLoss}`);
  assert.ok(m.metrics.auc! > 0.75 && m.metrics.auc! <= 1, `auc ${m.metrics.auc}`);
  assert.equal(m.examples, 4000);
  assert.equal(m.trainedAt, '2025-06-01T12:00:00.000Z');
  // standardization: the noise column is 3 + 2 N(0,1)
  assert.ok(Math.abs(m.means[1]! - 3) < 0.1 && Math.abs(m.scales[1]! - 2) < 0.1);
});

test('a constant feature keeps scale 1, mean = its value and weight 0, and nothing blows up', () => {
  const m = train(store(200, 2, { signalWeight: 1 }));
  assert.equal(m.means[2], 7);
  assert.equal(m.scales[2], 1);
  assert.equal(m.weights[2], 0);
  assert.ok([...m.weights, m.bias, m.metrics.logLoss].every(Number.isFinite));
  assert.ok(!modelContributions(m, [0.5, 3, 7]).contributions.some((c) => c.feature === 'constant'));
});

test('the offset is respected: when the rules already explain the outcome, weights stay near zero', () => {
  const examples = store(4000, 3, { signalWeight: 0, offsetFrom: 'signal' });
  const m = train(examples);
  assert.ok(Math.abs(m.weights[0]!) < 0.15, `signal weight ${m.weights[0]}`);
  assert.ok(Math.abs(m.bias) < 0.15, `bias ${m.bias}`);
  assert.ok(m.metrics.baselineLogLoss - m.metrics.logLoss < 0.002);
  // the same labels without the offset: the signal now carries the rules' weight (about 2)
  const blind = train(examples.map((e) => ({ ...e, offset: 0 })));
  assert.ok(blind.weights[0]! > 1.5, `blind signal weight ${blind.weights[0]}`);
});

test('the bias absorbs a base-rate shift the rules miss', () => {
  const m = train(store(4000, 4, { signalWeight: 0, trueBias: 1 }));
  assert.ok(Math.abs(m.bias - 1) < 0.2, `bias ${m.bias}`);
});

test('the penalty shrinks weights, more so with a larger lambda', () => {
  const examples = store(300, 5, { signalWeight: 1.5 });
  const loose = train(examples, { lambda: 0.01 });
  const tight = train(examples, { lambda: 300 });
  assert.ok(Math.abs(tight.weights[0]!) < Math.abs(loose.weights[0]!) / 1.5, `${tight.weights[0]} vs ${loose.weights[0]}`);
});

test('training is deterministic', () => {
  const examples = store(1000, 6, { signalWeight: 1 });
  assert.deepEqual(train(examples), train(examples));
  const unstamped = trainRiskModel(examples, FEATURES);
  assert.equal(unstamped.ok ? unstamped.value.trainedAt : unstamped.code, '1970-01-01T00:00:00.000Z'); // no clock in the core
});

test('refuses to train on too few labels, saying how many there are and how many are needed', () => {
  const few = trainRiskModel(store(20, 7, { signalWeight: 1 }), FEATURES);
  assert.equal(few.ok ? 'ok' : few.code, 'NOT_ENOUGH_LABELS');
  assert.match(few.ok ? '' : few.message, /^20 labeled examples .*at least 30/);
  const onlyLegit = Array.from({ length: 100 }, (_, i): RiskExample => ({ x: [i, 0, 7], offset: -3, y: i < 4 ? 1 : 0 }));
  const skewed = trainRiskModel(onlyLegit, FEATURES);
  assert.equal(skewed.ok ? 'ok' : skewed.code, 'NOT_ENOUGH_LABELS');
  assert.match(skewed.ok ? '' : skewed.message, /4 fraud, 96 legitimate.*at least 5 of each class/);
  assert.ok(trainRiskModel(onlyLegit, FEATURES, { minPerClass: 4 }).ok);
});

test('rejects malformed examples, naming the example and the feature', () => {
  const good = store(40, 8, { signalWeight: 1 });
  const short = trainRiskModel(good.map((e, i) => (i === 3 ? { ...e, x: [1, 2] } : e)), FEATURES);
  assert.equal(short.ok ? 'ok' : short.field, 'examples[3].x');
  const nan = trainRiskModel(good.map((e, i) => (i === 5 ? { ...e, x: [1, Number.NaN, 7] } : e)), FEATURES);
  assert.equal(nan.ok ? 'ok' : nan.code, 'VALIDATION_FAILED');
  assert.equal(nan.ok ? 'ok' : nan.field, 'examples[5].x[1]');
  assert.match(nan.ok ? '' : nan.message, /example 5: feature noise/);
  const inf = trainRiskModel(good.map((e, i) => (i === 0 ? { ...e, offset: Infinity } : e)), FEATURES);
  assert.equal(inf.ok ? 'ok' : inf.field, 'examples[0].offset');
  const dup = trainRiskModel(good, ['signal', 'signal', 'constant']);
  assert.equal(dup.ok ? 'ok' : dup.field, 'features[1]');
});

test('contributions are w_j z_j, non-zero only, largest first, and add up to the logit', () => {
  const m = train(store(2000, 9, { signalWeight: -2 }));
  const x = [1.2, 8, 7];
  const { bias, contributions } = modelContributions(m, x);
  assert.equal(bias, m.bias);
  assert.deepEqual(contributions.map((c) => c.feature), ['signal', 'noise']);
  assert.equal(contributions[0]!.value, 1.2);
  assert.ok(contributions[0]!.logit < -2, `signal contribution ${contributions[0]!.logit}`);
  const expected = m.weights.reduce((s, w, j) => s + (w * (x[j]! - m.means[j]!)) / m.scales[j]!, 0);
  assert.ok(Math.abs(contributions.reduce((s, c) => s + c.logit, 0) - expected) < 1e-12);
  assert.throws(() => modelContributions(m, [1, 2]), RangeError);
});

test('a stored model round-trips through JSON; a tampered one is refused with the field named', () => {
  const m = train(store(500, 10, { signalWeight: 1 }));
  const back = parseRiskModel(JSON.parse(JSON.stringify(m)));
  assert.ok(back.ok);
  assert.deepEqual(back.value, m);
  const field = (patch: (j: Record<string, any>) => void) => {
    const j = JSON.parse(JSON.stringify(m));
    patch(j);
    const r = parseRiskModel(j);
    return r.ok ? 'ok' : r.field;
  };
  assert.equal(field((j) => j.weights.pop()), 'weights');
  assert.equal(field((j) => (j.weights[1] = Number.NaN)), 'weights[1]'); // JSON turns NaN into null
  assert.equal(field((j) => (j.scales[0] = 0)), 'scales[0]');
  assert.equal(field((j) => (j.version = 2)), 'version');
  assert.equal(field((j) => (j.bias = '0.3')), 'bias');
  assert.equal(field((j) => (j.positives = j.examples + 1)), 'positives');
  assert.equal(field((j) => (j.metrics.auc = 1.2)), 'metrics.auc');
  assert.equal(field((j) => (j.trainedAt = 'yesterday')), 'trainedAt');
  assert.equal(parseRiskModel(null).ok, false);
});

test('20,000 orders x 30 features train in well under 3 s', () => {
  const r = rng(11);
  const features = Array.from({ length: 30 }, (_, j) => `f${j}`);
  const examples = Array.from({ length: 20_000 }, (): RiskExample => {
    const x = Array.from({ length: 30 }, () => r.normal());
    const offset = -2 + 0.5 * r.normal();
    return { x, offset, y: r.uniform() < sigmoid(offset + 0.8 * x[0]! - 0.5 * x[1]!) ? 1 : 0 };
  });
  const started = performance.now();
  const m = trainRiskModel(examples, features, { at: AT });
  const elapsed = performance.now() - started;
  assert.ok(m.ok);
  assert.ok(elapsed < 3000, `took ${elapsed.toFixed(0)} ms`);
  assert.ok(m.value.weights[0]! > 0.6 && m.value.weights[1]! < -0.3);
});
