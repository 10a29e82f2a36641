import type { ChannelFeedSpec } from './channel-spec.js';
import type { FeedItem } from './feed-item.js';

/** A small spec in the shape of the channels' (tests of the core may not read src/data). */
export const TEST_SPEC: ChannelFeedSpec = {
  channel: 'google',
  name: 'Test channel',
  attributes: [
    { name: 'id', required: true, maxLength: 10 },
    { name: 'title', required: true, maxLength: 20 },
    { name: 'description', required: true },
    { name: 'link', required: true, pattern: '^https?://\\S+$' },
    { name: 'image_link', required: true, pattern: '^https?://\\S+$' },
    { name: 'additional_image_link', required: false, maxValues: 2 },
    { name: 'availability', required: true, allowed: ['in_stock', 'out_of_stock'] },
    { name: 'price', required: true, pattern: '^[0-9]+(\\.[0-9]+)? [A-Z]{3}$' },
    { name: 'brand', required: true },
    { name: 'gtin', required: false },
    { name: 'mpn', required: false },
    { name: 'identifier_exists', required: false },
    { name: 'shipping', required: false, subAttributes: ['country', 'region', 'service', 'price', 'min_transit_time', 'max_transit_time'] },
  ],
  taxInclusion: { rule: 'include', excludeIn: ['US', 'CA'] },
  identifiers: { anyOf: ['gtin', 'mpn'], unlessIdentifierExistsNo: true },
  availability: { inStock: 'in_stock', outOfStock: 'out_of_stock' },
  shippingRequiredIn: ['DE'],
  source: 'test',
};

export function testItem(over: Partial<FeedItem> = {}): FeedItem {
  return {
    product: 'silk-scarf',
    sku: 'SCARF-RED',
    itemGroupId: 'silk-scarf',
    title: 'Silk scarf',
    description: 'Hand-rolled edges.',
    link: 'https://shop.example/de-de/p/silk-scarf?variant=SCARF-RED',
    imageLinks: ['https://cdn.example/scarf.jpg'],
    available: 3,
    price: { amount: '29.90', currency: 'EUR' },
    salePrice: null,
    taxIncluded: true,
    brand: 'Atelier',
    gtin: null,
    mpn: 'SCARF-RED',
    productType: 'accessories',
    options: { Colour: 'red' },
    weightG: 120,
    shipping: [{ country: 'DE', service: 'Parcel', price: { amount: '6.40', currency: 'EUR' }, minHandlingDays: 0, maxHandlingDays: 1, minTransitDays: 2, maxTransitDays: 4 }],
    ...over,
  };
}
