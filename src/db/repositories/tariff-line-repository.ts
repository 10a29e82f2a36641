import { and, desc, eq, lte } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { tariffLines as t } from '../schema/index.js';
import { upsertBatch, type UpsertCounts, type UpsertSpec } from './batch-upsert.js';
import type { Provenance } from './hs-nomenclature-repository.js';

export type TariffLineRecord = {
  territory: string;
  code: string;
  description: string;
  mfnRate: string;
  specialRate: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
};

export type TariffLineRepository = ReturnType<typeof createTariffLineRepository>;

const spec = (p: Provenance): UpsertSpec<TariffLineRecord> => ({
  table: t,
  columns: [
    { column: t.territory, type: 'text', value: (r) => r.territory },
    { column: t.code, type: 'text', value: (r) => r.code },
    { column: t.description, type: 'text', value: (r) => r.description },
    { column: t.mfnRate, type: 'text', value: (r) => r.mfnRate },
    { column: t.specialRate, type: 'text', value: (r) => r.specialRate },
    { column: t.effectiveFrom, type: 'date', value: (r) => r.effectiveFrom },
    { column: t.effectiveTo, type: 'date', value: (r) => r.effectiveTo },
  ],
  constants: [
    { column: t.source, type: 'text', value: p.source },
    { column: t.importRunId, type: 'uuid', value: p.importRunId },
  ],
  key: [t.territory, t.code, t.effectiveFrom],
  compare: [t.description, t.mfnRate, t.specialRate, t.effectiveTo, t.source],
  alsoSet: [t.importRunId],
});

/** MFN duty lines by (territory, code, effective_from). */
export function createTariffLineRepository(orm: Orm) {
  return {
    /** Insert or update one batch in one statement; identical rows are left as they are. */
    upsertBatch(rows: readonly TariffLineRecord[], provenance: Provenance): Promise<UpsertCounts> {
      return upsertBatch(orm, spec(provenance), rows);
    },

    /** The line for exactly this code in effect on `date` (YYYY-MM-DD): the latest start on or before it. */
    async findInEffect(territory: string, code: string, date: string): Promise<(TariffLineRecord & Provenance) | undefined> {
      const [row] = await orm
        .select({
          territory: t.territory,
          code: t.code,
          description: t.description,
          mfnRate: t.mfnRate,
          specialRate: t.specialRate,
          effectiveFrom: t.effectiveFrom,
          effectiveTo: t.effectiveTo,
          importRunId: t.importRunId,
          source: t.source,
        })
        .from(t)
        .where(and(eq(t.territory, territory), eq(t.code, code), lte(t.effectiveFrom, date)))
        .orderBy(desc(t.effectiveFrom))
        .limit(1);
      if (!row || (row.effectiveTo !== null && row.effectiveTo <= date)) return undefined;
      return row;
    },
  };
}
