import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildHsIndex } from './build-hs-index.js';
import { EXAMPLES, NOMENCLATURE } from './classify.fixture.js';
import { naiveBayesPosterior, prepareNaiveBayes } from './naive-bayes.js';

const index = buildHsIndex(NOMENCLATURE, EXAMPLES, { ranker: false });
const isWord = (id: number) => !index.features[id]!.startsWith('c:');
const words = (text: string) => text.split(' ').flatMap((w) => index.features.indexOf(`w:${w}`)).filter((id) => id >= 0);

test('posteriors are probabilities and follow the words', () => {
  const nb = prepareNaiveBayes(index, 4, isWord);
  const p = naiveBayesPosterior(nb, words('lipstick'), isWord);
  assert.ok(Math.abs(p.reduce((s, x) => s + x, 0) - 1) < 1e-9);
  assert.equal(nb.classes[p.indexOf(Math.max(...p))], '3304');
});

test('leaving an example out answers as if it had never been counted', () => {
  const lipstick = index.examples.findIndex((e) => e.hs6 === '330410' && !e.nomenclature);
  const without = buildHsIndex(NOMENCLATURE, EXAMPLES.filter((e) => e.hs6 !== '330410'), { ranker: false });
  // same feature ids are needed to compare: rebuild the counts over `index` with the example removed
  const nbAll = prepareNaiveBayes(index, 6, isWord);
  const nbWithout = prepareNaiveBayes({ ...index, examples: index.examples.filter((_, e) => e !== lipstick) }, 6, isWord);
  const q = words('matte lipstick ruby');
  const left = naiveBayesPosterior(nbAll, q, isWord, [index.examples[lipstick]!]);
  const rebuilt = naiveBayesPosterior(nbWithout, q, isWord);
  for (let c = 0; c < left.length; c++) assert.ok(Math.abs(left[c]! - rebuilt[c]!) < 1e-12, nbAll.classes[c]);
  assert.ok(without.examples.length < index.examples.length);
});
