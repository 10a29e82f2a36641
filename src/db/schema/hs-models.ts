import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * HS classification models built by `landfall hs train`: the serialized index, where it was built
 * from (sources and their SHA-256) and how much. The newest active model answers classifications;
 * merchant confirmations are kept apart (hs_confirmations) so that a retrain keeps them.
 */
export const hsModels = pgTable(
  'hs_models',
  {
  id: uuid('id').primaryKey().defaultRandom(),
  version: text('version').notNull(),
  nomenclatureSource: text('nomenclature_source').notNull(),
  nomenclatureSha256: text('nomenclature_sha256').notNull(),
  examplesSource: text('examples_source'),
  examplesSha256: text('examples_sha256'),
  codes: integer('codes').notNull(),
  examples: integer('examples').notNull(),
  model: jsonb('model').$type<unknown>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('hs_models_active_created_idx').on(t.active, t.createdAt)],
);

/** HS codes a merchant confirmed for a product text: they take precedence and improve later answers. */
export const hsConfirmations = pgTable(
  'hs_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    text: text('text').notNull(),
    hs6: text('hs6').notNull(),
    productId: uuid('product_id'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [check('hs_confirmations_hs6', sql`${t.hs6} ~ '^[0-9]{6}$'`), check('hs_confirmations_text', sql`char_length(${t.text}) between 1 and 2000`), index('hs_confirmations_created_idx').on(t.createdAt)],
);
