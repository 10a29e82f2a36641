import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { orders } from '../../src/db/schema/index.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { pdfText } from '../documents/support.js';
import { addDistributor, startQuoteServer, type QuoteServer, cifHamburg as cifHamburgFor } from './quotes-support.js';

const PAY_TO = { accountHolder: 'Hội An Atelier Co., Ltd', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' };
const HAMBURG = { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' };
const LONG_BEACH = { lines: ['500 Harbor Blvd'], city: 'Long Beach', postalCode: '90802', region: 'CA' };

describeWithDatabases('distributor quotes under Incoterms 2020', (db) => {
  let s: QuoteServer;
  let de: { id: string };
  let us: { id: string };
  const cifHamburg = () => cifHamburgFor(de.id);

  before(async () => {
    s = await startQuoteServer(db());
    de = await addDistributor(s, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: HAMBURG, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }, { sku: 'NUT-W320-500', moq: 20, tiers: [[1, 892]] }] });
    us = await addDistributor(s, { name: 'Pacific Threads LLC', country: 'US', currency: 'USD', paymentTerms: 'prepayment', address: LONG_BEACH, items: [{ sku: 'COF-ROB-250', moq: 24, tiers: [[24, 520]] }, { sku: 'TEE-LAN-M', moq: 10, tiers: [[10, 900]] }] });
  });
  after(() => s.app.close());

  test('EU distributor, CIF Hamburg by sea: duties and VAT from the engine on the CIF value, hand-checked', async () => {
    const r = await s.admin('POST', '/v1/admin/quotes', cifHamburg());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const q = r.body;
    assert.match(q.number, /^Q-\d+$/);
    assert.equal(r.headers.location, `/v1/admin/quotes/${q.number}`);
    assert.deepEqual([q.status, q.currency, q.validUntil], ['draft', 'EUR', '2026-12-27']);
    // Goods: 120 coffee at the 96+ tier EUR 4.10 = 492.00; 40 cashews at 8.92 = 356.80; total 848.80.
    assert.deepEqual(q.lines.map((l: any) => [l.sku, l.unitPriceMinor, l.tierMinQuantity, l.lineMinor]), [['COF-ROB-250', 410, 96, 49_200], ['NUT-W320-500', 892, 1, 35_680]]);
    const c = q.calculation;
    // Insurance at 0.3 %: CF = 848.80 + 15.00 + 45.00 + 380.00 = 1,288.80; P = 1.1 x 0.003 x 1,288.80 / (1 - 0.0033)
    // = 4.2671 -> 4.27; CIF 1,293.07; minimum cover 110 % = 1,422.377 -> 1,422.38.
    assert.deepEqual(c.insurance, { costAndFreightMinor: 128_880, premiumMinor: 427, cifValueMinor: 129_307, minimumCoverMinor: 142_238, premiumBasis: '0.3 % of the insured value (110 % of the CIF value)' });
    // The engine (DE: CIF basis) spreads freight 440.00 and insurance 4.27 by value: coffee 492.00 + 257.52 = CIF 749.52,
    // cashews 356.80 + 186.75 = 543.55. Duty: coffee 7.5 % MFN of 749.52 = 56.214 -> 56.21; cashews free.
    // Import VAT 7 % (UStG Anlage 2): coffee 7 % of (749.52 + 56.21) = 56.401 -> 56.40; cashews 7 % of 543.55 = 38.0485 -> 38.05.
    const lc = c.landedCost;
    assert.deepEqual(lc.duties.map((d: any) => [d.sku, d.rate, d.basis, d.amount]), [['COF-ROB-250', '7.5%', 'CIF', '56.21'], ['NUT-W320-500', 'Free', 'CIF', '0.00']]);
    assert.deepEqual(lc.taxes.map((t: any) => [t.sku, t.rate, t.amount]), [['COF-ROB-250', '7%', '56.40'], ['NUT-W320-500', '7%', '38.05']]);
    assert.deepEqual(lc.customsValues.map((v: any) => v.amount), ['749.52', '543.55']);
    assert.deepEqual(lc.fx, []); // EUR prices into a EUR country: nothing converted
    // Who bears what under CIF (ICC 723E): the seller up to the port of destination, insurance included; the buyer from there.
    assert.deepEqual(c.costs.map((x: any) => [x.item, x.party, x.amountMinor]), [
      ['loading', 'seller', 1_500], ['exportClearance', 'seller', 4_500], ['mainCarriage', 'seller', 38_000], ['insurance', 'seller', 427],
      ['unloading', 'buyer', 2_000], ['importClearance', 'buyer', 6_000], ['duties', 'buyer', 5_621], ['importTaxes', 'buyer', 9_445],
    ]);
    assert.equal(c.incoterm.riskPasses, 'origin');
    assert.match(c.incoterm.risk, /on board the ship at the port of shipment/);
    // Seller's price 848.80 + 15 + 45 + 380 + 4.27 = 1,293.07; buyer's extra 20 + 60 + 56.21 + 94.45 = 230.66; landed 1,523.73.
    assert.deepEqual([c.sellerPriceMinor, c.buyerExtraMinor, c.landedMinor, q.totalMinor, q.goodsMinor], [129_307, 23_066, 152_373, 129_307, 84_880]);
    assert.deepEqual(c.comparison.map((x: any) => [x.incoterm, x.priceMinor, x.buyerExtraMinor]), [
      ['EXW', 84_880, 67_493], ['FCA', 90_880, 61_493], ['FAS', 90_880, 61_493], ['FOB', 90_880, 61_493], ['CFR', 128_880, 23_493], ['CIF', 129_307, 23_066],
      ['CPT', 128_880, 23_493], ['CIP', 129_307, 23_066], ['DAP', 129_307, 23_066], ['DPU', 131_307, 21_066], ['DDP', 150_373, 2_000],
    ]);
    assert.ok(c.comparison.every((x: any) => x.landedMinor === 152_373));

    const read = await s.admin('GET', `/v1/admin/quotes/${q.number}`);
    assert.deepEqual([read.status, read.body.totalMinor, read.body.company.name], [200, 129_307, 'Kaffeehaus Nord GmbH']);
  });

  test('US distributor, FCA Da Nang airport: duty on the FOB value (freight left out), MPF, no import tax, hand-checked', async () => {
    const r = await s.admin('POST', '/v1/admin/quotes', { companyId: us.id, incoterm: 'FCA', transportMode: 'air', namedPlace: 'Da Nang airport, VN', warehouse: 'vn-hoian', lines: [{ sku: 'COF-ROB-250', quantity: 48 }, { sku: 'TEE-LAN-M', quantity: 100 }], costs: { exportClearance: 4_500, mainCarriage: 60_000, importClearance: 9_500 } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const c = r.body.calculation;
    // Goods USD 249.60 + 900.00 = 1,149.60. US customs value is FOB (19 U.S.C. 1401a): goods only, the USD 645 freight is not added.
    // Duty: coffee free; tees 16.5 % of 900.00 = 148.50. MPF informal entry (value up to USD 2,500): USD 2.69. No import tax.
    assert.deepEqual(c.landedCost.duties.map((d: any) => [d.sku, d.basis, d.baseAmount.amount, d.amount]), [['COF-ROB-250', 'FOB', '249.60', '0.00'], ['TEE-LAN-M', 'FOB', '900.00', '148.50']]);
    assert.deepEqual(c.landedCost.fees.map((f: any) => f.amount), ['2.69']);
    assert.deepEqual(c.landedCost.taxes, []);
    assert.deepEqual(c.costs.filter((x: any) => x.amountMinor > 0).map((x: any) => [x.item, x.party, x.amountMinor]), [['exportClearance', 'seller', 4_500], ['mainCarriage', 'buyer', 60_000], ['importClearance', 'buyer', 9_500], ['duties', 'buyer', 15_119]]);
    // FCA: price = goods + export clearance = 1,194.60; the buyer adds 600 + 95 + 151.19 = 846.19; landed 2,040.79.
    assert.deepEqual([c.sellerPriceMinor, c.buyerExtraMinor, c.landedMinor], [119_460, 84_619, 204_079]);
    // By air only the seven rules for any mode are compared.
    assert.deepEqual(c.comparison.map((x: any) => x.incoterm), ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);
    assert.equal(c.insurance, null);
  });

  test('a price list in another currency than the destination\'s: converted at the ECB rate, stated (and flagged stale)', async () => {
    const usd = await addDistributor(s, { name: 'Rösterei Süd GmbH', country: 'DE', currency: 'USD', paymentTerms: 'prepayment', address: { lines: ['Marienplatz 1'], city: 'München', postalCode: '80331' }, items: [{ sku: 'COF-ROB-250', moq: 24, tiers: [[24, 500]] }] });
    const r = await s.admin('POST', '/v1/admin/quotes', { companyId: usd.id, incoterm: 'FCA', transportMode: 'air', namedPlace: 'Da Nang airport, VN', warehouse: 'vn-hoian', lines: [{ sku: 'COF-ROB-250', quantity: 120 }], costs: { exportClearance: 4_500, mainCarriage: 30_000 } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const lc = r.body.calculation.landedCost;
    // ECB 2025-05-09 (the demo's rates): 1 EUR = 1.1252 USD. Goods USD 600.00 -> EUR 533.24 (600 / 1.1252 = 533.2385),
    // freight USD 345.00 -> EUR 306.61 (306.6121); CIF EUR 839.85. Duty 7.5 % = 62.98875 -> EUR 62.99 -> USD 70.88
    // (62.99 x 1.1252 = 70.8763). VAT 7 % of 902.84 = 63.1988 -> EUR 63.20 -> USD 71.11 (71.1126).
    assert.deepEqual(lc.duties.map((d: any) => [d.amount, d.currency, d.local]), [['70.88', 'USD', { amount: '62.99', currency: 'EUR' }]]);
    assert.deepEqual(lc.taxes.map((t: any) => [t.amount, t.local.amount]), [['71.11', '63.20']]);
    assert.deepEqual(lc.fx.map((f: any) => [f.from, f.to, f.rateDate, f.source, f.stale]), [['USD', 'EUR', '2025-05-09', 'ECB', true], ['EUR', 'USD', '2025-05-09', 'ECB', true]]);
    assert.ok(lc.warnings.some((w: string) => /ECB rate .* is from 2025-05-09/.test(w)));
    assert.deepEqual(r.body.calculation.costs.filter((x: any) => x.item === 'duties' || x.item === 'importTaxes').map((x: any) => x.amountMinor), [7_088, 7_111]);
  });

  test('bad input is refused naming the field, and writes nothing', async () => {
    const before = await s.counts();
    const fobByAir = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), incoterm: 'FOB', transportMode: 'air' });
    assert.deepEqual([fobByAir.status, fobByAir.body.code], [422, 'INCOTERM_NOT_APPLICABLE']);
    assert.match(fobByAir.body.detail, /^FOB is for sea and inland waterway transport only.*; use FCA instead$/);
    assert.deepEqual(fobByAir.body.errors.map((e: any) => e.field), ['incoterm']);
    const cifByRoad = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), transportMode: 'road' });
    assert.match(cifByRoad.body.detail, /use CIP instead$/);
    const unknown = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), incoterm: 'DDU' });
    assert.deepEqual([unknown.status, unknown.body.code], [400, 'VALIDATION_FAILED']);
    assert.match(unknown.body.detail, /incoterm "DDU" is not an Incoterms 2020 rule/);
    assert.deepEqual(unknown.body.errors.map((e: any) => e.field), ['incoterm']);
    const moq = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), lines: [{ sku: 'COF-ROB-250', quantity: 120 }, { sku: 'NUT-W320-500', quantity: 10 }] });
    assert.deepEqual([moq.status, moq.body.code], [422, 'BELOW_MINIMUM_ORDER']);
    assert.match(moq.body.detail, /10 is below the minimum order quantity of 20/);
    assert.deepEqual(moq.body.errors.map((e: any) => e.field), ['lines[1].quantity']);
    const multiple = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), lines: [{ sku: 'COF-ROB-250', quantity: 100 }] });
    assert.deepEqual([multiple.status, multiple.body.code], [400, 'VALIDATION_FAILED']);
    assert.match(multiple.body.detail, /multiples of 12: order 96 or 108/);
    assert.deepEqual(multiple.body.errors.map((e: any) => e.field), ['lines[0].quantity']);
    const notListed = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), lines: [{ sku: 'TEE-LAN-M', quantity: 10 }] });
    assert.match(notListed.body.detail, /TEE-LAN-M is not on the price list/);
    const noSku = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), lines: [{ sku: 'NOPE-1', quantity: 10 }] });
    assert.deepEqual([noSku.status, noSku.body.code], [422, 'VARIANT_NOT_FOUND']);
    const noCompany = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), companyId: '00000000-0000-4000-8000-000000000000' });
    assert.deepEqual([noCompany.status, noCompany.body.code], [404, 'COMPANY_NOT_FOUND']);
    const noInsurance = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), insuranceRatePercent: undefined });
    assert.deepEqual([noInsurance.status, noInsurance.body.code], [400, 'VALIDATION_FAILED']);
    assert.match(noInsurance.body.detail, /CIF obliges the seller to insure/);
    const noWarehouse = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), warehouse: 'xx-nowhere' });
    assert.deepEqual([noWarehouse.status, noWarehouse.body.code], [404, 'WAREHOUSE_NOT_FOUND']);
    for (const r of [moq, multiple, notListed, noSku, noCompany, noInsurance, noWarehouse, unknown]) assert.match(r.headers['content-type'] as string, /problem\+json/);
    assert.deepEqual(await s.counts(), before);
  });

  test('quote -> sent -> accepted (pro forma PDF) -> order on net 30: stock taken, due date set, amounts frozen', async () => {
    const created = await s.admin('POST', '/v1/admin/quotes', cifHamburg());
    const n = created.body.number;
    const stock = { coffee: await s.level('COF-ROB-250', 'vn-hoian'), nuts: await s.level('NUT-W320-500', 'vn-hoian') };
    const early = await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO });
    assert.deepEqual([early.status, early.body.code, early.body.errors[0].field], [409, 'QUOTE_STATE_CONFLICT', 'status']);
    const noPdfYet = await s.admin('GET', `/v1/admin/quotes/${n}/pro-forma`);
    assert.deepEqual([noPdfYet.status, noPdfYet.body.code], [409, 'QUOTE_STATE_CONFLICT']);

    const sent = await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    assert.deepEqual([sent.status, sent.body.status], [200, 'sent']);
    const badBank = await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: { ...PAY_TO, iban: 'DE89 3704 0044 0532 0130 01' } });
    assert.deepEqual([badBank.status, badBank.body.code], [400, 'VALIDATION_FAILED']);
    assert.match(badBank.body.detail, /check digits/);
    assert.deepEqual(badBank.body.errors.map((e: any) => e.field), ['payTo.iban']);
    const accepted = await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.deepEqual([accepted.body.status, accepted.body.proForma.number], ['accepted', `PF-${n}`]);

    const pdf = await s.admin('GET', `/v1/admin/quotes/${n}/pro-forma`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = await pdfText(new Uint8Array(pdf.raw));
    for (const expected of [`PF-${n}`, 'CIF Hamburg, DE (Incoterms® 2020)', 'Net 30: payable by bank transfer within 30 days', 'IBAN DE89 3704 0044 0532 0130 00', 'BIC COBADEFFXXX', 'Kaffeehaus Nord GmbH', '090121', 'Invoice total EUR 1293.07', 'Insurance EUR 4.27', 'minimum cover EUR 1422.38']) {
      assert.ok(text.includes(expected), `pro forma lacks ${expected}: ${text.slice(0, 2000)}`);
    }

    const placed = await s.admin('POST', `/v1/admin/quotes/${n}/order`);
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    const o = placed.body.order;
    assert.deepEqual([o.salesChannel, o.companyId, o.quoteId, o.paymentTerms, o.paymentDueOn, o.status], ['b2b', de.id, created.body.id, 'net_30', '2026-12-27', 'pending_payment']);
    assert.deepEqual([placed.body.quote.status, placed.body.quote.order.number], ['ordered', o.number]);
    const [row] = await db().orm.select().from(orders).where(eq(orders.id, o.id));
    // Frozen: goods 848.80, the seller's logistics 15 + 45 + 380 + 4.27 = 444.27, total = the CIF price; duties and VAT are the buyer's (due at import).
    assert.deepEqual([row!.incoterm, row!.goodsMinor, row!.shippingMinor, row!.dutiesMinor, row!.taxesMinor, row!.totalMinor, row!.dueOnDeliveryMinor, row!.salesChannel, row!.paymentDueOn], ['CIF', 84_880, 44_427, 0, 0, 129_307, 15_066, 'b2b', '2026-12-27']);
    // Net terms: the stock is taken (sold) at once, not left reserved.
    assert.deepEqual(await s.level('COF-ROB-250', 'vn-hoian'), { onHand: stock.coffee.onHand - 120, reserved: stock.coffee.reserved });
    assert.deepEqual(await s.level('NUT-W320-500', 'vn-hoian'), { onHand: stock.nuts.onHand - 40, reserved: stock.nuts.reserved });

    const again = await s.admin('POST', `/v1/admin/quotes/${n}/order`);
    assert.deepEqual([again.status, again.body.code], [409, 'QUOTE_STATE_CONFLICT']);
  });

  test('a prepayment order holds its stock and waits for payment', async () => {
    const created = await s.admin('POST', '/v1/admin/quotes', { companyId: us.id, incoterm: 'DDP', transportMode: 'air', namedPlace: 'Long Beach, CA', warehouse: 'vn-hoian', lines: [{ sku: 'TEE-LAN-M', quantity: 20 }], costs: { exportClearance: 4_500, mainCarriage: 30_000, importClearance: 9_500 } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const n = created.body.number;
    // DDP: the seller bears duty (16.5 % of 180.00 = 29.70) and MPF (2.69) too: 180 + 45 + 300 + 95 + 32.39 = 652.39.
    assert.equal(created.body.totalMinor, 65_239);
    assert.deepEqual([...created.body.calculation.landedCost.duties, ...created.body.calculation.landedCost.fees].map((l: any) => [l.amount, l.payer]), [['29.70', 'seller'], ['2.69', 'seller']]);
    const before = await s.level('TEE-LAN-M', 'vn-hoian');
    await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO });
    const placed = await s.admin('POST', `/v1/admin/quotes/${n}/order`, { holdDays: 10 });
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    assert.deepEqual([placed.body.order.paymentTerms, placed.body.order.paymentDueOn, placed.body.order.status], ['prepayment', null, 'pending_payment']);
    assert.deepEqual(await s.level('TEE-LAN-M', 'vn-hoian'), { onHand: before.onHand, reserved: before.reserved + 20 });
    const [row] = await db().orm.select().from(orders).where(eq(orders.id, placed.body.order.id));
    assert.deepEqual([row!.incoterm, row!.dutiesMinor, row!.totalMinor, row!.dueOnDeliveryMinor], ['DDP', 3_239, 65_239, 0]);
  });

  test('cancelled quotes and short stock change nothing', async () => {
    const created = await s.admin('POST', '/v1/admin/quotes', cifHamburg());
    const n = created.body.number;
    await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    const cancelled = await s.admin('POST', `/v1/admin/quotes/${n}/cancel`);
    assert.deepEqual([cancelled.status, cancelled.body.status], [200, 'cancelled']);
    const counts = await s.counts();
    for (const step of ['accept', 'order', 'send', 'cancel']) {
      const r = await s.admin('POST', `/v1/admin/quotes/${n}/${step}`, step === 'accept' ? { payTo: PAY_TO } : undefined);
      assert.deepEqual([r.status, r.body.code], [409, 'QUOTE_STATE_CONFLICT'], step);
    }
    assert.equal((await s.admin('GET', `/v1/admin/quotes/${n}`)).body.status, 'cancelled');

    // More cashews than the warehouse holds: the quote is made, the order refused naming the line, nothing held.
    const stock = await s.level('NUT-W320-500', 'vn-hoian');
    const big = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), lines: [{ sku: 'COF-ROB-250', quantity: 24 }, { sku: 'NUT-W320-500', quantity: stock.onHand + 20 }] });
    assert.equal(big.status, 201, JSON.stringify(big.body));
    await s.admin('POST', `/v1/admin/quotes/${big.body.number}/send`);
    await s.admin('POST', `/v1/admin/quotes/${big.body.number}/accept`, { payTo: PAY_TO });
    const coffee = await s.level('COF-ROB-250', 'vn-hoian');
    const short = await s.admin('POST', `/v1/admin/quotes/${big.body.number}/order`);
    assert.deepEqual([short.status, short.body.code], [409, 'INSUFFICIENT_STOCK']);
    assert.match(short.body.detail, /^lines\[1\]\.quantity: only \d+ of NUT-W320-500 left in vn-hoian/);
    assert.deepEqual(short.body.errors.map((e: any) => e.field), ['lines[1].quantity']);
    assert.equal((await s.admin('GET', `/v1/admin/quotes/${big.body.number}`)).body.status, 'accepted');
    assert.deepEqual(await s.level('COF-ROB-250', 'vn-hoian'), coffee);
    assert.deepEqual((await s.counts()).orders, counts.orders);

    const unknown = await s.admin('POST', '/v1/admin/quotes/Q-999999/send');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'QUOTE_NOT_FOUND']);
    const list = await s.admin('GET', `/v1/admin/quotes?companyId=${de.id}&status=cancelled`);
    assert.deepEqual(list.body.items.map((q: any) => q.number), [n]);
  });

  test('net terms beyond the company\'s credit limit are refused, and nothing is held', async () => {
    // The net 30 order above (EUR 1,293.07) is unpaid; a limit of EUR 2,000 leaves no room for another.
    await s.deps.companies.update(de.id, { creditLimitMinor: 200_000 });
    const created = await s.admin('POST', '/v1/admin/quotes', cifHamburg());
    const n = created.body.number;
    await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO });
    const coffee = await s.level('COF-ROB-250', 'vn-hoian');
    const counts = await s.counts();
    const refused = await s.admin('POST', `/v1/admin/quotes/${n}/order`);
    assert.deepEqual([refused.status, refused.body.code, refused.body.errors[0].field], [422, 'CREDIT_LIMIT_EXCEEDED', 'companyId']);
    assert.match(refused.body.detail, /owes EUR 1293\.07 on net terms; EUR 1293\.07 more would pass its credit limit of EUR 2000\.00/);
    assert.deepEqual([await s.level('COF-ROB-250', 'vn-hoian'), await s.counts()], [coffee, counts]);
    assert.equal((await s.admin('GET', `/v1/admin/quotes/${n}`)).body.status, 'accepted');
    await s.deps.companies.update(de.id, { creditLimitMinor: null });
  });

  test('a quote past validUntil (by the deps clock) cannot be accepted: 409 naming validUntil, nothing changes', async () => {
    const created = await s.admin('POST', '/v1/admin/quotes', { ...cifHamburg(), validDays: 5 });
    const n = created.body.number;
    assert.equal(created.body.validUntil, '2026-12-02');
    const sent = await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    s.advanceDays(6);
    const late = await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO });
    assert.deepEqual([late.status, late.body.code], [409, 'QUOTE_EXPIRED']);
    assert.match(late.body.detail, /valid until 2026-12-02/);
    assert.deepEqual(late.body.errors.map((e: any) => e.field), ['validUntil']);
    const read = await s.admin('GET', `/v1/admin/quotes/${n}`);
    assert.deepEqual([read.body.status, read.body.proForma, read.body.updatedAt], ['expired', null, sent.body.updatedAt]);
    const resend = await s.admin('POST', `/v1/admin/quotes/${n}/send`);
    assert.deepEqual([resend.status, resend.body.code], [409, 'QUOTE_EXPIRED']);
    const expired = await s.admin('GET', '/v1/admin/quotes?status=expired');
    assert.ok(expired.body.items.some((q: any) => q.number === n));
  });

  test('reads need read_only, changes operator', async () => {
    const reader = unwrap(await createApiKey(s.deps, { name: 'reader key', scopes: ['admin:read'] })).key;
    assert.equal((await s.admin('GET', '/v1/admin/quotes', undefined, reader)).status, 200);
    const counts = await s.counts();
    const refused = await s.admin('POST', '/v1/admin/quotes', cifHamburg(), reader);
    assert.equal(refused.status, 403);
    assert.deepEqual(await s.counts(), counts);
  });
});
