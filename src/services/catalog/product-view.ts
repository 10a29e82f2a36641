import { formatScaled } from '../../core/catalog/product-to-input.js';
import type { ProductStatus } from '../../core/catalog/valid-product.js';
import { formatAmount } from '../../core/money/money.js';
import type { ProductRecord } from '../../db/repositories/catalog-records.js';

/**
 * A product as the admin API shows it: the ProductInput shape (so it can be edited and sent back,
 * or merged into by a PATCH) with every field present, null where there is no value, plus ids and
 * timestamps. Amounts are decimal strings in major units; weight in kilograms; dimensions in cm.
 */
export type ProductView = {
  id: string;
  handle: string;
  status: ProductStatus;
  hsCode: string;
  nationalCodes: Record<string, string>;
  originCountry: string;
  material: string | null;
  categories: string[];
  tags: string[];
  images: Array<{ url: string; alt: string | null }>;
  translations: Record<string, { title: string; description: string | null; customsDescription: string | null }>;
  variants: VariantView[];
  createdAt: string;
  updatedAt: string;
};

export type VariantView = {
  id: string;
  sku: string;
  options: Record<string, string>;
  price: { amount: string; currency: string };
  weightKg: string;
  dimensionsCm: { length: string; width: string; height: string } | null;
  barcode: string | null;
};

export function toProductView(p: ProductRecord): ProductView {
  return {
    id: p.id,
    handle: p.handle,
    status: p.status,
    hsCode: p.hsCode,
    nationalCodes: Object.fromEntries(p.nationalCodes.map((c) => [c.territory, c.code])),
    originCountry: p.originCountry,
    material: p.material,
    categories: [...p.categories],
    tags: [...p.tags],
    images: p.images.map((i) => ({ url: i.url, alt: i.alt })),
    translations: Object.fromEntries(p.translations.map((t) => [t.locale, { title: t.title, description: t.description, customsDescription: t.customsDescription }])),
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: { ...v.options },
      price: { amount: formatAmount(v.price), currency: v.price.currency },
      weightKg: formatScaled(v.weightG, 3),
      dimensionsCm: v.dimensionsMm
        ? { length: formatScaled(v.dimensionsMm.length, 1), width: formatScaled(v.dimensionsMm.width, 1), height: formatScaled(v.dimensionsMm.height, 1) }
        : null,
      barcode: v.barcode,
    })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
