// Started by bench/store.bench.ts: Landfall with the demo store seeded (embedded database in memory)
// and a bare Fastify route answering a stored copy of the same product page, side by side.
import Fastify from 'fastify';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/build-app.js';
import { createDeps } from '../../src/services/deps.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';

const opened = await createDb({ kind: 'pglite', memory: true });
if (!opened.ok) throw new Error(opened.message);
const migrated = await migrate(opened.value);
if (!migrated.ok) throw new Error(migrated.message);
const deps = createDeps(opened.value, { version: 'bench' });
await seedDemoStore(deps);
const landfall = await buildApp(deps, { logLevel: false });
await landfall.listen({ port: 0, host: '127.0.0.1' });

const path = '/v1/store/products?market=eu&country=DE&locale=de&limit=50';
const stored = (await landfall.inject({ method: 'GET', url: path })).json();
const bare = Fastify({ logger: false });
bare.get('/v1/store/products', async () => stored);
await bare.listen({ port: 0, host: '127.0.0.1' });

const port = (app: { server: { address(): unknown } }) => (app.server.address() as { port: number }).port;
process.send?.({ landfall: port(landfall), bare: port(bare), path, items: stored.items.length });
process.on('disconnect', () => process.exit(0));
