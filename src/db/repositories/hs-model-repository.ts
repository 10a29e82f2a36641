import { and, desc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { hsConfirmations, hsModels } from '../schema/index.js';

export type HsModelInfo = { id: string; version: string; codes: number; examples: number; createdAt: Date; nomenclatureSource: string; examplesSource: string | null };

export type HsModelRepository = ReturnType<typeof createHsModelRepository>;

export function createHsModelRepository(orm: Orm) {
  return {
    /** Store a model and make it the active one (older models are kept, inactive). */
    async saveActive(row: Omit<typeof hsModels.$inferInsert, 'id' | 'active' | 'createdAt'>, at: Date): Promise<string> {
      return orm.transaction(async (tx) => {
        await tx.update(hsModels).set({ active: false }).where(eq(hsModels.active, true));
        const [saved] = await tx.insert(hsModels).values({ ...row, active: true, createdAt: at }).returning({ id: hsModels.id });
        return saved!.id;
      });
    },

    /** The active model's id, or undefined: cheap, to know whether a cached model is current. */
    async activeId(): Promise<string | undefined> {
      const [row] = await orm.select({ id: hsModels.id }).from(hsModels).where(eq(hsModels.active, true)).orderBy(desc(hsModels.createdAt)).limit(1);
      return row?.id;
    },

    async loadActive(): Promise<(HsModelInfo & { model: unknown }) | undefined> {
      const [row] = await orm.select().from(hsModels).where(and(eq(hsModels.active, true))).orderBy(desc(hsModels.createdAt)).limit(1);
      return row ? { id: row.id, version: row.version, codes: row.codes, examples: row.examples, createdAt: row.createdAt, nomenclatureSource: row.nomenclatureSource, examplesSource: row.examplesSource, model: row.model } : undefined;
    },

    async addConfirmation(row: { text: string; hs6: string; productId: string | null }, at: Date): Promise<void> {
      await orm.insert(hsConfirmations).values({ ...row, createdAt: at });
    },

    async confirmations(): Promise<Array<{ text: string; hs6: string }>> {
      return orm.select({ text: hsConfirmations.text, hs6: hsConfirmations.hs6 }).from(hsConfirmations).orderBy(hsConfirmations.createdAt);
    },

    async confirmationCount(): Promise<number> {
      const [row] = await orm.select({ n: sql<number>`count(*)::int` }).from(hsConfirmations);
      return row?.n ?? 0;
    },
  };
}
