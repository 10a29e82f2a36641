import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { createDb } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createOutboxRepository } from '../src/db/repositories/outbox-repository.js';
import { createDeps } from '../src/services/deps.js';
import { createWebhookEndpoint } from '../src/services/webhooks/create-webhook-endpoint.js';
import { deliverDueWebhooks } from '../src/services/webhooks/deliver-webhooks.js';
import { publish } from './lib/harness.js';

/**
 * The outbox and webhook delivery on the embedded database: events appended per second (each in
 * its own transaction with one subscribed endpoint, as a change would), against a bare insert of a
 * row in its own transaction; and deliveries per second to a local receiver (signed, recorded),
 * against bare POSTs of the same bodies to the same receiver.
 */
export async function run(options: { amount: number }): Promise<void> {
  const events = Math.max(200, Math.round(options.amount / 25));
  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  const db = opened.value;
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  const deps = createDeps(db, { version: 'bench' });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  try {
    const endpoint = await createWebhookEndpoint(deps, { url, eventTypes: ['bench.*'] });
    if (!endpoint.ok) throw new Error(endpoint.message);
    await db.orm.execute(sql`create temporary table bench_rows (id uuid primary key default gen_random_uuid(), payload jsonb not null)`);
    const payload = { id: 'b3c5f0de-0000-4000-8000-000000000000', handle: 'robusta-beans-500g', status: 'active', hsCode: '090111' };

    const rate = async (n: number, fn: (i: number) => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn(i);
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      return { perSecond: Math.round(n / s), msEach: Math.round((s * 1e6) / n) / 1e3 };
    };
    const insert = await rate(events, () => db.orm.transaction((tx) => tx.execute(sql`insert into bench_rows (payload) values (${JSON.stringify(payload)}::jsonb)`)));
    const append = await rate(events, (i) =>
      db.orm.transaction((tx) => createOutboxRepository(tx as unknown as typeof db.orm).append({ type: 'bench.changed', subject: { kind: 'bench', id: String(i) }, payload }, new Date())),
    );
    const body = JSON.stringify({ id: 'x', type: 'bench.changed', data: payload });
    const bare = await rate(events, () => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.body?.cancel()));
    const start = process.hrtime.bigint();
    let delivered = 0;
    while (delivered < events) {
      const r = await deliverDueWebhooks(deps, { limit: 50 });
      if (r.attempted === 0) break;
      delivered += r.delivered;
    }
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    publish({
      name: 'webhooks',
      description: `${events.toLocaleString('en-US')} events on PGlite in memory, one subscribed endpoint on a local receiver`,
      rows: [
        { label: 'baseline: insert a row, one transaction each', isBaseline: true, figures: insert },
        { label: 'append an event with its delivery, one transaction each', figures: append },
        { label: 'baseline: bare POSTs to the receiver, one at a time', isBaseline: true, figures: bare },
        { label: 'deliver: claim, sign, POST, record (batches of 50)', figures: { perSecond: Math.round(delivered / s), msEach: Math.round((s * 1e6) / Math.max(1, delivered)) / 1e3 } },
      ],
      notes: [`${delivered} of ${events} delivered`],
    });
  } finally {
    server.close();
    await db.close();
  }
}
