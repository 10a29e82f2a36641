import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { inCatalogTransaction, productEvent, RollbackWith, type CatalogDeps, type CatalogFailure } from './catalog-deps.js';
import { toProductView, type ProductView } from './product-view.js';

/**
 * Archive a product: it leaves the store (which lists active products only) but stays with its
 * variants, so past orders and reports keep their SKUs. Archiving an archived product changes nothing.
 * Undone by a PATCH of `status`.
 * @example await archiveProduct(deps, '3f1e4b2a-...') // ok({ ..., status: 'archived' })
 */
export async function archiveProduct(deps: CatalogDeps, id: string): Promise<Result<ProductView, CatalogFailure['code']>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a UUID', { field: 'id' });
  const at = deps.clock();
  const done = await inCatalogTransaction(deps, async ({ read, write, events }) => {
    const outcome = await write.setStatus(id.toLowerCase(), 'archived', at);
    if (outcome === 'missing') throw new RollbackWith(fail('NOT_FOUND', `no product with id ${id}`, { field: 'id' }));
    const saved = (await read.getByIds([id.toLowerCase()]))[0]!;
    if (outcome !== 'unchanged') await events.append(productEvent('product.archived', saved), at);
    return saved;
  });
  return done.ok ? ok(toProductView(done.value)) : done;
}
