import { and, eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { hsNomenclature as t } from '../schema/index.js';
import { upsertBatch, type UpsertCounts, type UpsertSpec } from './batch-upsert.js';

export type HsCodeRecord = {
  edition: string;
  code: string;
  level: number;
  parent: string | null;
  section: string | null;
  description: string;
};

/** Where a fact came from: the import run that wrote it and the official dataset it names. */
export type Provenance = { importRunId: string; source: string };

export type HsNomenclatureRepository = ReturnType<typeof createHsNomenclatureRepository>;

const spec = (p: Provenance): UpsertSpec<HsCodeRecord> => ({
  table: t,
  columns: [
    { column: t.edition, type: 'text', value: (r) => r.edition },
    { column: t.code, type: 'text', value: (r) => r.code },
    { column: t.level, type: 'smallint', value: (r) => r.level },
    { column: t.parent, type: 'text', value: (r) => r.parent },
    { column: t.section, type: 'text', value: (r) => r.section },
    { column: t.description, type: 'text', value: (r) => r.description },
  ],
  constants: [
    { column: t.source, type: 'text', value: p.source },
    { column: t.importRunId, type: 'uuid', value: p.importRunId },
  ],
  key: [t.edition, t.code],
  compare: [t.level, t.parent, t.section, t.description, t.source],
  alsoSet: [t.importRunId],
});

/** HS chapters, headings and subheadings by (edition, code). */
export function createHsNomenclatureRepository(orm: Orm) {
  return {
    /** Insert or update one batch in one statement; identical rows are left as they are. */
    upsertBatch(rows: readonly HsCodeRecord[], provenance: Provenance): Promise<UpsertCounts> {
      return upsertBatch(orm, spec(provenance), rows);
    },

    async find(edition: string, code: string): Promise<(HsCodeRecord & Provenance) | undefined> {
      const [row] = await orm
        .select({
          edition: t.edition,
          code: t.code,
          level: t.level,
          parent: t.parent,
          section: t.section,
          description: t.description,
          importRunId: t.importRunId,
          source: t.source,
        })
        .from(t)
        .where(and(eq(t.edition, edition), eq(t.code, code)));
      return row;
    },
  };
}
