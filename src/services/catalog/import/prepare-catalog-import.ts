import type { ValidProduct } from '../../../core/catalog/valid-product.js';
import { validateProductInput } from '../../../core/catalog/validate-product-input.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { decodeUtf8Text } from '../../../data/importers/decode-text.js';
import { quoteValue, type RowError } from '../../../data/importers/types.js';
import type { LoadedSource } from '../../data-import/load-import-source.js';
import type { CatalogCandidate } from './catalog-candidate.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';
import { parseCatalogJson } from './parse-catalog-json.js';

export type CatalogFormat = 'csv' | 'json';
export const CATALOG_FORMATS: readonly CatalogFormat[] = ['csv', 'json'];

/** A product that passed every check, with where it is in the file. */
export type PreparedProduct = { product: ValidProduct; line: number; rows: number; skuLines: ReadonlyMap<string, number> };

/** A catalog file read and checked, ready to write (or to report on, for --dry-run). */
export type PreparedCatalog = {
  format: CatalogFormat;
  location: string;
  sha256: string;
  products: PreparedProduct[];
  /** Every problem, by line. */
  errors: RowError[];
  /** CSV data rows or JSON elements, and the products they hold. */
  read: { rows: number; products: number };
  rejected: { rows: number; products: number };
};

/**
 * Decode (UTF-8 only), parse (CSV or JSON: from `format`, else the file name, else the first
 * character) and validate a catalog file without touching a database. Per product: the core's
 * validateProductInput (prices in `baseCurrency` when given), then across the file: a handle or a SKU
 * used twice refuses every product involved, since which one is meant cannot be known. The file
 * is unusable when it cannot be read at all or when every product is refused.
 * @example prepareCatalogImport(loaded, { format: 'csv', baseCurrency: 'USD' }) // ok({ products: [...], errors: [{ line: 7, message: 'price ...' }], ... })
 */
export function prepareCatalogImport(source: LoadedSource, options: { format?: CatalogFormat; baseCurrency?: string } = {}): Result<PreparedCatalog, 'VALIDATION_FAILED'> {
  const text = decodeUtf8Text(source.bytes);
  if (!text.ok) return text;
  const format = options.format ?? guessFormat(source.name, text.value);
  let candidates: CatalogCandidate[];
  const errors: RowError[] = [];
  const read = { rows: 0, products: 0 };
  const rejected = { rows: 0, products: 0 };
  if (format === 'csv') {
    const parsed = parseCatalogCsv(text.value);
    if (!parsed.ok) return parsed;
    candidates = parsed.value.candidates;
    errors.push(...parsed.value.errors);
    read.rows = parsed.value.rowsRead;
    read.products = candidates.length + parsed.value.rejected.products;
    rejected.rows = parsed.value.rejected.rows;
    rejected.products = parsed.value.rejected.products;
  } else {
    const parsed = parseCatalogJson(text.value);
    if (!parsed.ok) return parsed;
    candidates = parsed.value.candidates;
    read.rows = parsed.value.rowsRead;
    read.products = candidates.length;
  }

  const refused = new Set<CatalogCandidate>();
  // The same handle twice (JSON; CSV rows are grouped by handle) or the same SKU on two rows.
  const byHandle = new Map<string, CatalogCandidate[]>();
  for (const c of candidates) if (c.handle !== '') byHandle.set(c.handle, [...(byHandle.get(c.handle) ?? []), c]);
  for (const [handle, list] of byHandle) {
    if (list.length < 2) continue;
    for (const c of list) {
      refused.add(c);
      const others = list.filter((o) => o !== c).map((o) => o.line);
      errors.push({ line: c.line, field: 'handle', message: `handle ${quoteValue(handle)} is also used on line ${others.join(', ')}: a handle names one product` });
    }
  }
  const bySku = new Map<string, Array<{ c: CatalogCandidate; line: number }>>();
  for (const c of candidates) for (const s of c.skus) bySku.set(s.sku, [...(bySku.get(s.sku) ?? []), { c, line: s.line }]);
  const skuRepeated = new Set<CatalogCandidate>();
  for (const [sku, list] of bySku) {
    if (list.length < 2) continue;
    for (const entry of list) {
      refused.add(entry.c);
      skuRepeated.add(entry.c);
      const others = list.filter((o) => o !== entry).map((o) => o.line);
      errors.push({ line: entry.line, field: 'sku', message: `sku ${quoteValue(sku)} is also on line ${others.join(', ')}: SKUs are unique across the catalog` });
    }
  }

  const products: PreparedProduct[] = [];
  for (const c of candidates) {
    const valid = validateProductInput(c.input, options.baseCurrency ? { baseCurrency: options.baseCurrency } : {});
    if (!valid.ok) {
      for (const issue of valid.details ?? [{ field: valid.field ?? 'product', message: valid.message }]) {
        if (skuRepeated.has(c) && issue.message.startsWith('repeats the SKU')) continue;
        const at = c.locate(issue.field);
        errors.push({ line: at.line, field: at.label, message: `${at.label} ${c.rewrite(issue.message)}` });
      }
      refused.add(c);
    }
    if (refused.has(c)) {
      rejected.products++;
      rejected.rows += c.rows;
    } else if (valid.ok) {
      products.push({ product: valid.value, line: c.line, rows: c.rows, skuLines: new Map(c.skus.map((s) => [s.sku, s.line])) });
    }
  }
  errors.sort((a, b) => a.line - b.line);

  if (products.length === 0) {
    const firstError = errors[0];
    return fail(
      'VALIDATION_FAILED',
      firstError ? `no usable products: all ${read.products} refused (first: line ${firstError.line}: ${firstError.message})` : 'the file holds no products',
      { field: firstError?.field ?? 'file', details: errors.slice(0, 20).map((e) => ({ field: `line ${e.line}`, message: e.message })) },
    );
  }
  return ok({ format, location: source.location, sha256: source.sha256, products, errors, read, rejected });
}

/** The extension decides; without one, a file starting with "[" is JSON. */
export function guessFormat(name: string, text: string): CatalogFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return text.trimStart().startsWith('[') ? 'json' : 'csv';
}
