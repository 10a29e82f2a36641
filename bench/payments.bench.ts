import type { AddressInfo } from 'node:net';
import { createDb } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/http/build-app.js';
import { createApiKey } from '../src/services/api-keys/create-api-key.js';
import { createDeps } from '../src/services/deps.js';
import { deliverTestGatewayEvents } from '../src/services/test-gateway/deliver-events.js';
import { publish } from './lib/harness.js';

/**
 * Payments over HTTP on PGlite in memory, Landfall listening on a local port and calling its own
 * test gateway over HTTP, one request at a time: creating a payment without an Idempotency-Key
 * (baseline: one gateway call, one transaction), the same with a key (plus claiming and completing
 * the key), a retry answered from the stored answer, and a whole card payment (create, confirm,
 * the gateway's webhook delivered and applied).
 */
export async function run(options: { amount: number }): Promise<void> {
  const n = Math.max(50, Math.round(options.amount / 250));
  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  const db = opened.value;
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  let base = '';
  const deps = createDeps(db, { version: 'bench', payments: { publicUrl: () => base } });
  const key = await createApiKey(deps, { name: 'bench', scopes: ['api'] });
  if (!key.ok) throw new Error(key.message);
  const app = await buildApp(deps, { logLevel: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const headers = { authorization: `Bearer ${key.value.key}`, 'content-type': 'application/json' };
  const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const r = await fetch(base + path, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) });
    const json = (await r.json()) as { id: string; status: string };
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  const payment = (i: number) => ({ reference: `bench-${i}`, amount: { amount: '25.00', currency: 'USD' }, method: 'card', country: 'US' });
  const rate = async (count: number, fn: (i: number) => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await fn(i);
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    return { perSecond: Math.round(count / s), msEach: Math.round((s * 1e6) / count) / 1e3 };
  };
  try {
    await rate(20, (i) => post('/v1/payments', payment(-i - 1))); // warm-up
    const plain = await rate(n, (i) => post('/v1/payments', payment(i)));
    const keyed = await rate(n, (i) => post('/v1/payments', payment(n + i), { 'idempotency-key': `k-${i}` }));
    const replayed = await rate(n, (i) => post('/v1/payments', payment(n + i), { 'idempotency-key': `k-${i}` }));
    const card = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
    const whole = await rate(n, async (i) => {
      const p = await post('/v1/payments', payment(3 * n + i));
      await post(`/v1/payments/${p.id}/confirm`, { card });
      const d = await deliverTestGatewayEvents(deps);
      if (d.delivered !== 1) throw new Error(`webhook not delivered: ${JSON.stringify(d)}`);
    });
    publish({
      name: 'payments',
      description: `${n} requests each, sequential, over HTTP on PGlite in memory (Landfall and its test gateway in one process)`,
      rows: [
        { label: 'create payment, no Idempotency-Key', isBaseline: true, figures: plain },
        { label: 'create payment with Idempotency-Key', figures: keyed },
        { label: 'retry answered from the stored answer', figures: replayed },
        { label: 'card payment: create, confirm, webhook', figures: whole },
      ],
      notes: ['each create is two HTTP requests (Landfall, then the gateway it calls); a whole card payment is five (create, gateway create, confirm, gateway confirm, the webhook back)'],
    });
  } finally {
    await app.close();
    await db.close();
  }
}
