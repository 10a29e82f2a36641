import type { ChannelFeedSpec } from './channel-spec.js';
import type { FeedItem, FeedMoney, FeedShipping } from './feed-item.js';

/** A group attribute's values by sub-attribute (one shipping option: country, service, price, ...). */
export type FeedGroup = Readonly<Record<string, string>>;

/** An attribute's value: text, a repeated attribute, or repeated groups; absent when the item has none. */
export type FeedValue = string | readonly string[] | readonly FeedGroup[];

/** An item's attributes as a channel names them, in the spec's order. */
export type FeedRecord = { readonly product: string; readonly sku: string; readonly values: ReadonlyMap<string, FeedValue> };

const money = (m: FeedMoney): string => `${m.amount} ${m.currency}`;

/** Variants of one weight and size share their shipping list; so do their records' groups (and writers can reuse their text). */
const GROUPS = new WeakMap<readonly FeedShipping[], readonly FeedGroup[]>();

function shippingGroups(shipping: readonly FeedShipping[]): readonly FeedGroup[] {
  let groups = GROUPS.get(shipping);
  if (!groups) {
    groups = shipping.map((s) => ({
      country: s.country,
      region: '',
      service: s.service,
      price: money(s.price),
      min_handling_time: String(s.minHandlingDays),
      max_handling_time: String(s.maxHandlingDays),
      min_transit_time: String(s.minTransitDays),
      max_transit_time: String(s.maxTransitDays),
    }));
    GROUPS.set(shipping, groups);
  }
  return groups;
}

/** The option value whose name is one of `names` (case-insensitive), e.g. size or colour. */
function option(item: FeedItem, names: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(item.options)) if (names.includes(k.toLowerCase())) return v;
  return undefined;
}

/**
 * An attribute of the shared vocabulary (Google's product data names, which Meta's catalog reuses)
 * taken from an item; undefined when the item has no value for it.
 */
function valueOf(item: FeedItem, name: string, spec: ChannelFeedSpec): FeedValue | undefined {
  switch (name) {
    case 'id':
      return item.sku;
    case 'item_group_id':
      return item.itemGroupId;
    case 'title':
      return item.title;
    case 'description':
      return item.description ?? undefined;
    case 'link':
      return item.link;
    case 'image_link':
      return item.imageLinks[0];
    case 'additional_image_link':
      return item.imageLinks.length > 1 ? item.imageLinks.slice(1) : undefined;
    case 'availability':
      return item.available > 0 ? spec.availability.inStock : spec.availability.outOfStock;
    case 'price':
      return item.price ? money(item.price) : undefined;
    case 'sale_price':
      return item.salePrice ? money(item.salePrice) : undefined;
    case 'condition':
      return 'new';
    case 'brand':
      return item.brand ?? undefined;
    case 'gtin':
      return item.gtin ?? undefined;
    case 'mpn':
      return item.mpn ?? undefined;
    case 'identifier_exists':
      return item.gtin === null && item.mpn === null ? 'no' : undefined;
    case 'product_type':
      return item.productType ?? undefined;
    case 'color':
      return option(item, ['color', 'colour']);
    case 'size':
      return option(item, ['size']);
    case 'shipping_weight':
      return `${item.weightG} g`;
    case 'shipping':
      return item.shipping.length === 0 ? undefined : shippingGroups(item.shipping);
    default:
      return undefined;
  }
}

/** The item as the channel's attributes (those of the spec that the item has a value for). */
export function toFeedRecord(item: FeedItem, spec: ChannelFeedSpec): FeedRecord {
  const values = new Map<string, FeedValue>();
  for (const a of spec.attributes) {
    const v = valueOf(item, a.name, spec);
    if (v !== undefined && v !== '') values.set(a.name, v);
  }
  return { product: item.product, sku: item.sku, values };
}
