import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReceivedLines, checkReturnLines, returnableLines, type ReturnableOrder } from './returnable.js';

const order = (over: Partial<ReturnableOrder> = {}): ReturnableOrder => ({
  number: 'LF-100016',
  lines: [
    { position: 0, sku: 'TEE', quantity: 3, refundedQuantity: 0, warehouse: 'nl-venlo' },
    { position: 1, sku: 'TEA', quantity: 1, refundedQuantity: 0, warehouse: 'vn-hoian' },
  ],
  shipments: [
    { status: 'delivered', warehouse: 'nl-venlo', lines: [{ sku: 'TEE', quantity: 3 }] },
    { status: 'planned', warehouse: 'vn-hoian', lines: [{ sku: 'TEA', quantity: 1 }] },
  ],
  returns: [],
  ...over,
});
const ask = (sku: string, quantity: number, reason: 'damaged' | 'size_or_fit' = 'damaged') => ({ sku, quantity, reason, note: null });

test('units left to return: shipped, less open returns (requested units; received units once back), never more than is unrefunded', () => {
  assert.deepEqual(returnableLines(order()).map((l) => [l.sku, l.shipped, l.left]), [['TEE', 3, 3], ['TEA', 0, 0]]);
  const withReturns = order({
    returns: [
      { status: 'requested', lines: [{ sku: 'TEE', quantity: 1, receivedQuantity: 0 }] },
      { status: 'rejected', lines: [{ sku: 'TEE', quantity: 2, receivedQuantity: 0 }] },
      { status: 'cancelled', lines: [{ sku: 'TEE', quantity: 2, receivedQuantity: 0 }] },
    ],
  });
  assert.equal(returnableLines(withReturns)[0]!.left, 2, 'rejected and cancelled returns hold nothing');
  // Asked for 2, 1 came back and was refunded: 1 unit held, 2 left.
  const refunded = order({ lines: [{ position: 0, sku: 'TEE', quantity: 3, refundedQuantity: 1, warehouse: 'nl-venlo' }], returns: [{ status: 'refunded', lines: [{ sku: 'TEE', quantity: 2, receivedQuantity: 1 }] }] });
  assert.equal(returnableLines(refunded)[0]!.left, 2);
  // One unit refunded by hand (the buyer keeps it): 2 left.
  assert.equal(returnableLines(order({ lines: [{ position: 0, sku: 'TEE', quantity: 3, refundedQuantity: 1, warehouse: 'nl-venlo' }] }))[0]!.left, 2);
  // A parcel the carrier brought back is not with the buyer.
  assert.equal(returnableLines(order({ shipments: [{ status: 'returned', warehouse: 'nl-venlo', lines: [{ sku: 'TEE', quantity: 3 }] }] }))[0]!.left, 0);
});

test('a request: unknown SKUs (400), lines not shipped, too many units counting a SKU listed twice, two warehouses (422), each naming the line', () => {
  const unknown = checkReturnLines(order(), [ask('TEE', 1), ask('MUG', 1)]);
  assert.deepEqual(unknown.ok ? null : [unknown.code, unknown.field], ['VALIDATION_FAILED', 'lines[1].sku']);
  const unshipped = checkReturnLines(order(), [ask('TEA', 1)]);
  assert.deepEqual(unshipped.ok ? null : [unshipped.code, unshipped.field], ['RETURN_NOT_RETURNABLE', 'lines[0].sku']);
  const twice = checkReturnLines(order(), [ask('TEE', 2), ask('TEE', 2, 'size_or_fit')]);
  assert.deepEqual(twice.ok ? null : [twice.code, twice.field, twice.message], ['RETURN_NOT_RETURNABLE', 'lines[1].quantity', 'lines[1].quantity: only 3 units of TEE can be returned (3 shipped); this request asks for 4 in all']);
  const shipped = order({ shipments: [{ status: 'delivered', warehouse: 'nl-venlo', lines: [{ sku: 'TEE', quantity: 3 }] }, { status: 'shipped', warehouse: 'vn-hoian', lines: [{ sku: 'TEA', quantity: 1 }] }] });
  const mixed = checkReturnLines(shipped, [ask('TEE', 1), ask('TEA', 1)]);
  assert.deepEqual(mixed.ok ? null : [mixed.code, mixed.field], ['RETURN_NOT_RETURNABLE', 'lines[1].sku']);
  const good = checkReturnLines(order(), [ask('TEE', 1), ask('TEE', 2, 'size_or_fit')]);
  assert.deepEqual(good.ok ? good.value.map((l) => [l.sku, l.quantity, l.reason, l.position, l.warehouse]) : good, [['TEE', 1, 'damaged', 0, 'nl-venlo'], ['TEE', 2, 'size_or_fit', 0, 'nl-venlo']]);
});

test('receiving: units of a SKU fill its return lines in order; everything by default, damaged units not restocked; too many or unknown SKUs named', () => {
  const lines = [
    { index: 0, sku: 'TEE', quantity: 1, reason: 'damaged' as const },
    { index: 1, sku: 'TEE', quantity: 2, reason: 'size_or_fit' as const },
  ];
  const all = checkReceivedLines(lines, 'everything');
  assert.deepEqual(all.ok && all.value, [{ index: 0, sku: 'TEE', received: 1, restocked: 0 }, { index: 1, sku: 'TEE', received: 2, restocked: 2 }]);
  const split = checkReceivedLines(lines, [{ sku: 'TEE', quantity: 1, restock: false }, { sku: 'TEE', quantity: 1, restock: true }]);
  assert.deepEqual(split.ok && split.value, [{ index: 0, sku: 'TEE', received: 1, restocked: 0 }, { index: 1, sku: 'TEE', received: 1, restocked: 1 }]);
  const over = checkReceivedLines(lines, [{ sku: 'TEE', quantity: 4, restock: true }]);
  assert.deepEqual(over.ok ? null : [over.code, over.field], ['RETURN_NOT_RETURNABLE', 'lines[0].quantity']);
  const unknown = checkReceivedLines(lines, [{ sku: 'TEA', quantity: 1, restock: true }]);
  assert.deepEqual(unknown.ok ? null : [unknown.code, unknown.field], ['VALIDATION_FAILED', 'lines[0].sku']);
});
