import type { IncotermCode } from '../b2b/incoterms.js';
import type { DocFreight } from './freight-section.js';

/**
 * What every customs document is built from: one order, one of its shipments, the seller, the
 * warehouse the parcel leaves from, the seller's registrations and the catalog's customs facts.
 * Plain data: the service loads it, the builders in this folder compute the documents, the web layer
 * renders them. Money is integer minor units of the order's currency; weights whole grams.
 */

export type PostalAddress = {
  lines: readonly string[];
  city: string;
  postalCode: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

/** A person or business named on a document. */
export type Party = {
  name: string;
  address: PostalAddress;
  email: string | null;
  phone: string | null;
};

export type DocOrderLine = {
  /** 0-based position in the order: errors name the line as `lines[position]`. */
  position: number;
  sku: string;
  title: string;
  quantity: number;
  /** What the buyer paid for the line's goods (unit price x quantity - discount). */
  goodsMinor: number;
  /** The tax the shelf price included. */
  taxIncludedMinor: number;
  /** Import tax (or sales tax) of the line, wherever it is paid. */
  taxesMinor: number;
  /** The low-value scheme that collected the tax at checkout (IOSS, VOEC, ...), DOMESTIC, or null. */
  taxScheme: string | null;
  hsCode: string | null;
  originCountry: string | null;
  /** Shipping weight of all the line's units (the catalog's weight per unit x quantity). */
  weightG: number;
};

export type DocOrder = {
  number: string;
  status: string;
  currency: string;
  /** Destination country (ISO alpha-2). */
  country: string;
  /** The storefront's DDP or DAP; a distributor's order may be under any of the eleven rules. */
  incoterm: IncotermCode;
  /** The rule's named place when the order came from a distributor's quote; else the buyer's town. */
  namedPlace?: string | null;
  email: string;
  address: { name: string; lines: readonly string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };
  /** Dates (YYYY-MM-DD) the order was placed and paid. */
  placedOn: string;
  paidOn: string | null;
  cancelled: boolean;
  lines: readonly DocOrderLine[];
};

export type DocShipment = {
  id: string;
  /** 0-based position among the order's parcels. */
  position: number;
  warehouse: string;
  service: string;
  carrier: string;
  channel: string;
  status: string;
  trackingNumber: string | null;
  lines: ReadonlyArray<{ sku: string; quantity: number }>;
  shippingMinor: number;
  dutiesMinor: number;
  taxesMinor: number;
  feesMinor: number;
};

export type DocWarehouse = {
  code: string;
  name: string;
  country: string;
  address: { lines: readonly string[]; city: string; postalCode: string; region?: string | null };
};

/** The catalog's customs facts of one SKU. */
export type DocProduct = {
  /** Plain words for customs (English), or null: the line's title is used then. */
  customsDescription: string | null;
  /** National tariff codes (8 to 10 digits) by customs territory (a country or EU). */
  nationalCodes: ReadonlyArray<{ territory: string; code: string }>;
};

export type CustomsDocumentInput = {
  order: DocOrder;
  shipment: DocShipment;
  store: { name: string; baseCurrency: string };
  warehouse: DocWarehouse;
  /** The seller's registrations valid on the day of the sale or on the document's date. */
  registrations: ReadonlyArray<{ scheme: string; number: string }>;
  /** By SKU. */
  products: ReadonlyMap<string, DocProduct>;
  /** Customs territories (a country, or EU) the parcel leaves and enters. */
  territories: { origin: string; destination: string };
  /** Low-value schemes by the name a line's taxScheme carries, with the registration each needs. */
  lowValueSchemes: ReadonlyArray<{ scheme: string; registration: string }>;
  /** The document's date (YYYY-MM-DD). */
  date: string;
  /** Weight of the outer packaging (box, void fill) added to the goods for the gross weight. */
  packagingWeightG: number;
  /** The order's freight shipment (bill of lading, air waybill), when it goes as freight: its parties, route and packages go on the invoice. */
  freight?: DocFreight | null;
};
