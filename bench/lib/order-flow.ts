/**
 * A short order against a running `landfall serve`, for benchmarks that count orders per second:
 * a cart created with its email, address and lines in one request, a checkout with a card payment
 * (Idempotency-Key), and the card confirmed at the built-in test gateway. `runOrders` runs `count`
 * of them by `concurrency` closed loops.
 */
import type { Agent } from 'node:http';
import { requestJson, type JsonAnswer } from './landfall-process.js';

const CARD = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
const BUYERS = [
  { market: 'us', country: 'US', address: { name: 'Ann Buyer', lines: ['1 Test Street'], city: 'New York', postalCode: '10001', region: 'NY', country: 'US' } },
  { market: 'eu', country: 'DE', address: { name: 'Anna Käufer', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', country: 'DE' } },
];
/** Goods stocked in both New Jersey and Venlo; each order takes two different ones. */
export const ORDER_SKUS = ['COF-ROB-250', 'COF-ROB-500', 'COF-ARA-250', 'COF-ARA-500', 'COF-PHN-250', 'NUT-W320-250', 'NUT-W320-500', 'TEE-LAN-S', 'TEE-LAN-M', 'TEE-LAN-L', 'CER-MUG-CEL', 'BAM-CHP-5'];

/** Receive `quantity` of every ORDER_SKUS item into New Jersey and Venlo, so the stock never runs out. */
export async function stockForOrders(agent: Agent, port: number, adminKey: string, quantity: number): Promise<void> {
  for (const sku of ORDER_SKUS) {
    for (const warehouse of ['us-nj', 'nl-venlo']) {
      const r = await requestJson(agent, port, 'POST', '/v1/admin/inventory/movements', { sku, warehouse, kind: 'receipt', quantity, reason: 'bench stock' }, { authorization: `Bearer ${adminKey}` });
      if (r.status !== 201) throw new Error(`receive ${sku}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    }
  }
}

export type OrdersOutcome = { paid: number; errors: number; firstError?: string; seconds: number; flowsMs: number[] };

export async function runOrders(agent: Agent, port: number, apiKey: string, count: number, concurrency: number, prefix: string): Promise<OrdersOutcome> {
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> => requestJson(agent, port, method, path, body, { authorization: `Bearer ${apiKey}`, ...headers });
  const flowsMs: number[] = [];
  let paid = 0;
  const order = async (i: number) => {
    const t0 = performance.now();
    const buyer = BUYERS[i % BUYERS.length]!;
    const lines = [0, 5].map((offset) => ({ sku: ORDER_SKUS[(i + offset) % ORDER_SKUS.length]!, quantity: 1 + ((i + offset) % 2) }));
    const cart = await call('POST', '/v1/carts', { market: buyer.market, country: buyer.country, email: `buyer${i}@example.com`, address: buyer.address, lines }, { prefer: 'return=minimal' });
    expect(cart, 201, 'create a cart');
    const placed = await call('POST', `/v1/carts/${cart.body.id}/checkout`, { payment: { method: 'card' } }, { 'idempotency-key': `${prefix}-${i}` });
    expect(placed, 201, 'check out');
    if (!placed.body.payment) throw new Error(`no payment started: ${JSON.stringify(placed.body.paymentError)}`);
    const confirmed = await call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { card: CARD });
    expect(confirmed, 200, 'confirm the card');
    if (confirmed.body.status !== 'succeeded') throw new Error(`payment ${confirmed.body.status}`);
    flowsMs.push(performance.now() - t0);
    paid++;
  };
  const run = await closedLoops(count, concurrency, order);
  return { paid, errors: run.errors, ...(run.firstError ? { firstError: run.firstError } : {}), seconds: run.seconds, flowsMs };
}

/**
 * Run `flow(0..count-1)` in `concurrency` closed loops (each takes the next index when its flow
 * ends); a flow that throws is counted, its first message kept, and the loops go on.
 */
export async function closedLoops(count: number, concurrency: number, flow: (i: number) => Promise<void>): Promise<{ errors: number; firstError?: string; seconds: number }> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        try {
          await flow(i);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message.slice(0, 300);
        }
      }
    }),
  );
  return { errors, ...(firstError ? { firstError } : {}), seconds: (performance.now() - started) / 1000 };
}

function expect(answer: JsonAnswer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
}
