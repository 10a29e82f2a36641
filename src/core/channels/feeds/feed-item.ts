/**
 * A channel-neutral feed item: one variant (SKU) of a product as a market sells it, with everything
 * a channel's attributes are made from. Money is already formatted in the market currency's exponent
 * (`"12.90"`), the way the storefront shows it; links are absolute.
 */
export type FeedMoney = { readonly amount: string; readonly currency: string };

/** The cheapest way to ship the variant alone to one country of the market. */
export type FeedShipping = {
  readonly country: string;
  /** The carrier service's name as buyers see it. */
  readonly service: string;
  readonly price: FeedMoney;
  /** Business days between the order and the parcel leaving the warehouse. */
  readonly minHandlingDays: number;
  readonly maxHandlingDays: number;
  /** Business days in transit, from the rate card's zone. */
  readonly minTransitDays: number;
  readonly maxTransitDays: number;
};

export type FeedItem = {
  /** The product's handle: what a problem report names. */
  readonly product: string;
  readonly sku: string;
  /** Variants of one product share it (the product's handle). */
  readonly itemGroupId: string;
  readonly title: string;
  readonly description: string | null;
  /** The storefront's product page for this variant, in the market's URL space. */
  readonly link: string;
  readonly imageLinks: readonly string[];
  /** Units that can be sold now (on hand minus reserved in the warehouses serving the market). */
  readonly available: number;
  readonly price: FeedMoney | null;
  readonly salePrice: FeedMoney | null;
  /** Whether `price` includes the buyer country's sales tax or VAT. */
  readonly taxIncluded: boolean;
  readonly brand: string | null;
  /** The barcode when it is a GTIN (8, 12, 13 or 14 digits with a valid check digit). */
  readonly gtin: string | null;
  /** Manufacturer part number: the merchant's SKU (the brand is the merchant's own). */
  readonly mpn: string | null;
  readonly productType: string | null;
  readonly options: Readonly<Record<string, string>>;
  readonly weightG: number;
  readonly shipping: readonly FeedShipping[];
};

/** One reason an item was left out of a channel's feed: the product, the SKU and the attribute at fault. */
export type FeedProblem = { readonly product: string; readonly sku: string; readonly field: string; readonly message: string };
