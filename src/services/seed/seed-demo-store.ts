import { DEMO_STORE } from '../../data/demo/store.js';
import type { Orm } from '../../db/create-db.js';
import { seedSteps } from '../../db/schema/index.js';
import { createApiKey } from '../api-keys/create-api-key.js';
import { createRepositories, type Deps, type Repositories } from '../deps.js';

/** A seed step: runs once per database, in one transaction with the record that it ran. */
type SeedStep = {
  name: string;
  run(repos: Repositories, at: Date): Promise<{ adminApiKey?: string }>;
};

const STEPS: readonly SeedStep[] = [
  {
    name: 'store-settings',
    async run(repos, at) {
      await repos.store.upsert({ ...DEMO_STORE }, at);
      return {};
    },
  },
  {
    name: 'admin-api-key',
    async run(repos) {
      const created = await createApiKey(repos, { name: 'admin (created on first start)', scopes: ['admin'] });
      if (!created.ok) throw new Error(`seed could not create the admin key: ${created.message}`);
      return { adminApiKey: created.value.key };
    },
  },
];

export type SeedOutcome = {
  /** Steps applied by this call, in order. */
  applied: string[];
  /** The admin API key in clear, present only on the call that created it. */
  adminApiKey?: string;
};

/**
 * Apply the seed steps not yet applied. Safe to run again and from several processes at once:
 * each step claims its row in seed_steps first, so a concurrent runner waits and then skips it.
 */
export async function seedDemoStore(deps: Pick<Deps, 'database' | 'clock'>): Promise<SeedOutcome> {
  const outcome: SeedOutcome = { applied: [] };
  for (const step of STEPS) {
    await deps.database.orm.transaction(async (tx) => {
      const orm = tx as unknown as Orm;
      const claimed = await orm
        .insert(seedSteps)
        .values({ name: step.name, appliedAt: deps.clock() })
        .onConflictDoNothing()
        .returning({ name: seedSteps.name });
      if (claimed.length === 0) return;
      const result = await step.run(createRepositories(orm), deps.clock());
      outcome.applied.push(step.name);
      if (result.adminApiKey) outcome.adminApiKey = result.adminApiKey;
    });
  }
  return outcome;
}
