import { sql, type SQL } from 'drizzle-orm';
import { bigint, char, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The catalog: products, their text per locale, their national customs codes, and their variants
 * (the SKUs that are sold). Money is integer minor units with its currency; weight whole grams;
 * dimensions whole millimetres. Core validation (validateProductInput) is the main guard; the checks
 * here keep the table honest against any other writer.
 */

/** A PostgreSQL text search configuration (stored as its OID, compared by name). */
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });
/** A text search document; written by PostgreSQL only (generated column), never by the application. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
};

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handle: text('handle').notNull().unique(),
    status: text('status').notNull().default('draft'),
    hsCode: char('hs_code', { length: 6 }).notNull(),
    originCountry: char('origin_country', { length: 2 }).notNull(),
    material: text('material'),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** [{ url, alt }] in display order. */
    images: jsonb('images').$type<Array<{ url: string; alt: string | null }>>().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    check('products_handle', sql`${t.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${t.handle}) <= 100`),
    check('products_status', sql`${t.status} in ('draft', 'active', 'archived')`),
    check('products_hs_code', sql`${t.hsCode} ~ '^[0-9]{6}$'`),
    check('products_origin_country', sql`${t.originCountry} ~ '^[A-Z]{2}$'`),
    check('products_images', sql`jsonb_typeof(${t.images}) = 'array'`),
    // Keyset pagination, newest first, optionally within a status.
    index('products_created_idx').on(t.createdAt, t.id),
    index('products_status_created_idx').on(t.status, t.createdAt, t.id),
    index('products_categories_idx').using('gin', t.categories),
    index('products_tags_idx').using('gin', t.tags),
  ],
);

/**
 * A product's text in one locale. `search` is built by PostgreSQL from the text with the locale's
 * text search configuration (`search_config`, chosen by textSearchConfigFor: english, german,
 * french, ... or simple), weighted title A, customs description B, description C; `search_extra`
 * holds the character n-grams of CJK text (cjkIndexTerms), which no PostgreSQL parser segments.
 */
export const productTranslations = pgTable(
  'product_translations',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    customsDescription: text('customs_description'),
    searchConfig: regconfig('search_config').notNull(),
    searchExtra: text('search_extra').notNull().default(''),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector(${productTranslations.searchConfig}, ${productTranslations.title}), 'A') || setweight(to_tsvector(${productTranslations.searchConfig}, coalesce(${productTranslations.customsDescription}, '')), 'B') || setweight(to_tsvector(${productTranslations.searchConfig}, coalesce(${productTranslations.description}, '')), 'C') || setweight(to_tsvector('simple'::regconfig, ${productTranslations.searchExtra}), 'D')`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    check('product_translations_locale', sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' and char_length(${t.locale}) <= 35`),
    check('product_translations_title', sql`char_length(${t.title}) between 1 and 200`),
    check('product_translations_description', sql`char_length(${t.description}) <= 5000`),
    check('product_translations_customs', sql`char_length(${t.customsDescription}) <= 200`),
    index('product_translations_search_idx').using('gin', t.search),
    index('product_translations_locale_idx').on(t.locale, t.productId),
  ],
);

/** National tariff codes (8 to 10 digits) of a product by customs territory (a country or EU). */
export const productNationalCodes = pgTable(
  'product_national_codes',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    territory: char('territory', { length: 2 }).notNull(),
    code: text('code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.territory] }),
    check('product_national_codes_territory', sql`${t.territory} ~ '^[A-Z]{2}$'`),
    check('product_national_codes_code', sql`${t.code} ~ '^[0-9]{8,10}$'`),
  ],
);

/** What is sold: one SKU of a product, unique across the catalog; imports upsert by it. */
export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    /** Option name -> value, e.g. {"size": "500 g"}. */
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    weightG: integer('weight_g').notNull(),
    lengthMm: integer('length_mm'),
    widthMm: integer('width_mm'),
    heightMm: integer('height_mm'),
    barcode: text('barcode'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check('variants_sku', sql`${t.sku} ~ '^[A-Za-z0-9._-]{1,64}$'`),
    check('variants_price', sql`${t.priceMinor} >= 0`),
    check('variants_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('variants_weight', sql`${t.weightG} between 1 and 1000000`),
    check(
      'variants_dimensions',
      sql`(${t.lengthMm} is null and ${t.widthMm} is null and ${t.heightMm} is null) or (${t.lengthMm} > 0 and ${t.widthMm} > 0 and ${t.heightMm} > 0)`,
    ),
    check('variants_options', sql`jsonb_typeof(${t.options}) = 'object'`),
    index('variants_product_idx').on(t.productId, t.position),
  ],
);
