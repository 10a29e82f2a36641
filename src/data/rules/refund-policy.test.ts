import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate } from '../../core/calendar/iso-date.js';
import { money } from '../../core/money/money.js';
import { pickRule, splitRefund } from '../../core/orders/refund-split.js';
import { LOW_VALUE_SCHEMES } from './low-value-schemes.js';
import { lineSchemeOf, REFUND_POLICY } from './refund-policy.js';

const SCHEMES = ['IOSS', 'UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC', 'SG_OVR', 'CH_VAT'];

test('every rule has a unique id, a source, a plain note and a valid start date', () => {
  const ids = REFUND_POLICY.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of REFUND_POLICY) {
    assert.ok(rule.source.length > 20, rule.id);
    assert.ok(rule.note.length > 20, rule.id);
    assert.ok(isIsoDate(rule.effectiveFrom), rule.id);
    assert.ok(Object.keys(rule.appliesTo).length > 0, `${rule.id} applies to something`);
  }
});

test('tax charged under a seller-filed scheme is refundable; duty never automatically', () => {
  for (const scheme of SCHEMES) {
    for (const incoterm of ['DDP', 'DAP'] as const) {
      // Order lines carry the landed-cost scheme's name (UK GBP 135 point-of-sale VAT), not the registration id.
      const rule = pickRule(REFUND_POLICY, { taxScheme: lineSchemeOf(scheme), territory: 'XX' }, incoterm, '2026-12-01');
      assert.ok(rule, `${scheme} ${incoterm}`);
      assert.equal(rule.taxRefundable, true, rule.id);
      assert.equal(rule.dutyRefundable, false, rule.id);
    }
  }
  // The registration ids are the ones the landed-cost schemes use (CH_VAT is not encoded there as a scheme).
  for (const s of LOW_VALUE_SCHEMES) assert.ok(SCHEMES.includes(s.registration), s.registration);
});

test('a line taxed under a low-value scheme finds that scheme\'s rule by the name it carries, in the destination\'s territory under DDP', () => {
  const cases = [
    ['UK GBP 135 point-of-sale VAT', 'GB', 'refund.GB.low-value'],
    ['Australian GST on low value imported goods', 'AU', 'refund.AU.LVG'],
    ['New Zealand GST on low value imported goods', 'NZ', 'refund.NZ.LVG'],
    ['VOEC', 'NO', 'refund.NO.VOEC'],
    ['Singapore overseas vendor registration (low-value goods)', 'SG', 'refund.SG.OVR'],
    ['IOSS', 'EU', 'refund.EU.IOSS'],
  ] as const;
  for (const [scheme, territory, id] of cases) {
    assert.ok(LOW_VALUE_SCHEMES.some((s) => s.scheme === scheme), `${scheme} is a landed-cost scheme's name`);
    const rule = pickRule(REFUND_POLICY, { taxScheme: scheme, territory }, 'DDP', '2026-12-01');
    assert.equal(rule?.id, id, scheme);
    assert.equal(rule?.taxRefundable, true, id);
  }
});

test('outside a scheme nothing paid at the border comes back automatically, under DDP or DAP', () => {
  const cases = [
    ['EU', 'DDP', 'refund.EU.DDP-border'],
    ['GB', 'DDP', 'refund.GB.DDP-border'],
    ['US', 'DDP', 'refund.DDP-border'],
    ['EU', 'DAP', 'refund.DAP-buyer-paid'],
    ['JP', 'DAP', 'refund.DAP-buyer-paid'],
  ] as const;
  for (const [territory, incoterm, id] of cases) {
    const rule = pickRule(REFUND_POLICY, { taxScheme: null, territory }, incoterm, '2026-12-01');
    assert.equal(rule?.id, id, `${territory} ${incoterm}`);
    assert.equal(rule?.taxRefundable, false);
    assert.equal(rule?.dutyRefundable, false);
  }
});

test('with the shipped policy, an IOSS line refunds its VAT and keeps its duty back with a reason', () => {
  const eur = (n: number) => money(n, 'EUR');
  const r = splitRefund(
    {
      currency: 'EUR',
      incoterm: 'DDP',
      lines: [{ sku: 'MUG', quantity: 3, refundedQuantity: 0, goods: eur(10000), duties: eur(300), taxes: eur(1900), taxScheme: 'IOSS', territory: 'EU' }],
      shipping: { paid: eur(0), refunded: eur(0) },
      fees: { paid: eur(0), refunded: eur(0) },
    },
    { lines: [{ sku: 'MUG', quantity: 1 }], shipping: false, fees: false },
    REFUND_POLICY,
    '2026-12-01',
  );
  assert.equal(r.ok, true);
  if (!r.ok) return;
  assert.deepEqual([r.value.goods, r.value.taxes, r.value.total], [eur(3333), eur(633), eur(3966)]);
  assert.equal(r.value.notRefunded.length, 1);
  assert.deepEqual(r.value.notRefunded[0]!.amount, eur(100));
  assert.equal(r.value.notRefunded[0]!.rule, 'refund.EU.IOSS');
  assert.match(r.value.notRefunded[0]!.reason, /claims it back from customs/);
});
