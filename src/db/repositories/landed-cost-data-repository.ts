import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { fxRates, importRuns, tariffLines } from '../schema/index.js';

export type ImportedTariffLine = {
  territory: string;
  code: string;
  description: string;
  mfnRate: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
};

export type StoredFxRate = { base: string; quote: string; rateDate: string; rate: string; source: string };

export type LandedCostDataRepository = ReturnType<typeof createLandedCostDataRepository>;

/** What the landed-cost engine reads from imported reference data: tariff lines and FX rates. */
export function createLandedCostDataRepository(orm: Orm) {
  return {
    /** A marker that changes whenever a tariff import finishes, to know when cached rules are stale. */
    async tariffImportMarker(): Promise<string> {
      const [row] = await orm
        .select({ id: importRuns.id, finishedAt: importRuns.finishedAt })
        .from(importRuns)
        .where(sql`${importRuns.kind} in ('uk-tariff', 'us-hts') and ${importRuns.status} = 'succeeded'`)
        .orderBy(desc(importRuns.finishedAt))
        .limit(1);
      return row ? `${row.id}@${row.finishedAt?.toISOString() ?? ''}` : 'none';
    },

    async listTariffLines(): Promise<ImportedTariffLine[]> {
      return orm
        .select({
          territory: tariffLines.territory,
          code: tariffLines.code,
          description: tariffLines.description,
          mfnRate: tariffLines.mfnRate,
          effectiveFrom: tariffLines.effectiveFrom,
          effectiveTo: tariffLines.effectiveTo,
          source: tariffLines.source,
        })
        .from(tariffLines);
    },

    /** Rates of one publisher published between two dates (inclusive). */
    async fxRatesBetween(source: string, from: string, to: string): Promise<StoredFxRate[]> {
      return orm
        .select({ base: fxRates.base, quote: fxRates.quote, rateDate: fxRates.rateDate, rate: fxRates.rate, source: fxRates.source })
        .from(fxRates)
        .where(and(eq(fxRates.source, source), gte(fxRates.rateDate, from), lte(fxRates.rateDate, to)));
    },
  };
}
