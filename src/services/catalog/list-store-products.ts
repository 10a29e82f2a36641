import { canonicalLocale } from '../../core/catalog/locale-tag.js';
import { translationCandidates } from '../../core/catalog/pick-translation.js';
import { encodeCursor, type Page } from '../../core/pagination/cursor.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { catalogRepositories, type CatalogDeps } from './catalog-deps.js';
import { parseListInput } from './list-products.js';
import { toStoreProduct, type StoreProduct } from './store-product.js';

export type ListStoreProductsInput = {
  /** BCP 47 tag of the buyer's language (`de`, `de-CH`, `zh-Hans`). */
  locale: string;
  /** The market's default language, used when a product has no text in `locale`. */
  fallbackLocale: string;
  /** 1 to 100 (default 50). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** A category slug. */
  category?: string;
  /**
   * Full-text search as typed by the buyer (words, "phrases", -excluded, or), matched in the
   * product's text in `locale` (and its prefixes: `de` for `de-CH`), in `fallbackLocale` or in `en`
   * (the texts a buyer may be shown), each with its language's stemming; Japanese, Chinese and
   * Korean text is matched by character pairs.
   */
  q?: string;
};

/**
 * A page of ACTIVE products for a storefront, newest first, by keyset cursor, each in the best
 * translation for `locale` (exact, same language, `fallbackLocale`, then `en`), with variants and
 * prices in the base currency (integer minor units) and the customs facts (HS code, national codes,
 * origin) the landed-cost engine needs.
 * @example await listStoreProducts(deps, { locale: 'de-CH', fallbackLocale: 'de', limit: 20, q: 'Kaffee' })
 * // ok({ items: [{ handle: 'robusta-beans-500g', locale: 'de', title: 'Robusta-Kaffeebohnen', variants: [...] }], nextCursor: '...' })
 */
export async function listStoreProducts(deps: Pick<CatalogDeps, 'database'>, input: ListStoreProductsInput): Promise<Result<Page<StoreProduct>, 'VALIDATION_FAILED'>> {
  const locales = storeLocales(input);
  if (!locales.ok) return locales;
  const { locale, fallbackLocale } = locales.value;
  const parsed = parseListInput({
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
    ...(input.cursor !== undefined ? { cursor: input.cursor } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.q !== undefined ? { q: input.q } : {}),
  });
  if (!parsed.ok) return parsed;
  const { limit, after, filter } = parsed.value;
  const candidates = translationCandidates(locale, fallbackLocale);
  const { read } = catalogRepositories(deps.database.orm);
  const positions = await read.listPositions(
    { ...filter, statuses: ['active'], ...(filter.search ? { search: { q: filter.search.q, locales: candidates.locales } } : {}) },
    { limit: limit + 1, ...(after ? { after } : {}) },
  );
  const page = positions.slice(0, limit);
  const records = await read.getByIds(
    page.map((p) => p.id),
    candidates,
  );
  const last = page.at(-1);
  const nextCursor = positions.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return ok({ items: records.map((r) => toStoreProduct(r, locale, fallbackLocale)), nextCursor });
}

/** Both locales well-formed, in canonical case. */
export function storeLocales(input: { locale: unknown; fallbackLocale: unknown }): Result<{ locale: string; fallbackLocale: string }, 'VALIDATION_FAILED'> {
  const locale = typeof input.locale === 'string' ? canonicalLocale(input.locale) : undefined;
  if (!locale) return fail('VALIDATION_FAILED', 'locale must be a BCP 47 language tag such as en, de or zh-Hans', { field: 'locale' });
  const fallbackLocale = typeof input.fallbackLocale === 'string' ? canonicalLocale(input.fallbackLocale) : undefined;
  if (!fallbackLocale) return fail('VALIDATION_FAILED', 'fallbackLocale must be a BCP 47 language tag such as en, de or zh-Hans', { field: 'fallbackLocale' });
  return ok({ locale, fallbackLocale });
}
