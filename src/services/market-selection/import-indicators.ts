import { fail, ok, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createImportRunRepository } from '../../db/repositories/import-run-repository.js';
import { createIndicatorRepository } from '../../db/repositories/indicator-repository.js';
import { parseIndicatorFile, type IndicatorFormat } from '../../data/importers/indicators/parse-indicators.js';
import type { RowError } from '../../data/importers/types.js';
import type { Deps } from '../deps.js';
import { loadImportSource, type LoadFailureCode, type LoadOptions } from '../data-import/load-import-source.js';

export type IndicatorImportOptions = { format?: IndicatorFormat; indicator?: string; name?: string; year?: number };

export type IndicatorImportSummary = {
  kind: 'indicators';
  source: string;
  sha256: string;
  importRunId: string;
  format: string;
  series: { id: string; name: string; unit: string; source: string; rows: number }[];
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Empty cells and ".." (not published): missing values, neither rows nor errors. */
  missingValues: number;
  /** Regional and income aggregates (WLD, EUU, ...): not countries. */
  aggregates: number;
  durationMs: number;
};

/** A file with rejected rows: nothing was written; every row error and every name that did not map is listed. */
export type IndicatorImportRefusal = { errors: RowError[]; unmapped: { line: number; value: string; field: string; message: string }[] };

/**
 * Import one indicator file, all or nothing: the file is read and every row checked (countries
 * by ISO code or English name, duplicates, numbers, years); if any row is wrong nothing is written
 * and the answer lists each (the run is recorded as failed with its errors). Otherwise the series
 * and values are upserted in ONE transaction with the run's counts; a re-import of the same file
 * changes nothing.
 */
export async function importIndicators(
  deps: Pick<Deps, 'database' | 'clock'>,
  request: { source: string; options?: IndicatorImportOptions; load: LoadOptions },
): Promise<Result<IndicatorImportSummary, LoadFailureCode | 'IMPORT_FAILED'> & { refusal?: IndicatorImportRefusal }> {
  const loaded = await loadImportSource(request.source, request.load);
  if (!loaded.ok) return loaded;
  const parsed = parseIndicatorFile(loaded.value.bytes, { ...request.options, fileName: loaded.value.name });
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const startedAt = deps.clock();
  const runs = createImportRunRepository(deps.database.orm);
  const options: Record<string, string> = { format: file.format, ...(request.options?.indicator ? { indicator: request.options.indicator } : {}), ...(request.options?.year ? { year: String(request.options.year) } : {}) };
  const runId = await runs.start({ kind: 'indicators', source: loaded.value.location, sha256: loaded.value.sha256, byteSize: loaded.value.bytes.byteLength, options, startedAt, rowsRead: file.read, skipped: file.skipped + file.aggregates, rejected: file.errors.length, errors: file.errors.slice(0, 100).map((e) => ({ ...e })) });
  if (file.errors.length > 0) {
    const message = `${file.errors.length} row${file.errors.length === 1 ? '' : 's'} rejected, nothing imported (first: line ${file.errors[0]!.line}: ${file.errors[0]!.message})`;
    await runs.finish(runId, { status: 'failed', finishedAt: deps.clock(), failure: message });
    return { ...fail('VALIDATION_FAILED', message, { field: file.errors[0]!.field ?? 'file', details: file.errors.slice(0, 50).map((e) => ({ field: `line ${e.line}${e.field ? ` ${e.field}` : ''}`, message: e.message })) }), refusal: { errors: file.errors, unmapped: file.unmapped } };
  }
  const values = file.rows.map((r) => ({ seriesId: r.indicator, country: r.country, year: r.year, value: Number(r.value), valueText: r.value }));
  try {
    const counts = await deps.database.orm.transaction(async (tx) => {
      const orm = tx as unknown as Orm;
      const c = await createIndicatorRepository(orm).upsert(file.series, values, runId, startedAt);
      await createImportRunRepository(orm).addCounts(runId, c);
      return c;
    });
    const finished = await runs.finish(runId, { status: 'succeeded', finishedAt: deps.clock() });
    const perSeries = new Map<string, number>();
    for (const r of file.rows) perSeries.set(r.indicator, (perSeries.get(r.indicator) ?? 0) + 1);
    return ok({
      kind: 'indicators',
      source: loaded.value.location,
      sha256: loaded.value.sha256,
      importRunId: runId,
      format: file.format,
      series: file.series.map((s) => ({ ...s, rows: perSeries.get(s.id) ?? 0 })),
      rowsRead: file.read,
      ...counts,
      missingValues: file.skipped,
      aggregates: file.aggregates,
      durationMs: (finished.finishedAt ?? deps.clock()).getTime() - startedAt.getTime(),
    });
  } catch (error) {
    const message = `the import failed and was rolled back, nothing written: ${(error as Error).message.split('\n')[0]!.slice(0, 300)}`;
    await runs.finish(runId, { status: 'failed', finishedAt: deps.clock(), failure: message }).catch(() => undefined);
    return fail('IMPORT_FAILED', message);
  }
}
