import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { orders, outboxEvents, payments } from '../../src/db/schema/index.js';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.js';
import type { QuoteServer } from './quotes-support.js';

export const PAY_TO = { accountHolder: 'Hội An Atelier Co., Ltd', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' };

/** Quote -> sent -> accepted -> ordered through the admin API; the order as answered. */
export async function placeDistributorOrder(s: QuoteServer, quote: Record<string, unknown>, orderBody?: Record<string, unknown>): Promise<any> {
  const created = await s.admin('POST', '/v1/admin/quotes', quote);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const n = created.body.number;
  assert.equal((await s.admin('POST', `/v1/admin/quotes/${n}/send`)).status, 200);
  assert.equal((await s.admin('POST', `/v1/admin/quotes/${n}/accept`, { payTo: PAY_TO })).status, 200);
  const placed = await s.admin('POST', `/v1/admin/quotes/${n}/order`, orderBody);
  assert.equal(placed.status, 200, JSON.stringify(placed.body));
  return placed.body.order;
}

/** Everything a refused transfer must leave alone: the order row, the payments and the outbox. */
export async function snapshot(s: QuoteServer, number: string): Promise<unknown> {
  const orm = s.deps.database.orm;
  const [o] = await orm.select().from(orders).where(eq(orders.number, number));
  const [p] = await orm.select({ n: count() }).from(payments);
  const [e] = await orm.select({ n: count() }).from(outboxEvents);
  return { order: o, payments: Number(p!.n), events: Number(e!.n) };
}

/** Event types about one order or payment, sorted. */
export async function eventTypes(s: QuoteServer, kind: 'order' | 'payment', id: string): Promise<string[]> {
  const rows = await createOutboxRepository(s.deps.database.orm).listEvents({ subjectKind: kind, subjectId: id }, { limit: 100 });
  return rows.map((r) => r.type).sort();
}

export const transfer = (amount: string, reference: string, receivedOn: string, currency = 'EUR') => ({ amount: { amount, currency }, reference, receivedOn });
