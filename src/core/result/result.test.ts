import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fail, ok } from './result.js';

test('ok carries its value', () => {
  const r = ok(42);
  assert.equal(r.ok, true);
  assert.equal(r.value, 42);
});

test('fail carries code, message and the field at fault', () => {
  const r = fail('INVALID_INPUT', 'port must be a whole number', { field: 'port' });
  assert.deepEqual(r, { ok: false, code: 'INVALID_INPUT', message: 'port must be a whole number', field: 'port' });
});

test('fail without extras has no field or details keys', () => {
  const r = fail('NOT_FOUND', 'no such key');
  assert.equal('field' in r, false);
  assert.equal('details' in r, false);
});
