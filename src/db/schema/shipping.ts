import { sql } from 'drizzle-orm';
import { char, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { warehouses } from './inventory.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A carrier's service (e.g. a postal economy service, an express courier), and its customs channel. */
export const shippingServices = pgTable(
  'shipping_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    carrier: text('carrier').notNull(),
    name: text('name').notNull(),
    /** postal or courier: which landed-cost rules (de minimis, fees) apply to its parcels. */
    channel: text('channel').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('shipping_services_code', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`), check('shipping_services_channel', sql`${t.channel} in ('postal', 'courier')`)],
);

/**
 * A service's prices from one warehouse between two dates (`effective_to` exclusive, null for
 * open-ended), with its source. `card` is the rate card as validated by the core (zones by
 * destination country with transit days, weight breaks per zone in minor units of `currency`,
 * volumetric divisor, fuel surcharge, remote-area surcharges by postal-code range).
 */
export const rateCards = pgTable(
  'rate_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => shippingServices.id, { onDelete: 'cascade' }),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id, { onDelete: 'cascade' }),
    currency: char('currency', { length: 3 }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    source: text('source').notNull(),
    card: jsonb('card').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('rate_cards_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('rate_cards_dates', sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`),
    uniqueIndex('rate_cards_service_warehouse_from_idx').on(t.serviceId, t.warehouseId, t.effectiveFrom),
    index('rate_cards_warehouse_idx').on(t.warehouseId),
  ],
);
