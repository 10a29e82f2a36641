import type { ChannelFeedSpec } from '../../core/channels/feeds/channel-spec.js';

/** A price as the channels write it: a decimal amount, a space, the ISO 4217 code (`15.00 USD`). */
const PRICE = '^[0-9]+(\\.[0-9]+)? [A-Z]{3}$';
const URL = '^https?://\\S+$';

/**
 * Google Merchant Center product data specification (see SOURCES.md for each fact): the attributes
 * Landfall writes, in the order written, with the required ones and their limits.
 */
export const GOOGLE_MERCHANT_SPEC: ChannelFeedSpec = {
  channel: 'google',
  name: 'Google Merchant Center',
  attributes: [
    { name: 'id', required: true, maxLength: 50 },
    { name: 'title', required: true, maxLength: 150 },
    { name: 'description', required: true, maxLength: 5000 },
    { name: 'link', required: true, maxLength: 2000, pattern: URL },
    { name: 'image_link', required: true, maxLength: 2000, pattern: URL },
    { name: 'additional_image_link', required: false, maxLength: 2000, maxValues: 10, pattern: URL },
    { name: 'availability', required: true, allowed: ['in_stock', 'out_of_stock', 'preorder', 'backorder'] },
    { name: 'price', required: true, pattern: PRICE },
    { name: 'sale_price', required: false, pattern: PRICE },
    { name: 'condition', required: true, allowed: ['new', 'refurbished', 'used'] },
    { name: 'brand', required: true, maxLength: 70 },
    { name: 'gtin', required: false, maxLength: 50, pattern: '^([0-9]{8}|[0-9]{12,14})$' },
    { name: 'mpn', required: false, maxLength: 70 },
    { name: 'identifier_exists', required: false, allowed: ['yes', 'no'] },
    { name: 'item_group_id', required: false, maxLength: 50 },
    { name: 'product_type', required: false, maxLength: 750 },
    { name: 'color', required: false, maxLength: 100 },
    { name: 'size', required: false, maxLength: 100 },
    { name: 'shipping_weight', required: false, pattern: '^[0-9]+(\\.[0-9]+)? (lb|oz|g|kg)$' },
    {
      name: 'shipping',
      required: false,
      subAttributes: ['country', 'region', 'service', 'price', 'min_handling_time', 'max_handling_time', 'min_transit_time', 'max_transit_time'],
    },
  ],
  taxInclusion: { rule: 'include', excludeIn: ['US', 'CA'] },
  identifiers: { anyOf: ['gtin', 'mpn'], unlessIdentifierExistsNo: true },
  availability: { inStock: 'in_stock', outOfStock: 'out_of_stock' },
  shippingRequiredIn: ['AT', 'AU', 'BE', 'CA', 'CH', 'CZ', 'DE', 'ES', 'FR', 'GB', 'IE', 'IL', 'IN', 'IT', 'JP', 'KR', 'NL', 'NZ', 'PL', 'RO', 'US'],
  source: 'Google Merchant Center Help, "Product data specification" (support.google.com/merchants/answer/7052112), "Shipping [shipping]" (answer/6324484), "Price [price]" (answer/6324371), retrieved 2026-11',
};
