import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SalesRow } from '../../db/repositories/report-repository.js';
import { buildDashboard, formatMinorUnits } from './dashboard.js';

const row = (market: string, currency: string, orders: number, over: Partial<SalesRow> = {}): SalesRow => ({
  market,
  currency,
  orders,
  goods: '0',
  discount: '0',
  shipping: '0',
  duties: '0',
  taxes: '0',
  taxesIncluded: '0',
  fees: '0',
  total: '0',
  dueOnDelivery: '0',
  refunded: '0',
  ...over,
});

test('minor units are written with the exponent of their currency, exactly past 2^53', () => {
  assert.equal(formatMinorUnits(14749n, 'EUR'), '147.49');
  assert.equal(formatMinorUnits(5n, 'EUR'), '0.05');
  assert.equal(formatMinorUnits(0n, 'USD'), '0.00');
  assert.equal(formatMinorUnits(58239n, 'JPY'), '58239');
  assert.equal(formatMinorUnits(1234n, 'KWD'), '1.234');
  assert.equal(formatMinorUnits(-305n, 'EUR'), '-3.05');
  assert.equal(formatMinorUnits(9007199254740993n, 'EUR'), '90071992547409.93');
});

test('markets of one currency add up per currency; currencies never mix', () => {
  const d = buildDashboard(
    { from: '2026-11-26', to: '2026-11-27', days: 2 },
    {
      sales: [
        row('ch', 'CHF', 1, { total: '4990', taxes: '374' }),
        row('eu', 'EUR', 2, { total: '9007199254740993', refunded: '3489', taxes: '2064' }),
        row('eu-east', 'EUR', 1, { total: '1000', duties: '300' }),
      ],
      refundedParts: [{ market: 'eu', currency: 'EUR', duties: '0', taxes: '557' }],
      placed: [{ day: '2026-11-27', orders: 5 }],
      paid: [
        { day: '2026-11-27', currency: 'EUR', orders: 3, total: '9007199254741993' },
        { day: '2026-11-27', currency: 'CHF', orders: 1, total: '4990' },
      ],
    },
  );
  assert.deepEqual(d.currencies, ['CHF', 'EUR']);
  assert.deepEqual(d.counts, { placed: 5, paid: 4 });
  assert.deepEqual(
    d.totals.map((t) => [t.currency, t.orders, t.total.amount, t.refunded.amount, t.net.amount, t.duties.amount]),
    [
      ['CHF', 1, '49.90', '0.00', '49.90', '0.00'],
      ['EUR', 3, '90071992547419.93', '34.89', '90071992547385.04', '3.00'],
    ],
  );
  assert.deepEqual(d.ordersPerDay, [
    { date: '2026-11-26', placed: 0, paid: 0, sales: [] },
    {
      date: '2026-11-27',
      placed: 5,
      paid: 4,
      sales: [
        { currency: 'CHF', orders: 1, total: { amount: '49.90', currency: 'CHF' } },
        { currency: 'EUR', orders: 3, total: { amount: '90071992547419.93', currency: 'EUR' } },
      ],
    },
  ]);
  const eu = d.dutiesAndTaxes.find((x) => x.market === 'eu')!;
  assert.deepEqual([eu.taxes.amount, eu.taxesRefunded.amount, eu.taxesNet.amount], ['20.64', '5.57', '15.07']);
  const ch = d.dutiesAndTaxes.find((x) => x.market === 'ch')!;
  assert.deepEqual([ch.taxesRefunded.amount, ch.taxesNet.amount], ['0.00', '3.74']);
});
