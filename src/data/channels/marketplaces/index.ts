import type { AmazonOrdersSpec } from '../../../core/channels/marketplace-orders/parse-amazon-orders.js';
import type { EbayOrdersReportSpec } from '../../../core/channels/marketplace-orders/parse-ebay-orders.js';
import { AMAZON_ORDERS } from './amazon.js';
import { EBAY_ORDERS_REPORT } from './ebay.js';

/** A marketplace whose orders can be imported: its id (the orders' sales_channel), name and export shape. */
export type MarketplaceSource = { id: 'amazon'; name: string; format: 'json'; spec: AmazonOrdersSpec } | { id: 'ebay'; name: string; format: 'csv'; spec: EbayOrdersReportSpec };

export const MARKETPLACES: readonly MarketplaceSource[] = [
  { id: 'amazon', name: 'Amazon (Selling Partner API orders, JSON)', format: 'json', spec: AMAZON_ORDERS },
  { id: 'ebay', name: 'eBay (Seller Hub Orders report, CSV)', format: 'csv', spec: EBAY_ORDERS_REPORT },
];

export const MARKETPLACE_IDS = MARKETPLACES.map((m) => m.id);

export function marketplaceById(id: string): MarketplaceSource | undefined {
  return MARKETPLACES.find((m) => m.id === id);
}

export { emailsBuyers, MARKETPLACE_TAX_SCHEME } from './sales-channels.js';
