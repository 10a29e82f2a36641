import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { catalogRepositories, type CatalogDeps } from './catalog-deps.js';
import { toProductView, type ProductView } from './product-view.js';


/**
 * One product, any status, by id (a UUID) or by handle (anything else: handles are never UUIDs).
 * @example await getProduct(deps, 'robusta-beans-500g') // ok({ id, handle, translations, variants, ... })
 */
export async function getProduct(deps: Pick<CatalogDeps, 'database'>, idOrHandle: string): Promise<Result<ProductView, 'NOT_FOUND' | 'VALIDATION_FAILED'>> {
  if (typeof idOrHandle !== 'string' || idOrHandle.length === 0 || idOrHandle.length > 100) {
    return fail('VALIDATION_FAILED', 'idOrHandle must be a product id or handle of at most 100 characters', { field: 'idOrHandle' });
  }
  const { read } = catalogRepositories(deps.database.orm);
  const id = isUuid(idOrHandle) ? idOrHandle.toLowerCase() : await read.findIdByHandle(idOrHandle);
  const [record] = id ? await read.getByIds([id]) : [];
  return record ? ok(toProductView(record)) : fail('NOT_FOUND', `no product with ${isUuid(idOrHandle) ? 'id' : 'handle'} ${JSON.stringify(idOrHandle)}`, { field: 'idOrHandle' });
}
