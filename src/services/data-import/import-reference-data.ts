import type { Result } from '../../core/result/result.js';
import type { ImportKind } from '../../data/importers/types.js';
import type { Deps } from '../deps.js';
import { loadImportSource, type LoadFailureCode, type LoadOptions } from './load-import-source.js';
import { parseImportSource, type ImportOptions } from './parse-import-source.js';
import type { ImportSummary } from './prepared-import.js';
import { writeImport, type WriteFailureCode, type WriteHooks } from './write-import.js';

export type ImportRequest = {
  kind: ImportKind;
  /** A file path (relative to `load.cwd`) or an http(s) URL. */
  source: string;
  options?: ImportOptions;
  load: LoadOptions;
};

/**
 * Load, parse, check and write one reference file: the whole `landfall data import` in one call.
 * (The CLI runs the steps itself so that a bad file is refused before the database is opened.)
 * @example await importReferenceData(deps, { kind: 'ecb', source: 'eurofxref-hist.csv', load: { cwd } })
 */
export async function importReferenceData(
  deps: Pick<Deps, 'database' | 'clock'>,
  request: ImportRequest,
  hooks: WriteHooks = {},
): Promise<Result<ImportSummary, LoadFailureCode | WriteFailureCode>> {
  const loaded = await loadImportSource(request.source, request.load);
  if (!loaded.ok) return loaded;
  const prepared = parseImportSource(request.kind, loaded.value, request.options);
  if (!prepared.ok) return prepared;
  return writeImport(deps, prepared.value, hooks);
}
