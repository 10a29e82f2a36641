import { eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { seedSteps, storeSettings } from '../schema/index.js';

export type StoreSettings = {
  name: string;
  baseCurrency: string;
  defaultLocale: string;
  originCountry: string;
};

/** The store's own bank account (IBAN without spaces, BIC), which distributors pay into; null until the owner sets it. */
export type StoreBankAccountRow = { accountHolder: string; iban: string; bic: string };

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

    /** The bank account, or null when none is set (or the store is not set up). */
    async bankAccount(): Promise<StoreBankAccountRow | null> {
      const [row] = await orm
        .select({ accountHolder: storeSettings.bankAccountHolder, iban: storeSettings.bankIban, bic: storeSettings.bankBic })
        .from(storeSettings)
        .where(eq(storeSettings.id, 1));
      return row?.accountHolder && row.iban && row.bic ? { accountHolder: row.accountHolder, iban: row.iban, bic: row.bic } : null;
    },

    /** Set the bank account on the store's row; false when the store is not set up (no row). */
    async setBankAccount(account: StoreBankAccountRow, at: Date): Promise<boolean> {
      const saved = await orm
        .update(storeSettings)
        .set({ bankAccountHolder: account.accountHolder, bankIban: account.iban, bankBic: account.bic, updatedAt: at })
        .where(eq(storeSettings.id, 1))
        .returning({ id: storeSettings.id });
      return saved.length > 0;
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
