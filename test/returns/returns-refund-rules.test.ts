import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { adminReturn, askReturn, deliveredOrder, refusal, returnCounts, step } from './support.js';

/** Each part of a refund: [refunded, kept back, [rule id, whether it lets the part go back]]. */
const partsOf = (r: any) => Object.fromEntries(r.refund.parts.map((p: any) => [p.part, [p.refunded.amount, p.keptBack.amount, p.rules.map((x: any) => [x.id, x.refundable])]]));

describeWithDatabases('returns: the refund per destination, each part with the rule that allows or keeps it back', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    for (const body of [
      { scheme: 'IOSS', number: 'IM2760000001', validFrom: '2026-01-01' },
      { scheme: 'UK_VAT', number: 'GB123456782', validFrom: '2026-01-01' },
      { scheme: 'EORI', number: 'NL123456789', validFrom: '2026-01-01' },
    ]) {
      const r = await s.admin('POST', '/v1/admin/registrations', { body });
      assert.equal(r.status, 201, said(r));
    }
  });
  after(() => s.close());

  /** Approve without a label (the test carrier rates only from a warehouse's country), receive everything, refund. */
  const throughRefund = async (o: any, lines: unknown[]) => {
    const r = await askReturn(s, o, lines);
    await step(s, r.id, 'approve', { label: false });
    await step(s, r.id, 'receive');
    return step(s, r.id, 'refund');
  };

  test('the store policy for the delivery: shop_at_fault by default; set to never or always; a bad value names the field', async () => {
    assert.deepEqual((await s.admin('GET', '/v1/admin/return-policy')).body, { refundShipping: 'shop_at_fault', isDefault: true, updatedAt: null });
    const bad = await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'sometimes' } });
    assert.deepEqual(refusal(bad), [400, 'VALIDATION_FAILED', ['refundShipping']]);
    assert.match(bad.body.detail, /never, shop_at_fault, always/);
    const extra = await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'never', fees: true } });
    assert.deepEqual(refusal(extra), [400, 'VALIDATION_FAILED', ['fees']]);
    assert.equal((await s.admin('GET', '/v1/admin/return-policy')).body.isDefault, true, 'nothing saved');
  });

  test('EU import under IOSS (Germany, from Hội An): the VAT charged at checkout goes back (refund.EU.IOSS), the EUR 3 duty is kept back with its reason; no delivery for a change of mind', async () => {
    const o = await deliveredOrder(s, 'eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 1 }]);
    assert.deepEqual(o.lines.map((l: any) => [l.sku, l.goods.amount, l.taxIncluded.amount, l.duties.amount, l.taxes.amount, l.taxScheme, l.warehouse]), [
      ['CER-TEA-LOT', '103.90', '16.59', '3.00', '21.14', 'IOSS', 'vn-hoian'],
      ['TEE-LAN-M', '34.90', '5.57', '3.00', '7.10', 'IOSS', 'vn-hoian'],
    ]);
    // A label from Germany back to Hội An: the test carrier prices the lane reversed (Hội An's card to Germany), posted in Germany.
    const r = await askReturn(s, o, [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'size_or_fit' }]);
    const approved = await step(s, r.id, 'approve');
    assert.equal(approved.status, 'label_created');
    assert.match(approved.label.trackingNumber, /DE$/, 'an S10 number of the German post');
    assert.notEqual(approved.label.trackingNumber, o.shipments[0].trackingNumber);
    await step(s, r.id, 'receive');
    const refunded = await step(s, r.id, 'refund');
    // Goods net of the VAT collected: 34.90 - 5.57 = 29.33; the VAT 7.10 goes back; the duty 3.00 stays with customs.
    assert.deepEqual(partsOf(refunded), {
      goods: ['29.33', '0.00', [['return.goods-received', true]]],
      duties: ['0.00', '3.00', [['refund.EU.IOSS', false]]],
      taxes: ['7.10', '0.00', [['refund.EU.IOSS', true]]],
      shipping: ['0.00', '31.99', [['return-policy.shipping.shop_at_fault', false]]],
      fees: ['0.00', '0.00', [['return-policy.fees', false]]],
    });
    assert.deepEqual(refunded.refund.total, { amount: '36.43', currency: 'EUR' });
    const duty = refunded.refund.parts.find((p: any) => p.part === 'duties').rules[0];
    assert.match(duty.note, /claims it back from customs/);
    assert.match(duty.source, /369l-369x/);
    // The relief record: exported from Vietnam into Germany, the duty and VAT paid on the tee.
    const relief = refunded.relief[0];
    assert.deepEqual([relief.exportCountry, relief.importCountry, relief.paidBy, relief.shippedSource, relief.deliveredSource], ['VN', 'DE', 'seller', 'carrier', 'carrier']);
    assert.deepEqual(relief.lines.map((l: any) => [l.sku, l.hsCode, l.originCountry, l.quantity, l.value.amount, l.duties.amount, l.taxes.amount, l.taxScheme]), [['TEE-LAN-M', '610910', 'VN', 1, '29.33', '3.00', '7.10', 'IOSS']]);
  });

  test('UK under the GBP 135 scheme: the VAT charged at checkout goes back (refund.GB.low-value); a wrong item refunds the delivery (shop at fault)', async () => {
    const o = await deliveredOrder(s, 'uk', 'GB', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
    assert.deepEqual(o.lines.map((l: any) => [l.goods.amount, l.taxIncluded.amount, l.taxes.amount, l.taxScheme]), [['59.98', '10.00', '12.11', 'UK GBP 135 point-of-sale VAT']]);
    assert.equal(o.totals.shipping.amount, '10.55');
    const refunded = await throughRefund(o, [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'wrong_item' }]);
    // One tee of two: goods floor((5998 - 1000) / 2) = 2499, VAT floor(1211 / 2) = 605; the delivery 10.55.
    assert.deepEqual(partsOf(refunded), {
      goods: ['24.99', '0.00', [['return.goods-received', true]]],
      duties: ['0.00', '0.00', [['refund.GB.low-value', false]]],
      taxes: ['6.05', '0.00', [['refund.GB.low-value', true]]],
      shipping: ['10.55', '0.00', [['return-policy.shipping.shop_at_fault', true]]],
      fees: ['0.00', '0.00', [['return-policy.fees', false]]],
    });
    assert.deepEqual(refunded.refund.total, { amount: '41.59', currency: 'GBP' });
    assert.match(refunded.refund.parts.find((p: any) => p.part === 'taxes').rules[0].source, /SI 1995\/2518/);
  });

  test('Japan under DDP: duty and consumption tax paid at the border are kept back (refund.DDP-border); with the policy "never" the delivery is kept back even when the shop is at fault', async () => {
    const set = await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'never' } });
    assert.deepEqual([set.status, set.body.refundShipping, set.body.isDefault], [200, 'never', false], said(set));
    try {
      const o = await deliveredOrder(s, 'jp', 'JP', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
      assert.deepEqual(o.lines.map((l: any) => [l.goods.amount, l.taxIncluded.amount, l.duties.amount, l.taxes.amount, l.taxScheme]), [['10360', '942', '1169', '1189', null]]);
      const refunded = await throughRefund(o, [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'not_as_described' }]);
      // One of two: goods floor((10360 - 942) / 2) = 4709; duty floor(1169 / 2) = 584 and tax floor(1189 / 2) = 594 kept back.
      assert.deepEqual(partsOf(refunded), {
        goods: ['4709', '0', [['return.goods-received', true]]],
        duties: ['0', '584', [['refund.DDP-border', false]]],
        taxes: ['0', '594', [['refund.DDP-border', false]]],
        shipping: ['0', '1307', [['return-policy.shipping.never', false]]],
        fees: ['0', '0', [['return-policy.fees', false]]],
      });
      assert.deepEqual(refunded.refund.total, { amount: '4709', currency: 'JPY' });
    } finally {
      await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'shop_at_fault' } });
    }
  });

  test('Switzerland under DDP with the policy "always": the delivery goes back for a change of mind, the import fees never do', async () => {
    await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'always' } });
    try {
      const o = await deliveredOrder(s, 'ch', 'CH', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
      assert.deepEqual([o.totals.shipping.amount, o.totals.fees.amount, o.lines[0].goods.amount, o.lines[0].taxIncluded.amount, o.lines[0].taxes.amount], ['11.64', '17.95', '57.80', '4.33', '6.72']);
      const refunded = await throughRefund(o, [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'no_longer_needed' }]);
      // Goods floor((5780 - 433) / 2) = 2673; Swiss import VAT floor(672 / 2) = 336 kept back; delivery 11.64; fees 17.95 kept back.
      assert.deepEqual(partsOf(refunded), {
        goods: ['26.73', '0.00', [['return.goods-received', true]]],
        duties: ['0.00', '0.00', [['refund.DDP-border', false]]],
        taxes: ['0.00', '3.36', [['refund.DDP-border', false]]],
        shipping: ['11.64', '0.00', [['return-policy.shipping.always', true]]],
        fees: ['0.00', '17.95', [['return-policy.fees', false]]],
      });
      assert.deepEqual(refunded.refund.total, { amount: '38.37', currency: 'CHF' });
    } finally {
      await s.admin('PUT', '/v1/admin/return-policy', { body: { refundShipping: 'shop_at_fault' } });
    }
  });
});
