import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import type { Database, Orm } from '../../src/db/create-db.js';
import { createCompanyRepository } from '../../src/db/repositories/company-repository.js';
import { orders, quotes } from '../../src/db/schema/index.js';
import { createInventoryRepository } from '../../src/db/repositories/inventory-repository.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

/** The day the expected amounts were worked out for (the rules in effect, the demo's ECB rates). */
export const QUOTE_DAY = '2026-11-27T09:00:00.000Z';

/** The hand-checked quote of the tests: coffee and cashews from Hội An, CIF Hamburg by sea, insured at 0.3 %. */
export const cifHamburg = (companyId: string, extra: Record<string, unknown> = {}) => ({
  companyId,
  incoterm: 'CIF',
  transportMode: 'sea',
  namedPlace: 'Hamburg, DE',
  warehouse: 'vn-hoian',
  lines: [{ sku: 'COF-ROB-250', quantity: 120 }, { sku: 'NUT-W320-500', quantity: 40 }],
  costs: { loading: 1_500, exportClearance: 4_500, mainCarriage: 38_000, unloading: 2_000, importClearance: 6_000 },
  insuranceRatePercent: '0.3',
  ...extra,
});
const DAY_MS = 86_400_000;

export type QuoteServer = TestApp & {
  /** Call the admin API in-process (JSON in and out); `key` defaults to the admin key. */
  admin(method: 'GET' | 'POST', url: string, body?: unknown, key?: string): Promise<{ status: number; body: any; raw: Buffer; headers: Record<string, unknown> }>;
  /** Move the deps clock by whole days (it runs at real speed in between). */
  advanceDays(days: number): void;
  /** Stock of a SKU in a warehouse: on hand and reserved. */
  level(sku: string, warehouse: string): Promise<{ onHand: number; reserved: number }>;
  counts(): Promise<{ quotes: number; orders: number }>;
};

/** The demo store seeded into `db` and the app over it, with a clock that starts on QUOTE_DAY and can jump ahead. */
export async function startQuoteServer(db: Database): Promise<QuoteServer> {
  let offset = 0;
  const origin = Date.parse(QUOTE_DAY);
  const began = performance.now();
  const t = await buildTestApp(db, { deps: { clock: () => new Date(origin + offset + Math.floor(performance.now() - began)) } });
  await seedDemoStore(t.deps);
  const inventory = createInventoryRepository(db.orm);
  return {
    ...t,
    async admin(method, url, body, key) {
      const r = await t.app.inject({ method, url, headers: { ...t.auth(key), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { payload: JSON.stringify(body) } : {}) });
      let parsed: unknown;
      try {
        parsed = r.body ? JSON.parse(r.body) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: r.statusCode, body: parsed, raw: r.rawPayload, headers: r.headers };
    },
    advanceDays(days) {
      offset += days * DAY_MS;
    },
    async level(sku, warehouse) {
      const keys = await inventory.lookupStockKeys({ skus: [sku], variantIds: [], warehouseCodes: [warehouse] });
      const l = await inventory.level({ variantId: keys.bySku.get(sku)!.id, warehouseId: keys.warehouses.get(warehouse)!.id });
      return { onHand: l?.onHand ?? 0, reserved: l?.reserved ?? 0 };
    },
    async counts() {
      const [q] = await db.orm.select({ n: count() }).from(quotes);
      const [o] = await db.orm.select({ n: count() }).from(orders);
      return { quotes: Number(q!.n), orders: Number(o!.n) };
    },
  };
}

/**
 * A distributor company with a price list of its own in `currency`: `tiers` per SKU (unit prices in
 * minor units), `moq` per SKU. Written through the company repository, as the companies API does.
 */
export async function addDistributor(
  s: Pick<TestApp, 'deps'>,
  c: { name: string; country: string; currency: string; paymentTerms: 'prepayment' | 'net_30' | 'net_60'; address: { lines: string[]; city: string; postalCode: string; region?: string }; items: Array<{ sku: string; moq: number; multiple?: number; tiers: Array<[number, number]> }> },
): Promise<{ id: string; priceList: string }> {
  const code = `${c.country.toLowerCase()}-${c.currency.toLowerCase()}-${Math.floor(Math.random() * 1e6)}`;
  const ids = await s.deps.companies.variantIdsBySku(c.items.map((i) => i.sku));
  await s.deps.database.orm.transaction(async (tx) => {
    await createCompanyRepository(tx as unknown as Orm).putPriceList(
      { code, name: `${c.name} list`, currency: c.currency, validFrom: '2026-01-01', validTo: null },
      c.items.map((i) => ({ variantId: ids.get(i.sku)!, minOrderQuantity: i.moq, orderMultiple: i.multiple ?? 1, tiers: i.tiers.map(([minQuantity, unitPriceMinor]) => ({ minQuantity, unitPriceMinor })) })),
      s.deps.clock(),
    );
  });
  const company = await s.deps.companies.insert({
    name: c.name,
    country: c.country,
    email: `buying@${c.name.toLowerCase().replace(/[^a-z]/g, '')}.example`,
    address: { name: c.name, lines: c.address.lines, city: c.address.city, postalCode: c.address.postalCode, region: c.address.region ?? null, country: c.country, phone: null },
    priceList: code,
    paymentTerms: c.paymentTerms,
  });
  assert.ok(company.id);
  return { id: company.id, priceList: code };
}
