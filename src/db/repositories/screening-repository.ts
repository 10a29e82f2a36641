import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { sanctionsEditions, sanctionsEntries, screenings } from '../schema/compliance.js';

export type SanctionsEditionRecord = typeof sanctionsEditions.$inferSelect;
export type SanctionsEntryRecord = Omit<typeof sanctionsEntries.$inferInsert, 'editionId'>;
export type ScreeningRecord = typeof screenings.$inferSelect;
/** Which screenings a history page holds: every condition given must hold; `references` is any of them. */
export type ScreeningHistoryFilter = { decision?: string; source?: string; references?: readonly string[]; from?: Date; before?: Date };

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
        .select({ list: sanctionsEntries.list, id: sanctionsEntries.entryId, type: sanctionsEntries.type, name: sanctionsEntries.name, aliases: sanctionsEntries.aliases, countries: sanctionsEntries.countries, programs: sanctionsEntries.programs, addresses: sanctionsEntries.addresses })
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

    /**
     * One page of screenings, newest first ((at, id) descending, so screenings made in the same
     * millisecond still page without a gap or a repeat): those after `page.after` that pass
     * `filter`, at most `page.limit` (ask for one more than a page to know whether another follows).
     * `from` is inclusive, `before` exclusive.
     */
    async history(filter: ScreeningHistoryFilter, page: { limit: number; after?: Position }): Promise<ScreeningRecord[]> {
      const where: SQL[] = [];
      if (filter.decision !== undefined) where.push(eq(screenings.decision, filter.decision));
      if (filter.source !== undefined) where.push(eq(screenings.source, filter.source));
      if (filter.references !== undefined) where.push(filter.references.length > 0 ? inArray(screenings.reference, [...filter.references]) : sql`false`);
      if (filter.from !== undefined) where.push(gte(screenings.at, filter.from));
      if (filter.before !== undefined) where.push(lt(screenings.at, filter.before));
      if (page.after) where.push(sql`(${screenings.at}, ${screenings.id}) < (${page.after.createdAt.toISOString()}::timestamptz, ${page.after.id}::uuid)`);
      return orm
        .select()
        .from(screenings)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(screenings.at), desc(screenings.id))
        .limit(page.limit);
    },

    /** The editions with these ids, imported or replaced (a screening names the ones it ran against). */
    async editionsById(ids: readonly string[]): Promise<SanctionsEditionRecord[]> {
      if (ids.length === 0) return [];
      return orm.select().from(sanctionsEditions).where(inArray(sanctionsEditions.id, [...ids]));
    },
  };
}

export type ScreeningRepository = ReturnType<typeof createScreeningRepository>;
