import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey } from './normalize.js';
import { commonTokenWords, priorShare, tokenWeight } from './token-weights.js';

test('every word of the prior tables is one token after normalization (none is a legal form or noise word)', () => {
  for (const word of commonTokenWords()) assert.equal(nameKey(word).length, 1, word);
});

test('common words weigh less than rare ones, on a small list as on a large one', () => {
  for (const entries of [60, 30_000]) {
    const muhammad = tokenWeight('muhamad', Math.ceil(entries * 0.045), entries);
    const trading = tokenWeight('trading', Math.ceil(entries * 0.02), entries);
    const igor = tokenWeight('igor', Math.ceil(entries * 0.003), entries);
    const rare = tokenWeight('rotenberg', 1, entries);
    assert.ok(muhammad < trading && trading < igor && igor < rare, `${entries}: ${muhammad} ${trading} ${igor} ${rare}`);
  }
});

test('the weight falls as more entries hold the token, and stays positive', () => {
  let previous = Infinity;
  for (const df of [0, 1, 10, 100, 1000, 10_000]) {
    const w = tokenWeight('orion', df, 10_000);
    assert.ok(w < previous && w > 0, `${df}: ${w}`);
    previous = w;
  }
});

test('prior shares: table, worldwide names, one character, two letters, unseen', () => {
  assert.equal(priorShare('muhamad'), 0.0451);
  assert.equal(priorShare(nameKey('Zhang')[0]!), 0.004);
  assert.equal(priorShare('a'), 0.05);
  assert.equal(priorShare('zq'), 0.001);
  assert.equal(priorShare('rotenberg'), 0.00002);
});
