import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createDeps, type Deps } from '../../src/services/deps.js';
import { parseImportSource } from '../../src/services/data-import/parse-import-source.js';
import { writeImport } from '../../src/services/data-import/write-import.js';
import { getTaxReturn } from '../../src/services/reports/tax-return.js';
import { describeWithDatabases } from '../support/test-database.js';

/** ECB reference rates as the ECB's XML writes them (several days), through the regular importer. */
async function importEcb(deps: Deps, days: Record<string, Record<string, string>>): Promise<void> {
  const cubes = Object.entries(days)
    .map(([date, rates]) => `<Cube time='${date}'>${Object.entries(rates).map(([c, r]) => `<Cube currency='${c}' rate='${r}'/>`).join('')}</Cube>`)
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><gesmes:subject>Reference rates</gesmes:subject><Cube>${cubes}</Cube></gesmes:Envelope>`;
  const bytes = new TextEncoder().encode(xml);
  const prepared = parseImportSource('ecb', { location: 'test', name: 'eurofxref-hist.xml', bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  if (!prepared.ok) throw new Error(prepared.message);
  const written = await writeImport(deps, prepared.value);
  if (!written.ok) throw new Error(written.message);
}

/**
 * An IOSS order to Germany charged in USD: the quote worked out 19 % of EUR 100.00 = EUR 19.00 and
 * charged USD 21.38 at its rate of 1 EUR = 1.125 USD. No demo market charges the EU in another
 * currency than the euro, so the order is written as checkout writes it (order, line, frozen quote).
 */
async function insertUsdOrder(deps: Deps, number: string, paidAt: string): Promise<void> {
  const quote = {
    date: paidAt.slice(0, 10),
    fx: [{ from: 'EUR', to: 'USD', rate: '1.125', rateDate: paidAt.slice(0, 10), source: 'ECB', stale: false }],
    shipments: [
      {
        lines: [{ sku: 'TEE', quantity: 1 }],
        charges: [
          { type: 'tax', name: 'VAT (IOSS)', amount: '21.38', currency: 'USD', local: { amount: '19.00', currency: 'EUR' }, rate: '19%', basis: 'sale price + shipping', baseAmount: { amount: '100.00', currency: 'EUR' }, formula: '19% of EUR 100.00 (sale price + shipping)', program: 'low-value scheme', payer: 'seller', due: 'checkout', sku: 'TEE', rule: { id: 'tax.DE.vat.standard', version: '1' } },
        ],
      },
    ],
  };
  const id = crypto.randomUUID();
  await deps.database.orm.execute(sql`
    insert into orders (id, number, market, currency, country, email, address, incoterm, status, goods_minor, discount_minor, shipping_minor, duties_minor, taxes_minor,
      taxes_included_minor, fees_minor, total_minor, due_on_delivery_minor, captured_minor, refunded_minor, rules_version, quote, created_at, updated_at, paid_at)
    values (${id}, ${number}, 'us', 'USD', 'DE', 'usd-buyer@example.com', ${JSON.stringify({ name: 'B', lines: ['1 Str'], city: 'Berlin', postalCode: '10115', region: null, country: 'DE', phone: null })}::jsonb,
      'DDP', 'paid', 11250, 0, 0, 0, 2138, 0, 0, 13388, 0, 13388, 0, 'test', ${JSON.stringify(quote)}::jsonb, ${paidAt}::timestamptz, ${paidAt}::timestamptz, ${paidAt}::timestamptz)`);
  await deps.database.orm.execute(sql`
    insert into order_lines (order_id, position, sku, title, quantity, unit_price_minor, discount_minor, goods_minor, tax_included_minor, duties_minor, taxes_minor, tax_scheme, hs_code, origin_country, weight_g, warehouse)
    values (${id}, 0, 'TEE', 'T-shirt', 1, 11250, 0, 11250, 0, 0, 2138, 'IOSS', '610910', 'VN', 220, 'vn-hoian')`);
}

describeWithDatabases('reports: an IOSS return converts amounts charged in another currency with the ECB rate the Directive names', (db) => {
  let deps: Deps;
  before(async () => {
    deps = createDeps(db(), { version: 'test', clock: () => new Date('2026-11-27T09:00:00.000Z') });
    // 31 October 2026 is a Saturday: the ECB publishes on Friday 30 October and Monday 2 November.
    await importEcb(deps, { '2026-10-30': { USD: '1.1500' }, '2026-11-02': { USD: '1.1600' } });
    await insertUsdOrder(deps, 'LF-900001', '2026-10-20T10:00:00.000Z');
    await insertUsdOrder(deps, 'LF-900002', '2026-11-05T10:00:00.000Z');
  });

  test('October: the rate of the next publication after the last day (2 November), exactly, and shown', async () => {
    const r = await getTaxReturn(deps, { scheme: 'IOSS', period: '2026-10' });
    assert.ok(r.ok);
    const f = r.value.figures[0]!;
    // Taxable: EUR 100.00 in USD at the quote's 1.125 = USD 112.50; / 1.16 = 96.9827... -> EUR 96.98. Tax: USD 21.38 / 1.16 = 18.4310... -> EUR 18.43.
    assert.deepEqual([f.country, f.rate, f.taxable.amount, f.tax.amount], ['DE', '19', '96.98', '18.43']);
    assert.deepEqual(f.byCurrency.map((c) => [c.currency, c.taxable.amount, c.tax.amount, c.rate, c.rateDate]), [['USD', '112.50', '21.38', '0.8620689655', '2026-11-02']]);
    assert.deepEqual(r.value.fx, [{ from: 'USD', to: 'EUR', rate: '0.8620689655', rateDate: '2026-11-02', source: 'ECB', forPeriod: '2026-10', prescribed: true }]);
    assert.equal(r.value.complete, true);
  });

  test('November, not ended and without the rate of its last day: the USD amounts are left out and the answer says so', async () => {
    const r = await getTaxReturn(deps, { scheme: 'IOSS', period: '2026-11' });
    assert.ok(r.ok);
    assert.deepEqual([r.value.totals.tax.amount, r.value.complete, r.value.figures[0]!.byCurrency[0]!.inReturnCurrency], ['0.00', false, null]);
    assert.match(r.value.warnings.join(' '), /no ECB rate of USD for 2026-11 is stored/);
  });
});
