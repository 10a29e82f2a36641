import { eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { seedSteps, storeSettings } from '../schema/index.js';

export type StoreSettings = {
  name: string;
  baseCurrency: string;
  defaultLocale: string;
  originCountry: string;
};

export type StoreRepository = ReturnType<typeof createStoreRepository>;

export function createStoreRepository(orm: Orm) {
  return {
    async get(): Promise<StoreSettings | undefined> {
      const [row] = await orm
        .select({
          name: storeSettings.name,
          baseCurrency: storeSettings.baseCurrency,
          defaultLocale: storeSettings.defaultLocale,
          originCountry: storeSettings.originCountry,
        })
        .from(storeSettings)
        .where(eq(storeSettings.id, 1));
      return row;
    },

    async upsert(settings: StoreSettings, at: Date): Promise<void> {
      await orm
        .insert(storeSettings)
        .values({ id: 1, ...settings, updatedAt: at })
        .onConflictDoUpdate({ target: storeSettings.id, set: { ...settings, updatedAt: at } });
    },
  };
}

export type SeedRepository = ReturnType<typeof createSeedRepository>;

/** Which seed steps have run. A step and its record are written in one transaction by the caller. */
export function createSeedRepository(orm: Orm) {
  return {
    async applied(): Promise<Set<string>> {
      const rows = await orm.select({ name: seedSteps.name }).from(seedSteps);
      return new Set(rows.map((r) => r.name));
    },
  };
}
