/**
 * A product as it comes in: the JSON body of the admin API, one element of a JSON import file, and
 * the shape of the demo catalog. Amounts and measures are decimal strings (numbers are accepted for
 * measures); `validateProductInput` checks it and names every bad field.
 */
export type ProductInput = {
  /** URL slug, unique: lowercase letters, digits and dashes. */
  handle: string;
  status?: 'draft' | 'active' | 'archived';
  /** HS 2022 subheading, 6 digits. */
  hsCode: string;
  /** National 8 to 10 digit codes by customs territory ("US", "GB", "EU", ...). */
  nationalCodes?: Record<string, string>;
  /** ISO 3166-1 alpha-2. */
  originCountry: string;
  material?: string;
  categories?: string[];
  tags?: string[];
  images?: Array<{ url: string; alt?: string }>;
  /** Text per locale (BCP 47: en, vi, de, fr, ja, zh-Hans, ...); `en` or the store's default is required. */
  translations: Record<string, ProductTextInput>;
  variants: VariantInput[];
};

export type ProductTextInput = {
  title: string;
  description?: string;
  /** Plain words for customs documents ("Roasted coffee beans, not decaffeinated"). */
  customsDescription?: string;
};

export type VariantInput = {
  /** Stock keeping unit, unique across the catalog; imports upsert by it. */
  sku: string;
  /** Option values, e.g. { "size": "500 g" } or { "size": "M", "colour": "indigo" }. */
  options?: Record<string, string>;
  /** Price in the store's base currency (major units as a decimal string). */
  price: { amount: string; currency: string };
  weightKg: string | number;
  dimensionsCm?: { length: string | number; width: string | number; height: string | number };
  barcode?: string;
};
