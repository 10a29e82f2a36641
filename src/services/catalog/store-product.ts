import { pickTranslation } from '../../core/catalog/pick-translation.js';
import type { Money } from '../../core/money/money.js';
import type { ProductRecord } from '../../db/repositories/catalog-records.js';

/**
 * An active product as a storefront shows it in one locale, in the store's base currency (the
 * store API converts prices into the buyer's market). Returned by listStoreProducts and
 * getStoreProduct.
 */
export type StoreProduct = {
  readonly id: string;
  readonly handle: string;
  /** The locale the text below is in: the asked locale, else one of its language, else the fallback's, else `en`. */
  readonly locale: string;
  readonly title: string;
  readonly description: string | null;
  /** Plain words for customs documents, in the same locale as the title. */
  readonly customsDescription: string | null;
  /** HS subheading, 6 digits (for landed-cost quotes). */
  readonly hsCode: string;
  /** 8 to 10 digit national codes by customs territory (ISO country code or EU). */
  readonly nationalCodes: Readonly<Record<string, string>>;
  /** ISO 3166-1 alpha-2 country of origin (for duty preferences). */
  readonly originCountry: string;
  readonly material: string | null;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly images: ReadonlyArray<{ readonly url: string; readonly alt: string | null }>;
  /** In the merchant's order. */
  readonly variants: readonly StoreVariant[];
  /** ISO 8601; changes whenever the product or one of its texts or variants changes (for ETags). */
  readonly updatedAt: string;
};

export type StoreVariant = {
  readonly id: string;
  readonly sku: string;
  /** Option name -> value, e.g. { size: '500 g' }. */
  readonly options: Readonly<Record<string, string>>;
  /** Base-currency price: integer minor units (`{ amount: 1250, currency: 'USD' }` is USD 12.50). */
  readonly price: Money;
  /** Shipping weight in whole grams. */
  readonly weightG: number;
  /** Whole millimetres, or null when not recorded. */
  readonly dimensionsMm: { readonly length: number; readonly width: number; readonly height: number } | null;
};

/** The store's view of a record, in the best translation for `locale` (see pickTranslation). */
export function toStoreProduct(p: ProductRecord, locale: string, fallbackLocale: string): StoreProduct {
  const chosen = pickTranslation(p.translations.map((t) => t.locale), locale, fallbackLocale);
  const text = p.translations.find((t) => t.locale === chosen) ?? p.translations[0];
  return {
    id: p.id,
    handle: p.handle,
    locale: text?.locale ?? 'en',
    title: text?.title ?? p.handle,
    description: text?.description ?? null,
    customsDescription: text?.customsDescription ?? null,
    hsCode: p.hsCode,
    nationalCodes: Object.fromEntries(p.nationalCodes.map((c) => [c.territory, c.code])),
    originCountry: p.originCountry,
    material: p.material,
    categories: p.categories,
    tags: p.tags,
    images: p.images,
    variants: p.variants.map((v) => ({ id: v.id, sku: v.sku, options: v.options, price: v.price, weightG: v.weightG, dimensionsMm: v.dimensionsMm })),
    updatedAt: p.updatedAt.toISOString(),
  };
}
