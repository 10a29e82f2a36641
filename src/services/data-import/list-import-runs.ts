import { isImportKind } from '../../data/importers/types.js';
import { createImportRunRepository, type ImportRunRecord } from '../../db/repositories/import-run-repository.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { Deps } from '../deps.js';

/**
 * The most recent import runs, newest first: which file (path or URL and SHA-256) each kind of
 * reference data came from, when, and what the run did.
 * @example await listImportRuns(deps, { kind: 'ecb', limit: 5 })
 */
export async function listImportRuns(
  deps: Pick<Deps, 'database'>,
  options: { kind?: string; limit?: number } = {},
): Promise<Result<ImportRunRecord[], 'VALIDATION_FAILED'>> {
  if (options.kind !== undefined && !isImportKind(options.kind)) {
    return fail('VALIDATION_FAILED', `unknown kind "${options.kind}" (hs, uk-tariff, uk-commodities, us-hts, ecb)`, { field: 'kind' });
  }
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return fail('VALIDATION_FAILED', 'limit must be a whole number from 1 to 1000', { field: 'limit' });
  return ok(await createImportRunRepository(deps.database.orm).listRecent({ ...(options.kind ? { kind: options.kind } : {}), limit }));
}

/** A run as the admin API shows it: dates as ISO text, and `written` (inserted + updated + unchanged so far) for progress. */
export function toImportRunView(r: ImportRunRecord) {
  return { ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null, written: r.inserted + r.updated + r.unchanged };
}
