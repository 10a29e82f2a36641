import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateReservationRequest } from './validate-reservation-request.js';

const id = '0190a8c4-1b2c-7d3e-8f40-123456789ABC';
const good = { reference: 'cart-81f2', lines: [{ sku: 'COF-ROB-250', warehouse: 'vn-hoian', quantity: 2 }, { variantId: id, warehouse: 'us-nj', quantity: 1 }], ttlSeconds: 900 };

test('a good request comes back with variant ids in lower case', () => {
  const r = validateReservationRequest(good);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { ...good, lines: [good.lines[0], { ...good.lines[1], variantId: id.toLowerCase() }] });
  const noTtl = validateReservationRequest({ ...good, ttlSeconds: undefined });
  assert.ok(noTtl.ok);
  assert.equal('ttlSeconds' in noTtl.value, false);
});

const line = { sku: 'A', warehouse: 'w', quantity: 1 };
const bad: Array<[string, Record<string, unknown>, string[]]> = [
  ['no lines', { lines: [] }, ['lines']],
  ['lines not a list', { lines: line }, ['lines']],
  ['201 lines', { lines: Array.from({ length: 201 }, (_, i) => ({ ...line, sku: `S-${i}` })) }, ['lines']],
  ['quantity 0, fractional and negative', { lines: [{ ...line, quantity: 0 }, { ...line, sku: 'B', quantity: 1.5 }, { ...line, sku: 'C', quantity: -1 }] }, ['lines[0].quantity', 'lines[1].quantity', 'lines[2].quantity']],
  ['a duplicate SKU and warehouse', { lines: [line, { ...line, sku: 'B' }, { ...line, quantity: 4 }] }, ['lines[2]']],
  ['a duplicate variant id in another case', { lines: [{ variantId: id, warehouse: 'w', quantity: 1 }, { variantId: id.toLowerCase(), warehouse: 'w', quantity: 1 }] }, ['lines[1]']],
  ['both sku and variantId', { lines: [{ ...line, variantId: id }] }, ['lines[0]']],
  ['neither sku nor variantId', { lines: [{ warehouse: 'w', quantity: 1 }] }, ['lines[0].sku']],
  ['a bad variant id and warehouse', { lines: [{ variantId: 'abc', warehouse: 'W 1', quantity: 1 }] }, ['lines[0].variantId', 'lines[0].warehouse']],
  ['a line that is not an object', { lines: [line, 'A x 2'] }, ['lines[1]']],
  ['a reference with spaces', { reference: 'cart 1' }, ['reference']],
  ['a TTL below a minute', { ttlSeconds: 59 }, ['ttlSeconds']],
  ['a TTL above a day', { ttlSeconds: 86_401 }, ['ttlSeconds']],
];
for (const [label, patch, fields] of bad) {
  test(`refuses ${label}, naming ${fields.join(', ')}`, () => {
    const r = validateReservationRequest({ ...good, ...patch });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.deepEqual(r.details?.map((d) => d.field), fields);
    assert.equal(r.field, fields[0]);
  });
}

test('the same SKU from two warehouses is two lines, not a duplicate; 200 lines are accepted', () => {
  assert.ok(validateReservationRequest({ ...good, lines: [line, { ...line, warehouse: 'v' }] }).ok);
  assert.ok(validateReservationRequest({ ...good, lines: Array.from({ length: 200 }, (_, i) => ({ ...line, sku: `S-${i}` })) }).ok);
});
