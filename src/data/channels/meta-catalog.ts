import type { ChannelFeedSpec } from '../../core/channels/feeds/channel-spec.js';

const PRICE = '^[0-9]+(\\.[0-9]+)? [A-Z]{3}$';
const URL = '^https?://\\S+$';

/**
 * Meta (Facebook and Instagram) commerce catalog, product items, as a CSV data feed (see SOURCES.md):
 * the required fields and their limits, then the optional ones Landfall fills.
 */
export const META_CATALOG_SPEC: ChannelFeedSpec = {
  channel: 'meta',
  name: 'Meta catalog',
  attributes: [
    { name: 'id', required: true, maxLength: 100 },
    { name: 'title', required: true, maxLength: 200 },
    { name: 'description', required: true, maxLength: 9999 },
    { name: 'availability', required: true, allowed: ['in stock', 'out of stock', 'preorder', 'available for order', 'discontinued'] },
    { name: 'condition', required: true, allowed: ['new', 'refurbished', 'used'] },
    { name: 'price', required: true, pattern: PRICE },
    { name: 'link', required: true, pattern: URL },
    { name: 'image_link', required: true, pattern: URL },
    { name: 'brand', required: true, maxLength: 100 },
    { name: 'item_group_id', required: false, maxLength: 100 },
    { name: 'sale_price', required: false, pattern: PRICE },
    { name: 'additional_image_link', required: false, maxValues: 20, pattern: URL },
    { name: 'product_type', required: false, maxLength: 750 },
    { name: 'gtin', required: false, pattern: '^([0-9]{8}|[0-9]{12,14})$' },
    { name: 'mpn', required: false, maxLength: 100 },
    { name: 'color', required: false, maxLength: 200 },
    { name: 'size', required: false, maxLength: 200 },
    { name: 'shipping_weight', required: false, pattern: '^[0-9]+(\\.[0-9]+)? (lb|oz|g|kg)$' },
    { name: 'shipping', required: false, subAttributes: ['country', 'region', 'service', 'price'] },
  ],
  taxInclusion: { rule: 'market' },
  availability: { inStock: 'in stock', outOfStock: 'out of stock' },
  shippingRequiredIn: [],
  source: 'Meta for Developers / Commerce Manager Help, "Catalog fields for products" (facebook.com/business/help/120325381656392), "Supported fields: products", retrieved 2026-11',
};
