import { canonicalLocale } from '../../../core/catalog/locale-tag.js';

/**
 * The columns of a catalog CSV: one row per variant, the product's columns repeated on each of its
 * rows (or left empty after the first). Names are matched without regard to case.
 */
export const CSV_PRODUCT_COLUMNS = ['handle', 'status', 'hs_code', 'origin_country', 'material', 'categories', 'tags', 'image_urls'] as const;
export const CSV_VARIANT_COLUMNS = ['sku', 'price', 'currency', 'weight_kg', 'length_cm', 'width_cm', 'height_cm', 'barcode'] as const;
export const CSV_REQUIRED_COLUMNS = ['handle', 'hs_code', 'origin_country', 'title_en', 'sku', 'price', 'currency', 'weight_kg'] as const;

/** What a column holds. Product columns must agree across a product's rows; variant columns are per row. */
export type CsvColumn =
  | { level: 'product'; kind: 'field'; name: (typeof CSV_PRODUCT_COLUMNS)[number] }
  | { level: 'product'; kind: 'title' | 'description' | 'customsDescription'; locale: string }
  | { level: 'product'; kind: 'nationalCode'; territory: string }
  | { level: 'variant'; kind: 'field'; name: (typeof CSV_VARIANT_COLUMNS)[number] }
  | { level: 'variant'; kind: 'option'; option: string };

/**
 * Classify a header cell, or say why it is not a catalog column.
 * @example classifyColumn('title_zh-hans') // { level: 'product', kind: 'title', locale: 'zh-Hans' }
 * @example classifyColumn('option_Size')   // { level: 'variant', kind: 'option', option: 'Size' }
 */
export function classifyColumn(header: string): CsvColumn | { error: string } {
  const lower = header.toLowerCase();
  if ((CSV_PRODUCT_COLUMNS as readonly string[]).includes(lower)) return { level: 'product', kind: 'field', name: lower as (typeof CSV_PRODUCT_COLUMNS)[number] };
  if ((CSV_VARIANT_COLUMNS as readonly string[]).includes(lower)) return { level: 'variant', kind: 'field', name: lower as (typeof CSV_VARIANT_COLUMNS)[number] };
  for (const [prefix, kind] of [['customs_description_', 'customsDescription'], ['description_', 'description'], ['title_', 'title']] as const) {
    if (!lower.startsWith(prefix)) continue;
    const tag = header.slice(prefix.length);
    const locale = canonicalLocale(tag);
    return locale ? { level: 'product', kind, locale } : { error: `${JSON.stringify(tag)} is not a locale tag (write ${prefix}en, ${prefix}de, ${prefix}zh-Hans)` };
  }
  if (lower.startsWith('national_code_')) {
    const territory = header.slice('national_code_'.length).toUpperCase();
    return /^[A-Z]{2}$/.test(territory) ? { level: 'product', kind: 'nationalCode', territory } : { error: 'the territory must be a 2-letter country code or EU (national_code_us, national_code_eu)' };
  }
  if (lower.startsWith('option_')) {
    const option = header.slice('option_'.length).trim();
    return option !== '' ? { level: 'variant', kind: 'option', option } : { error: 'an option column needs a name (option_size)' };
  }
  return { error: 'is not a catalog column' };
}

/** For --help and the README: every column, what it holds, an example. */
export const CSV_COLUMNS_HELP = `Columns (one row per variant; header names are case-insensitive; required ones marked *):
  Product columns, repeated on each row of the product or left empty after its first row:
    handle*                  URL slug that identifies the product: robusta-beans-500g
    status                   draft, active or archived (default active)
    hs_code*                 HS subheading, 6 digits: 090111 or 0901.11
    origin_country*          ISO country of origin: VN
    material                 100% Robusta coffee
    categories, tags         slugs joined by "|": coffee|beans
    image_urls               http(s) URLs joined by "|"
    title_<locale>           title in that locale; title_en* is required: title_en, title_de, title_zh-Hans
    description_<locale>     description (up to 5,000 characters)
    customs_description_<locale>  plain words for customs documents (up to 200)
    national_code_<territory>     8-10 digit national code: national_code_us, national_code_eu, national_code_gb
  Variant columns:
    sku*                     unique across the catalog: letters, digits, . _ - (up to 64)
    option_<name>            option value, e.g. option_size = 500 g, option_colour = indigo
    price*, currency*        decimal price in the store's base currency: 12.50, USD
    weight_kg*               shipping weight, up to 3 decimals: 0.525
    length_cm, width_cm, height_cm   all three or none, up to 1 decimal
    barcode                  GTIN/EAN/UPC (check digit verified) or another code`;
