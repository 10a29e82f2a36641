import { listStoreProducts } from '../../../services/catalog/list-store-products.js';
import type { Deps } from '../../../services/deps.js';

/**
 * `?page=` as a page number: absent is 1; a whole number from 1 to `max` written plainly; anything
 * else (0, -1, 1.5, "abc", a repeated parameter, 20 digits) is undefined, which the pages answer with 400.
 */
export function pageNumber(raw: unknown, max: number): number | undefined {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= max ? n : undefined;
}

/**
 * The keyset cursor where page `page` of a listing starts. The catalog pages by cursor, not by
 * offset, so earlier pages are read through the catalog service and skipped: four pages per read,
 * then one at a time (page 5 of 24 costs one read of 96). 'past-end' when the listing ends first;
 * 'invalid' when the catalog refuses the filter (an unusable search text or category).
 */
export async function pageStartCursor(
  deps: Deps,
  input: { locale: string; fallbackLocale: string; page: number; pageSize: number; category?: string; q?: string },
): Promise<{ cursor: string | undefined } | 'past-end' | 'invalid'> {
  const { locale, fallbackLocale, pageSize } = input;
  const filter = { ...(input.category !== undefined ? { category: input.category } : {}), ...(input.q !== undefined ? { q: input.q } : {}) };
  let cursor: string | undefined;
  let skip = (input.page - 1) * pageSize;
  while (skip > 0) {
    const limit = skip >= 4 * pageSize ? 4 * pageSize : pageSize;
    const r = await listStoreProducts(deps, { locale, fallbackLocale, limit, ...(cursor ? { cursor } : {}), ...filter });
    if (!r.ok) return 'invalid';
    if (!r.value.nextCursor) return 'past-end';
    cursor = r.value.nextCursor;
    skip -= limit;
  }
  return { cursor };
}

/**
 * A path to return to after switching market: a storefront path of plain URL characters (what the
 * pages themselves put in the form), never another host (`//evil.example`) or scheme; else ''.
 */
export function safeReturnPath(path: unknown): string {
  if (typeof path !== 'string' || path.length > 500) return '';
  return /^\/(?!\/)[A-Za-z0-9\-._~/%]*(\?[A-Za-z0-9\-._~%=&+]*)?$/.test(path) ? path : '';
}
