import { isUuid } from '../../core/ids/uuid.js';
import { applyMergePatch } from '../../core/catalog/merge-patch.js';
import { productToInput } from '../../core/catalog/product-to-input.js';
import type { ValidProduct } from '../../core/catalog/valid-product.js';
import { validateProductInput } from '../../core/catalog/validate-product-input.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ProductRecord } from '../../db/repositories/catalog-records.js';
import { inCatalogTransaction, productEvent, RollbackWith, type CatalogDeps, type CatalogFailure } from './catalog-deps.js';
import { toProductView, type ProductView } from './product-view.js';

const READ_ONLY = ['id', 'createdAt', 'updatedAt'] as const;

/**
 * Change a product with a JSON Merge Patch (RFC 7396) in the ProductInput shape: fields given
 * replace, `null` removes (`{"material": null}`, `{"translations": {"de": null}}`), objects merge
 * (`{"translations": {"de": {"title": "Neu"}}}` changes one title), and arrays replace whole
 * (`variants`, `images`, `categories`, `tags`). The merged product is validated as a whole, then
 * written in one transaction: variants are matched by SKU (kept ids), variants, texts and national
 * codes no longer listed are deleted. `id`, `createdAt`, `updatedAt` and variant ids may be sent
 * back as they were (a GET body can be edited and PATCHed) but not changed.
 * @example await updateProduct(deps, id, { status: 'active', translations: { de: { title: 'Robusta-Bohnen' } } })
 */
export async function updateProduct(deps: CatalogDeps, id: string, patch: unknown): Promise<Result<ProductView, CatalogFailure['code']>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a UUID', { field: 'id' });
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return fail('VALIDATION_FAILED', 'body must be a JSON object (a merge patch of the product)', { field: 'body', details: [{ field: 'body', message: 'must be a JSON object' }] });
  }
  const baseCurrency = (await deps.store?.get())?.baseCurrency;
  const at = deps.clock();
  let skuField = (_sku: string): string | undefined => undefined;
  const written = await inCatalogTransaction(
    deps,
    async ({ read, write, events }) => {
      // Read inside the transaction and lock the row: two PATCHes of one product apply one after the other.
      const exists = await write.lockProduct(id.toLowerCase());
      const current = exists ? (await read.getByIds([id.toLowerCase()]))[0] : undefined;
      if (!current) throw new RollbackWith(fail('NOT_FOUND', `no product with id ${id}`, { field: 'id' }));
      const cleaned = stripReadOnly(patch as Record<string, unknown>, current);
      if (!cleaned.ok) throw new RollbackWith(cleaned);
      const merged = applyMergePatch(productToInput(current), cleaned.value);
      if ((merged as Record<string, unknown>).status === undefined) {
        throw new RollbackWith(fail('VALIDATION_FAILED', 'status cannot be removed (set draft, active or archived)', { field: 'status', details: [{ field: 'status', message: 'cannot be removed' }] }));
      }
      const valid = validateProductInput(merged, baseCurrency ? { baseCurrency } : {});
      if (!valid.ok) throw new RollbackWith(valid);
      const product = valid.value;
      skuField = (sku) => `variants[${product.variants.findIndex((v) => v.sku === sku)}].sku`;
      if (product.handle !== current.handle && (await write.handleTaken(product.handle, current.id))) {
        throw new RollbackWith(fail('CONFLICT', `another product already has the handle ${product.handle}`, { field: 'handle' }));
      }
      const rowChanged = sameRow(current, product) ? false : await write.updateProduct(current.id, product, at);
      const children = await write.writeChildren([{ id: current.id, product }], at, { replace: true });
      if (!rowChanged && children.changedProductIds.size > 0) await write.touch([current.id], at);
      const saved = (await read.getByIds([current.id]))[0]!;
      if (rowChanged || children.changedProductIds.size > 0) await events.append(productEvent('product.updated', saved), at);
      return saved;
    },
    (sku) => skuField(sku),
  );
  return written.ok ? ok(toProductView(written.value)) : written;
}

/** Drop read-only fields that repeat the stored values; changing one is an error. */
function stripReadOnly(patch: Record<string, unknown>, current: ProductRecord): Result<Record<string, unknown>, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const stored: Record<(typeof READ_ONLY)[number], string> = { id: current.id, createdAt: current.createdAt.toISOString(), updatedAt: current.updatedAt.toISOString() };
  const out = Object.fromEntries(Object.entries(patch).filter(([key]) => !(READ_ONLY as readonly string[]).includes(key)));
  for (const key of READ_ONLY) {
    // updatedAt changes with every write, so an older copy is accepted too; id and createdAt must match.
    if (Object.hasOwn(patch, key) && key !== 'updatedAt' && patch[key] !== stored[key]) issues.push({ field: key, message: 'is read-only' });
  }
  if (Array.isArray(out.variants)) {
    out.variants = out.variants.map((v: unknown, i: number) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, 'id')) return v;
      const { id, ...rest } = v as Record<string, unknown>;
      const same = current.variants.find((c) => c.sku === rest.sku);
      if (id !== null && (!same || same.id !== id)) issues.push({ field: `variants[${i}].id`, message: 'is read-only: variants are matched by SKU' });
      return rest;
    });
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok(out);
}

function sameRow(a: ProductRecord, b: ValidProduct): boolean {
  return (
    a.handle === b.handle &&
    a.status === b.status &&
    a.hsCode === b.hsCode &&
    a.originCountry === b.originCountry &&
    a.material === b.material &&
    JSON.stringify([a.categories, a.tags, a.images]) === JSON.stringify([b.categories, b.tags, b.images])
  );
}
