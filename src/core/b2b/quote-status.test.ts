import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkQuoteStep, effectiveQuoteStatus } from './quote-status.js';

const q = (status: 'draft' | 'sent' | 'accepted' | 'ordered' | 'cancelled') => ({ number: 'Q-1001', status, validUntil: '2026-12-27' });

test('draft -> sent -> accepted -> ordered, each step once', () => {
  assert.deepEqual(checkQuoteStep('send', q('draft'), '2026-12-01'), { ok: true, value: 'sent' });
  assert.deepEqual(checkQuoteStep('send', q('sent'), '2026-12-01'), { ok: true, value: 'sent' }); // a new link
  assert.deepEqual(checkQuoteStep('accept', q('sent'), '2026-12-27'), { ok: true, value: 'accepted' }); // the last valid day
  assert.deepEqual(checkQuoteStep('order', q('accepted'), '2027-02-01'), { ok: true, value: 'ordered' }); // accepted in time: orderable later
  for (const [step, status] of [['send', 'accepted'], ['accept', 'draft'], ['accept', 'ordered'], ['order', 'sent'], ['order', 'cancelled'], ['cancel', 'ordered'], ['cancel', 'cancelled']] as const) {
    const r = checkQuoteStep(step, q(status), '2026-12-01');
    assert.equal(r.ok ? '' : r.code, 'QUOTE_STATE_CONFLICT', `${step} on ${status}`);
    assert.equal(r.ok ? '' : r.field, 'status');
  }
});

test('past validUntil a draft or sent quote reads expired and cannot be sent or accepted (naming validUntil)', () => {
  assert.equal(effectiveQuoteStatus('sent', '2026-12-27', '2026-12-28'), 'expired');
  assert.equal(effectiveQuoteStatus('accepted', '2026-12-27', '2026-12-28'), 'accepted');
  for (const [step, status] of [['send', 'draft'], ['send', 'sent'], ['accept', 'sent']] as const) {
    const r = checkQuoteStep(step, q(status), '2026-12-28');
    assert.deepEqual(r.ok ? null : [r.code, r.field], ['QUOTE_EXPIRED', 'validUntil']);
    assert.match(r.ok ? '' : r.message, /valid until 2026-12-27/);
  }
  assert.deepEqual(checkQuoteStep('cancel', q('sent'), '2026-12-28'), { ok: true, value: 'cancelled' });
});
