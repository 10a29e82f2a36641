// Started by bench/hardening.bench.ts in its own process, so the load generator and the servers do
// not share an event loop. Runs, side by side: a bare Fastify JSON route; the same with Landfall's
// security-headers hook; the same with the headers and the per-IP rate limiter; and Landfall itself
// with rate limits off and on (limits high enough never to answer 429). Reports ports and an
// owner API key to the parent over IPC.
import Fastify from 'fastify';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/build-app.js';
import { securityHeaders } from '../../src/http/security/headers.js';
import { registerRateLimits } from '../../src/http/security/rate-limit.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { createDeps } from '../../src/services/deps.js';

const opened = await createDb({ kind: 'pglite', memory: true });
if (!opened.ok) throw new Error(opened.message);
const migrated = await migrate(opened.value);
if (!migrated.ok) throw new Error(migrated.message);
const deps = createDeps(opened.value, { version: 'bench' });
const key = await createApiKey(deps, { name: 'bench owner', scopes: ['admin'] });
if (!key.ok) throw new Error(key.message);
const HIGH = { windowSeconds: 60, publicPerIp: 1_000_000, perKey: 1_000_000, authFailuresPerIp: 1_000_000 };

const landfallOff = await buildApp(deps, { logLevel: false });
const landfallOn = await buildApp(deps, { logLevel: false, rateLimits: HIGH });

const bare = Fastify({ logger: false });
bare.get('/healthz', async () => ({ status: 'ok', version: 'bench' }));

const headers = Fastify({ logger: false });
headers.addHook('onSend', securityHeaders('https://shop.example'));
headers.get('/healthz', async () => ({ status: 'ok', version: 'bench' }));

const limited = Fastify({ logger: false });
limited.addHook('onSend', securityHeaders('https://shop.example'));
const limiters = await registerRateLimits(limited, HIGH, () => false);
limited.get('/healthz', { onRequest: limiters.publicRoute }, async () => ({ status: 'ok', version: 'bench' }));

const servers = { bare, headers, limited, landfallOff, landfallOn };
const ports: Record<string, number> = {};
for (const [name, app] of Object.entries(servers)) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  ports[name] = (app.server.address() as { port: number }).port;
}
process.send?.({ ports, key: key.value.key });
process.on('disconnect', () => process.exit(0));
