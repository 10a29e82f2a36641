import { desc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { importRuns } from '../schema/index.js';

export type ImportRunError = { line: number; field?: string; message: string };
export type ImportRunRecord = typeof importRuns.$inferSelect;
export type ImportRunCounts = { inserted: number; updated: number; unchanged: number };

export type ImportRunRepository = ReturnType<typeof createImportRunRepository>;

/** Import runs: started before the first batch, counted inside each batch's transaction, finished last. */
export function createImportRunRepository(orm: Orm) {
  return {
    async start(run: {
      kind: string;
      source: string;
      sha256: string;
      byteSize: number;
      options: Record<string, string>;
      startedAt: Date;
      rowsRead: number;
      skipped: number;
      rejected: number;
      errors: ImportRunError[];
    }): Promise<string> {
      const [row] = await orm.insert(importRuns).values({ ...run, status: 'running' }).returning({ id: importRuns.id });
      return row!.id;
    },

    /** Add one committed batch's counts; called inside that batch's transaction so they agree with the data. */
    async addCounts(id: string, counts: ImportRunCounts): Promise<void> {
      await orm
        .update(importRuns)
        .set({
          inserted: sql`${importRuns.inserted} + ${counts.inserted}`,
          updated: sql`${importRuns.updated} + ${counts.updated}`,
          unchanged: sql`${importRuns.unchanged} + ${counts.unchanged}`,
        })
        .where(eq(importRuns.id, id));
    },

    async finish(id: string, outcome: { status: 'succeeded' | 'failed'; finishedAt: Date; failure?: string }): Promise<ImportRunRecord> {
      const [row] = await orm
        .update(importRuns)
        .set({ status: outcome.status, finishedAt: outcome.finishedAt, failure: outcome.failure ?? null })
        .where(eq(importRuns.id, id))
        .returning();
      return row!;
    },

    async find(id: string): Promise<ImportRunRecord | undefined> {
      const [row] = await orm.select().from(importRuns).where(eq(importRuns.id, id));
      return row;
    },

    /** Most recent first. */
    async listRecent(options: { kind?: string; limit: number }): Promise<ImportRunRecord[]> {
      return orm
        .select()
        .from(importRuns)
        .where(options.kind ? eq(importRuns.kind, options.kind) : undefined)
        .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
        .limit(options.limit);
    },
  };
}
