import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCandidates, MAX_CANDIDATES, queryTokens } from './candidates.js';
import { buildScreeningIndex } from './index.js';
import { nameKey } from './normalize.js';
import type { ListEntry } from './types.js';

const entry = (id: string, name: string): ListEntry => ({ list: 'test', id, type: 'unknown', name, aliases: [], countries: [], programs: [] });
const index = buildScreeningIndex([entry('1', 'Igor Rotenberg'), entry('2', 'Boris Rotenberg'), entry('3', 'Orion Trading'), entry('4', 'Gadhafi Saif')]);
const find = (name: string) => findCandidates(index, queryTokens(index, nameKey(name), [])).map((n) => index.nameText[n]);

test('names sharing a token, a sound key or a prefix are candidates, the most shared first', () => {
  assert.deepEqual(find('Igor Rotenberg'), ['Igor Rotenberg', 'Boris Rotenberg']);
  assert.deepEqual(find('Rotenburg'), ['Igor Rotenberg', 'Boris Rotenberg']); // sound key and prefix
  assert.deepEqual(find('Kadafi'), ['Gadhafi Saif']); // sound key only
  assert.deepEqual(find('Orionis'), ['Orion Trading']); // prefix only
  assert.deepEqual(find('John Smith'), []);
});

test('unknown query tokens weigh as rare ones', () => {
  const [known, unknown] = queryTokens(index, ['rotenberg', 'zzyzx'], [false, true]);
  assert.ok(known!.id >= 0 && unknown!.id === -1);
  assert.equal(unknown!.optional, true);
  assert.ok(unknown!.weight >= known!.weight);
});

test('at most MAX_CANDIDATES names are returned', () => {
  const many = buildScreeningIndex(Array.from({ length: MAX_CANDIDATES + 50 }, (_, i) => entry(String(i), `Orion Trading ${'x'.repeat(i % 7)}${i}`)));
  const found = findCandidates(many, queryTokens(many, ['orion'], []));
  assert.equal(found.length, MAX_CANDIDATES);
  assert.equal(new Set(found).size, MAX_CANDIDATES);
});
