import type { EbayOrdersReportSpec } from '../../../core/channels/marketplace-orders/parse-ebay-orders.js';
import { COUNTRY_BY_ENGLISH_NAME } from './country-names.js';

/** eBay Seller Hub "Orders report" (Seller Hub > Reports > Downloads > Orders), CSV: its column names (see SOURCES.md). */
export const EBAY_ORDERS_REPORT: EbayOrdersReportSpec = {
  channel: 'ebay',
  columns: {
    orderNumber: 'Order Number',
    saleDate: 'Sale Date',
    buyerEmail: 'Buyer Email',
    shipToName: 'Ship To Name',
    shipToPhone: 'Ship To Phone',
    shipToAddress1: 'Ship To Address 1',
    shipToAddress2: 'Ship To Address 2',
    shipToCity: 'Ship To City',
    shipToState: 'Ship To State',
    shipToZip: 'Ship To Zip',
    shipToCountry: 'Ship To Country',
    itemNumber: 'Item Number',
    itemTitle: 'Item Title',
    customLabel: 'Custom Label',
    quantity: 'Quantity',
    soldFor: 'Sold For',
    shippingAndHandling: 'Shipping And Handling',
    sellerCollectedTax: 'Seller Collected Tax',
    ebayCollectedTax: 'eBay Collected Tax',
    totalPrice: 'Total Price',
  },
  required: ['orderNumber', 'saleDate', 'shipToName', 'shipToAddress1', 'shipToCity', 'shipToCountry', 'customLabel', 'quantity', 'soldFor', 'totalPrice'],
  // The report writes amounts with the site's currency in front.
  currencyPrefixes: { $: 'USD', 'US $': 'USD', 'C $': 'CAD', 'AU $': 'AUD', '£': 'GBP', GBP: 'GBP', '€': 'EUR', EUR: 'EUR', USD: 'USD', CAD: 'CAD', AUD: 'AUD', CHF: 'CHF' },
  countries: COUNTRY_BY_ENGLISH_NAME,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  trailer: /^(\d+ record\(s\) downloaded|Seller ID\s*:)/i,
};
