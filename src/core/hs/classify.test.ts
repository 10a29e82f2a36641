import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addExamples } from './add-examples.js';
import { buildHsIndex } from './build-hs-index.js';
import { classify } from './classify.js';
import { EXAMPLES, NOMENCLATURE } from './classify.fixture.js';
import type { HsIndex } from './types.js';

const SYNONYMS = { tee: ['t-shirt'], trainers: ['footwear', 'sports'] };
const index = buildHsIndex(NOMENCLATURE, EXAMPLES, { synonyms: SYNONYMS });

function top(text: string, at: HsIndex = index) {
  const r = classify(text, at);
  assert.ok(r.ok, 'classify failed');
  return r.value;
}

test('a code no example names is found through its nomenclature text', () => {
  assert.ok(!EXAMPLES.some((e) => e.hs6 === '090121'));
  const answer = top('Roasted coffee beans 1kg');
  assert.equal(answer.candidates[0]?.hs6, '090121');
  assert.equal(answer.candidates[0]?.heading, '0901');
  assert.equal(answer.candidates[0]?.chapter, '09');
  assert.ok(answer.candidates[0]?.matchedTerms.includes('roasted'));
});

test('examples, synonyms and the hierarchy rank the right code first', () => {
  assert.equal(top('Organic cotton tee').candidates[0]?.hs6, '610910');
  assert.equal(top('trainers for men').candidates[0]?.hs6, '640411');
  assert.equal(top('<b>Doll</b> house 🎁').candidates[0]?.hs6, '950300');
});

test('confidences are in [0, 1], sorted, and at most `limit` candidates', () => {
  const answer = classify('cotton t-shirt', index, { limit: 3 });
  assert.ok(answer.ok);
  const c = answer.value.candidates;
  assert.ok(c.length > 0 && c.length <= 3);
  for (const x of c) assert.ok(x.confidence >= 0 && x.confidence <= 1);
  for (let i = 1; i < c.length; i++) assert.ok(c[i - 1]!.confidence >= c[i]!.confidence);
  assert.ok(c.reduce((s, x) => s + x.confidence, 0) <= 1 + 1e-9);
});

test('abstains when evidence is weak or absent', () => {
  assert.equal(top('qwxz zzyq').abstained, true);
  assert.deepEqual(top('😀 🎉').candidates, []);
  const strict = classify('cotton t-shirt', index, { abstainBelow: 1.01 });
  assert.ok(strict.ok && strict.value.abstained);
  const lenient = classify('cotton t-shirt', index, { abstainBelow: 0 });
  assert.ok(lenient.ok && !lenient.value.abstained);
});

test('empty or blank text is a validation failure naming text', () => {
  for (const text of ['', '   \n\t']) {
    const r = classify(text, index);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'VALIDATION_FAILED');
      assert.equal(r.field, 'text');
    }
  }
});

test('10,000 characters of text are answered, not rejected', () => {
  const r = classify('cotton t-shirt '.repeat(700).slice(0, 10000), index);
  assert.ok(r.ok);
  assert.equal(r.value.candidates[0]?.hs6, '610910');
});

test('non-Latin text gets an answer (possibly an abstention)', () => {
  for (const text of ['コーヒー豆', 'Áo thun cotton', 'кофе']) assert.ok(classify(text, index).ok);
});

test('the index is plain JSON and answers the same after a round trip', () => {
  const copy = JSON.parse(JSON.stringify(index)) as HsIndex;
  assert.deepEqual(top('roasted coffee', copy), top('roasted coffee'));
});

test('merchant confirmations added with a strong weight take precedence', () => {
  assert.notEqual(top('acme gizmo').candidates[0]?.hs6, '330410');
  const taught = addExamples(index, [{ text: 'acme gizmo', hs6: '330410' }], 5);
  assert.equal(top('acme gizmo', taught).candidates[0]?.hs6, '330410');
  assert.equal(index.examples.length, EXAMPLES.length + NOMENCLATURE.filter((n) => n.level === 6).length);
});
