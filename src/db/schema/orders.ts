import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { variants } from './catalog.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A postal address as carts and orders keep it. */
export type AddressRecord = { name: string; lines: string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };

/**
 * A buyer's cart in one market (and so one currency), shipping to one country. `version` goes up
 * with every change (it is the cart's ETag); `expires_at` moves forward with every change and a cart
 * past it can no longer be changed or checked out. `status` becomes `ordered` when its checkout
 * creates the order (one order per cart: orders.cart_id is unique).
 */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    market: text('market').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    country: char('country', { length: 2 }).notNull(),
    locale: text('locale'),
    email: text('email'),
    address: jsonb('address').$type<AddressRecord>(),
    discountCode: text('discount_code'),
    /** The delivery option the buyer picked (an option id from the cart's quote); null: the cheapest. */
    deliveryOption: text('delivery_option'),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('carts_status', sql`${t.status} in ('open', 'ordered')`), check('carts_country', sql`${t.country} ~ '^[A-Z]{2}$'`), index('carts_expiry_idx').on(t.expiresAt)],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.variantId] }), check('cart_lines_quantity', sql`${t.quantity} between 1 and 999`)],
);

/**
 * A discount code: a percentage or a fixed amount off the goods, for one market or all, between two
 * dates, optionally above a minimum subtotal and up to a number of orders.
 */
export const discountCodes = pgTable(
  'discount_codes',
  {
    code: text('code').primaryKey(),
    market: text('market'),
    kind: text('kind').notNull(),
    /** Percent off as a decimal string ("12.5"), for percentage codes. */
    percent: text('percent'),
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    currency: char('currency', { length: 3 }),
    minSubtotalMinor: bigint('min_subtotal_minor', { mode: 'number' }),
    minSubtotalCurrency: char('min_subtotal_currency', { length: 3 }),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    maxRedemptions: integer('max_redemptions'),
    redemptions: integer('redemptions').notNull().default(0),
    active: boolean('active').notNull().default(true),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('discount_codes_kind', sql`(${t.kind} = 'percentage' and ${t.percent} is not null and ${t.amountMinor} is null) or (${t.kind} = 'fixed' and ${t.amountMinor} > 0 and ${t.currency} is not null and ${t.percent} is null)`),
    check('discount_codes_redemptions', sql`${t.redemptions} >= 0 and (${t.maxRedemptions} is null or ${t.redemptions} <= ${t.maxRedemptions})`),
  ],
);

/** Order numbers: LF- followed by this sequence and a check digit. */
export const orderNumberSequence = pgSequence('order_number_seq', { startWith: 10001, increment: 1 });

/**
 * An order: what the buyer agreed to pay at checkout, frozen. Amounts are minor units of `currency`
 * (the market's). `goods_minor` is the goods as the buyer saw them priced (tax included where the
 * market shows tax-inclusive prices, `taxes_included_minor` of it), before `discount_minor`;
 * `total_minor` is what was charged at checkout and `due_on_delivery_minor` what the buyer still
 * pays the carrier (DAP). `quote` keeps the whole landed-cost answer per shipment, the rates and
 * the rules version it was made with. The reservation holding its stock has the order id as reference.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    cartId: uuid('cart_id').unique(),
    /** The key of the checkout request that placed the order (derived from its Idempotency-Key): a re-run of that request answers this order. */
    checkoutKey: text('checkout_key'),
    market: text('market').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    country: char('country', { length: 2 }).notNull(),
    locale: text('locale'),
    email: text('email').notNull(),
    address: jsonb('address').$type<AddressRecord>().notNull(),
    incoterm: text('incoterm').notNull(),
    status: text('status').notNull(),
    goodsMinor: bigint('goods_minor', { mode: 'number' }).notNull(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull(),
    shippingMinor: bigint('shipping_minor', { mode: 'number' }).notNull(),
    dutiesMinor: bigint('duties_minor', { mode: 'number' }).notNull(),
    taxesMinor: bigint('taxes_minor', { mode: 'number' }).notNull(),
    taxesIncludedMinor: bigint('taxes_included_minor', { mode: 'number' }).notNull(),
    feesMinor: bigint('fees_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    dueOnDeliveryMinor: bigint('due_on_delivery_minor', { mode: 'number' }).notNull(),
    capturedMinor: bigint('captured_minor', { mode: 'number' }).notNull().default(0),
    refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull().default(0),
    discountCode: text('discount_code'),
    paymentMethod: text('payment_method'),
    rulesVersion: text('rules_version').notNull(),
    quote: jsonb('quote').$type<Record<string, unknown>>().notNull(),
    /** Why paid stock could not be taken from the reservation (it expired and the stock was sold). */
    stockHold: text('stock_hold'),
    cancelReason: text('cancel_reason'),
    /** The risk assessment made at checkout, and where the order stands with it (see src/services/risk). */
    riskAssessmentId: uuid('risk_assessment_id'),
    riskStatus: text('risk_status'),
    /**
     * Where the order was placed: `storefront` (Landfall's own checkout), a marketplace's id
     * (`amazon`, `ebay`, ...) for an imported order, or `b2b` for a distributor's order from a quote.
     * `channel_order_id` is the marketplace's own order id (unique per channel: a re-import finds it).
     */
    salesChannel: text('sales_channel').notNull().default('storefront'),
    channelOrderId: text('channel_order_id'),
    /** A distributor's order: the company, the quote it came from and its payment terms (`payment_due_on` for net terms). */
    companyId: uuid('company_id'),
    quoteId: uuid('quote_id'),
    paymentTerms: text('payment_terms'),
    paymentDueOn: date('payment_due_on', { mode: 'string' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    paidAt: at('paid_at'),
    cancelledAt: at('cancelled_at'),
  },
  (t) => [
    check(
      'orders_status',
      sql`${t.status} in ('pending_payment', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded', 'partially_refunded')`,
    ),
    check('orders_risk_status', sql`${t.riskStatus} is null or ${t.riskStatus} in ('approved', 'challenge', 'review', 'released', 'declined', 'unassessed')`),
    check('orders_incoterm', sql`${t.incoterm} in ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')`),
    check('orders_sales_channel', sql`${t.salesChannel} ~ '^[a-z][a-z0-9_-]{1,31}$'`),
    check('orders_payment_terms', sql`${t.paymentTerms} is null or ${t.paymentTerms} in ('prepayment', 'net_30', 'net_60')`),
    uniqueIndex('orders_channel_order_idx').on(t.salesChannel, t.channelOrderId).where(sql`${t.channelOrderId} is not null`),
    index('orders_company_idx').on(t.companyId, t.createdAt).where(sql`${t.companyId} is not null`),
    check('orders_amounts', sql`${t.totalMinor} >= 0 and ${t.capturedMinor} >= 0 and ${t.refundedMinor} between 0 and ${t.capturedMinor}`),
    index('orders_created_idx').on(t.createdAt, t.id),
    index('orders_email_idx').on(t.email),
    index('orders_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending_payment'`),
  ],
);

/** One line of an order as it was bought: price, discount, duties and taxes, and where it ships from. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull(),
    /** unit price x quantity - discount: what the buyer paid for the goods of this line. */
    goodsMinor: bigint('goods_minor', { mode: 'number' }).notNull(),
    taxIncludedMinor: bigint('tax_included_minor', { mode: 'number' }).notNull(),
    dutiesMinor: bigint('duties_minor', { mode: 'number' }).notNull(),
    taxesMinor: bigint('taxes_minor', { mode: 'number' }).notNull(),
    taxScheme: text('tax_scheme'),
    hsCode: text('hs_code'),
    originCountry: char('origin_country', { length: 2 }),
    weightG: integer('weight_g').notNull(),
    warehouse: text('warehouse').notNull(),
    refundedQuantity: integer('refunded_quantity').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.position] }),
    check('order_lines_quantity', sql`${t.quantity} > 0 and ${t.refundedQuantity} between 0 and ${t.quantity}`),
  ],
);

/**
 * A parcel of an order from one warehouse, as routing planned it at checkout: `planned` until the
 * warehouse ships it with a tracking number, then `shipped` and `delivered`. With a carrier label
 * (src/db/schema/fulfillment.ts) it is `labelled` (tracking number known, not yet collected) before
 * `shipped`, and `returned` when the carrier brought it back to the sender.
 */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    warehouse: text('warehouse').notNull(),
    service: text('service').notNull(),
    carrier: text('carrier').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('planned'),
    trackingNumber: text('tracking_number'),
    lines: jsonb('lines').$type<Array<{ sku: string; quantity: number }>>().notNull(),
    shippingMinor: bigint('shipping_minor', { mode: 'number' }).notNull(),
    dutiesMinor: bigint('duties_minor', { mode: 'number' }).notNull(),
    taxesMinor: bigint('taxes_minor', { mode: 'number' }).notNull(),
    feesMinor: bigint('fees_minor', { mode: 'number' }).notNull(),
    minDays: integer('min_days').notNull(),
    maxDays: integer('max_days').notNull(),
    shippedAt: at('shipped_at'),
    deliveredAt: at('delivered_at'),
  },
  (t) => [
    check('shipments_status', sql`${t.status} in ('planned', 'labelled', 'shipped', 'delivered', 'returned')`),
    check('shipments_tracking', sql`${t.status} = 'planned' or ${t.trackingNumber} is not null`),
    uniqueIndex('shipments_order_position_idx').on(t.orderId, t.position),
  ],
);

/** A refund of an order: which lines and parts (goods, shipping, duties, taxes, fees) and the payment refund that paid it. */
export const orderRefunds = pgTable(
  'order_refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    paymentRefundId: uuid('payment_refund_id'),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    parts: jsonb('parts').$type<Record<string, number>>().notNull(),
    lines: jsonb('lines').$type<Array<{ sku: string; quantity: number }>>().notNull(),
    notRefunded: jsonb('not_refunded').$type<Array<Record<string, unknown>>>().notNull(),
    reason: text('reason'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [check('order_refunds_amount', sql`${t.amountMinor} > 0`), index('order_refunds_order_idx').on(t.orderId)],
);
