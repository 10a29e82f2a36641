import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { sanctionsEditions, sanctionsEntries, screenings } from '../schema/compliance.js';

export type SanctionsEditionRecord = typeof sanctionsEditions.$inferSelect;
export type SanctionsEntryRecord = Omit<typeof sanctionsEntries.$inferInsert, 'editionId'>;

const CHUNK = 2_000;

/** Denied-party list editions and their entries, and the screenings made against them. */
export function createScreeningRepository(orm: Orm) {
  return {
    /**
     * Write a new edition with all its entries and make it the active one of its kind (call inside
     * ONE transaction: readers see the old edition or the new one, never a half).
     */
    async replaceEdition(meta: { kind: string; edition: string | null; source: string; sha256: string; names: number }, entries: readonly SanctionsEntryRecord[], at: Date): Promise<SanctionsEditionRecord> {
      const [edition] = await orm.insert(sanctionsEditions).values({ ...meta, entries: entries.length, active: false, importedAt: at }).returning();
      for (let start = 0; start < entries.length; start += CHUNK) {
        await orm.insert(sanctionsEntries).values(entries.slice(start, start + CHUNK).map((e) => ({ ...e, editionId: edition!.id })));
      }
      await orm.update(sanctionsEditions).set({ active: false }).where(and(eq(sanctionsEditions.kind, meta.kind), eq(sanctionsEditions.active, true)));
      const [active] = await orm.update(sanctionsEditions).set({ active: true }).where(eq(sanctionsEditions.id, edition!.id)).returning();
      return active!;
    },

    async activeEditions(): Promise<SanctionsEditionRecord[]> {
      return orm.select().from(sanctionsEditions).where(eq(sanctionsEditions.active, true)).orderBy(sanctionsEditions.kind);
    },

    async editions(kind?: string): Promise<SanctionsEditionRecord[]> {
      return orm
        .select()
        .from(sanctionsEditions)
        .where(kind ? eq(sanctionsEditions.kind, kind) : sql`true`)
        .orderBy(sql`${sanctionsEditions.active} desc, ${sanctionsEditions.importedAt} desc`);
    },

    async entries(editionIds: readonly string[]) {
      if (editionIds.length === 0) return [];
      return orm
        .select({ list: sanctionsEntries.list, id: sanctionsEntries.entryId, type: sanctionsEntries.type, name: sanctionsEntries.name, aliases: sanctionsEntries.aliases, countries: sanctionsEntries.countries, programs: sanctionsEntries.programs })
        .from(sanctionsEntries)
        .where(inArray(sanctionsEntries.editionId, [...editionIds]));
    },

    async recordScreening(row: typeof screenings.$inferInsert): Promise<string> {
      const [r] = await orm.insert(screenings).values(row).returning({ id: screenings.id });
      return r!.id;
    },

    async screening(id: string) {
      const [r] = await orm.select().from(screenings).where(eq(screenings.id, id));
      return r;
    },
  };
}

export type ScreeningRepository = ReturnType<typeof createScreeningRepository>;
