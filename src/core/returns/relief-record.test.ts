import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReliefRecords, type ReliefOrderLine } from './relief-record.js';

const tee: ReliefOrderLine = { sku: 'TEE', title: 'Tee', quantity: 3, goodsMinor: 10470, taxIncludedMinor: 1672, taxesMinor: 2100, dutiesMinor: 900, taxScheme: 'IOSS', hsCode: '610910', originCountry: 'VN' };
const input = (received: number, earlier = 0) => ({
  order: { number: 'LF-100016', country: 'DE', incoterm: 'DDP' as const, currency: 'EUR', lines: [tee] },
  shipments: [{ id: 's1', warehouseCountry: 'VN', carrier: 'VNPost', trackingNumber: 'CP000000014VN', shippedAt: '2026-11-27T10:00:00.000Z', deliveredAt: null, lines: [{ sku: 'TEE', quantity: 3 }] }],
  events: [
    { shipmentId: 's1', trackingNumber: 'CP000000014VN', status: 'delivered', at: '2026-11-30T03:00:00.000Z' },
    { shipmentId: 's1', trackingNumber: 'CP000000014VN', status: 'in_transit', at: '2026-11-27T19:00:00.000Z' },
    { shipmentId: 's1', trackingNumber: 'CP000000014VN', status: 'picked_up', at: '2026-11-27T11:00:00.000Z' },
    { shipmentId: 's1', trackingNumber: 'CP000000099VN', status: 'picked_up', at: '2026-11-27T09:00:00.000Z' },
  ],
  received: [{ sku: 'TEE', quantity: received }],
  earlier: new Map(earlier ? [['TEE', earlier]] : []),
  receivedAt: '2026-12-10T12:00:00.000Z',
});

test('the record of a return: the export under its tracking number with the carrier pickup and delivery times (events of another label ignored), the received date, the line shares', () => {
  const [r] = buildReliefRecords(input(1));
  assert.deepEqual(
    { ...r, lines: undefined },
    { shipmentId: 's1', orderNumber: 'LF-100016', exportTrackingNumber: 'CP000000014VN', carrier: 'VNPost', exportCountry: 'VN', importCountry: 'DE', incoterm: 'DDP', paidBy: 'seller', currency: 'EUR', shippedAt: '2026-11-27T11:00:00.000Z', shippedSource: 'carrier', deliveredAt: '2026-11-30T03:00:00.000Z', deliveredSource: 'carrier', receivedAt: '2026-12-10T12:00:00.000Z', lines: undefined },
  );
  // Customs value: 104.70 less the VAT in the price as far as collected (16.72) = 87.98; a third of it rounded down.
  assert.deepEqual(r!.lines, [{ sku: 'TEE', title: 'Tee', hsCode: '610910', originCountry: 'VN', quantity: 1, valueMinor: 2932, dutiesMinor: 300, taxesMinor: 700, taxScheme: 'IOSS' }]);
});

test('returns of one line add up to the line exactly, whatever the order they come back in', () => {
  const first = buildReliefRecords(input(1))[0]!.lines[0]!;
  const rest = buildReliefRecords(input(2, 1))[0]!.lines[0]!;
  assert.deepEqual([first.valueMinor + rest.valueMinor, first.dutiesMinor + rest.dutiesMinor, first.taxesMinor + rest.taxesMinor], [8798, 900, 2100]);
});

test('without carrier events the operator dates are kept and said so; under DAP the buyer paid', () => {
  const base = input(1);
  const [r] = buildReliefRecords({ ...base, order: { ...base.order, incoterm: 'DAP' }, events: [] });
  assert.deepEqual([r!.shippedAt, r!.shippedSource, r!.deliveredAt, r!.deliveredSource, r!.paidBy], ['2026-11-27T10:00:00.000Z', 'operator', null, null, 'buyer']);
});
