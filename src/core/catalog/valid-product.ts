import type { Money } from '../money/money.js';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * A product that `validateProductInput` accepted, in the units the database keeps: prices as
 * integer minor units, weight in whole grams, dimensions in whole millimetres, text trimmed and
 * NFC-normalized, tags and codes in their canonical case. Lists are in a stable order
 * (translations and national codes sorted by key; variants, images, categories and tags as given).
 */
export type ValidProduct = {
  readonly handle: string;
  readonly status: ProductStatus;
  /** HS subheading, exactly 6 digits. */
  readonly hsCode: string;
  /** 8 to 10 digit national codes, sorted by territory (an ISO country code or EU). */
  readonly nationalCodes: ReadonlyArray<{ readonly territory: string; readonly code: string }>;
  readonly originCountry: string;
  readonly material: string | null;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly images: ReadonlyArray<{ readonly url: string; readonly alt: string | null }>;
  /** Sorted by locale; `en` is always among them. */
  readonly translations: readonly ValidTranslation[];
  readonly variants: readonly ValidVariant[];
};

export type ValidTranslation = {
  /** BCP 47 tag in canonical case (`zh-Hans`). */
  readonly locale: string;
  readonly title: string;
  readonly description: string | null;
  readonly customsDescription: string | null;
};

export type ValidVariant = {
  readonly sku: string;
  /** Option name -> value, in the order given; an own-property object (safe for any key that passed validation). */
  readonly options: Readonly<Record<string, string>>;
  /** In the store's base currency, integer minor units, not negative. */
  readonly price: Money;
  /** Whole grams, 1 to 1,000,000. */
  readonly weightG: number;
  /** Whole millimetres, or null when not given. */
  readonly dimensionsMm: { readonly length: number; readonly width: number; readonly height: number } | null;
  readonly barcode: string | null;
};
