import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedEdits, ARTICLE_SIMILARITY, CONSONANT_CHANGE, INITIAL_SIMILARITY, relateTokens } from './token-similarity.js';
import { jaroWinkler } from './similarity.js';

test('the edit budget grows with the length of the shorter token', () => {
  assert.deepEqual([3, 4, 5, 8, 9, 14].map(allowedEdits), [0, 0, 1, 1, 2, 2]);
});

test('how two keys relate', () => {
  const cases: [string, string, string][] = [
    ['rotenberg', 'rotenberg', 'same'],
    ['rotenberg', 'rotenburg', 'typo'],
    ['rotenberg', 'rotinbirk', 'sound'],
    ['rotenberg', 'romanenko', 'none'],
    ['kadafi', 'gadhafi', 'sound'],
    ['i', 'igor', 'initial'],
    ['igor', 'i', 'initial'],
    ['b', 'igor', 'none'],
    ['alrashid', 'rashid', 'article'],
    ['amin', 'amir', 'none'],
    ['ali', 'ala', 'none'],
    ['ivanov', 'petrov', 'none'],
  ];
  for (const [a, b, kind] of cases) assert.equal(relateTokens(a, b).kind, kind, `${a}/${b}`);
});

test('similarity: 1 for the same key, Jaro-Winkler for a typo, less when the consonants change', () => {
  assert.equal(relateTokens('igor', 'igor').similarity, 1);
  assert.equal(relateTokens('rotenberg', 'rotenburg').similarity, jaroWinkler('rotenberg', 'rotenburg'));
  assert.equal(relateTokens('ksiaoming', 'ksiaoping').similarity, jaroWinkler('ksiaoming', 'ksiaoping') * CONSONANT_CHANGE);
  assert.equal(relateTokens('i', 'igor').similarity, INITIAL_SIMILARITY);
  assert.equal(relateTokens('elnur', 'nur').similarity, ARTICLE_SIMILARITY);
  assert.equal(relateTokens('amin', 'amir').similarity, 0);
});

test('relating is symmetric', () => {
  for (const [a, b] of [['rotenberg', 'rotenburg'], ['kadafi', 'gadhafi'], ['i', 'igor'], ['alrashid', 'rashid']] as const) {
    assert.deepEqual(relateTokens(a, b), relateTokens(b, a));
  }
});
