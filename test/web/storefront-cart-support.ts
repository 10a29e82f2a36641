import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/create-db.js';
import type { Deps } from '../../src/services/deps.js';
import { parseImportSource } from '../../src/services/data-import/parse-import-source.js';
import { writeImport } from '../../src/services/data-import/write-import.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import type { Market } from '../../src/core/markets/market.js';
import { toMarketWrite } from '../../src/services/markets/market-record.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

/**
 * The day the storefront cart tests' amounts were worked out for (the rules in effect then: the US
 * without a de minimis, Vietnam's 8% VAT cut until 2027) with the demo's ECB rates of 2025-05-09.
 */
export const START = '2026-11-27T09:00:00.000Z';

/** A clock that starts at `start` and runs at real speed, so payments made one after another keep their order. */
function runningClock(start: string): () => Date {
  const origin = Date.parse(start);
  const began = performance.now();
  return () => new Date(origin + Math.floor(performance.now() - began));
}

export type Storefront = TestApp & { base: string; close(): Promise<void> };

/**
 * The demo store on a free port, the test payment gateway calling back to it over HTTP (a card
 * payment is confirmed at the gateway, so the server must listen).
 */
export async function startStorefront(db: Database, options: { adminAppDir?: string } = {}): Promise<Storefront> {
  let base = '';
  const t = await buildTestApp(db, { ...options, deps: { payments: { publicUrl: () => base }, clock: runningClock(START) } });
  await seedDemoStore(t.deps);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  return { ...t, base, close: () => t.app.close() };
}

/**
 * A Vietnamese home market for the tests, served from the Hội An warehouse by its domestic courier
 * card (src/data/demo/shipping.ts). It is not in the demo data because the ECB publishes no
 * Vietnamese dong rate and Landfall reads ECB rates only: a VND market could price nothing. Tests
 * of it import a stand-in rate (about VND 29,200 to the euro in May 2025) through the ECB importer,
 * as an operator would have to today; it is not an ECB figure.
 */
export const VIETNAM_MARKET: Market = {
  id: 'vn',
  name: 'Vietnam',
  countries: ['VN'],
  currency: 'VND',
  // Vietnamese first; English for visitors and expatriates.
  locales: ['vi', 'en'],
  // Home market: parcels go from the Hội An workshop to a Vietnamese address and cross no customs
  // border, so there is no duty; the seller charges Vietnamese VAT on the sale and nothing is due
  // at the door (DDP in effect). Vietnamese shops show prices with VAT included ("giá đã bao gồm
  // VAT"), as buyers expect, and the rate is the goods' own (10%, or 8% while the VAT cut lasts, 5%
  // for cashews) from the VAT rules.
  incoterm: 'DDP',
  taxInclusive: true,
  // Cards; bank transfer, which Vietnamese buyers use widely (instant transfers through NAPAS,
  // often by VietQR); and cash on delivery, still how a large share of Vietnamese online orders
  // are paid. The payment catalog offers `cod` only in Vietnam and only in VND.
  paymentMethods: ['card', 'bank_transfer', 'cod'],
  // The đồng has no minor unit in use; prices are whole thousands (the smallest note in common use
  // is 1,000 ₫) ending in 9,000 on the ten thousand: 199.000 ₫, 349.000 ₫, a usual shelf ending.
  pricing: { currency: 'VND', fxMarkupPercent: { coef: 2, scale: 0 }, rounding: { increment: 1000, mode: 'half-up' }, charm: { modulus: 10_000, ending: 9000, direction: 'nearest' } },
};

/** Open the Vietnam market: the market, Hội An serving it, and the stand-in VND rate. */
export async function openVietnamMarket(deps: Deps): Promise<void> {
  const at = deps.clock();
  await deps.markets.upsert(toMarketWrite(VIETNAM_MARKET, { dutiesIncluded: false, isDefault: false, position: 100 }), at);
  const hoian = (await deps.warehouses.getByCode('vn-hoian'))!;
  await deps.warehouses.upsert({ code: hoian.code, name: hoian.name, country: hoian.country, address: hoian.address, markets: [...hoian.markets, 'vn'], active: hoian.active, position: hoian.position }, at);
  deps.referenceCache.clear();
  await importStandInVndRate(deps);
}

async function importStandInVndRate(deps: Pick<Deps, 'database' | 'clock'>): Promise<void> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube><Cube time='2025-05-09'><Cube currency='VND' rate='29215'/></Cube></Cube>
</gesmes:Envelope>
`;
  const bytes = new TextEncoder().encode(xml);
  const prepared = parseImportSource('ecb', { location: 'test stand-in VND rate', name: 'vnd.xml', bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  if (!prepared.ok) throw new Error(prepared.message);
  const written = await writeImport(deps, prepared.value);
  if (!written.ok) throw new Error(written.message);
}

export type Answer = { status: number; text: string; location: string | null; setCookies: string[] };

/**
 * A buyer without a browser: plain requests with a cookie jar, form posts with this site's Origin
 * unless told otherwise (`origin: null` sends none).
 */
export class Shopper {
  readonly jar = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, o: { form?: Record<string, string> | string; origin?: string | null; referer?: string; contentType?: string; cookie?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = o.cookie ?? this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    if (method === 'POST') {
      const origin = o.origin === undefined ? this.base : o.origin;
      if (origin !== null) headers.origin = origin;
      if (o.referer) headers.referer = o.referer;
      headers['content-type'] = o.contentType ?? 'application/x-www-form-urlencoded';
    }
    const body = o.form === undefined ? undefined : typeof o.form === 'string' ? o.form : new URLSearchParams(o.form).toString();
    const r = await fetch(this.base + path, { method, redirect: 'manual', headers, ...(body !== undefined ? { body } : {}) });
    const setCookies = r.headers.getSetCookie();
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    // No-break spaces (which Intl puts in "13,90 €" and "7 %") as plain ones, so expectations read plainly.
    return { status: r.status, text: plainSpaces(await r.text()), location: r.headers.get('location'), setCookies };
  }

  get(path: string, o: { cookie?: string } = {}) {
    return this.request('GET', path, o);
  }

  post(path: string, form: Record<string, string> | string, o: { origin?: string | null; referer?: string; contentType?: string; cookie?: string } = {}) {
    return this.request('POST', path, { ...o, form });
  }
}

/** No-break, narrow no-break and thin spaces (Intl's, in prices and date ranges) as plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** The text of an element found by a regular expression on its opening tag, tags stripped and spaces folded. */
export function textOf(html: string, open: RegExp): string | undefined {
  const m = new RegExp(`${open.source}([\\s\\S]*?)</`, open.flags).exec(html);
  return m ? m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : undefined;
}

/** Cell texts of every row of the breakdown table, keyed by its data-row. */
export function breakdownRows(html: string): Record<string, string> {
  const table = /<table class="breakdown"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return Object.fromEntries([...table.matchAll(/<tr[^>]*data-row="([^"]+)"[^>]*><th[^>]*>[\s\S]*?<\/th><td[^>]*>([\s\S]*?)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!.replace(/<[^>]+>/g, '').trim()]));
}

/** The amount due now as the page gives it (`data-due-now`). */
export function dueNow(html: string): string | undefined {
  return /data-due-now="([^"]+)"/.exec(html)?.[1];
}

/** The hidden `attempt` of the payment form(s) on a payment page. */
export function attemptOf(html: string): string | undefined {
  return /name="attempt" value="([^"]+)"/.exec(html)?.[1];
}

export const ADDRESS_DE = { email: 'ana@example.com', name: 'Ana Schmidt', line1: 'Hauptstraße 5', line2: '', city: 'Berlin', postalCode: '10115', phone: '' };
export const CARD_OK = { cardNumber: '4242 4242 4242 4242', expMonth: '12', expYear: '2034', cvc: '123' };
