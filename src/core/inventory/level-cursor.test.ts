import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeBase64Url } from '../encoding/base64url.js';
import { decodeLevelCursor, encodeLevelCursor } from './level-cursor.js';

test('a level cursor round-trips', () => {
  const c = { sku: 'COF-ROB-250', warehouse: 'vn-hoian' };
  assert.deepEqual(decodeLevelCursor(encodeLevelCursor(c)), c);
});

test('forged or broken cursors decode to undefined', () => {
  for (const text of ['', 'not a cursor', encodeBase64Url('{}'), encodeBase64Url('["A"]'), encodeBase64Url('["A B","w"]'), encodeBase64Url('["A","W"]'), encodeBase64Url('[1,2]'), 'x'.repeat(300)]) {
    assert.equal(decodeLevelCursor(text), undefined, text);
  }
});
