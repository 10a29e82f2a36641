import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAbbreviations, consonantSkeleton, expandAbbreviations, looksAbbreviated } from './abbreviations.js';

test('consonant skeletons and what reads as an abbreviation', () => {
  assert.equal(consonantSkeleton('gloss'), 'gls');
  assert.equal(consonantSkeleton('nourishing'), 'nrshng');
  assert.equal(consonantSkeleton('apple'), 'apl');
  assert.ok(looksAbbreviated('glss'));
  assert.ok(!looksAbbreviated('gloss'));
  assert.ok(!looksAbbreviated('tv'), 'too short to guess');
  assert.ok(!looksAbbreviated('b2b'));
});

test('an abbreviation gains the most frequent word with its skeleton; the original stays', () => {
  const table = buildAbbreviations(new Map([['gloss', 5], ['glass', 9], ['nourishing', 2], ['crm', 4], ['cream', 3]]));
  assert.deepEqual(expandAbbreviations(['lip', 'glss'], table), ['lip', 'glss', 'glass']);
  assert.deepEqual(expandAbbreviations(['nrshng', 'crm'], table), ['nrshng', 'nourishing', 'crm', 'cream']);
  assert.deepEqual(expandAbbreviations(['plain', 'xyzq'], table), ['plain', 'xyzq']);
});
