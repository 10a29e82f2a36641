import { fail, ok, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createFxRateRepository } from '../../db/repositories/fx-rate-repository.js';
import { createHsNomenclatureRepository } from '../../db/repositories/hs-nomenclature-repository.js';
import { createImportRunRepository } from '../../db/repositories/import-run-repository.js';
import { createNationalNomenclatureRepository } from '../../db/repositories/national-nomenclature-repository.js';
import { createTariffLineRepository } from '../../db/repositories/tariff-line-repository.js';
import type { UpsertCounts } from '../../db/repositories/batch-upsert.js';
import type { Deps } from '../deps.js';
import type { ImportSummary, ImportTarget, PreparedImport } from './prepared-import.js';

/** Rows per transaction: big enough that per-statement overhead vanishes, small enough to stay far below PostgreSQL's 65,535 parameters per statement. */
export const DEFAULT_BATCH_SIZE = 1000;
const MAX_BATCH_SIZE = 5000;
/** How many rejected records the import run keeps (the summary shows 20). */
const KEPT_ERRORS = 100;

export type WriteHooks = {
  /** Called after each committed batch with rows written so far and the total. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Stops between batches: what is committed stays, and a re-run finishes the job. */
  signal?: AbortSignal;
  batchSize?: number;
};

export type WriteFailureCode = 'INTERRUPTED' | 'IMPORT_FAILED' | 'DATABASE_UNAVAILABLE';

/**
 * Write a prepared import: record the run, then upsert the rows by natural key in batches, each
 * batch and its counts in one transaction, then close the run. A re-run of the same file inserts
 * nothing and reports every row unchanged; a run stopped half-way (signal, lost connection) keeps
 * its committed batches, is recorded as failed, and is finished by running it again.
 * @example await writeImport(deps, prepared, { onProgress: ({ done, total }) => ... })
 */
export async function writeImport(
  deps: Pick<Deps, 'database' | 'clock'>,
  prepared: PreparedImport,
  hooks: WriteHooks = {},
): Promise<Result<ImportSummary, WriteFailureCode>> {
  const batchSize = Math.min(Math.max(1, hooks.batchSize ?? DEFAULT_BATCH_SIZE), MAX_BATCH_SIZE);
  const orm = deps.database.orm;
  const runs = createImportRunRepository(orm);
  const startedAt = deps.clock();
  const total = prepared.target.rows.length;
  const runId = await runs.start({
    kind: prepared.kind,
    source: prepared.location,
    sha256: prepared.sha256,
    byteSize: prepared.byteSize,
    options: prepared.options,
    startedAt,
    rowsRead: prepared.read,
    skipped: prepared.skipped,
    rejected: prepared.errors.length,
    errors: prepared.errors.slice(0, KEPT_ERRORS).map((e) => ({ ...e })),
  });
  const provenance = { importRunId: runId, source: prepared.factSource };
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let done = 0;
  try {
    for (let start = 0; start < total; start += batchSize) {
      if (hooks.signal?.aborted) {
        const message = `interrupted after ${done} of ${total} rows; what was written is kept, run the same import again to finish`;
        await runs.finish(runId, { status: 'failed', finishedAt: deps.clock(), failure: message });
        return fail('INTERRUPTED', message);
      }
      const batch = sliceTarget(prepared.target, start, start + batchSize);
      const batchCounts = await deps.database.orm.transaction(async (tx) => {
        const txOrm = tx as unknown as Orm;
        const c = await upsertBatch(txOrm, batch, provenance);
        await createImportRunRepository(txOrm).addCounts(runId, c);
        return c;
      });
      counts.inserted += batchCounts.inserted;
      counts.updated += batchCounts.updated;
      counts.unchanged += batchCounts.unchanged;
      done += batch.rows.length;
      hooks.onProgress?.({ done, total });
    }
  } catch (error) {
    const reason = describeDatabaseError(error);
    const message = `the import stopped after ${done} of ${total} rows: ${reason}; what was written is kept, run the same import again to finish`;
    await runs.finish(runId, { status: 'failed', finishedAt: deps.clock(), failure: message }).catch(() => undefined);
    return fail(isConnectionError(error) ? 'DATABASE_UNAVAILABLE' : 'IMPORT_FAILED', message);
  }
  const finished = await runs.finish(runId, { status: 'succeeded', finishedAt: deps.clock() });
  const finishedAt = finished.finishedAt ?? deps.clock();
  return ok({
    kind: prepared.kind,
    source: prepared.location,
    sha256: prepared.sha256,
    importRunId: runId,
    ...(prepared.options.format ? { format: prepared.options.format } : {}),
    options: prepared.options,
    table: prepared.target.table,
    rowsRead: prepared.read,
    ...counts,
    skipped: prepared.skipped,
    rejected: prepared.errors.length,
    errors: prepared.errors.slice(0, 20),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
  });
}

function sliceTarget(target: ImportTarget, from: number, to: number): ImportTarget {
  return { ...target, rows: target.rows.slice(from, to) } as ImportTarget;
}

function upsertBatch(orm: Orm, batch: ImportTarget, provenance: { importRunId: string; source: string }): Promise<UpsertCounts> {
  switch (batch.table) {
    case 'hs_nomenclature':
      return createHsNomenclatureRepository(orm).upsertBatch(batch.rows, provenance);
    case 'national_nomenclature':
      return createNationalNomenclatureRepository(orm).upsertBatch(batch.rows, provenance);
    case 'tariff_lines':
      return createTariffLineRepository(orm).upsertBatch(batch.rows, provenance);
    case 'fx_rates':
      return createFxRateRepository(orm).upsertBatch(batch.rows, { importRunId: provenance.importRunId });
  }
}

/**
 * The driver's own reason. Drizzle wraps it in "Failed query: <the SQL> params: <every value>",
 * which for a 1,000-row batch is pages long; the wrapped error is kept in `cause`.
 */
function describeDatabaseError(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string; constraint?: string; detail?: string } };
  const inner = e.cause?.message ? e.cause : undefined;
  if (!inner) return (e.message ?? String(error)).split('\n')[0]!.slice(0, 300);
  return [inner.message, inner.detail].filter(Boolean).join(': ');
}

/** A lost or refused connection (node-postgres error codes, PostgreSQL class 08 and shutdown codes). */
function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e.code ?? (e.cause as { code?: string } | undefined)?.code ?? '';
  return /^08/.test(code) || ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) || /Connection terminated/i.test(e.message ?? '');
}
