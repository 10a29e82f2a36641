import { sql } from 'drizzle-orm';
import { check, char, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { variants } from './catalog.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Where stock is kept and shipped from: a country, a postal address ({ lines, city, postalCode,
 * region? }) and the markets it serves (market ids; an empty list serves none).
 */
export const warehouses = pgTable(
  'warehouses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    country: char('country', { length: 2 }).notNull(),
    address: jsonb('address').$type<{ lines: string[]; city: string; postalCode: string; region?: string }>().notNull(),
    markets: text('markets').array().notNull(),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('warehouses_code', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`), check('warehouses_country', sql`${t.country} ~ '^[A-Z]{2}$'`)],
);

/**
 * Stock of one variant in one warehouse. `reserved` is held by active checkouts; what can be sold
 * is on_hand - reserved, and the database refuses any change that would make it negative.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id, { onDelete: 'restrict' }),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.warehouseId] }),
    check('stock_levels_on_hand', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
    index('stock_levels_warehouse_idx').on(t.warehouseId),
  ],
);

/**
 * Every change of on-hand stock, kept for good (the SKU is copied so the record outlives the
 * variant): receipts, adjustments (signed), sales (negative, from converted reservations) and returns.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    sku: text('sku').notNull(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    quantity: integer('quantity').notNull(),
    onHandAfter: integer('on_hand_after').notNull(),
    reason: text('reason'),
    /** What caused it: an order number, a purchase order, a reservation id. */
    reference: text('reference'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('stock_movements_kind', sql`${t.kind} in ('receipt', 'adjustment', 'sale', 'return')`),
    check('stock_movements_quantity', sql`${t.quantity} <> 0`),
    check('stock_movements_sign', sql`(${t.kind} in ('receipt', 'return') and ${t.quantity} > 0) or (${t.kind} = 'sale' and ${t.quantity} < 0) or ${t.kind} = 'adjustment'`),
    index('stock_movements_variant_idx').on(t.variantId, t.warehouseId, t.createdAt),
    index('stock_movements_created_idx').on(t.createdAt, t.id),
  ],
);

/**
 * Stock held for one checkout (`reference`, e.g. the cart id) until it expires, is released, or is
 * converted into sales when the order is paid.
 */
export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    status: text('status').notNull().default('active'),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    endedAt: at('ended_at'),
  },
  (t) => [
    check('reservations_status', sql`${t.status} in ('active', 'released', 'expired', 'converted')`),
    check('reservations_ended', sql`(${t.status} = 'active') = (${t.endedAt} is null)`),
    uniqueIndex('reservations_active_reference_idx').on(t.reference).where(sql`${t.status} = 'active'`),
    index('reservations_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'active'`),
  ],
);

export const reservationLines = pgTable(
  'reservation_lines',
  {
    reservationId: uuid('reservation_id')
      .notNull()
      .references(() => reservations.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reservationId, t.variantId, t.warehouseId] }), check('reservation_lines_quantity', sql`${t.quantity} > 0`)],
);
