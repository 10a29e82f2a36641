// Builds the HS classifier on the shared data (../shared/data/hs) when it is present and checks a
// few obvious queries; skipped with a message otherwise. The data is never copied into the repo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHsData } from '../../scripts/eval-hs.js';
import { buildHsIndex } from '../../src/core/hs/build-hs-index.js';
import { classify } from '../../src/core/hs/classify.js';
import { HS_SYNONYMS } from '../../src/data/hs/synonyms.js';

const data = loadHsData();
const skip = data ? false : 'shared HS data not found at ../shared/data/hs: real-data classifier test skipped';

test('the classifier built on the shared HS data answers obvious queries', { skip }, () => {
  const index = buildHsIndex(data!.nomenclature, data!.examples, { synonyms: HS_SYNONYMS });
  const codes = (text: string, n: number) => {
    const r = classify(text, index);
    assert.ok(r.ok, text);
    return r.value.candidates.slice(0, n).map((c) => c.hs6);
  };
  assert.ok(codes('cotton t-shirt', 3).includes('610910'), 'cotton t-shirt');
  assert.ok(codes('roasted coffee beans', 3).includes('090121'), 'roasted coffee beans');
  assert.ok(codes('mens leather wallet', 5).some((c) => c.startsWith('42')), 'leather wallet');
  assert.ok(codes('laptop computer', 5).some((c) => c.startsWith('8471')), 'laptop');
});
