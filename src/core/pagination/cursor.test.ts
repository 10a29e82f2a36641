import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.js';

test('round-trips', () => {
  const c = { createdAt: '2026-11-27T10:00:00.000Z', id: 'a1b2' };
  assert.deepEqual(decodeCursor(encodeCursor(c)), c);
});

for (const bad of ['', '!!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(600)]) {
  test(`rejects ${JSON.stringify(bad.slice(0, 20))}`, () => {
    assert.equal(decodeCursor(bad), undefined);
  });
}
