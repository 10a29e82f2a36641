import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * One imported edition of a denied-party list (`landfall data import sanctions <kind> ...`). A new
 * edition is written whole and made the active one of its kind in the same transaction; a file with
 * any bad record is refused and the previous edition stays active. Editions are kept, so that
 * every screening can say which ones it was run against.
 */
export const sanctionsEditions = pgTable(
  'sanctions_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** The publication or generation date the file states, when it states one. */
    edition: text('edition'),
    source: text('source').notNull(),
    sha256: text('sha256').notNull(),
    entries: integer('entries').notNull(),
    names: integer('names').notNull(),
    active: boolean('active').notNull().default(false),
    importedAt: at('imported_at').notNull().defaultNow(),
  },
  (t) => [
    check('sanctions_editions_kind', sql`${t.kind} in ('csl', 'ofac-sdn', 'ofac-non-sdn', 'un', 'eu', 'uk')`),
    uniqueIndex('sanctions_editions_active_idx').on(t.kind).where(sql`${t.active}`),
  ],
);

/** A listed party of one edition: names and aliases, type, countries, programmes. */
export const sanctionsEntries = pgTable(
  'sanctions_entries',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => sanctionsEditions.id, { onDelete: 'cascade' }),
    list: text('list').notNull(),
    entryId: text('entry_id').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    aliases: jsonb('aliases').$type<{ name: string; quality: 'strong' | 'weak' }[]>().notNull(),
    countries: jsonb('countries').$type<string[]>().notNull(),
    addresses: jsonb('addresses').$type<string[]>().notNull(),
    programs: jsonb('programs').$type<string[]>().notNull(),
    remarks: text('remarks'),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.list, t.entryId] })],
);

/** A screening made on demand or at checkout: the query, the decision, the matches and the editions it ran against. */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: at('at').notNull().defaultNow(),
    source: text('source').notNull(),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    decision: text('decision').notNull(),
    matches: jsonb('matches').$type<unknown[]>().notNull(),
    editions: jsonb('editions').$type<{ kind: string; id: string; edition: string | null }[]>().notNull(),
    reference: text('reference'),
  },
  (t) => [
    check('screenings_decision', sql`${t.decision} in ('clear', 'potential_match', 'match')`),
    index('screenings_at_idx').on(t.at),
    // The history filtered by decision, newest first (matches are rare: without it a page scans the time index far back).
    index('screenings_decision_at_idx').on(t.decision, t.at, t.id),
    // The screenings of one order or API reference.
    index('screenings_reference_idx').on(t.reference).where(sql`${t.reference} is not null`),
  ],
);

/**
 * The merchant's tax and customs registrations (EORI, IOSS, EU OSS, UK VAT, AU GST, NZ GST, NO VOEC,
 * SG OVR, CH VAT, US state sales tax permits): the number as validated, and the dates it is valid. The
 * landed-cost quotes of checkout use the registrations valid on the quote's date.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheme: text('scheme').notNull(),
    number: text('number').notNull(),
    /** US state for a sales tax permit. */
    region: text('region'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('registrations_scheme_number_idx').on(t.scheme, t.number), check('registrations_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`)],
);

/**
 * Licences and certificates the merchant holds for a restricted-goods rule (see
 * src/data/compliance/restricted-goods.ts) in a destination: a country, or the group the rule
 * names (`EU`). A restricted line to that destination is then allowed and names the licence.
 */
export const goodsLicences = pgTable(
  'goods_licences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rule: text('rule').notNull(),
    destination: text('destination').notNull(),
    reference: text('reference').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('goods_licences_rule_destination_reference_idx').on(t.rule, t.destination, t.reference),
    check('goods_licences_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('goods_licences_destination', sql`${t.destination} ~ '^([A-Z]{2}|EU|\\*)$'`),
  ],
);
