import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateMovementInput } from './validate-movement-input.js';

const receipt = { sku: 'COF-ROB-250', warehouse: 'vn-hoian', kind: 'receipt', quantity: 120 };

test('receipts, returns and adjustments of either sign are accepted', () => {
  assert.deepEqual(validateMovementInput({ ...receipt, reason: ' roast of week 45 ', reference: 'PO-2025-118' }), {
    ok: true,
    value: { ...receipt, reason: 'roast of week 45', reference: 'PO-2025-118' },
  });
  for (const [kind, quantity] of [['return', 1], ['adjustment', -3], ['adjustment', 1_000_000], ['adjustment', -1_000_000]] as const) {
    const r = validateMovementInput({ ...receipt, kind, quantity });
    assert.ok(r.ok, `${kind} ${quantity}`);
    assert.equal(r.value.quantity, quantity);
    assert.equal(r.value.reason, null);
  }
});

const bad: Array<[string, Record<string, unknown>, string]> = [
  ['quantity 0', { quantity: 0 }, 'quantity'],
  ['a fractional quantity', { quantity: 1.5 }, 'quantity'],
  ['a quantity as text', { quantity: '3' }, 'quantity'],
  ['a negative receipt', { quantity: -1 }, 'quantity'],
  ['a negative return', { kind: 'return', quantity: -2 }, 'quantity'],
  ['a quantity beyond a million', { kind: 'adjustment', quantity: -1_000_001 }, 'quantity'],
  ['a sale by hand', { kind: 'sale', quantity: -1 }, 'kind'],
  ['an unknown kind', { kind: 'theft' }, 'kind'],
  ['a reason of 501 characters', { reason: 'x'.repeat(501) }, 'reason'],
  ['a reference of 101 characters', { reference: 'r'.repeat(101) }, 'reference'],
  ['a reference with a line break', { reference: 'a\nb' }, 'reference'],
  ['a SKU with spaces', { sku: 'COF ROB' }, 'sku'],
  ['no warehouse', { warehouse: undefined }, 'warehouse'],
];
for (const [label, patch, field] of bad) {
  test(`refuses ${label}, naming ${field}`, () => {
    const r = validateMovementInput({ ...receipt, ...patch });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.deepEqual(r.details?.map((d) => d.field), [field]);
  });
}

test('a reason of exactly 500 characters, on several lines, is accepted', () => {
  const reason = `${'a'.repeat(249)}\n${'b'.repeat(250)}`;
  const r = validateMovementInput({ ...receipt, reason });
  assert.ok(r.ok);
  assert.equal(r.value.reason, reason);
});
