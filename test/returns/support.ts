import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { orderRefunds, outboxEvents, returnLines, returnReliefRecords, returnRequests, stockMovements, testCarrierParcels } from '../../src/db/schema/index.js';
import { advance } from '../carriers/support.js';
import { placePaidOrder, readyCart, said, type Answer, type CheckoutServer } from '../checkout/support.js';

export const buyerReturns = (number: string) => `/v1/orders/${number}/returns`;
export const adminReturn = (id: string, step = '') => `/v1/admin/returns/${id}${step ? `/${step}` : ''}`;

/**
 * A paid order whose parcels left with a test carrier label and were delivered: the carrier's
 * picked_up and delivered events arrived over its webhooks (the export proof the relief record keeps).
 */
export async function deliveredOrder(s: CheckoutServer, market: string, country: string, lines: Array<{ sku: string; quantity: number }>): Promise<any> {
  const cart = await readyCart(s, market, country, lines);
  const placed = await placePaidOrder(s, cart.id);
  for (const p of placed.shipments) {
    const r = await s.admin('POST', `/v1/admin/orders/${placed.number}/shipments/${p.position}/label`, { body: {} });
    assert.equal(r.status, 201, said(r));
  }
  await advance(s, 80);
  const o = (await s.admin('GET', `/v1/admin/orders/${placed.number}`)).body;
  assert.deepEqual(o.shipments.map((x: any) => x.status), o.shipments.map(() => 'delivered'), JSON.stringify(o.shipments));
  return o;
}

/** Ask for a return as the buyer; asserts the status and returns the body. */
export async function askReturn(s: CheckoutServer, order: { number: string; email: string }, lines: unknown[], status = 201): Promise<any> {
  const r = await s.call('POST', buyerReturns(order.number), { body: { email: order.email, lines } });
  assert.equal(r.status, status, said(r));
  return r.body;
}

/** An admin step on a return (approve, receive, ...); asserts the status. */
export async function step(s: CheckoutServer, id: string, name: string, body?: unknown, status = 200): Promise<any> {
  const r = await s.admin('POST', adminReturn(id, name), body === undefined ? {} : { body });
  assert.equal(r.status, status, said(r));
  return r.body;
}

/** What a refused request must leave as it was: returns, their lines and relief records, stock movements, refunds, events, carrier parcels. */
export async function returnCounts(s: CheckoutServer) {
  const orm = s.deps.database.orm;
  const n = async (table: any) => Number((await orm.select({ n: count() }).from(table))[0]!.n);
  return {
    returns: await n(returnRequests),
    lines: await n(returnLines),
    relief: await n(returnReliefRecords),
    movements: await n(stockMovements),
    refunds: await n(orderRefunds),
    events: await n(outboxEvents),
    parcels: await n(testCarrierParcels),
  };
}

/** A refusal: status, code and the fields it names. */
export function refusal(r: Answer): [number, string, string[]] {
  return [r.status, r.body?.code, (r.body?.errors ?? []).map((e: { field: string }) => e.field)];
}

/** A return label's PDF as text. */
export async function returnLabelText(s: CheckoutServer, id: string): Promise<{ contentType: string | null; text: string; head: string }> {
  const r = await fetch(`${s.base}${adminReturn(id, 'label')}`, { headers: { authorization: `Bearer ${s.adminKey}` } });
  assert.equal(r.status, 200);
  const bytes = new Uint8Array(await r.arrayBuffer());
  const { text } = await extractText(bytes.slice(), { mergePages: true });
  return { contentType: r.headers.get('content-type'), text, head: new TextDecoder().decode(bytes.slice(0, 5)) };
}
