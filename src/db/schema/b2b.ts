import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { variants } from './catalog.js';
import { orders, type AddressRecord } from './orders.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A wholesale price list: unit prices by quantity tier and minimum order quantities, in one currency,
 * between two dates (`valid_to` exclusive, null for open-ended). Companies buy from the list they are given.
 */
export const wholesalePriceLists = pgTable(
  'wholesale_price_lists',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('wholesale_price_lists_code', sql`${t.code} ~ '^[a-z0-9][a-z0-9_-]{0,39}$'`),
    check('wholesale_price_lists_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('wholesale_price_lists_dates', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

/**
 * One variant on a wholesale price list: its minimum order quantity, the multiple it is sold in, and
 * its tiers `[{ minQuantity, unitPriceMinor }]` (ascending minQuantity, the first at or below the MOQ;
 * checked by the service that writes them).
 */
export const wholesalePrices = pgTable(
  'wholesale_prices',
  {
    priceList: text('price_list')
      .notNull()
      .references(() => wholesalePriceLists.code, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    minOrderQuantity: integer('min_order_quantity').notNull().default(1),
    orderMultiple: integer('order_multiple').notNull().default(1),
    tiers: jsonb('tiers').$type<Array<{ minQuantity: number; unitPriceMinor: number }>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.priceList, t.variantId] }),
    check('wholesale_prices_moq', sql`${t.minOrderQuantity} between 1 and 1000000 and ${t.orderMultiple} between 1 and 100000`),
    check('wholesale_prices_tiers', sql`jsonb_typeof(${t.tiers}) = 'array' and jsonb_array_length(${t.tiers}) > 0`),
  ],
);

/**
 * A distributor's company account: legal name, country, VAT or other tax number and EORI number
 * (checked when written), the price list and payment terms it buys on, the address goods are
 * delivered to, and its bank details (IBAN and BIC, checked) for refunds and payments by transfer.
 */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    country: char('country', { length: 2 }).notNull(),
    taxNumber: text('tax_number'),
    eori: text('eori'),
    email: text('email').notNull(),
    address: jsonb('address').$type<AddressRecord>().notNull(),
    priceList: text('price_list').references(() => wholesalePriceLists.code, { onDelete: 'set null' }),
    paymentTerms: text('payment_terms').notNull().default('prepayment'),
    /** Credit allowed on net terms, in minor units of the price list's currency; null: no limit. */
    creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }),
    iban: text('iban'),
    bic: text('bic'),
    accountHolder: text('account_holder'),
    status: text('status').notNull().default('active'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('companies_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('companies_payment_terms', sql`${t.paymentTerms} in ('prepayment', 'net_30', 'net_60')`),
    check('companies_status', sql`${t.status} in ('active', 'suspended')`),
    check('companies_credit', sql`${t.creditLimitMinor} is null or ${t.creditLimitMinor} >= 0`),
    index('companies_name_idx').on(t.name),
  ],
);

/** A person who buys for a company; the email is unique across companies (it names the buyer). */
export const companyBuyers = pgTable(
  'company_buyers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    role: text('role').notNull().default('buyer'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('company_buyers_email_idx').on(sql`lower(${t.email})`), check('company_buyers_role', sql`${t.role} in ('buyer', 'approver')`)],
);

/** Quote numbers: Q- followed by this sequence. */
export const quoteNumberSequence = pgSequence('quote_number_seq', { startWith: 1001, increment: 1 });

/**
 * A quote for a distributor: lines priced from its price list, under one Incoterms 2020 rule, named
 * place and transport mode, with the cost split and the landed cost at the buyer's door frozen in
 * `calculation` when it was made. `draft` -> `sent` -> `accepted` -> `ordered`, or `expired` /
 * `cancelled`. Accepting it issues the pro forma invoice (`pro_forma_number`); the order it became is `order_id`.
 */
export const quotes = pgTable(
  'quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    buyerId: uuid('buyer_id').references(() => companyBuyers.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('draft'),
    incoterm: text('incoterm').notNull(),
    transportMode: text('transport_mode').notNull(),
    namedPlace: text('named_place').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    warehouse: text('warehouse').notNull(),
    lines: jsonb('lines').$type<Array<Record<string, unknown>>>().notNull(),
    calculation: jsonb('calculation').$type<Record<string, unknown>>().notNull(),
    goodsMinor: bigint('goods_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    proFormaNumber: text('pro_forma_number').unique(),
    proFormaIssuedAt: at('pro_forma_issued_at'),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    /**
     * The distributor's link to the quote: the SHA-256 of a random token sent to its buyer when the
     * quote is sent (a new send replaces it); who accepted it (`operator`, or the buyer's email).
     */
    buyerTokenHash: text('buyer_token_hash'),
    buyerLinkSentAt: at('buyer_link_sent_at'),
    acceptedBy: text('accepted_by'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('quotes_status', sql`${t.status} in ('draft', 'sent', 'accepted', 'ordered', 'expired', 'cancelled')`),
    check('quotes_incoterm', sql`${t.incoterm} in ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')`),
    check('quotes_transport_mode', sql`${t.transportMode} in ('sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal')`),
    check('quotes_amounts', sql`${t.goodsMinor} >= 0 and ${t.totalMinor} >= 0`),
    index('quotes_company_idx').on(t.companyId, t.createdAt),
    index('quotes_created_idx').on(t.createdAt, t.id),
  ],
);

/** A party on a transport document: name, address and contact as the carrier prints them. */
export type FreightParty = { name: string; address: AddressRecord; contact: string | null; taxNumber: string | null; eori: string | null };

/** Packages of a freight shipment: count, kind (UN/ECE Rec. 21 code), marks, description, gross weight and volume. */
export type FreightPackage = { count: number; kind: string; marks: string; description: string; grossWeightG: number; volumeCm3: number | null; hsCode: string | null };

/**
 * A freight shipment of an order: the data a bill of lading (sea), air waybill (air) or consignment
 * note (road, rail) needs. Ports are UN/LOCODEs (airports IATA codes for air), weights in grams. Its
 * parties and marks are carried into the order's customs documents.
 */
export const freightShipments = pgTable(
  'freight_shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    mode: text('mode').notNull(),
    documentKind: text('document_kind').notNull(),
    documentNumber: text('document_number'),
    carrier: text('carrier'),
    voyage: text('voyage'),
    shipper: jsonb('shipper').$type<FreightParty>().notNull(),
    consignee: jsonb('consignee').$type<FreightParty>().notNull(),
    notifyParty: jsonb('notify_party').$type<FreightParty>(),
    placeOfReceipt: text('place_of_receipt'),
    portOfLoading: text('port_of_loading').notNull(),
    portOfDischarge: text('port_of_discharge').notNull(),
    placeOfDelivery: text('place_of_delivery'),
    packages: jsonb('packages').$type<FreightPackage[]>().notNull(),
    grossWeightG: integer('gross_weight_g').notNull(),
    marks: text('marks'),
    status: text('status').notNull().default('booked'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('freight_shipments_mode', sql`${t.mode} in ('sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal')`),
    check('freight_shipments_document_kind', sql`${t.documentKind} in ('bill_of_lading', 'sea_waybill', 'air_waybill', 'cmr', 'cim', 'multimodal_bill_of_lading')`),
    check('freight_shipments_status', sql`${t.status} in ('booked', 'shipped', 'arrived', 'cancelled')`),
    check('freight_shipments_weight', sql`${t.grossWeightG} > 0`),
    check('freight_shipments_packages', sql`jsonb_typeof(${t.packages}) = 'array' and jsonb_array_length(${t.packages}) > 0`),
    index('freight_shipments_order_idx').on(t.orderId),
  ],
);
