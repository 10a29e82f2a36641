// The threshold report read from the data: the transactions test as the data says (either alone or
// both needed), intra-EU cross-border sales counted for the EU's distance-sales threshold, and an
// EU_OSS registration of the union scheme (not the non-union one) turning it to registered.
// Sales totals are given as rows (the repository's answer); registrations and the ECB rates are
// real, on PGlite and on PostgreSQL.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Threshold } from '../../src/data/compliance/thresholds.js';
import type { SalesTotalRow } from '../../src/db/repositories/registration-repository.js';
import { addRegistration } from '../../src/services/compliance/registrations.js';
import { thresholdReport, thresholdShare, type ThresholdStatus } from '../../src/services/compliance/thresholds.js';
import { createDeps, type Deps } from '../../src/services/deps.js';
import { importDemoRates } from '../../src/services/seed/seed-demo-store.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');

/** A German VAT number with its ISO 7064 MOD 11,10 check digit computed here (a generated number). */
function germanVat(base8: string): string {
  let p = 10;
  for (const c of base8) {
    let t = (Number(c) + p) % 10;
    if (t === 0) t = 10;
    p = (t * 2) % 11;
  }
  return `DE${base8}${(11 - p) % 10}`;
}

const row = (r: Partial<SalesTotalRow> & Pick<SalesTotalRow, 'country' | 'goodsMinor' | 'orders'>): SalesTotalRow => ({ currency: 'USD', region: null, fromCountry: 'US', ...r });

test('thresholdShare: the higher share when either test alone reaches it, the lower when both are needed, none without an amount', () => {
  const or = { amountMinor: 10_000_000, transactions: 200, test: 'amount-or-transactions' } as const;
  const and = { amountMinor: 10_000_000, transactions: 200, test: 'amount-and-transactions' } as const;
  assert.equal(thresholdShare(or, 2_000_000, 150), 0.75);
  assert.equal(thresholdShare(and, 2_000_000, 150), 0.2);
  assert.equal(thresholdShare(or, 12_000_000, 10), 1.2);
  assert.equal(thresholdShare(and, 12_000_000, 10), 0.05);
  assert.equal(thresholdShare({ amountMinor: 10_000_000 }, 5_000_000, 999), 0.5, 'without a transactions test the orders do not count');
  assert.equal(thresholdShare({ amountMinor: null }, 5_000_000, 10), null);
});

describeWithDatabases('threshold report: transactions tests and the EU OSS', (db) => {
  let deps: Deps;
  let rows: SalesTotalRow[] = [];
  /** The report with the sales totals given by the test. */
  const report = (thresholds?: readonly Threshold[]) => thresholdReport({ ...deps, registrations: { ...deps.registrations, salesTotals: async () => rows } }, thresholds);
  const item = (items: ThresholdStatus[], id: string) => {
    const found = items.find((i) => i.id === id);
    assert.ok(found, `${id} in the report`);
    return found;
  };

  before(async () => {
    deps = createDeps(db(), { version: 'test', clock: () => NOW });
    await importDemoRates(deps);
  });

  test('the same sales against the same amount: crossed when either test suffices, below when both are needed', async () => {
    const base = { scheme: 'US_SALES_TAX', country: 'US', region: 'NV', fromCountry: 'US', counts: 'destination', amountMinor: 10_000_000, currency: 'USD', period: 'rolling-12-months', what: 'test rule', validFrom: '2020-01-01', validTo: null, source: 'test data' } as const;
    const thresholds: Threshold[] = [
      { ...base, id: 'us.or-rule', transactions: 200, test: 'amount-or-transactions' },
      { ...base, id: 'us.and-rule', transactions: 200, test: 'amount-and-transactions' },
      { ...base, id: 'us.amount-only' },
    ];
    // USD 20,000 in 210 orders into Nevada from the US; sales elsewhere do not count.
    rows = [
      row({ country: 'US', region: 'NV', goodsMinor: '2000000', orders: 210 }),
      row({ country: 'US', region: 'CA', goodsMinor: '90000000', orders: 900 }),
      row({ country: 'US', region: 'NV', fromCountry: 'VN', goodsMinor: '90000000', orders: 900 }),
    ];
    const { date, items } = await report(thresholds);
    assert.equal(date, '2026-11-27');
    const or = item(items, 'us.or-rule');
    const and = item(items, 'us.and-rule');
    const amountOnly = item(items, 'us.amount-only');
    assert.deepEqual([or.status, or.share, or.orders, or.sales.amount, or.test], ['exceeded', 1.05, 210, '20000.00', 'amount-or-transactions']);
    assert.equal(or.message, 'Threshold crossed: USD 20000.00 of USD 100000.00 or 210 of 200 orders; register for US_SALES_TAX now.');
    assert.deepEqual([and.status, and.share, and.test], ['below', 0.2, 'amount-and-transactions']);
    assert.equal(and.message, 'USD 20000.00 of USD 100000.00 and 210 of 200 orders (both needed) (20 %).');
    assert.deepEqual([amountOnly.status, amountOnly.share, amountOnly.test, amountOnly.transactions], ['below', 0.2, null, null]);
  });

  test('the dated data: New York needs USD 500,000 and 100 sales, Georgia either USD 100,000 or 200 transactions, Illinois no longer counts transactions', async () => {
    rows = [
      row({ country: 'US', region: 'NY', goodsMinor: '60000000', orders: 90 }),
      row({ country: 'US', region: 'GA', goodsMinor: '1000000', orders: 250 }),
      row({ country: 'US', region: 'IL', goodsMinor: '1000000', orders: 250 }),
      row({ country: 'US', region: 'CT', goodsMinor: '20000000', orders: 150 }),
    ];
    const { items } = await report();
    const ny = item(items, 'us.ny');
    assert.deepEqual([ny.status, ny.share, ny.transactions, ny.test], ['approaching', 0.9, 100, 'amount-and-transactions'], 'USD 600,000 but 90 of 100 sales');
    const ga = item(items, 'us.ga');
    assert.deepEqual([ga.status, ga.share, ga.transactions, ga.test], ['exceeded', 1.25, 200, 'amount-or-transactions'], 'USD 10,000 but 250 transactions');
    const il = item(items, 'us.il');
    assert.deepEqual([il.status, il.share, il.transactions, il.test], ['below', 0.1, null, null], 'from 2026-01-01 Illinois counts the amount only');
    const ct = item(items, 'us.ct');
    assert.deepEqual([ct.status, ct.share], ['below', 0.75], 'Connecticut needs both: 150 of 200 sales');
    // Every state with a sales tax, and DC, is in the report once.
    assert.equal(items.filter((i) => i.scheme === 'US_SALES_TAX').length, 46);
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  });

  test('EU distance sales: sales from an EU warehouse to another member state count; a union-scheme OSS registration valid today marks them registered, a non-union one does not', async () => {
    rows = [
      row({ currency: 'EUR', country: 'DE', fromCountry: 'NL', goodsMinor: '700000', orders: 12 }),
      row({ currency: 'EUR', country: 'FR', fromCountry: 'NL', goodsMinor: '200000', orders: 3 }),
      // Not counted: a domestic Dutch sale, a parcel from outside the EU, a sale leaving the EU.
      row({ currency: 'EUR', country: 'NL', fromCountry: 'NL', goodsMinor: '5000000', orders: 40 }),
      row({ currency: 'EUR', country: 'DE', fromCountry: 'VN', goodsMinor: '5000000', orders: 40 }),
      row({ currency: 'GBP', country: 'GB', fromCountry: 'NL', goodsMinor: '5000000', orders: 40 }),
    ];
    const status = async () => item((await report()).items, 'eu.oss-distance-sales');
    const first = await status();
    assert.deepEqual([first.status, first.sales.amount, first.sales.currency, first.orders, first.share], ['approaching', '9000.00', 'EUR', 15, 0.9]);
    assert.match(first.message, /register for EU_OSS \(union scheme\) before it is crossed/);

    // The non-union scheme covers services only.
    const nonUnion = unwrap(await addRegistration(deps, { scheme: 'EU_OSS', number: 'EU372000041', validFrom: '2026-01-01' }));
    assert.deepEqual([nonUnion.number, nonUnion.checked], ['EU372000041', 'format']);
    assert.equal((await status()).status, 'approaching');
    // A union registration that starts next year does not cover today.
    const number = germanVat('47110012');
    unwrap(await addRegistration(deps, { scheme: 'EU_OSS', number: `${number.slice(0, 2)} ${number.slice(2)}`, validFrom: '2027-01-01' }));
    assert.equal((await status()).status, 'approaching');
    const other = germanVat('47110013');
    const union = unwrap(await addRegistration(deps, { scheme: 'EU_OSS', number: other.toLowerCase(), validFrom: '2026-11-01', validTo: '2027-10-31' }));
    assert.deepEqual([union.number, union.checked], [other, 'check_digit']);
    const registered = await status();
    assert.deepEqual([registered.status, registered.message], ['registered', 'Registered for EU_OSS (union scheme): a registration valid today covers it.']);
    // The registration covers nothing else.
    assert.equal(item((await report()).items, 'us.ny').status, 'below');
  });
});
