import { createHash } from 'node:crypto';
import type { Result } from '../../../core/result/result.js';
import type { RowError } from '../../../data/importers/types.js';
import type { LoadedSource } from '../../data-import/load-import-source.js';
import type { Deps } from '../../deps.js';
import { prepareCatalogImport, type CatalogFormat, type PreparedCatalog } from './prepare-catalog-import.js';

/** Where an uploaded file came from, in summaries: it has no path or URL. */
export const UPLOAD_LOCATION = 'upload';

/** What a dry run reports: the same object as `landfall catalog import --dry-run --json` prints. */
export type CatalogDryRunSummary = {
  dryRun: true;
  format: CatalogFormat;
  source: string;
  sha256: string;
  read: { rows: number; products: number };
  valid: { products: number; variants: number };
  rejected: { rows: number; products: number };
  /** The first 100 problems, by line. */
  errors: RowError[];
};

/**
 * An uploaded file as a LoadedSource, so it goes through the same preparation as a file the CLI reads.
 * @example uploadedSource('catalog.csv', bytes) // { location: 'upload', name: 'catalog.csv', bytes, sha256: '9f86…' }
 */
export function uploadedSource(name: string, bytes: Uint8Array): LoadedSource {
  return { location: UPLOAD_LOCATION, name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Read and check an uploaded catalog file. Unlike the CLI, the database is at hand before the file
 * is read, so prices are checked against the store's base currency (when the store is set up) at once.
 * @example await prepareUploadedCatalog(deps, { name: 'catalog.csv', bytes, format: 'csv' })
 */
export async function prepareUploadedCatalog(
  deps: Pick<Deps, 'store'>,
  upload: { name: string; bytes: Uint8Array; format?: CatalogFormat },
): Promise<Result<PreparedCatalog, 'VALIDATION_FAILED'>> {
  const baseCurrency = (await deps.store.get())?.baseCurrency;
  return prepareCatalogImport(uploadedSource(upload.name, upload.bytes), {
    ...(upload.format ? { format: upload.format } : {}),
    ...(baseCurrency ? { baseCurrency } : {}),
  });
}

/**
 * What importing a prepared catalog would do, without writing: valid products and their variants,
 * the refused ones and why. Products whose SKU belongs to another product in the database are only
 * found when writing, so a dry run counts them as valid.
 * @example describeDryRun(prepared) // { dryRun: true, valid: { products: 3, variants: 5 }, rejected: { rows: 1, products: 1 }, ... }
 */
export function describeDryRun(prepared: PreparedCatalog): CatalogDryRunSummary {
  const variants = prepared.products.reduce((n, p) => n + p.product.variants.length, 0);
  return {
    dryRun: true,
    format: prepared.format,
    source: prepared.location,
    sha256: prepared.sha256,
    read: prepared.read,
    valid: { products: prepared.products.length, variants },
    rejected: prepared.rejected,
    errors: prepared.errors.slice(0, 100),
  };
}
