import { fail, ok, type Result } from '../../../core/result/result.js';
import { jsonElementLines } from '../../../data/importers/json-element-lines.js';
import type { CatalogCandidate } from './catalog-candidate.js';

/**
 * Read a JSON catalog: an array of ProductInput objects (the admin API's body, one per element).
 * Malformed JSON, or anything but an array, makes the file unusable; each element becomes a
 * candidate located at the line where it starts.
 * @example parseCatalogJson('[\n  {"handle": "rob", ...}\n]') // ok({ candidates: [{ handle: 'rob', line: 2, ... }], rowsRead: 1 })
 */
export function parseCatalogJson(text: string): Result<{ candidates: CatalogCandidate[]; rowsRead: number }, 'VALIDATION_FAILED'> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    return fail('VALIDATION_FAILED', `malformed JSON${line ? ` at line ${line}` : ''}: ${message.replace(/ in JSON at position \d+.*$/, '')}`, { field: 'file' });
  }
  if (!Array.isArray(value)) return fail('VALIDATION_FAILED', 'a JSON catalog must be an array of products ([{"handle": ..., "variants": [...]}, ...])', { field: 'file' });
  if (value.length === 0) return fail('VALIDATION_FAILED', 'the JSON array holds no products', { field: 'file' });
  const lines = jsonElementLines(text);
  const candidates = value.map((element: unknown, i: number): CatalogCandidate => {
    const line = lines[i] ?? 1;
    const record = typeof element === 'object' && element !== null && !Array.isArray(element) ? (element as Record<string, unknown>) : undefined;
    const variants = Array.isArray(record?.variants) ? (record.variants as unknown[]) : [];
    return {
      input: element,
      handle: typeof record?.handle === 'string' ? record.handle : '',
      line,
      rows: 1,
      skus: variants.flatMap((v) => {
        const sku = typeof v === 'object' && v !== null ? (v as { sku?: unknown }).sku : undefined;
        return typeof sku === 'string' ? [{ sku, line }] : [];
      }),
      locate: (field) => ({ line, label: field === 'body' ? `product ${i + 1}` : field }),
      rewrite: (message) => message,
    };
  });
  return ok({ candidates, rowsRead: value.length });
}
