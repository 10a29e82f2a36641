import type { Orm } from '../../db/create-db.js';
import { createTestGatewayRepository, type TestGatewayRepository } from '../../db/repositories/test-gateway-repository.js';
import type { Deps } from '../deps.js';

/** What the test gateway's operations need: its database tables, the clock and its settings. */
export type GatewayDeps = Pick<Deps, 'database' | 'clock' | 'payments'>;

/** Run `fn` in one transaction over the gateway's books: a state change and its event commit together. */
export function inGatewayTransaction<T>(deps: GatewayDeps, fn: (repo: TestGatewayRepository) => Promise<T>): Promise<T> {
  return deps.database.orm.transaction(async (tx) => fn(createTestGatewayRepository(tx as unknown as Orm)));
}

export function gatewayRepository(deps: GatewayDeps): TestGatewayRepository {
  return createTestGatewayRepository(deps.database.orm);
}
