import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseRates } from './amounts.js';
import { readMove, schemeTaxesOwed, summarizeExposure } from './currency-exposure.js';

const ecb = baseRates('EUR', { USD: '1.1252', GBP: '0.8477', JPY: '163.36' });

test('a move is a percentage above 0 and at most 100 with at most 2 decimals; anything else names the field', () => {
  assert.deepEqual(readMove(undefined), { ok: true, value: { coef: 10, scale: 0 } });
  assert.deepEqual(readMove('2.5'), { ok: true, value: { coef: 25, scale: 1 } });
  assert.deepEqual(readMove('100'), { ok: true, value: { coef: 100, scale: 0 } });
  for (const bad of ['0', '0.00', '100.01', '101', '-5', '1e2', 'ten', '2.555', '10%', ' 10']) {
    const r = readMove(bad);
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.equal(r.field, 'move', bad);
  }
});

test('per currency: held, owed, net, in the base currency, and what a move does to the margin, exactly', () => {
  const s = summarizeExposure(
    'USD',
    { coef: 10, scale: 0 },
    ecb,
    [
      { currency: 'EUR', captured: 50000n, refunded: 3489n },
      { currency: 'USD', captured: 10000n, refunded: 0n },
      { currency: 'JPY', captured: 58239n, refunded: 0n },
    ],
    [
      { currency: 'EUR', kind: 'schemeTaxes', amount: 8198n },
      { currency: 'EUR', kind: 'carriers', amount: 900n },
      { currency: 'EUR', kind: 'pendingRefunds', amount: 1000n },
      { currency: 'GBP', kind: 'carriers', amount: 1250n },
    ],
  );
  assert.deepEqual(s.currencies.map((c) => c.currency), ['EUR', 'GBP', 'JPY', 'USD']);
  const eur = s.currencies[0]!;
  // Held 500.00 - 34.89 = 465.11; owed 81.98 + 9.00 + 10.00 = 100.98; net 364.13.
  assert.deepEqual([eur.held.amount, eur.owed.total.amount, eur.net.amount], ['465.11', '100.98', '364.13']);
  // EUR 364.13 x 1.1252 = USD 409.719076 -> 409.72; 10 % of that, from the exact value: 40.9719... -> 40.97.
  assert.deepEqual([eur.rate, eur.inBase!.net.amount, eur.ifStronger!.amount, eur.ifWeaker!.amount], ['1.1252', '409.72', '40.97', '-40.97']);
  const gbp = s.currencies[1]!;
  // Owed only: -12.50 GBP x 1.1252 / 0.8477 = -16.5919... -> -16.59; 10 %: -1.659... -> -1.66.
  assert.deepEqual([gbp.held.amount, gbp.net.amount, gbp.inBase!.net.amount, gbp.ifStronger!.amount], ['0.00', '-12.50', '-16.59', '-1.66']);
  const jpy = s.currencies[2]!;
  // JPY 58239 x 1.1252 / 163.36 = 401.1418... -> USD 401.14; 10 % -> 40.11.
  assert.deepEqual([jpy.inBase!.net.amount, jpy.ifStronger!.amount], ['401.14', '40.11']);
  const usd = s.currencies[3]!;
  assert.deepEqual([usd.rate, usd.inBase!.net.amount, usd.ifStronger!.amount], ['1', '100.00', '0.00'], 'the base currency does not move against itself');
  assert.deepEqual(s.totals, {
    // 523.34 (EUR 465.11) + 401.14 (JPY) + 100.00 (USD); GBP holds nothing.
    held: { amount: '1024.48', currency: 'USD' },
    owed: { amount: '130.21', currency: 'USD' },
    net: { amount: '894.27', currency: 'USD' },
    ifStronger: { amount: '79.42', currency: 'USD' },
    ifWeaker: { amount: '-79.42', currency: 'USD' },
  });
  assert.equal(s.complete, true);
  assert.equal(s.move, '10');
});

test('a currency without a rate is shown but left out of the base totals', () => {
  const s = summarizeExposure('USD', { coef: 5, scale: 0 }, baseRates('EUR', { USD: '1.1252' }), [{ currency: 'CHF', captured: 1000n, refunded: 0n }], []);
  assert.equal(s.currencies[0]!.inBase, null);
  assert.equal(s.currencies[0]!.ifStronger, null);
  assert.equal(s.totals.net.amount, '0.00');
  assert.equal(s.complete, false);
  assert.match(s.warnings[0]!, /no ECB rate for CHF/);
});

test('scheme taxes are owed until their return is due; collected in another currency they are estimated in the return currency', () => {
  const monthly = (date: string) => {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const last = { '01': 31, '02': 28 }[next.slice(5)] ?? 30;
    return { code: date.slice(0, 7), dueDate: `${next}-${last}` };
  };
  const r = schemeTaxesOwed(
    [
      { lineScheme: 'IOSS', currency: 'EUR', month: '2026-10', tax: 500n },
      { lineScheme: 'IOSS', currency: 'EUR', month: '2026-11', tax: 8198n },
      { lineScheme: 'IOSS', currency: 'USD', month: '2026-11', tax: 1125n },
      { lineScheme: 'IOSS', currency: 'EUR', month: '2026-09', tax: 700n },
      { lineScheme: 'OTHER', currency: 'EUR', month: '2026-11', tax: 1n },
    ],
    [{ lineScheme: 'IOSS', code: 'IOSS', returnCurrency: 'EUR', periodOf: monthly }],
    '2026-11-27',
    ecb,
  );
  // September was due on 2026-10-31: paid. October is due 2026-11-30 and November 2026-12-30 (this test's calendar).
  assert.deepEqual(r.owed.map((o) => [o.period, o.dueDate, o.amount.amount, o.estimated]), [
    ['2026-10', '2026-11-30', '5.00', false],
    // USD 11.25 / 1.1252 = EUR 9.998... -> 10.00.
    ['2026-11', '2026-12-30', '91.98', true],
  ]);
  assert.deepEqual(r.rows, [
    { currency: 'EUR', kind: 'schemeTaxes', amount: 500n },
    { currency: 'EUR', kind: 'schemeTaxes', amount: 9198n },
  ]);
});
