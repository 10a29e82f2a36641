// Started by bench/healthz.bench.ts in its own process, so the load generator and the servers do
// not share an event loop. Runs Landfall (embedded database in memory) and a bare Fastify JSON
// route side by side and reports their ports to the parent over IPC.
import Fastify from 'fastify';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/build-app.js';
import { createDeps } from '../../src/services/deps.js';

const opened = await createDb({ kind: 'pglite', memory: true });
if (!opened.ok) throw new Error(opened.message);
const migrated = await migrate(opened.value);
if (!migrated.ok) throw new Error(migrated.message);
const landfall = await buildApp(createDeps(opened.value, { version: 'bench' }), { logLevel: false });
await landfall.listen({ port: 0, host: '127.0.0.1' });

const bare = Fastify({ logger: false });
bare.get('/healthz', async () => ({ status: 'ok', version: 'bench' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const port = (app: { server: { address(): unknown } }) => (app.server.address() as { port: number }).port;
process.send?.({ landfall: port(landfall), bare: port(bare) });
process.on('disconnect', () => process.exit(0));
