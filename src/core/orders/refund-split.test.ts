import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, type Money } from '../money/money.js';
import { NO_RULE, pickRule, prorate, splitRefund, type RefundableLine, type RefundableOrder, type RefundPolicyRule, type RefundRequest } from './refund-split.js';

const eur = (amount: number): Money => money(amount, 'EUR');

/** A small policy of its own, so these tests do not move when the shipped data is revised. */
const POLICY: RefundPolicyRule[] = [
  { id: 'scheme', appliesTo: { scheme: 'IOSS' }, taxRefundable: true, dutyRefundable: false, source: 's', note: 'scheme note', effectiveFrom: '2021-07-01', dutyReason: 'duty stays with customs' },
  { id: 'eu-ddp', appliesTo: { territory: 'EU', incoterm: 'DDP' }, taxRefundable: false, dutyRefundable: false, source: 's', note: 'paid at the EU border', effectiveFrom: '2016-05-01' },
  { id: 'ddp', appliesTo: { incoterm: 'DDP' }, taxRefundable: false, dutyRefundable: false, source: 's', note: 'paid at the border', effectiveFrom: '2020-01-01' },
  { id: 'dap', appliesTo: { incoterm: 'DAP' }, taxRefundable: false, dutyRefundable: false, source: 's', note: 'buyer paid on delivery', effectiveFrom: '2020-01-01' },
];

const mug: RefundableLine = { sku: 'MUG', quantity: 3, refundedQuantity: 0, goods: eur(10000), duties: eur(1000), taxes: eur(1900), taxScheme: 'IOSS', territory: 'EU' };
const tee: RefundableLine = { sku: 'TEE', quantity: 2, refundedQuantity: 0, goods: eur(2999), duties: eur(500), taxes: eur(570), taxScheme: null, territory: 'EU' };
const order: RefundableOrder = {
  currency: 'EUR',
  incoterm: 'DDP',
  lines: [mug, tee],
  shipping: { paid: eur(995), refunded: eur(0) },
  fees: { paid: eur(300), refunded: eur(0) },
};
const day = '2026-12-01';
const ask = (lines: RefundRequest['lines'], extra: Partial<RefundRequest> = {}): RefundRequest => ({ lines, shipping: false, fees: false, ...extra });

function value(r: ReturnType<typeof splitRefund>) {
  assert.equal(r.ok, true, r.ok ? '' : r.message);
  if (!r.ok) throw new Error('unreachable');
  return r.value;
}

test('3 units for EUR 100.00 refunded 1 then 2: 33.33 then 66.67, tax alike, duty kept back', () => {
  const first = value(splitRefund(order, ask([{ sku: 'MUG', quantity: 1 }]), POLICY, day));
  assert.deepEqual(first, {
    goods: eur(3333),
    shipping: eur(0),
    duties: eur(0),
    taxes: eur(633),
    fees: eur(0),
    total: eur(3966),
    lines: [{ sku: 'MUG', quantity: 1, goods: eur(3333), duties: eur(0), taxes: eur(633) }],
    notRefunded: [{ part: 'duties', amount: eur(333), reason: 'duty stays with customs', rule: 'scheme' }],
  });
  const after = { ...order, lines: [{ ...mug, refundedQuantity: 1 }, tee] };
  const rest = value(splitRefund(after, ask([{ sku: 'MUG', quantity: 2 }]), POLICY, day));
  assert.deepEqual(rest.lines, [{ sku: 'MUG', quantity: 2, goods: eur(6667), duties: eur(0), taxes: eur(1267) }]);
  assert.deepEqual(rest.total, eur(6667 + 1267));
  assert.deepEqual(rest.notRefunded, [{ part: 'duties', amount: eur(667), reason: 'duty stays with customs', rule: 'scheme' }]);
});

test('outside a scheme under DDP, duty and tax are kept back; shipping and fees come back whole when asked', () => {
  const r = value(splitRefund(order, ask([{ sku: 'TEE', quantity: 1 }], { shipping: true, fees: true }), POLICY, day));
  assert.deepEqual(r, {
    goods: eur(1499),
    shipping: eur(995),
    duties: eur(0),
    taxes: eur(0),
    fees: eur(300),
    total: eur(1499 + 995 + 300),
    lines: [{ sku: 'TEE', quantity: 1, goods: eur(1499), duties: eur(0), taxes: eur(0) }],
    notRefunded: [
      { part: 'duties', amount: eur(250), reason: 'paid at the EU border', rule: 'eu-ddp' },
      { part: 'taxes', amount: eur(285), reason: 'paid at the EU border', rule: 'eu-ddp' },
    ],
  });
});

test('a whole order: kept-back amounts add up per part and rule', () => {
  const cap: RefundableLine = { sku: 'CAP', quantity: 1, refundedQuantity: 0, goods: eur(1500), duties: eur(300), taxes: eur(285), taxScheme: 'IOSS', territory: 'EU' };
  const r = value(
    splitRefund({ ...order, lines: [mug, tee, cap] }, ask([{ sku: 'MUG', quantity: 3 }, { sku: 'TEE', quantity: 2 }, { sku: 'CAP', quantity: 1 }], { shipping: true }), POLICY, day),
  );
  assert.deepEqual(r.goods, eur(10000 + 2999 + 1500));
  assert.deepEqual(r.taxes, eur(1900 + 285));
  assert.deepEqual(r.duties, eur(0));
  assert.deepEqual(r.total, eur(14499 + 2185 + 995));
  assert.deepEqual(r.notRefunded, [
    { part: 'duties', amount: eur(1300), reason: 'duty stays with customs', rule: 'scheme' },
    { part: 'duties', amount: eur(500), reason: 'paid at the EU border', rule: 'eu-ddp' },
    { part: 'taxes', amount: eur(570), reason: 'paid at the EU border', rule: 'eu-ddp' },
  ]);
});

test('shipping and fees give what is left of them; a refund of shipping alone is a valid request', () => {
  const partly = { ...order, shipping: { paid: eur(995), refunded: eur(495) }, fees: { paid: eur(300), refunded: eur(300) } };
  const r = value(splitRefund(partly, ask([], { shipping: true, fees: true }), POLICY, day));
  assert.deepEqual([r.shipping, r.fees, r.total, r.lines, r.notRefunded], [eur(500), eur(0), eur(500), [], []]);
});

test('a rule that allows duty refunds them; the most specific rule in effect wins', () => {
  const generous: RefundPolicyRule[] = [...POLICY, { id: 'eu-all', appliesTo: { scheme: 'IOSS', territory: 'EU' }, taxRefundable: true, dutyRefundable: true, source: 's', note: 'n', effectiveFrom: '2026-01-01' }];
  const r = value(splitRefund(order, ask([{ sku: 'MUG', quantity: 1 }]), generous, day));
  assert.deepEqual([r.duties, r.taxes, r.notRefunded], [eur(333), eur(633), []]);
  // Before that rule and before the IOSS began, the border rule is the one in effect.
  const early = value(splitRefund(order, ask([{ sku: 'MUG', quantity: 1 }]), generous, '2021-06-30'));
  assert.deepEqual(early.taxes, eur(0));
  assert.deepEqual(early.notRefunded.map((n) => [n.part, n.amount.amount, n.rule]), [
    ['duties', 333, 'eu-ddp'],
    ['taxes', 633, 'eu-ddp'],
  ]);
});

test('rule choice: scheme over territory over incoterm, later effectiveFrom on a tie, effectiveTo exclusive', () => {
  const rules: RefundPolicyRule[] = [
    ...POLICY,
    { id: 'ddp-new', appliesTo: { incoterm: 'DDP' }, taxRefundable: false, dutyRefundable: false, source: 's', note: 'n', effectiveFrom: '2025-01-01', effectiveTo: '2027-01-01' },
  ];
  assert.equal(pickRule(rules, { taxScheme: 'IOSS', territory: 'EU' }, 'DAP', day)?.id, 'scheme');
  assert.equal(pickRule(rules, { taxScheme: null, territory: 'EU' }, 'DDP', day)?.id, 'eu-ddp');
  assert.equal(pickRule(rules, { taxScheme: null, territory: 'JP' }, 'DDP', day)?.id, 'ddp-new');
  assert.equal(pickRule(rules, { taxScheme: null, territory: 'JP' }, 'DDP', '2027-01-01')?.id, 'ddp');
  assert.equal(pickRule(rules, { taxScheme: null, territory: 'JP' }, 'DAP', day)?.id, 'dap');
  assert.equal(pickRule(rules, { taxScheme: null, territory: 'JP' }, 'DAP', '2019-12-31'), undefined);
});

test('a line no rule covers keeps its duty and tax back for a person to decide', () => {
  const r = value(splitRefund(order, ask([{ sku: 'TEE', quantity: 2 }]), [], day));
  assert.deepEqual(r.total, eur(2999));
  assert.deepEqual(
    r.notRefunded.map((n) => [n.part, n.amount.amount, n.rule]),
    [
      ['duties', 500, NO_RULE],
      ['taxes', 570, NO_RULE],
    ],
  );
  assert.match(r.notRefunded[0]!.reason, /no refund rule covers EU \(DDP\) on 2026-12-01/);
});

test('under DAP nothing was collected for the border, so nothing is listed as kept back', () => {
  const dap: RefundableOrder = { ...order, incoterm: 'DAP', lines: [{ ...tee, duties: eur(0), taxes: eur(0) }] };
  const r = value(splitRefund(dap, ask([{ sku: 'TEE', quantity: 2 }]), POLICY, day));
  assert.deepEqual([r.total, r.notRefunded], [eur(2999), []]);
});

test('bad requests name every line and field at fault', () => {
  const r = splitRefund(
    order,
    ask([
      { sku: 'HAT', quantity: 1 },
      { sku: 'MUG', quantity: 1.5 },
      { sku: 'TEE', quantity: 0 },
      { sku: 'MUG', quantity: 1 },
    ]),
    POLICY,
    day,
  );
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.code, 'VALIDATION_FAILED');
  assert.equal(r.field, 'lines[0].sku');
  assert.deepEqual(r.details, [
    { field: 'lines[0].sku', message: 'no line of this order has the SKU "HAT"' },
    { field: 'lines[1].quantity', message: 'must be a whole number of units above zero' },
    { field: 'lines[2].quantity', message: 'must be a whole number of units above zero' },
    { field: 'lines[3].sku', message: 'SKU MUG is listed twice; give its whole quantity once' },
  ]);
});

test('an empty request is refused on lines', () => {
  const r = splitRefund(order, ask([]), POLICY, day);
  assert.deepEqual(r.ok ? undefined : [r.code, r.field], ['VALIDATION_FAILED', 'lines']);
});

test('more units than are left to refund is REFUND_EXCEEDS_PAID, saying how many are left', () => {
  const after = { ...order, lines: [{ ...mug, refundedQuantity: 2 }, { ...tee, refundedQuantity: 2 }] };
  const r = splitRefund(after, ask([{ sku: 'TEE', quantity: 1 }, { sku: 'MUG', quantity: 2 }]), POLICY, day);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.code, 'REFUND_EXCEEDS_PAID');
  assert.equal(r.field, 'lines[0].quantity');
  assert.deepEqual(r.details, [
    { field: 'lines[0].quantity', message: 'only 0 units of TEE are left to refund (2 bought, 2 refunded)' },
    { field: 'lines[1].quantity', message: 'only 1 unit of MUG is left to refund (3 bought, 2 refunded)' },
  ]);
});

test('refunding every unit one at a time adds up exactly to the line', () => {
  for (const total of [0, 1, 2, 99, 1000, 10000, 2999, 123457]) {
    for (let q = 1; q <= 7; q++) {
      let sum = 0;
      for (let r = 0; r < q; r++) {
        const part = prorate(total, q, r, 1);
        assert.ok(part === Math.floor(total / q) || part === Math.floor(total / q) + 1, `${total}/${q} unit ${r}`);
        sum += part;
      }
      assert.equal(sum, total, `${total} over ${q}`);
      // Any split of the units into two refunds adds up too.
      for (let k = 1; k < q; k++) assert.equal(prorate(total, q, 0, k) + prorate(total, q, k, q - k), total);
    }
  }
  assert.equal(prorate(10000, 3, 0, 1), 3333);
  assert.equal(prorate(10000, 3, 1, 2), 6667);
});

test('money in another currency than the order, or a bad date, is a bug', () => {
  const mixed = { ...order, lines: [{ ...tee, taxes: money(570, 'GBP') }] };
  assert.throws(() => splitRefund(mixed, ask([{ sku: 'TEE', quantity: 1 }]), POLICY, day), TypeError);
  assert.throws(() => splitRefund(order, ask([{ sku: 'TEE', quantity: 1 }]), POLICY, '1 Dec 2026'), RangeError);
});
