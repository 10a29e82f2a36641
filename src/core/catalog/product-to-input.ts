import { formatDecimal, normalize } from '../decimal/decimal.js';
import { formatAmount } from '../money/money.js';
import type { ProductInput, VariantInput } from './product-input.js';
import type { ValidProduct } from './valid-product.js';

/**
 * A stored product back in the input shape, with every field present that has a value: what the
 * admin API shows, what a JSON export writes, and what a PATCH merges into. For any valid product
 * `validateProductInput(productToInput(p))` gives `p` again.
 * @example productToInput(p).variants[0] // { sku: 'ROB-500', options: {}, price: { amount: '12.50', currency: 'USD' }, weightKg: '0.5' }
 */
export function productToInput(p: ValidProduct): ProductInput {
  return {
    handle: p.handle,
    status: p.status,
    hsCode: p.hsCode,
    nationalCodes: Object.fromEntries(p.nationalCodes.map((c) => [c.territory, c.code])),
    originCountry: p.originCountry,
    ...(p.material !== null ? { material: p.material } : {}),
    categories: [...p.categories],
    tags: [...p.tags],
    images: p.images.map((i) => (i.alt !== null ? { url: i.url, alt: i.alt } : { url: i.url })),
    translations: Object.fromEntries(
      p.translations.map((t) => [
        t.locale,
        {
          title: t.title,
          ...(t.description !== null ? { description: t.description } : {}),
          ...(t.customsDescription !== null ? { customsDescription: t.customsDescription } : {}),
        },
      ]),
    ),
    variants: p.variants.map((v): VariantInput => ({
      sku: v.sku,
      options: { ...v.options },
      price: { amount: formatAmount(v.price), currency: v.price.currency },
      weightKg: formatScaled(v.weightG, 3),
      ...(v.dimensionsMm
        ? { dimensionsCm: { length: formatScaled(v.dimensionsMm.length, 1), width: formatScaled(v.dimensionsMm.width, 1), height: formatScaled(v.dimensionsMm.height, 1) } }
        : {}),
      ...(v.barcode !== null ? { barcode: v.barcode } : {}),
    })),
  };
}

/** 250 grams at scale 3 -> "0.25"; 1200 mm at scale 1 -> "120". */
export function formatScaled(units: number, scale: number): string {
  return formatDecimal(normalize({ coef: units, scale }));
}
