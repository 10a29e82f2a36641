import type { AmazonOrdersSpec } from '../../../core/channels/marketplace-orders/parse-amazon-orders.js';

/**
 * Amazon Selling Partner API, Orders API v0: the names of getOrders' orders and getOrderItems'
 * items as an export carries them (see SOURCES.md). An export is getOrders' answer with each
 * order's `OrderItems` (getOrderItems' `payload.OrderItems`) written into the order.
 */
export const AMAZON_ORDERS: AmazonOrdersSpec = {
  channel: 'amazon',
  ordersAt: [['payload', 'Orders'], ['Orders']],
  order: { id: 'AmazonOrderId', purchaseDate: 'PurchaseDate', status: 'OrderStatus', fulfillmentChannel: 'FulfillmentChannel', total: 'OrderTotal', address: 'ShippingAddress', buyerInfo: 'BuyerInfo', buyerEmail: 'BuyerEmail', items: 'OrderItems' },
  money: { currency: 'CurrencyCode', amount: 'Amount' },
  address: { name: 'Name', lines: ['AddressLine1', 'AddressLine2', 'AddressLine3'], city: 'City', region: 'StateOrRegion', postalCode: 'PostalCode', country: 'CountryCode', phone: 'Phone' },
  item: {
    sku: 'SellerSKU',
    title: 'Title',
    quantity: 'QuantityOrdered',
    price: 'ItemPrice',
    tax: 'ItemTax',
    shippingPrice: 'ShippingPrice',
    shippingTax: 'ShippingTax',
    promotionDiscount: 'PromotionDiscount',
    shippingDiscount: 'ShippingDiscount',
    taxCollection: 'TaxCollection',
    taxModel: 'Model',
  },
  // Payment authorized: the order can be fulfilled (OrderStatus values of the Orders API v0).
  importable: ['Unshipped', 'PartiallyShipped', 'Shipped'],
  notImported: {
    Pending: 'the payment is not authorized yet and Amazon gives no prices for it; import it once it is Unshipped',
    PendingAvailability: 'a pre-order not yet paid; import it once it is Unshipped',
    Canceled: 'the order was cancelled on Amazon',
    Unfulfillable: 'the order cannot be fulfilled by the seller (a multi-channel order Amazon fulfils)',
    InvoiceUnconfirmed: 'the invoice is not confirmed yet; import it once it is Unshipped',
  },
  // AFN: Fulfilled by Amazon, shipped from Amazon's warehouses; MFN (merchant fulfilled) orders are the store's to ship.
  fulfilledByMarketplace: { AFN: "Amazon ships it from its own fulfilment centres (FBA): the store's stock and parcels are not involved" },
  facilitatorModel: 'MarketplaceFacilitator',
};
