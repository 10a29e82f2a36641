import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber, formatShare, formatValue, inSentence } from './format.js';

test('values read plainly: percent, currency before, other units after, no trailing zeros', () => {
  assert.equal(formatValue(92.48, '%'), '92.5 %');
  assert.equal(formatValue(41.2, 'EUR'), 'EUR 41.20');
  assert.equal(formatValue(1234.5, 'USD'), 'USD 1,234.50');
  assert.equal(formatValue(56115.7, undefined), '56,116');
  assert.equal(formatValue(3.2, 'days'), '3.2 days');
  assert.equal(formatValue(30, undefined), '30');
  assert.equal(formatValue(0.001234, undefined), '0.00123');
  assert.equal(formatNumber(-0.04, 1), '0.0');
  assert.equal(formatNumber(-1234567.891, 2), '-1,234,567.89');
});

test('shares and names inside sentences', () => {
  assert.equal(formatShare(0.15), '15 %');
  assert.equal(formatShare(0.125), '12.5 %');
  assert.equal(formatShare(1 / 3), '33.3 %');
  assert.equal(inSentence('Internet use'), 'internet use');
  assert.equal(inSentence('GDP per capita'), 'GDP per capita');
  assert.equal(inSentence('LPI score'), 'LPI score');
});
