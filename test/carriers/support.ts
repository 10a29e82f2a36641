import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { carrierLabels, testCarrierParcels, trackingEvents } from '../../src/db/schema/index.js';
import { deliverTestCarrierEvents } from '../../src/services/carriers/test-carrier-delivery.js';
import { formatDecimal } from '../../src/core/decimal/decimal.js';
import { DEMO_MARKETS } from '../../src/data/demo/markets.js';
import { saveMarket } from '../../src/services/markets/save-market.js';
import { said, type CheckoutServer } from '../checkout/support.js';

/** Put a demo market on DAP terms (duty and import tax paid to the carrier on delivery), as a customs hold needs. */
export async function onDapTerms(s: CheckoutServer, marketId: string): Promise<void> {
  const m = DEMO_MARKETS.find((x) => x.id === marketId)!;
  const saved = await saveMarket(s.deps, { ...m, incoterm: 'DAP', pricing: { ...m.pricing, fxMarkupPercent: formatDecimal(m.pricing.fxMarkupPercent) } });
  assert.ok(saved.ok, saved.ok ? '' : saved.message);
}

export const labelPath = (number: string, position = 0) => `/v1/admin/orders/${number}/shipments/${position}/label`;

/** Buy a shipment's label; asserts the status and returns the body. */
export async function buyLabel(s: CheckoutServer, number: string, body?: unknown, status = 201): Promise<any> {
  const r = await s.admin('POST', labelPath(number), body === undefined ? {} : { body });
  assert.equal(r.status, status, said(r));
  return r.body;
}

/** The PDF of a shipment's label and its text, as a PDF reader extracts it. */
export async function labelText(s: CheckoutServer, number: string): Promise<{ contentType: string | null; bytes: Uint8Array; text: string }> {
  const r = await fetch(`${s.base}${labelPath(number)}`, { headers: { authorization: `Bearer ${s.adminKey}` } });
  assert.equal(r.status, 200);
  const bytes = new Uint8Array(await r.arrayBuffer());
  const { text } = await extractText(bytes.slice(), { mergePages: true });
  return { contentType: r.headers.get('content-type'), bytes, text };
}

/** Counts of what carriers and webhooks write: for "nothing changed" checks. */
export async function carrierCounts(s: CheckoutServer) {
  const n = async (table: typeof carrierLabels | typeof trackingEvents | typeof testCarrierParcels) => Number((await s.deps.database.orm.select({ n: count() }).from(table))[0]!.n);
  return { labels: await n(carrierLabels), events: await n(trackingEvents), parcels: await n(testCarrierParcels) };
}

export async function activeParcels(s: CheckoutServer, reference: string): Promise<number> {
  const rows = await s.deps.database.orm.select().from(testCarrierParcels).where(eq(testCarrierParcels.reference, reference));
  return rows.filter((r) => r.status === 'active').length;
}

/** Play the test carrier's schedule up to `hours` after now, delivering the due webhooks over HTTP. */
export function advance(s: CheckoutServer, hours: number) {
  return deliverTestCarrierEvents(s.deps, { now: new Date(s.deps.clock().getTime() + hours * 3_600_000), timeoutMs: 5_000 });
}
