import { sql } from 'drizzle-orm';
import { char, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Country indicators for market selection, imported from official files (`landfall data import
 * indicators FILE`): one series per indicator (World Bank WDI code, ITU series, LPI component, a
 * merchant's own), with its publisher and edition.
 */
export const indicatorSeries = pgTable('indicator_series', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  source: text('source').notNull(),
  importRunId: uuid('import_run_id'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** One value of a series for a country and year, as published (`value_text`) and as a number. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    seriesId: text('series_id')
      .notNull()
      .references(() => indicatorSeries.id, { onDelete: 'cascade' }),
    country: char('country', { length: 2 }).notNull(),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    valueText: text('value_text').notNull(),
    importRunId: uuid('import_run_id'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.country, t.year] }),
    check('indicator_values_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('indicator_values_year', sql`${t.year} between 1900 and 2100`),
    index('indicator_values_country_idx').on(t.country),
  ],
);

/** The merchant's market-scoring profile: indicators with weights and directions, normalization, missing-value policy. */
export const marketScoringProfiles = pgTable('market_scoring_profiles', {
  id: text('id').primaryKey(),
  config: jsonb('config').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
