// Started by bench/landed-cost.bench.ts: Landfall (embedded database in memory, migrated, one API
// key) and a bare Fastify route that parses the same JSON body and answers a stored answer of the
// same size, side by side in one process. Reports ports and the key over IPC.
import Fastify from 'fastify';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/build-app.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { createDeps } from '../../src/services/deps.js';
import { quoteLandedCost } from '../../src/services/landed-cost/quote-landed-cost.js';
import { demoRequest } from '../lib/demo-requests.js';

const opened = await createDb({ kind: 'pglite', memory: true });
if (!opened.ok) throw new Error(opened.message);
const migrated = await migrate(opened.value);
if (!migrated.ok) throw new Error(migrated.message);
const deps = createDeps(opened.value, { version: 'bench' });
const key = await createApiKey(deps, { name: 'bench', scopes: ['api'] });
if (!key.ok) throw new Error(key.message);
const landfall = await buildApp(deps, { logLevel: false });
await landfall.listen({ port: 0, host: '127.0.0.1' });

const stored = await quoteLandedCost(deps.quotes, demoRequest(5));
if (!stored.ok) throw new Error(stored.message);
const bare = Fastify({ logger: false });
bare.post('/quote', async (request) => ({ ...stored.value, echo: (request.body as { items: unknown[] }).items.length }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const port = (app: { server: { address(): unknown } }) => (app.server.address() as { port: number }).port;
process.send?.({ landfall: port(landfall), bare: port(bare), key: key.value.key });
process.on('disconnect', () => process.exit(0));
