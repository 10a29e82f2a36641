import { and, eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { fxRates as t } from '../schema/index.js';
import { upsertBatch, type UpsertCounts, type UpsertSpec } from './batch-upsert.js';

export type FxRateRecord = { source: string; base: string; quote: string; rateDate: string; rate: string };

export type FxRateRepository = ReturnType<typeof createFxRateRepository>;

const spec = (importRunId: string): UpsertSpec<FxRateRecord> => ({
  table: t,
  columns: [
    { column: t.source, type: 'text', value: (r) => r.source },
    { column: t.base, type: 'text', value: (r) => r.base },
    { column: t.quote, type: 'text', value: (r) => r.quote },
    { column: t.rateDate, type: 'date', value: (r) => r.rateDate },
    { column: t.rate, type: 'text', value: (r) => r.rate },
  ],
  constants: [{ column: t.importRunId, type: 'uuid', value: importRunId }],
  key: [t.source, t.base, t.quote, t.rateDate],
  compare: [t.rate],
  alsoSet: [t.importRunId],
});

/** Published reference rates by (source, base, quote, rate_date); the rate is the published decimal string. */
export function createFxRateRepository(orm: Orm) {
  return {
    /** Insert or update one batch in one statement; identical rows are left as they are. */
    upsertBatch(rows: readonly FxRateRecord[], provenance: { importRunId: string }): Promise<UpsertCounts> {
      return upsertBatch(orm, spec(provenance.importRunId), rows);
    },

    /** The rate published for exactly that day, if any. */
    async find(key: { source: string; base: string; quote: string; rateDate: string }): Promise<(FxRateRecord & { importRunId: string }) | undefined> {
      const [row] = await orm
        .select({ source: t.source, base: t.base, quote: t.quote, rateDate: t.rateDate, rate: t.rate, importRunId: t.importRunId })
        .from(t)
        .where(and(eq(t.source, key.source), eq(t.base, key.base), eq(t.quote, key.quote), eq(t.rateDate, key.rateDate)));
      return row;
    },
  };
}
