import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTransition, isFinalStatus, PAYMENT_STATUSES, PAYMENT_TRANSITIONS } from './payment-status.js';

test('the transition table names only known statuses and final ones lead nowhere', () => {
  for (const [from, tos] of Object.entries(PAYMENT_TRANSITIONS)) {
    assert.ok((PAYMENT_STATUSES as readonly string[]).includes(from));
    for (const to of tos) assert.ok((PAYMENT_STATUSES as readonly string[]).includes(to), `${from} -> ${to}`);
  }
  assert.deepEqual(PAYMENT_STATUSES.filter(isFinalStatus), ['succeeded', 'failed', 'cancelled']);
});

test('allowed moves change, staying is no change, everything else is refused', () => {
  assert.deepEqual(checkTransition('requires_action', 'succeeded'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkTransition('processing', 'succeeded'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkTransition('authorized', 'succeeded'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkTransition('authorized', 'cancelled'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkTransition('succeeded', 'succeeded'), { ok: true, value: { changed: false } });
  for (const [from, to] of [
    ['succeeded', 'processing'],
    ['succeeded', 'requires_action'],
    ['failed', 'succeeded'],
    ['cancelled', 'authorized'],
    ['authorized', 'processing'],
    ['processing', 'requires_action'],
  ] as const) {
    const r = checkTransition(from, to);
    assert.equal(r.ok, false, `${from} -> ${to}`);
    if (!r.ok) {
      assert.equal(r.code, 'PAYMENT_STATE_CONFLICT');
      assert.match(r.message, new RegExp(`${from}.*${to}`));
    }
  }
});

test('every status can reach a final one (no payment is stuck by the table)', () => {
  for (const start of PAYMENT_STATUSES) {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) for (const next of PAYMENT_TRANSITIONS[queue.shift()!]) if (!seen.has(next)) seen.add(next), queue.push(next);
    assert.ok([...seen].some(isFinalStatus), start);
  }
});
