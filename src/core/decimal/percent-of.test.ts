import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inclusivePercentOf, percentOf } from './percent-of.js';

test('percentOf rounds once with the named mode', () => {
  assert.equal(percentOf(8430, { coef: 12, scale: 0 }, 'half-up'), 1012);
  assert.equal(percentOf(1250, { coef: 19, scale: 0 }, 'half-even'), 238);
  assert.equal(percentOf(10000, { coef: 55, scale: 1 }, 'half-up'), 550);
  assert.equal(percentOf(999, { coef: 26, scale: 1 }, 'down'), 25);
});

test('inclusivePercentOf grosses up', () => {
  assert.equal(inclusivePercentOf(10000, { coef: 17, scale: 0 }, 'half-up'), 2048);
  assert.equal(inclusivePercentOf(0, { coef: 17, scale: 0 }, 'half-up'), 0);
});
