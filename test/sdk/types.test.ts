import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Landfall, LandfallAnswer, LandfallBody, LandfallQuery, PageItem, PaginatedPath, PathsFor, WebhookEvent } from '../../packages/sdk/src/index.js';

/** Compile-time equality: `Expect<Equal<A, B>>` fails `npm run typecheck` when A and B differ. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<LandfallAnswer<'GET', '/v1/payments/{id}'>['status'], 'requires_action' | 'processing' | 'authorized' | 'succeeded' | 'failed' | 'cancelled'>>,
  Expect<Equal<LandfallBody<'POST', '/v1/payments'>['capture'], 'automatic' | 'manual' | undefined>>,
  Expect<Equal<LandfallQuery<'GET', '/v1/admin/orders'>['limit'], number | undefined>>,
  Expect<Equal<LandfallAnswer<'DELETE', '/v1/admin/webhooks/{id}'>, undefined>>,
  Expect<Equal<LandfallAnswer<'GET', '/v1/orders/{number}/documents/commercial-invoice'>, ArrayBuffer>>,
  Expect<Equal<PageItem<'/v1/admin/events'>, WebhookEvent>>,
  Expect<'/v1/admin/orders' extends PaginatedPath ? true : false>,
  Expect<'/v1/store/markets' extends PaginatedPath ? false : true>,
  Expect<'/v1/payments' extends PathsFor<'POST'> ? true : false>,
  Expect<'/v1/payments' extends PathsFor<'GET'> ? false : true>,
];

/** Never called: each line must compile, each @ts-expect-error must be an error. */
export async function typedCalls(client: Landfall): Promise<void> {
  const payment = await client.request('GET', '/v1/payments/{id}', { path: { id: 'x' }, query: { refresh: true } });
  payment.amount.currency satisfies string;
  // @ts-expect-error path parameters are required where the path has them
  await client.request('GET', '/v1/payments/{id}');
  // @ts-expect-error the path parameter is `id`
  await client.request('GET', '/v1/payments/{id}', { path: { paymentId: 'x' } });
  // @ts-expect-error no GET on /v1/payments
  await client.request('GET', '/v1/payments');
  // @ts-expect-error a body is required
  await client.request('POST', '/v1/payments', {});
  // @ts-expect-error capture is automatic or manual
  await client.payments.create({ reference: 'r', amount: { amount: '1.00', currency: 'EUR' }, method: 'card', country: 'DE', capture: 'later' });
  // @ts-expect-error the order lookup needs the buyer's email
  await client.request('GET', '/v1/orders/{number}', { path: { number: 'LF-1' } });
  await client.request('GET', '/v1/store/markets');
  for await (const order of client.paginate('/v1/admin/orders', { query: { status: 'paid', limit: 10 } })) order.number satisfies string;
  // @ts-expect-error /v1/store/markets is not paginated
  client.paginate('/v1/store/markets');
}

test('the typed surface compiles as intended (checked by npm run typecheck)', () => {
  assert.equal(typeof typedCalls, 'function');
});
