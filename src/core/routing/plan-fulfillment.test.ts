import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFulfillment, type PriceShipment, type RoutingLine, type RoutingWarehouse, type ShipmentOption } from './plan-fulfillment.js';

/** Goods value per unit (minor units) to price duties and taxes in the test pricing. */
const UNIT: Record<string, number> = { tee: 2_000, coffee: 1_500, lantern: 4_000 };
const value = (lines: readonly RoutingLine[]) => lines.reduce((s, l) => s + UNIT[l.sku]! * l.quantity, 0);

/**
 * A buyer in Germany. Venlo (NL) ships inside the EU: no duty or import tax, 5.00 post or 9.00
 * express. Hội An (VN) ships from outside: 12% duty and 19% tax on the goods, 1.50 clearance fee,
 * 8.00 post (10-20 days) or 25.00 express (3-6 days).
 */
const price: PriceShipment = (warehouse, lines) => {
  const v = value(lines);
  const option = (service: string, shipping: number, minDays: number, maxDays: number, imported: boolean): ShipmentOption => ({
    service,
    shipping,
    duties: imported ? Math.round(v * 0.12) : 0,
    taxes: imported ? Math.round((v + shipping + Math.round(v * 0.12)) * 0.19) : 0,
    fees: imported ? 150 : 0,
    minDays,
    maxDays,
  });
  if (warehouse === 'nl-venlo') return [option('nl-post', 500, 1, 3, false), option('nl-express', 900, 1, 2, false)];
  if (warehouse === 'vn-hoian') return [option('vn-post', 800, 10, 20, true), option('vn-express', 2_500, 3, 6, true)];
  return [];
};

const warehouses: RoutingWarehouse[] = [
  { code: 'vn-hoian', available: { tee: 100, coffee: 100, lantern: 20 } },
  { code: 'nl-venlo', available: { tee: 10, coffee: 5 } },
];

test('the warehouse inside the buyer\'s customs union wins when it has everything', () => {
  const r = planFulfillment({ lines: [{ sku: 'tee', quantity: 2 }, { sku: 'coffee', quantity: 1 }], warehouses, price });
  assert.ok(r.ok);
  assert.equal(r.value.plan.shipments.length, 1);
  assert.equal(r.value.plan.shipments[0]!.warehouse, 'nl-venlo');
  assert.equal(r.value.plan.shipments[0]!.option.service, 'nl-post');
  assert.equal(r.value.plan.total, 500);
  assert.match(r.value.reason, /nl-venlo/);
  // every way was weighed: all from VN, all from NL, and the two splits
  assert.equal(r.value.considered.length, 4);
  assert.equal(r.value.considered.filter((c) => c.verdict === 'chosen').length, 1);
  assert.ok(r.value.considered.every((c) => c.verdict === 'chosen' || /more|same/.test(c.verdict)));
});

test('a line only one warehouse holds makes a split when that is cheapest, or one parcel from there', () => {
  const lines = [{ sku: 'tee', quantity: 2 }, { sku: 'lantern', quantity: 1 }];
  const r = planFulfillment({ lines, warehouses, price });
  assert.ok(r.ok);
  // lantern only in VN: either all from VN, or lantern from VN and the tees from NL
  const all = r.value.considered.find((c) => !c.summary.includes('nl-venlo'))!;
  const split = r.value.considered.find((c) => c.summary.includes('nl-venlo'))!;
  assert.ok(all.total !== null && split.total !== null);
  const expectedAll = 800 + Math.round(8_000 * 0.12) + Math.round((8_000 + 800 + 960) * 0.19) + 150;
  assert.equal(all.total, expectedAll);
  const expectedSplit = 500 + (800 + Math.round(4_000 * 0.12) + Math.round((4_000 + 800 + 480) * 0.19) + 150);
  assert.equal(split.total, expectedSplit);
  assert.equal(r.value.plan.total, Math.min(expectedAll, expectedSplit));
  assert.equal(r.value.plan.shipments.length, expectedSplit < expectedAll ? 2 : 1);
});

test('a delivery window rules out slow options, or every plan', () => {
  const lines = [{ sku: 'lantern', quantity: 1 }];
  const week = planFulfillment({ lines, warehouses, price, maxDays: 7 });
  assert.ok(week.ok);
  assert.equal(week.value.plan.shipments[0]!.option.service, 'vn-express');
  const tomorrow = planFulfillment({ lines, warehouses, price, maxDays: 2 });
  assert.equal(tomorrow.ok, false);
  if (!tomorrow.ok) {
    assert.equal(tomorrow.code, 'NO_ROUTE');
    assert.match(tomorrow.message, /within 2 days/);
  }
});

test('a line no warehouse can fill whole is refused naming it; bad quantities too', () => {
  const r = planFulfillment({ lines: [{ sku: 'tee', quantity: 1 }, { sku: 'coffee', quantity: 500 }], warehouses, price });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, 'INSUFFICIENT_STOCK');
    assert.equal(r.field, 'lines[1].quantity');
    assert.match(r.message, /at most 100/);
  }
  const zero = planFulfillment({ lines: [{ sku: 'tee', quantity: 0 }], warehouses, price });
  assert.equal(!zero.ok && zero.field, 'lines[0].quantity');
  const none = planFulfillment({ lines: [], warehouses, price });
  assert.equal(!none.ok && none.field, 'lines');
});

test('ties go to fewer parcels; a parcel limit is kept', () => {
  const flat: PriceShipment = () => [{ service: 'flat', shipping: 0, duties: 0, taxes: 0, fees: 0, minDays: 1, maxDays: 2 }];
  const lines = [{ sku: 'tee', quantity: 1 }, { sku: 'coffee', quantity: 1 }];
  const r = planFulfillment({ lines, warehouses, price: flat });
  assert.ok(r.ok);
  assert.equal(r.value.plan.shipments.length, 1);
  const three = [...warehouses, { code: 'us-nj', available: { lantern: 5 } }];
  const limited = planFulfillment({ lines: [...lines, { sku: 'lantern', quantity: 1 }], warehouses: three, price: flat, maxShipments: 1 });
  assert.ok(limited.ok);
  assert.ok(limited.value.considered.some((c) => c.verdict === 'more than 1 parcel'));
  assert.equal(limited.value.plan.shipments.length, 1);
});
