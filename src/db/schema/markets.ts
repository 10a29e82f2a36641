import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Markets: where the merchant sells under one set of terms (countries, currency, languages, Incoterm,
 * tax-inclusive display, payment methods, price rules). `pricing` holds the price rules as written:
 * { fxMarkupPercent: "2", rounding: { increment: 5, mode: "half-up" }, charm?: {...} } with
 * decimals as strings, checked by the service that writes it.
 */
export const markets = pgTable(
  'markets',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    countries: text('countries').array().notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    locales: text('locales').array().notNull(),
    incoterm: text('incoterm').notNull(),
    taxInclusive: boolean('tax_inclusive').notNull(),
    /** With DDP: whether the estimated duty is included in shown prices too (not only the tax). */
    dutiesIncluded: boolean('duties_included').notNull().default(false),
    paymentMethods: text('payment_methods').array().notNull(),
    pricing: jsonb('pricing').$type<Record<string, unknown>>().notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('markets_id', sql`${t.id} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`),
    check('markets_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('markets_incoterm', sql`${t.incoterm} in ('DDP', 'DAP')`),
    check('markets_countries', sql`cardinality(${t.countries}) > 0`),
    check('markets_locales', sql`cardinality(${t.locales}) > 0`),
  ],
);

/**
 * Prices set by hand for a market and a variant (by SKU), overriding the converted price between two
 * dates (`effective_to` exclusive, null for open-ended). Amounts in minor units of `currency`.
 */
export const priceListEntries = pgTable(
  'price_list_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    marketId: text('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('price_list_amount', sql`${t.amountMinor} >= 0`),
    check('price_list_dates', sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`),
    index('price_list_market_sku_idx').on(t.marketId, t.sku, t.effectiveFrom),
  ],
);
