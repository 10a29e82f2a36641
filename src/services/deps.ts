import type { Database, Orm } from '../db/create-db.js';
import { createApiKeyRepository } from '../db/repositories/api-key-repository.js';
import { createSeedRepository, createStoreRepository } from '../db/repositories/store-repository.js';

/** The repositories every service reads and writes through, built over one database handle or transaction. */
export function createRepositories(orm: Orm) {
  return {
    apiKeys: createApiKeyRepository(orm),
    store: createStoreRepository(orm),
    seeds: createSeedRepository(orm),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/**
 * Everything a service may touch, passed in as one plain object (one composition root per process).
 * The clock is here so that no service reads the time on its own.
 */
export type Deps = Repositories & {
  readonly database: Database;
  readonly clock: () => Date;
  readonly version: string;
};

export function createDeps(database: Database, options: { clock?: () => Date; version: string }): Deps {
  return {
    ...createRepositories(database.orm),
    database,
    clock: options.clock ?? (() => new Date()),
    version: options.version,
  };
}
