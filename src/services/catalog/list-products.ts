import { canonicalLocale } from '../../core/catalog/locale-tag.js';
import { isSlug } from '../../core/catalog/field-checks.js';
import { PRODUCT_STATUSES, type ProductStatus } from '../../core/catalog/valid-product.js';
import { nextPageCursor, readPageInput, type Page } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ProductFilter } from '../../db/repositories/catalog-read-repository.js';
import { catalogRepositories, type CatalogDeps } from './catalog-deps.js';
import { toProductView, type ProductView } from './product-view.js';

export type ListProductsInput = {
  /** 1 to 100, default 50. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  status?: string;
  category?: string;
  tag?: string;
  /** Full-text search (words, "phrases", -excluded, or), in `locale`'s text, or in every locale's when no locale is given. */
  q?: string;
  locale?: string;
};

/**
 * A page of products, newest first, by keyset cursor: following `nextCursor` visits every product
 * once even while others are added. Filters combine (AND).
 * @example await listProducts(deps, { status: 'active', q: 'Kaffeebohnen', locale: 'de', limit: 20 })
 */
export async function listProducts(deps: Pick<CatalogDeps, 'database'>, input: ListProductsInput): Promise<Result<Page<ProductView>, 'VALIDATION_FAILED'>> {
  const parsed = parseListInput(input);
  if (!parsed.ok) return parsed;
  const { limit, after, filter } = parsed.value;
  const { read } = catalogRepositories(deps.database.orm);
  const positions = await read.listPositions(filter, { limit: limit + 1, ...(after ? { after } : {}) });
  const page = positions.slice(0, limit);
  const records = await read.getByIds(page.map((p) => p.id));
  return ok({ items: records.map(toProductView), nextCursor: nextPageCursor(positions, limit) });
}

type ParsedList = { limit: number; after: { createdAt: Date; id: string } | undefined; filter: ProductFilter };

/** Shared by the admin and store lists: limit, cursor, category, tag, q and locale checked alike. */
export function parseListInput(input: ListProductsInput): Result<ParsedList, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const { limit, after } = readPageInput(input, issues);
  const filter: { statuses?: ProductStatus[]; category?: string; tag?: string; search?: { q: string; locales?: string[] } } = {};
  if (input.status !== undefined) {
    if (PRODUCT_STATUSES.includes(input.status as ProductStatus)) filter.statuses = [input.status as ProductStatus];
    else issues.push({ field: 'status', message: 'must be draft, active or archived' });
  }
  for (const key of ['category', 'tag'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v === 'string' && isSlug(v, 50)) filter[key] = v;
    else issues.push({ field: key, message: 'must be a slug of at most 50 lowercase letters, digits and dashes' });
  }
  let locale: string | undefined;
  if (input.locale !== undefined) {
    locale = typeof input.locale === 'string' ? canonicalLocale(input.locale) : undefined;
    if (!locale) issues.push({ field: 'locale', message: 'must be a BCP 47 language tag such as en, de or zh-Hans' });
  }
  if (input.q !== undefined) {
    const q = typeof input.q === 'string' ? input.q.trim() : '';
    if (q.length === 0 || q.length > 200 || /[\u0000-\u001f\u007f]/.test(q)) issues.push({ field: 'q', message: 'must be search text of 1 to 200 characters' });
    else filter.search = { q, ...(locale ? { locales: [locale] } : {}) };
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ limit, after, filter });
}
