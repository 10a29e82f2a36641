import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../src/db/create-db.js';
import { buildApp, type AppOptions } from '../../../src/http/build-app.js';
import { createApiKey } from '../../../src/services/api-keys/create-api-key.js';
import { createDeps, type Deps } from '../../../src/services/deps.js';
import { unwrap } from '../../support/test-database.js';

/** An app over a test database with the given AppOptions (rate limits, body limits, public URL) and keys of each kind. */
export async function buildHardenedApp(db: Database, options: AppOptions = {}): Promise<{ app: FastifyInstance; deps: Deps; keys: { owner: string; operator: string; reader: string; api: string } }> {
  const deps = createDeps(db, { version: 'test' });
  const make = async (name: string, scopes: string[]) => unwrap(await createApiKey(deps, { name, scopes })).key;
  const keys = { owner: await make('owner key', ['admin']), operator: await make('operator key', ['admin:operator']), reader: await make('reader key', ['admin:read']), api: await make('api key', ['api']) };
  const app = await buildApp(deps, { logLevel: false, ...options });
  return { app, deps, keys };
}
