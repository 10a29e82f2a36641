import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { placeDistributorOrder, transfer } from './payments-support.js';
import { addDistributor, startQuoteServer, type QuoteServer } from './quotes-support.js';

describeWithDatabases('receivables: what distributors owe, aged by due date', (db) => {
  let s: QuoteServer;
  const placed: Record<string, any> = {};

  before(async () => {
    s = await startQuoteServer(db());
    const de = await addDistributor(s, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' }, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }] });
    const fr = await addDistributor(s, { name: 'Brûlerie du Port SARL', country: 'FR', currency: 'EUR', paymentTerms: 'net_60', address: { lines: ['2 quai de la Fosse'], city: 'Nantes', postalCode: '44000' }, items: [{ sku: 'COF-ROB-250', moq: 24, tiers: [[24, 500]] }] });
    const us = await addDistributor(s, { name: 'Pacific Threads LLC', country: 'US', currency: 'USD', paymentTerms: 'prepayment', address: { lines: ['500 Harbor Blvd'], city: 'Long Beach', postalCode: '90802', region: 'CA' }, items: [{ sku: 'TEE-LAN-M', moq: 10, tiers: [[10, 900]] }] });
    const exw = (companyId: string, sku: string, quantity: number) => ({ companyId, incoterm: 'EXW', transportMode: 'road', namedPlace: 'Hội An, VN', warehouse: 'vn-hoian', lines: [{ sku, quantity }], costs: {} });
    // All placed on 2026-11-27 (the server's day). EXW: the total is the goods.
    placed.de1 = await placeDistributorOrder(s, exw(de.id, 'COF-ROB-250', 120)); // 120 x 4.10 = EUR 492.00, net 30: due 2026-12-27
    placed.de2 = await placeDistributorOrder(s, exw(de.id, 'COF-ROB-250', 24)); //   24 x 4.50 = EUR 108.00, paid in full below
    placed.de3 = await placeDistributorOrder(s, exw(de.id, 'COF-ROB-250', 24)); //   cancelled below
    placed.fr1 = await placeDistributorOrder(s, exw(fr.id, 'COF-ROB-250', 48)); //   48 x 5.00 = EUR 240.00, net 60: due 2027-01-26
    placed.us1 = await placeDistributorOrder(s, exw(us.id, 'TEE-LAN-M', 20)); //     20 x 9.00 = USD 180.00, prepayment: no due date
    assert.deepEqual([placed.de1.paymentDueOn, placed.fr1.paymentDueOn, placed.us1.paymentDueOn], ['2026-12-27', '2027-01-26', null]);
    assert.equal((await s.admin('POST', `/v1/admin/orders/${placed.de3.number}/cancel`)).status, 200);
    s.advanceDays(3); // 2026-11-30: two transfers arrive
    assert.equal((await s.admin('POST', `/v1/admin/orders/${placed.de1.number}/bank-transfers`, transfer('92.00', 'KHN-0001', '2026-11-30'))).status, 201);
    assert.equal((await s.admin('POST', `/v1/admin/orders/${placed.de2.number}/bank-transfers`, transfer('108.00', 'KHN-0002', '2026-11-30'))).status, 201);
  });
  after(() => s.app.close());

  const report = async (asOf: string) => {
    const r = await s.admin('GET', `/v1/admin/reports/receivables?asOf=${asOf}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };
  const lines = (body: any) => body.companies.flatMap((c: any) => c.orders.map((o: any) => [c.name, o.order, o.paymentTerms, o.dueOn, o.daysOverdue, o.bucket, o.total.amount, o.received.amount, o.open.amount]));

  test('as of 2027-02-15: net 30 50 days overdue less the part paid, net 60 20 days, prepayment current; paid and cancelled left out', async () => {
    const r = await report('2027-02-15');
    const { de1, fr1, us1 } = placed;
    // 2026-12-27 -> 2027-02-15: 4 + 31 + 15 = 50 days; 2027-01-26 -> 2027-02-15: 5 + 15 = 20 days.
    assert.deepEqual(lines(r), [
      ['Brûlerie du Port SARL', fr1.number, 'net_60', '2027-01-26', 20, 'days1to30', '240.00', '0.00', '240.00'],
      ['Kaffeehaus Nord GmbH', de1.number, 'net_30', '2026-12-27', 50, 'days31to60', '492.00', '92.00', '400.00'],
      ['Pacific Threads LLC', us1.number, 'prepayment', null, 0, 'current', '180.00', '0.00', '180.00'],
    ]);
    const z = (currency: string) => ({ amount: '0.00', currency });
    assert.deepEqual(r.totals, [
      { currency: 'EUR', orders: 2, total: { amount: '732.00', currency: 'EUR' }, received: { amount: '92.00', currency: 'EUR' }, open: { amount: '640.00', currency: 'EUR' }, buckets: { current: z('EUR'), days1to30: { amount: '240.00', currency: 'EUR' }, days31to60: { amount: '400.00', currency: 'EUR' }, days61to90: z('EUR'), over90: z('EUR') } },
      { currency: 'USD', orders: 1, total: { amount: '180.00', currency: 'USD' }, received: z('USD'), open: { amount: '180.00', currency: 'USD' }, buckets: { current: { amount: '180.00', currency: 'USD' }, days1to30: z('USD'), days31to60: z('USD'), days61to90: z('USD'), over90: z('USD') } },
    ]);
    assert.deepEqual(r.companies[1].totals.map((t: any) => [t.currency, t.orders, t.open.amount, t.buckets.days31to60.amount]), [['EUR', 1, '400.00', '400.00']]);
  });

  test('the buckets move with the day; a transfer counts from the day it was received, an order from the day it was paid', async () => {
    // 2027-03-31: 4 + 31 + 28 + 31 = 94 days past 2026-12-27; 5 + 28 + 31 = 64 days past 2027-01-26.
    assert.deepEqual(lines(await report('2027-03-31')).map((l: any[]) => [l[1], l[4], l[5]]), [[placed.fr1.number, 64, 'days61to90'], [placed.de1.number, 94, 'over90'], [placed.us1.number, 0, 'current']]);
    // On its due date an invoice is still current.
    assert.deepEqual(lines(await report('2026-12-27')).map((l: any[]) => [l[1], l[4], l[5]]), [[placed.fr1.number, 0, 'current'], [placed.de1.number, 0, 'current'], [placed.us1.number, 0, 'current']]);
    // 2026-11-29, before the transfers of 2026-11-30: nothing received yet, and the order paid on 2026-11-30 was still open.
    const early = await report('2026-11-29');
    assert.deepEqual(lines(early).map((l: any[]) => [l[1], l[7], l[8]]), [
      [placed.fr1.number, '0.00', '240.00'],
      [placed.de1.number, '0.00', '492.00'],
      [placed.de2.number, '0.00', '108.00'],
      [placed.us1.number, '0.00', '180.00'],
    ]);
    // Before any order was placed: nothing is owed.
    assert.deepEqual((await report('2026-11-26')).companies, []);
  });

  test('CSV: one record per order, per company and currency, and per currency', async () => {
    const r = await s.admin('GET', '/v1/admin/reports/receivables?asOf=2027-02-15&format=csv');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/csv/);
    assert.match(String(r.headers['content-disposition']), /receivables-2027-02-15\.csv/);
    const records = r.raw.toString('utf8').trimEnd().split('\r\n');
    assert.equal(records[0], 'record,as_of,company_id,company,country,order,ordered_on,payment_terms,due_on,days_overdue,currency,orders,total,received,open,open_current,open_days1to30,open_days31to60,open_days61to90,open_over90');
    assert.equal(records.length, 1 + 3 + 3 + 2);
    assert.ok(records.some((l) => l.includes(`,${placed.de1.number},2026-11-27,net_30,2026-12-27,50,EUR,1,492.00,92.00,400.00,0.00,0.00,400.00,0.00,0.00`)), records.join('\n'));
    assert.deepEqual(records.filter((l) => l.startsWith('total,')), ['total,2027-02-15,,,,,,,,,EUR,2,732.00,92.00,640.00,0.00,240.00,400.00,0.00,0.00', 'total,2027-02-15,,,,,,,,,USD,1,180.00,0.00,180.00,180.00,0.00,0.00,0.00,0.00']);
  });

  test('a bad day is 400 naming asOf; the report needs read_only, recording a transfer operator', async () => {
    for (const asOf of ['2027-02-30', 'yesterday', '1999-12-31']) {
      const r = await s.admin('GET', `/v1/admin/reports/receivables?asOf=${asOf}`);
      assert.deepEqual([r.status, r.body.code, r.body.errors[0].field], [400, 'VALIDATION_FAILED', 'asOf'], asOf);
    }
    const today = await s.admin('GET', '/v1/admin/reports/receivables');
    assert.equal(today.body.asOf, s.deps.clock().toISOString().slice(0, 10));
    const reader = unwrap(await createApiKey(s.deps, { name: 'reader key', scopes: ['admin:read'] })).key;
    assert.equal((await s.admin('GET', '/v1/admin/reports/receivables', undefined, reader)).status, 200);
    assert.equal((await s.admin('GET', `/v1/admin/orders/${placed.fr1.number}/bank-transfers`, undefined, reader)).status, 200);
    const refused = await s.admin('POST', `/v1/admin/orders/${placed.fr1.number}/bank-transfers`, transfer('1.00', 'BDP-1', '2026-11-30'), reader);
    assert.equal(refused.status, 403);
    assert.equal((await s.admin('GET', `/v1/admin/orders/${placed.fr1.number}/bank-transfers`)).body.transfers.length, 0);
  });
});
