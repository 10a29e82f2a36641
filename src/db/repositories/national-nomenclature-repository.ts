import { and, asc, eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { nationalNomenclature as t } from '../schema/index.js';
import { upsertBatch, type UpsertCounts, type UpsertSpec } from './batch-upsert.js';
import type { Provenance } from './hs-nomenclature-repository.js';

export type NationalCodeRecord = {
  territory: string;
  code: string;
  suffix: string;
  sid: number | null;
  description: string;
  parentCode: string | null;
  parentSuffix: string | null;
  validFrom: string;
  validTo: string | null;
};

export type NationalNomenclatureRepository = ReturnType<typeof createNationalNomenclatureRepository>;

const spec = (p: Provenance): UpsertSpec<NationalCodeRecord> => ({
  table: t,
  columns: [
    { column: t.territory, type: 'text', value: (r) => r.territory },
    { column: t.code, type: 'text', value: (r) => r.code },
    { column: t.suffix, type: 'text', value: (r) => r.suffix },
    { column: t.sid, type: 'integer', value: (r) => r.sid },
    { column: t.description, type: 'text', value: (r) => r.description },
    { column: t.parentCode, type: 'text', value: (r) => r.parentCode },
    { column: t.parentSuffix, type: 'text', value: (r) => r.parentSuffix },
    { column: t.validFrom, type: 'date', value: (r) => r.validFrom },
    { column: t.validTo, type: 'date', value: (r) => r.validTo },
  ],
  constants: [
    { column: t.source, type: 'text', value: p.source },
    { column: t.importRunId, type: 'uuid', value: p.importRunId },
  ],
  key: [t.territory, t.code, t.suffix, t.validFrom],
  compare: [t.sid, t.description, t.parentCode, t.parentSuffix, t.validTo, t.source],
  alsoSet: [t.importRunId],
});

/** A territory's commodity codes by (territory, code, suffix, valid_from). */
export function createNationalNomenclatureRepository(orm: Orm) {
  return {
    /** Insert or update one batch in one statement; identical rows are left as they are. */
    upsertBatch(rows: readonly NationalCodeRecord[], provenance: Provenance): Promise<UpsertCounts> {
      return upsertBatch(orm, spec(provenance), rows);
    },

    /** Every line of a code (its grouping headers and its real line), by suffix then validity. */
    async findByCode(territory: string, code: string): Promise<Array<NationalCodeRecord & Provenance>> {
      return orm
        .select({
          territory: t.territory,
          code: t.code,
          suffix: t.suffix,
          sid: t.sid,
          description: t.description,
          parentCode: t.parentCode,
          parentSuffix: t.parentSuffix,
          validFrom: t.validFrom,
          validTo: t.validTo,
          importRunId: t.importRunId,
          source: t.source,
        })
        .from(t)
        .where(and(eq(t.territory, territory), eq(t.code, code)))
        .orderBy(asc(t.suffix), asc(t.validFrom));
    },
  };
}
