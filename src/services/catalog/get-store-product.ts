import { isSlug } from '../../core/catalog/field-checks.js';
import { translationCandidates } from '../../core/catalog/pick-translation.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { catalogRepositories, type CatalogDeps } from './catalog-deps.js';
import { storeLocales } from './list-store-products.js';
import { toStoreProduct, type StoreProduct } from './store-product.js';

/**
 * One ACTIVE product by handle for a storefront, in the best translation for `locale` (exact, same
 * language, `fallbackLocale`, then `en`). Drafts and archived products are NOT_FOUND, like handles
 * that do not exist, so a storefront cannot tell them apart.
 * @example await getStoreProduct(deps, { handle: 'robusta-beans-500g', locale: 'ja', fallbackLocale: 'en' })
 * // ok({ handle: 'robusta-beans-500g', locale: 'ja', title: 'ロブスタコーヒー豆', variants: [{ sku, price: { amount: 1250, currency: 'USD' }, weightG: 500, ... }], ... })
 */
export async function getStoreProduct(
  deps: Pick<CatalogDeps, 'database'>,
  input: { handle: string; locale: string; fallbackLocale: string },
): Promise<Result<StoreProduct, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  const locales = storeLocales(input);
  if (!locales.ok) return locales;
  const { locale, fallbackLocale } = locales.value;
  if (typeof input.handle !== 'string' || !isSlug(input.handle, 100)) return fail('NOT_FOUND', 'no such product', { field: 'handle' });
  const { read } = catalogRepositories(deps.database.orm);
  const id = await read.findIdByHandle(input.handle);
  const [record] = id ? await read.getByIds([id], translationCandidates(locale, fallbackLocale)) : [];
  if (!record || record.status !== 'active') return fail('NOT_FOUND', `no product with handle ${input.handle}`, { field: 'handle' });
  return ok(toStoreProduct(record, locale, fallbackLocale));
}
