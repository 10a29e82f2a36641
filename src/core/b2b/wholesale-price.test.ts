import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWholesaleItem, priceForQuantity, type WholesaleItem } from './wholesale-price.js';

const item: WholesaleItem = {
  minOrderQuantity: 12,
  orderMultiple: 6,
  tiers: [
    { minQuantity: 1, unitPriceMinor: 450 },
    { minQuantity: 48, unitPriceMinor: 400 },
    { minQuantity: 120, unitPriceMinor: 350 },
  ],
};

test('a good item is accepted as given; MOQ and multiple default to 1', () => {
  assert.deepEqual(checkWholesaleItem(item, 'items[0]'), { ok: true, value: item });
  assert.deepEqual(checkWholesaleItem({ tiers: [{ minQuantity: 1, unitPriceMinor: 0 }] }, 'x'), {
    ok: true,
    value: { minOrderQuantity: 1, orderMultiple: 1, tiers: [{ minQuantity: 1, unitPriceMinor: 0 }] },
  });
});

test('bad items are refused naming the field', () => {
  const refusal = (input: unknown) => {
    const r = checkWholesaleItem(input, 'items[2]');
    assert.equal(r.ok, false, JSON.stringify(input));
    return r.ok ? '' : `${r.field}: ${r.message}`;
  };
  const tiers = item.tiers;
  assert.match(refusal(null), /^items\[2\]: a wholesale item is an object/);
  assert.match(refusal({ ...item, minOrderQuantity: 0 }), /^items\[2\]\.minOrderQuantity: .*from 1 to 1000000/);
  assert.match(refusal({ ...item, minOrderQuantity: 1.5 }), /^items\[2\]\.minOrderQuantity:/);
  assert.match(refusal({ ...item, minOrderQuantity: '12' }), /^items\[2\]\.minOrderQuantity:/);
  assert.match(refusal({ ...item, orderMultiple: 100_001 }), /^items\[2\]\.orderMultiple: .*from 1 to 100000/);
  assert.match(refusal({ ...item, orderMultiple: 5 }), /^items\[2\]\.orderMultiple: the minimum order quantity 12 must itself be a multiple of the order multiple 5/);
  assert.match(refusal({ ...item, tiers: [] }), /^items\[2\]\.tiers: give at least one price tier/);
  assert.match(refusal({ ...item, tiers: Array.from({ length: 21 }, (_, i) => ({ minQuantity: i + 1, unitPriceMinor: 1 })) }), /^items\[2\]\.tiers: at most 20/);
  assert.match(refusal({ ...item, tiers: [tiers[0], { minQuantity: 1, unitPriceMinor: 400 }] }), /^items\[2\]\.tiers\[1\]\.minQuantity: tiers go up by quantity: 1 must be above the previous tier's 1/);
  assert.match(refusal({ ...item, tiers: [tiers[0], tiers[2], tiers[1]] }), /^items\[2\]\.tiers\[2\]\.minQuantity: .*48 must be above the previous tier's 120/);
  assert.match(refusal({ ...item, tiers: [{ minQuantity: 24, unitPriceMinor: 400 }] }), /^items\[2\]\.tiers\[0\]\.minQuantity: the first tier must start at or below the minimum order quantity 12/);
  assert.match(refusal({ ...item, tiers: [{ minQuantity: 0, unitPriceMinor: 400 }] }), /^items\[2\]\.tiers\[0\]\.minQuantity: /);
  assert.match(refusal({ ...item, tiers: [tiers[0], { minQuantity: 48, unitPriceMinor: -1 }] }), /^items\[2\]\.tiers\[1\]\.unitPriceMinor: .*non-negative/);
  assert.match(refusal({ ...item, tiers: [tiers[0], { minQuantity: 48, unitPriceMinor: 4.5 }] }), /^items\[2\]\.tiers\[1\]\.unitPriceMinor:/);
  assert.match(refusal({ ...item, tiers: [tiers[0], { minQuantity: 48, unitPriceMinor: 2 ** 53 }] }), /^items\[2\]\.tiers\[1\]\.unitPriceMinor:/);
  assert.match(refusal({ ...item, tiers: [tiers[0], 'cheap'] }), /^items\[2\]\.tiers\[1\]: a price tier is/);
});

test('the price for a quantity is the last tier starting at or below it', () => {
  const cases: Array<[number, number, number]> = [
    [12, 450, 5400],
    [42, 450, 18900],
    [48, 400, 19200],
    [114, 400, 45600],
    [120, 350, 42000],
    [600, 350, 210000],
  ];
  for (const [quantity, unit, line] of cases) {
    const r = priceForQuantity(item, quantity, 'lines[0].quantity');
    assert.ok(r.ok, String(quantity));
    assert.equal(r.value.unitPriceMinor, unit, String(quantity));
    assert.equal(r.value.lineMinor, line, String(quantity));
    assert.equal(r.value.lineMinor, r.value.unitPriceMinor * quantity);
    assert.ok(item.tiers.includes(r.value.tier));
  }
});

test('below the MOQ, off the multiple, or not a quantity: refused naming the field', () => {
  const below = priceForQuantity(item, 6, 'lines[1].quantity');
  assert.deepEqual(below, { ok: false, code: 'BELOW_MINIMUM_ORDER', message: '6 is below the minimum order quantity of 12', field: 'lines[1].quantity' });
  const off = priceForQuantity(item, 50, 'lines[1].quantity');
  assert.equal(off.ok, false);
  assert.equal(!off.ok && off.code, 'VALIDATION_FAILED');
  assert.equal(!off.ok && off.message, 'this item is sold in multiples of 6: order 48 or 54, not 50');
  const justAbove = priceForQuantity(item, 13, 'q');
  assert.equal(!justAbove.ok && justAbove.message, 'this item is sold in multiples of 6: order 12 or 18, not 13');
  for (const q of [0, -6, 1.5, Number.NaN, 2 ** 53]) {
    const r = priceForQuantity(item, q, 'q');
    assert.equal(!r.ok && r.code, 'VALIDATION_FAILED', String(q));
    assert.equal(!r.ok && r.field, 'q');
  }
  const huge = priceForQuantity({ minOrderQuantity: 1, orderMultiple: 1, tiers: [{ minQuantity: 1, unitPriceMinor: 2 ** 40 }] }, 2 ** 20, 'q');
  assert.match(!huge.ok ? huge.message : '', /too large/);
});
