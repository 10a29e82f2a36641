import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseApproveInput, parseReasonInput, parseReceiveInput, parseReturnPolicyInput, parseReturnRequest } from './return-input.js';

const fieldsOf = (r: { ok: boolean; details?: readonly { field: string }[] }) => (r.ok ? [] : (r.details ?? []).map((d) => d.field));

test('a return request: email and lines checked field by field, every problem named at once', () => {
  const good = parseReturnRequest({ email: 'Ana@Example.COM', lines: [{ sku: 'TEE', quantity: 2, reason: 'other', note: ' seam open ' }] });
  assert.deepEqual(good.ok && good.value, { email: 'Ana@example.com', lines: [{ sku: 'TEE', quantity: 2, reason: 'other', note: 'seam open' }] });
  const bad = parseReturnRequest({ email: 'x', lines: [{ sku: '', quantity: 0, reason: 'other' }, { sku: 'A', quantity: 1, reason: 'meh', note: 5, extra: 1 }], more: true });
  assert.deepEqual(fieldsOf(bad as never), ['more', 'email', 'lines[0].sku', 'lines[0].quantity', 'lines[0].note', 'lines[1].extra', 'lines[1].reason', 'lines[1].note']);
  assert.deepEqual(fieldsOf(parseReturnRequest({ email: 'a@b.co', lines: Array.from({ length: 51 }, () => ({ sku: 'A', quantity: 1, reason: 'damaged' })) }) as never), ['lines']);
  assert.equal((parseReturnRequest('text') as { field?: string }).field, 'body');
});

test('the admin bodies: approve (label or not), reasons, what was received, the policy', () => {
  assert.deepEqual(parseApproveInput(undefined), { ok: true, value: { label: true } });
  assert.deepEqual(parseApproveInput({ label: false }), { ok: true, value: { label: false } });
  assert.deepEqual(fieldsOf(parseApproveInput({ label: 'no', x: 1 }) as never), ['x', 'label']);
  assert.deepEqual(parseReasonInput({}, false), { ok: true, value: { reason: null } });
  assert.deepEqual(fieldsOf(parseReasonInput({}, true) as never), ['reason']);
  assert.deepEqual(parseReceiveInput({}), { ok: true, value: 'everything' });
  assert.deepEqual(fieldsOf(parseReceiveInput({ lines: [{ sku: 'A', quantity: 1, restock: 'yes' }] }) as never), ['lines[0].restock']);
  assert.deepEqual(parseReturnPolicyInput({ refundShipping: 'always' }), { ok: true, value: { refundShipping: 'always' } });
  assert.deepEqual(fieldsOf(parseReturnPolicyInput({ refundShipping: 'maybe' }) as never), ['refundShipping']);
});
