import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonetic } from './phonetic.js';

test('spellings that sound alike share a key', () => {
  const groups = [
    ['rotenberg', 'rotenburg', 'rottenberg'],
    ['kadafi', 'gadafi', 'kadhafi', 'qadhafi'],
    ['shcherbakov', 'sherbakov', 'scherbakov'],
    ['umar', 'omar'],
    ['jamal', 'dzhamal'],
  ];
  for (const group of groups) assert.equal(new Set(group.map(phonetic)).size, 1, group.join(' '));
});

test('different consonants give different keys', () => {
  const pairs: [string, string][] = [
    ['amin', 'amir'],
    ['ksiaoming', 'ksiaoping'],
    ['ivanov', 'ivanova'.slice(0, 5)],
    ['novikombank', 'novikovbank'],
  ];
  for (const [a, b] of pairs) assert.notEqual(phonetic(a), phonetic(b), `${a} / ${b}`);
});

test('a key starts with the first letter (a for any vowel) and is at most six letters', () => {
  assert.equal(phonetic('igor'), 'akr');
  assert.equal(phonetic('rotenberg'), 'rtnbrk');
  assert.ok(phonetic('przedsiebiorstvo').length <= 6);
  assert.equal(phonetic('007'), '007');
});
