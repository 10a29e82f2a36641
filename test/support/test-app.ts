import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/create-db.js';
import { buildApp, type AppOptions } from '../../src/http/build-app.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { createDeps, type Deps, type DepsOptions } from '../../src/services/deps.js';
import { unwrap } from './test-database.js';

export type TestApp = { app: FastifyInstance; deps: Deps; adminKey: string; apiKey: string; auth(key?: string): { authorization: string } };

/** The HTTP app over a test database, with one admin key and one api-scope key. */
export async function buildTestApp(db: Database, options: { bodyLimitBytes?: number; routeBodyLimits?: AppOptions['routeBodyLimits']; deps?: Partial<DepsOptions>; adminAppDir?: string; support?: AppOptions['support'] } = {}): Promise<TestApp> {
  const deps = createDeps(db, { version: 'test', ...options.deps });
  const admin = unwrap(await createApiKey(deps, { name: 'test admin', scopes: ['admin'] }));
  const api = unwrap(await createApiKey(deps, { name: 'test api', scopes: ['api'] }));
  const app = await buildApp(deps, { logLevel: false, ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}), ...(options.adminAppDir ? { adminAppDir: options.adminAppDir } : {}), ...(options.routeBodyLimits ? { routeBodyLimits: options.routeBodyLimits } : {}), ...(options.support ? { support: options.support } : {}) });
  return {
    app,
    deps,
    adminKey: admin.key,
    apiKey: api.key,
    auth: (key = admin.key) => ({ authorization: `Bearer ${key}` }),
  };
}
