import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPackingSlip } from './build-packing-slip.js';
import { buildPickList, type PickCandidate } from './build-pick-list.js';
import { berlinParcel } from './customs-docs.fixture.js';

test('the packing slip lists what is in the parcel with the titles as bought, and no prices', () => {
  const r = buildPackingSlip({ ...berlinParcel(), parcels: 2 });
  assert.ok(r.ok);
  assert.deepEqual(r.value.lines, [
    { sku: 'TEE-LAN-M', title: 'Lantern T-shirt, M', quantity: 2, ordered: 2 },
    { sku: 'COF-ROB-250', title: 'Buôn Ma Thuột Robusta Whole Beans, 250 g', quantity: 1, ordered: 1 },
  ]);
  assert.deepEqual([r.value.parcel, r.value.parcels, r.value.units, r.value.service], [1, 2, 3, 'VNPost, vn-post-economy']);
  assert.equal(r.value.note, 'Parcel 1 of 2: the rest of the order comes in its own parcel.');
  assert.ok(!JSON.stringify(r.value).includes('Minor'), 'no amounts at all');
  const base = berlinParcel();
  const cancelled = buildPackingSlip({ ...berlinParcel({ order: { ...base.order, status: 'cancelled', cancelled: true } }), parcels: 1 });
  assert.ok(!cancelled.ok);
  assert.equal(cancelled.code, 'ORDER_STATE_CONFLICT');
});

const candidate = (orderNumber: string, placedAt: string, lines: PickCandidate['lines'], over: Partial<PickCandidate> = {}): PickCandidate => ({
  orderNumber, orderStatus: 'paid', paid: true, cancelled: false, riskStatus: 'approved', placedAt, shipmentPosition: 0, shipmentStatus: 'planned', service: 'vn-post-economy', lines, ...over,
});

test('the pick list sums the planned, shippable parcels per SKU and lists the held ones with the reason', () => {
  const list = buildPickList({ code: 'vn-hoian', name: 'Hội An workshop' }, [
    candidate('LF-100438', '2026-11-27T10:00:00.000Z', [{ sku: 'TEE-LAN-M', title: 'Lantern T-shirt, M', quantity: 1 }, { sku: 'COF-ROB-250', title: 'Robusta 250 g', quantity: 3 }], { shipmentStatus: 'labelled' }),
    candidate('LF-100420', '2026-11-27T09:00:00.000Z', [{ sku: 'TEE-LAN-M', title: 'Lantern T-shirt, M', quantity: 2 }]),
    candidate('LF-100446', '2026-11-27T11:00:00.000Z', [{ sku: 'BAG-TOT-TAN', title: 'Tote', quantity: 1 }], { riskStatus: 'review' }),
    candidate('LF-100453', '2026-11-27T12:00:00.000Z', [{ sku: 'BAG-TOT-TAN', title: 'Tote', quantity: 1 }], { paid: false, orderStatus: 'pending_payment' }),
    candidate('LF-100461', '2026-11-27T13:00:00.000Z', [{ sku: 'BAG-TOT-TAN', title: 'Tote', quantity: 1 }], { shipmentStatus: 'shipped' }),
    candidate('LF-100479', '2026-11-27T14:00:00.000Z', [{ sku: 'BAG-TOT-TAN', title: 'Tote', quantity: 1 }], { cancelled: true, orderStatus: 'cancelled' }),
  ], '2026-11-28', new Map([['COF-ROB-250', 'A-01']]));
  assert.deepEqual(list.picks, [
    { sku: 'COF-ROB-250', title: 'Robusta 250 g', bin: 'A-01', quantity: 3, parcels: ['LF-100438/1 x3'] },
    { sku: 'TEE-LAN-M', title: 'Lantern T-shirt, M', bin: null, quantity: 3, parcels: ['LF-100420/1 x2', 'LF-100438/1 x1'] },
  ]);
  assert.deepEqual(list.parcels.map((p) => [p.ref, p.units]), [['LF-100420/1', 2], ['LF-100438/1', 4]]);
  assert.deepEqual(list.held, [{ ref: 'LF-100446/1', reason: 'held for fraud review' }, { ref: 'LF-100453/1', reason: 'not paid yet' }]);
  assert.equal(list.units, 6);
});
