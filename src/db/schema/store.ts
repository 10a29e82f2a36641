import { sql } from 'drizzle-orm';
import { char, check, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The merchant's store: one row, the settings every other module reads. */
export const storeSettings = pgTable(
  'store_settings',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    baseCurrency: char('base_currency', { length: 3 }).notNull(),
    defaultLocale: text('default_locale').notNull(),
    originCountry: char('origin_country', { length: 2 }).notNull(),
    /** The store's own bank account, which distributors pay into by transfer (IBAN and BIC checked when written). */
    bankAccountHolder: text('bank_account_holder'),
    bankIban: text('bank_iban'),
    bankBic: text('bank_bic'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('store_settings_single_row', sql`${t.id} = 1`),
    check('store_settings_currency_format', sql`${t.baseCurrency} ~ '^[A-Z]{3}$'`),
    check('store_settings_country_format', sql`${t.originCountry} ~ '^[A-Z]{2}$'`),
  ],
);

/** Seed steps already applied, so `landfall seed` and first start are safe to re-run. */
export const seedSteps = pgTable('seed_steps', {
  name: text('name').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
