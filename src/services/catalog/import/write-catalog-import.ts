import { fail, ok, type Result } from '../../../core/result/result.js';
import type { RowError } from '../../../data/importers/types.js';
import type { CatalogDeps } from '../catalog-deps.js';
import { upsertProducts, type Counts } from '../upsert-products.js';
import type { PreparedCatalog } from './prepare-catalog-import.js';

/** Products per transaction: a few hundred keeps each transaction short and the statements few. */
export const DEFAULT_CATALOG_BATCH_SIZE = 200;
export const MAX_CATALOG_BATCH_SIZE = 2000;

export type CatalogImportHooks = {
  /** Called after each committed batch with products written so far and the total. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Stops between batches: what is committed stays, and running the import again finishes it. */
  signal?: AbortSignal;
  batchSize?: number;
};

/** What an import did, for people (the CLI's summary) and machines (--json). */
export type CatalogImportSummary = {
  format: string;
  source: string;
  sha256: string;
  read: { rows: number; products: number };
  products: Counts;
  variants: Counts;
  rejected: { rows: number; products: number };
  /** The first 100 problems, by line. */
  errors: RowError[];
  batches: number;
  durationMs: number;
};

export type CatalogWriteFailureCode = 'INTERRUPTED' | 'IMPORT_FAILED' | 'DATABASE_UNAVAILABLE';

/**
 * Write a prepared catalog in batches of products (default 200), each batch in ONE transaction
 * (upsertProducts): a batch is written whole or not at all. Products are upserted by handle and
 * variants by SKU, so running the same file again changes nothing, and an interrupted import is
 * finished by running it again. A product whose SKU belongs to another product in the database is
 * refused and reported at its line; the rest of its batch is written.
 * @example await writeCatalogImport(deps, prepared, { onProgress: ({ done, total }) => ... })
 */
export async function writeCatalogImport(
  deps: Pick<CatalogDeps, 'database' | 'clock'>,
  prepared: PreparedCatalog,
  hooks: CatalogImportHooks = {},
): Promise<Result<CatalogImportSummary, CatalogWriteFailureCode>> {
  const batchSize = Math.min(Math.max(1, hooks.batchSize ?? DEFAULT_CATALOG_BATCH_SIZE), MAX_CATALOG_BATCH_SIZE);
  const started = deps.clock();
  const total = prepared.products.length;
  const products: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const variants: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const rejected = { ...prepared.rejected };
  const errors = [...prepared.errors];
  let done = 0;
  let batches = 0;
  for (let start = 0; start < total; start += batchSize) {
    if (hooks.signal?.aborted) {
      return fail('INTERRUPTED', `interrupted after ${done} of ${total} products; what was written is kept, run the same import again to finish`);
    }
    const batch = prepared.products.slice(start, start + batchSize);
    let outcome: Awaited<ReturnType<typeof upsertProducts>>;
    try {
      outcome = await upsertProducts(deps, batch.map((p) => p.product));
    } catch (error) {
      const message = `the import stopped after ${done} of ${total} products (${batches} batches committed; the failed batch wrote nothing): ${describeError(error)}; run the same import again to finish`;
      return fail(isConnectionError(error) ? 'DATABASE_UNAVAILABLE' : 'IMPORT_FAILED', message);
    }
    if (!outcome.ok) return fail('IMPORT_FAILED', `batch ${batches + 1} was refused: ${outcome.message}`);
    for (const key of ['inserted', 'updated', 'unchanged'] as const) {
      products[key] += outcome.value.products[key];
      variants[key] += outcome.value.variants[key];
    }
    for (const r of outcome.value.rejected) {
      const p = batch.find((b) => b.product.handle === r.handle)!;
      const sku = /^variants\[(\d+)\]/.exec(r.field)?.[1];
      const line = sku !== undefined ? (p.skuLines.get(p.product.variants[Number(sku)]!.sku) ?? p.line) : p.line;
      errors.push({ line, field: 'sku', message: `${r.message}; the product ${JSON.stringify(r.handle)} is not imported` });
      rejected.products++;
      rejected.rows += p.rows;
    }
    batches++;
    done += batch.length;
    hooks.onProgress?.({ done, total });
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({
    format: prepared.format,
    source: prepared.location,
    sha256: prepared.sha256,
    read: prepared.read,
    products,
    variants,
    rejected,
    errors: errors.slice(0, 100),
    batches,
    durationMs: deps.clock().getTime() - started.getTime(),
  });
}

/** The driver's reason, without Drizzle's "Failed query: <SQL> params: <every value>" wrapper. */
function describeError(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string; detail?: string } };
  if (e.cause?.message) return [e.cause.message, e.cause.detail].filter(Boolean).join(': ');
  return (e.message ?? String(error)).split('\n')[0]!.slice(0, 300);
}

function isConnectionError(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(08...|57P0[1-3]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(code)) return true;
    if (typeof e.message === 'string' && /PGlite is closed|Connection terminated|Cannot use a pool after calling end/i.test(e.message)) return true;
  }
  return false;
}
