import { sql } from 'drizzle-orm';
import { char, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Reference data imported from official files by `landfall data import <kind>`. Every fact row
// names the import run that last wrote it (which file, its SHA-256, when) and carries a `source`
// text naming the official dataset, so any figure the engine uses can be traced to its origin.
// Rates are stored as the text the source prints (`6.0%`, `37.5¢/kg + 14.9%`, `1.1252`), never as
// floats: parsing them into exact decimals is the core's job.

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
};

/** One run of `landfall data import`: what was read, from where, and what came of it. */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** The path or URL as given. */
    source: text('source').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    byteSize: integer('byte_size').notNull(),
    /** Options that shaped the facts: edition, effective date, detected format. */
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    /** running (also what a killed process leaves behind), succeeded, or failed (with `failure`). */
    status: text('status').notNull().default('running'),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    rowsRead: integer('rows_read').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** The first rejected records: [{ line, field, message }]. */
    errors: jsonb('errors').$type<Array<{ line: number; field?: string; message: string }>>().notNull().default([]),
    failure: text('failure'),
  },
  (t) => [
    check('import_runs_kind', sql`${t.kind} in ('hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb', 'indicators')`),
    check('import_runs_status', sql`${t.status} in ('running', 'succeeded', 'failed')`),
    check('import_runs_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    index('import_runs_kind_started_idx').on(t.kind, t.startedAt),
  ],
);

// No index on import_run_id: runs are never deleted, and "which facts came from run X" is an
// audit query that can afford a scan, while every import pays for each index on 200,000 rows.
const importRunId = () =>
  uuid('import_run_id')
    .notNull()
    .references(() => importRuns.id);

/** HS chapters (2 digits), headings (4) and subheadings (6) of one HS edition. */
export const hsNomenclature = pgTable(
  'hs_nomenclature',
  {
    edition: text('edition').notNull(),
    code: text('code').notNull(),
    level: smallint('level').notNull(),
    parent: text('parent'),
    section: text('section'),
    description: text('description').notNull(),
    source: text('source').notNull(),
    importRunId: importRunId(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.edition, t.code] }),
    check('hs_nomenclature_edition', sql`${t.edition} ~ '^HS[0-9]{4}$'`),
    check('hs_nomenclature_code', sql`${t.code} ~ '^[0-9]+$' and char_length(${t.code}) = ${t.level}`),
    check('hs_nomenclature_level', sql`${t.level} in (2, 4, 6)`),
  ],
);

/** A territory's own goods nomenclature below HS6 (the UK's 10-digit commodity codes). */
export const nationalNomenclature = pgTable(
  'national_nomenclature',
  {
    territory: char('territory', { length: 2 }).notNull(),
    code: text('code').notNull(),
    /** Product-line suffix: 80 for real codes, 10, 20, ... for grouping headers. */
    suffix: char('suffix', { length: 2 }).notNull(),
    sid: integer('sid'),
    description: text('description').notNull(),
    parentCode: text('parent_code'),
    parentSuffix: char('parent_suffix', { length: 2 }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** As published (the UK writes the last day of validity); null when open-ended. */
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
    importRunId: importRunId(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.territory, t.code, t.suffix, t.validFrom] }),
    check('national_nomenclature_territory', sql`${t.territory} ~ '^[A-Z]{2}$'`),
    check('national_nomenclature_code', sql`${t.code} ~ '^[0-9]{4,14}$'`),
    check('national_nomenclature_validity', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * The MFN (most-favoured-nation, "general") import duty on one tariff line of a territory, from a
 * date, as the tariff writes it. Lookups take the line with the longest matching code and the
 * latest `effective_from` on or before the date.
 */
export const tariffLines = pgTable(
  'tariff_lines',
  {
    territory: char('territory', { length: 2 }).notNull(),
    /** Digits only: `09012100`, `6109100010` (the US dots are dropped). */
    code: text('code').notNull(),
    description: text('description').notNull(),
    /** The MFN rate exactly as printed: `6.0%`, `£20.00/100kg`, `Free`, `37.5¢/kg + 14.9%`. */
    mfnRate: text('mfn_rate').notNull(),
    /** Preferential rates with programme codes as printed (US column 1 Special); null when none. */
    specialRate: text('special_rate'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    source: text('source').notNull(),
    importRunId: importRunId(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.territory, t.code, t.effectiveFrom] }),
    check('tariff_lines_territory', sql`${t.territory} ~ '^[A-Z]{2}$'`),
    check('tariff_lines_code', sql`${t.code} ~ '^[0-9]{4,14}$'`),
    check('tariff_lines_rate', sql`char_length(btrim(${t.mfnRate})) > 0`),
    check('tariff_lines_effective', sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`),
  ],
);

/** Published reference exchange rates: 1 `base` = `rate` `quote` on `rate_date`. */
export const fxRates = pgTable(
  'fx_rates',
  {
    /** Publisher code: `ECB`. */
    source: text('source').notNull(),
    base: char('base', { length: 3 }).notNull(),
    quote: char('quote', { length: 3 }).notNull(),
    rateDate: date('rate_date', { mode: 'string' }).notNull(),
    /** The rate exactly as published, a plain positive decimal string (`1.1252`). */
    rate: text('rate').notNull(),
    importRunId: importRunId(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.source, t.base, t.quote, t.rateDate] }),
    check('fx_rates_currencies', sql`${t.base} ~ '^[A-Z]{3}$' and ${t.quote} ~ '^[A-Z]{3}$' and ${t.base} <> ${t.quote}`),
    check('fx_rates_rate', sql`${t.rate} ~ '^(0|[1-9][0-9]*)(\\.[0-9]+)?$' and ${t.rate}::numeric > 0`),
  ],
);
