import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isInPostalRange, normalizePostalCode } from './postal-code.js';

describe('postal codes', () => {
  it('normalizes case, spaces and hyphens; refuses anything else', () => {
    const table: Array<[string, string | undefined]> = [
      ['5928 pr', '5928PR'],
      ['900-0001', '9000001'],
      [' ze1 0aa ', 'ZE10AA'],
      ['10115', '10115'],
      ['', undefined],
      ['  ', undefined],
      ['12#45', undefined],
      ['1234567890A', undefined],
      ['Straße', undefined],
    ];
    for (const [text, expected] of table) assert.equal(normalizePostalCode(text), expected, text);
  });

  it('compares the first N characters with bounds of length N', () => {
    assert.ok(isInPostalRange('99501', '995', '999'));
    assert.ok(isInPostalRange('99999', '995', '999'));
    assert.ok(!isInPostalRange('99499', '995', '999'));
    assert.ok(isInPostalRange('20000', '20', '20'));
    assert.ok(!isInPostalRange('2', '20', '20'), 'shorter than the bounds: in no range');
    assert.ok(isInPostalRange('ZE10AA', 'ZE', 'ZE'));
    assert.ok(!isInPostalRange('ZF10AA', 'ZE', 'ZE'));
    assert.ok(isInPostalRange('X0A1H0', 'X', 'Y'));
  });
});
