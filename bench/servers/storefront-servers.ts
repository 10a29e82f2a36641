// Started by bench/storefront.bench.ts: the demo store seeded into an embedded database in memory,
// served three ways side by side: Landfall as `serve` builds it (storefront pages reused for 15 s),
// the same storefront routes rendering every request (no page reuse: every service call and the
// whole template run each time), and a bare Fastify /healthz as the baseline.
import Fastify from 'fastify';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/build-app.js';
import { loadStorefrontAssets } from '../../src/http/routes/pages/storefront-assets.js';
import { storefrontRoutes } from '../../src/http/routes/pages/storefront-routes.js';
import { createDeps } from '../../src/services/deps.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { loadCatalogs } from '../../src/web/i18n/catalogs.js';

const opened = await createDb({ kind: 'pglite', memory: true });
if (!opened.ok) throw new Error(opened.message);
const migrated = await migrate(opened.value);
if (!migrated.ok) throw new Error(migrated.message);
// The Monday after the demo's ECB rates (2025-05-09), so the delivery quote has a rate fresh enough
// to price and the page shows delivery windows, as it does for a store that refreshes its rates.
const deps = createDeps(opened.value, { version: 'bench', clock: () => new Date('2025-05-12T10:00:00Z') });
await seedDemoStore(deps);

const landfall = await buildApp(deps, { logLevel: false });
await landfall.listen({ port: 0, host: '127.0.0.1' });

const uncached = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
storefrontRoutes({ publicUrl: 'http://localhost:3000', catalogs: loadCatalogs(), assets: loadStorefrontAssets(), pageCacheMs: 0 })(uncached, deps);
await uncached.listen({ port: 0, host: '127.0.0.1' });

const bare = Fastify({ logger: false });
bare.get('/healthz', async () => ({ status: 'ok', version: 'bench' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const path = '/de-de/p/buon-ma-thuot-robusta-whole-beans';
const page = await landfall.inject({ method: 'GET', url: path });
if (page.statusCode !== 200 || !page.body.includes('delivery-title')) throw new Error(`product page: ${page.statusCode}`);

const port = (app: { server: { address(): unknown } }) => (app.server.address() as { port: number }).port;
process.send?.({ landfall: port(landfall), uncached: port(uncached), bare: port(bare), path, pageBytes: Buffer.byteLength(page.body) });
process.on('disconnect', () => process.exit(0));
