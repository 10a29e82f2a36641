import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildHsIndex } from './build-hs-index.js';
import { candidateFeatures, FEATURE_COUNT, RANK_FEATURES } from './candidate-features.js';
import { EXAMPLES, NOMENCLATURE } from './classify.fixture.js';
import { prepareIndex } from './prepare-index.js';

const index = buildHsIndex(NOMENCLATURE, EXAMPLES, { ranker: false });
const prep = prepareIndex(index);
const feature = (c: ReturnType<typeof candidateFeatures>, hs6: string, name: string) =>
  c.x[c.hs6.indexOf(hs6) * FEATURE_COUNT + (RANK_FEATURES as readonly string[]).indexOf(name)]!;

test('an example left out neither votes nor counts: its code looks unseen to it', () => {
  const e = index.examples.findIndex((x) => x.hs6 === '330410' && !x.nomenclature);
  const kept = candidateFeatures(index.examples[e]!, index, prep);
  const left = candidateFeatures(index.examples[e]!, index, prep, [e]);
  assert.equal(feature(kept, '330410', 'seen'), 1);
  assert.ok(feature(kept, '330410', 'vote6') > 0);
  assert.equal(feature(left, '330410', 'seen'), 0);
  assert.equal(feature(left, '330410', 'vote6'), 0);
  assert.ok(feature(left, '330410', 'descSim') > 0, 'the nomenclature still speaks for the code');
});

test('parts, head noun and negation are seen', () => {
  const t = { ...index.examples[0]!, h: prep.ids.get('w:tshirt') };
  const c = candidateFeatures(t, index, prep);
  assert.equal(feature(c, '610910', 'headOwn'), 1);
  const cotton = candidateFeatures({ f: [prep.ids.get('w:cotton')!], v: [1] }, index, prep);
  assert.ok(feature(cotton, '610990', 'negated') > 0, '"other than cotton" negates cotton');
  assert.equal(feature(cotton, '610910', 'negated'), 0);
});
