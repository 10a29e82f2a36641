import type { ValidProduct, ValidVariant } from '../../core/catalog/valid-product.js';
import type { productNationalCodes, products, productTranslations, variants } from '../schema/index.js';

/** A stored variant: the validated variant with its id and place in the product's list. */
export type VariantRecord = ValidVariant & { readonly id: string; readonly position: number };

/** A stored product as the catalog repositories return it: plain data, stored units. */
export type ProductRecord = Omit<ValidProduct, 'variants'> & {
  readonly id: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly variants: readonly VariantRecord[];
};

type ProductRow = typeof products.$inferSelect;
type TranslationRow = Pick<typeof productTranslations.$inferSelect, 'productId' | 'locale' | 'title' | 'description' | 'customsDescription'>;
type NationalCodeRow = typeof productNationalCodes.$inferSelect;
type VariantRow = typeof variants.$inferSelect;

/** Put a product's rows together; the child lists arrive grouped by product id. */
export function toProductRecord(
  p: ProductRow,
  translations: readonly TranslationRow[],
  codes: readonly NationalCodeRow[],
  variantRows: readonly VariantRow[],
): ProductRecord {
  return {
    id: p.id,
    handle: p.handle,
    status: p.status as ProductRecord['status'],
    hsCode: p.hsCode,
    nationalCodes: [...codes].sort((a, b) => (a.territory < b.territory ? -1 : 1)).map((c) => ({ territory: c.territory, code: c.code })),
    originCountry: p.originCountry,
    material: p.material,
    categories: p.categories,
    tags: p.tags,
    images: p.images.map((i) => ({ url: i.url, alt: i.alt ?? null })),
    translations: [...translations]
      .sort((a, b) => (a.locale < b.locale ? -1 : 1))
      .map((t) => ({ locale: t.locale, title: t.title, description: t.description, customsDescription: t.customsDescription })),
    variants: [...variantRows].sort((a, b) => a.position - b.position || (a.sku < b.sku ? -1 : 1)).map(toVariantRecord),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toVariantRecord(v: VariantRow): VariantRecord {
  return {
    id: v.id,
    sku: v.sku,
    // Rebuilt with fromEntries: own properties only, whatever the stored keys are.
    options: Object.fromEntries(Object.entries(v.options)),
    price: { amount: Number(v.priceMinor), currency: v.currency },
    weightG: v.weightG,
    dimensionsMm: v.lengthMm !== null && v.widthMm !== null && v.heightMm !== null ? { length: v.lengthMm, width: v.widthMm, height: v.heightMm } : null,
    barcode: v.barcode,
    position: v.position,
  };
}

/** Group rows by a key, keeping their order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
