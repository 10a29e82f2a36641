import { validateProductInput } from '../../core/catalog/validate-product-input.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { inCatalogTransaction, productEvent, RollbackWith, type CatalogDeps, type CatalogFailure } from './catalog-deps.js';
import { toProductView, type ProductView } from './product-view.js';

/**
 * Create a product from a ProductInput (the admin API body). Everything is written in one
 * transaction: the product, its texts, national codes and variants, or nothing. A taken handle or
 * SKU is a CONFLICT naming the field; prices must be in the store's base currency once the store is
 * set up.
 * @example await createProduct(deps, { handle: 'robusta-500g', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'Robusta' } }, variants: [...] })
 */
export async function createProduct(deps: CatalogDeps, input: unknown): Promise<Result<ProductView, CatalogFailure['code']>> {
  const baseCurrency = (await deps.store?.get())?.baseCurrency;
  const valid = validateProductInput(input, baseCurrency ? { baseCurrency } : {});
  if (!valid.ok) return valid;
  const product = valid.value;
  const at = deps.clock();
  const skuField = (sku: string) => `variants[${product.variants.findIndex((v) => v.sku === sku)}].sku`;
  const written = await inCatalogTransaction(
    deps,
    async ({ read, write, events }) => {
      const id = await write.insertProduct(product, at);
      if (!id) throw new RollbackWith(fail('CONFLICT', `another product already has the handle ${product.handle}`, { field: 'handle' }));
      await write.writeChildren([{ id, product }], at, { replace: true });
      const saved = (await read.getByIds([id]))[0]!;
      await events.append(productEvent('product.created', saved), at);
      return saved;
    },
    skuField,
  );
  if (!written.ok) return written;
  return ok(toProductView(written.value));
}
