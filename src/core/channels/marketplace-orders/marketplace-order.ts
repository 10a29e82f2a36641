/**
 * A marketplace's order as Landfall reads it from the marketplace's own export, before it is
 * matched to the catalog: amounts are integer minor units of `currency` (converted exactly from the
 * export's decimal strings), and every value keeps where it came from (`line`, `fields`) so that a
 * refusal names the line of the file and the marketplace's own field name.
 */
export type MarketplaceAddress = {
  readonly name: string;
  readonly lines: readonly string[];
  readonly city: string;
  readonly postalCode: string | null;
  readonly region: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly phone: string | null;
};

export type MarketplaceOrderLine = {
  /** The line of the file where this item is written. */
  readonly line: number;
  readonly sku: string;
  readonly title: string | null;
  readonly quantity: number;
  /** What the buyer was charged for the goods of this line (unit price x quantity), before `discountMinor`. */
  readonly goodsMinor: number;
  readonly discountMinor: number;
  /** Tax on the goods of this line, as the marketplace reports it. */
  readonly taxMinor: number;
  /** The export's names of this line's fields, for messages: { sku: 'OrderItems[1].SellerSKU', quantity: ..., price: ... }. */
  readonly fields: { readonly sku: string; readonly quantity: string; readonly price: string };
};

export type MarketplaceOrder = {
  /** The marketplace id (`amazon`, `ebay`), the order's `sales_channel`. */
  readonly channel: string;
  /** The marketplace's order id, the order's `channel_order_id`. */
  readonly orderId: string;
  /** The line of the file where the order starts. */
  readonly line: number;
  /** When the buyer placed it: an ISO 8601 date or timestamp as the export gives it. */
  readonly placedAt: string;
  readonly currency: string;
  /** The buyer's email as the marketplace passes it on (often a relay address), or null when the export withholds it. */
  readonly email: string | null;
  readonly address: MarketplaceAddress;
  /** The export's names of the ship-to country and order date fields, for a refusal naming them. */
  readonly countryField: string;
  readonly dateField: string;
  readonly lines: readonly MarketplaceOrderLine[];
  readonly shippingMinor: number;
  readonly shippingTaxMinor: number;
  /** What the buyer paid in all, as the export states it. */
  readonly totalMinor: number;
  /** The goods and shipping prices already include the tax (`taxMinor`, `shippingTaxMinor` are parts of them). */
  readonly taxIncluded: boolean;
  /**
   * Who collected the tax: `marketplace` when the marketplace collected and remits it as the deemed
   * supplier (marketplace facilitator), so it is not the merchant's to declare; `seller` otherwise.
   */
  readonly taxCollectedBy: 'marketplace' | 'seller';
};

/** A refused order (or a record that is no order): the line, the order id when known, the field at fault and why. */
export type MarketplaceRefusal = { readonly line: number; readonly orderId: string | null; readonly field: string; readonly code: string; readonly message: string };

/** What a parser makes of a file it could read: the orders, the refused ones, and records that are no orders (a report's trailer). */
export type ParsedMarketplaceOrders = { readonly orders: MarketplaceOrder[]; readonly refused: MarketplaceRefusal[]; readonly ignored: number };

/** The longest text a single field may hold; longer is refused rather than stored (an export's names and addresses are short). */
export const MAX_FIELD_LENGTH = 1000;
