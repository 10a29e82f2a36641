import type { CallOptions, LandfallAnswer as Answer, LandfallBody as Body, LandfallQuery as Query, Requester } from '../types.js';

/**
 * Carts, checkout, orders and payments. Calls that move money or place orders send an
 * Idempotency-Key (a UUID per call unless `options.idempotencyKey` is given) and are retried with it.
 */
export function checkoutResources(request: Requester) {
  return {
    carts: {
      /** Start a cart in a market (`POST /v1/carts`). */
      create: (body: Body<'POST', '/v1/carts'>, options?: CallOptions): Promise<Answer<'POST', '/v1/carts'>> => request('POST', '/v1/carts', { ...options, body }),
      /** A cart, priced now, with what stands between it and checkout (`GET /v1/carts/{id}`). */
      get: (id: string, options?: CallOptions): Promise<Answer<'GET', '/v1/carts/{id}'>> => request('GET', '/v1/carts/{id}', { ...options, path: { id } }),
      /** Change the buyer's email, address, shipping choice or discount code (`PATCH /v1/carts/{id}`). */
      update: (id: string, body: Body<'PATCH', '/v1/carts/{id}'>, options?: CallOptions): Promise<Answer<'PATCH', '/v1/carts/{id}'>> =>
        request('PATCH', '/v1/carts/{id}', { ...options, path: { id }, body }),
      /** Add units of a SKU (`POST /v1/carts/{id}/lines`). */
      addLine: (id: string, body: Body<'POST', '/v1/carts/{id}/lines'>, options?: CallOptions): Promise<Answer<'POST', '/v1/carts/{id}/lines'>> =>
        request('POST', '/v1/carts/{id}/lines', { ...options, path: { id }, body }),
      /** Set the quantity of a SKU (`PUT /v1/carts/{id}/lines/{sku}`). */
      setLine: (id: string, sku: string, body: Body<'PUT', '/v1/carts/{id}/lines/{sku}'>, options?: CallOptions): Promise<Answer<'PUT', '/v1/carts/{id}/lines/{sku}'>> =>
        request('PUT', '/v1/carts/{id}/lines/{sku}', { ...options, path: { id, sku }, body }),
      /** Remove a SKU (`DELETE /v1/carts/{id}/lines/{sku}`). */
      removeLine: (id: string, sku: string, options?: CallOptions): Promise<Answer<'DELETE', '/v1/carts/{id}/lines/{sku}'>> =>
        request('DELETE', '/v1/carts/{id}/lines/{sku}', { ...options, path: { id, sku } }),
      /** Place the order: hold the stock, freeze the quote, start the payment (`POST /v1/carts/{id}/checkout`, idempotent). */
      checkout: (id: string, body: Body<'POST', '/v1/carts/{id}/checkout'>, options?: CallOptions): Promise<Answer<'POST', '/v1/carts/{id}/checkout'>> =>
        request('POST', '/v1/carts/{id}/checkout', { ...options, path: { id }, body }),
    },
    orders: {
      /** A buyer's order by number and email (`GET /v1/orders/{number}`). */
      lookup: (number: string, email: string, options?: CallOptions): Promise<Answer<'GET', '/v1/orders/{number}'>> =>
        request('GET', '/v1/orders/{number}', { ...options, path: { number }, query: { email } }),
      /** Start (again) the payment of an order waiting for one (`POST /v1/orders/{number}/payments`, idempotent). */
      pay: (number: string, body: Body<'POST', '/v1/orders/{number}/payments'>, options?: CallOptions): Promise<Answer<'POST', '/v1/orders/{number}/payments'>> =>
        request('POST', '/v1/orders/{number}/payments', { ...options, path: { number }, body }),
      /** One page of orders, newest first (`GET /v1/admin/orders`); `paginate('/v1/admin/orders')` walks them all. */
      list: (query?: Query<'GET', '/v1/admin/orders'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/orders'>> =>
        request('GET', '/v1/admin/orders', { ...options, query }),
      /** An order with its payments (`GET /v1/admin/orders/{number}`). */
      get: (number: string, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/orders/{number}'>> =>
        request('GET', '/v1/admin/orders/{number}', { ...options, path: { number } }),
      /** Cancel an order not yet shipped; a paid one is refunded in full (`POST /v1/admin/orders/{number}/cancel`, idempotent). */
      cancel: (number: string, body: Body<'POST', '/v1/admin/orders/{number}/cancel'> = {}, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/orders/{number}/cancel'>> =>
        request('POST', '/v1/admin/orders/{number}/cancel', { ...options, path: { number }, body }),
      /** Mark a parcel shipped (`POST /v1/admin/orders/{number}/shipments/{position}/ship`). */
      ship: (number: string, position: number, body: Body<'POST', '/v1/admin/orders/{number}/shipments/{position}/ship'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/orders/{number}/shipments/{position}/ship'>> =>
        request('POST', '/v1/admin/orders/{number}/shipments/{position}/ship', { ...options, path: { number, position }, body }),
      /** Mark a shipped parcel delivered (`POST /v1/admin/orders/{number}/shipments/{position}/deliver`). */
      deliver: (number: string, position: number, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/orders/{number}/shipments/{position}/deliver'>> =>
        request('POST', '/v1/admin/orders/{number}/shipments/{position}/deliver', { ...options, path: { number, position } }),
      /** Refund lines, shipping, duties and fees (`POST /v1/admin/orders/{number}/refunds`, idempotent). */
      refund: (number: string, body: Body<'POST', '/v1/admin/orders/{number}/refunds'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/orders/{number}/refunds'>> =>
        request('POST', '/v1/admin/orders/{number}/refunds', { ...options, path: { number }, body }),
      /** Tracking of every parcel, for the buyer (`GET /v1/orders/{number}/tracking`). */
      tracking: (number: string, email: string, options?: CallOptions): Promise<Answer<'GET', '/v1/orders/{number}/tracking'>> =>
        request('GET', '/v1/orders/{number}/tracking', { ...options, path: { number }, query: { email } }),
    },
    payments: {
      /** The payment methods offered to a buyer, and those skipped with the reason (`GET /v1/payment-methods`). */
      methods: (query: Query<'GET', '/v1/payment-methods'>, options?: CallOptions): Promise<Answer<'GET', '/v1/payment-methods'>> =>
        request('GET', '/v1/payment-methods', { ...options, query }),
      /** Start a payment (`POST /v1/payments`, idempotent). */
      create: (body: Body<'POST', '/v1/payments'>, options?: CallOptions): Promise<Answer<'POST', '/v1/payments'>> => request('POST', '/v1/payments', { ...options, body }),
      /** Confirm with card details or a return URL (`POST /v1/payments/{id}/confirm`). A decline answers with `status: "failed"`. */
      confirm: (id: string, body: Body<'POST', '/v1/payments/{id}/confirm'> = {}, options?: CallOptions): Promise<Answer<'POST', '/v1/payments/{id}/confirm'>> =>
        request('POST', '/v1/payments/{id}/confirm', { ...options, path: { id }, body }),
      /** Capture an authorization, all of it or `amount` (`POST /v1/payments/{id}/capture`). */
      capture: (id: string, body: Body<'POST', '/v1/payments/{id}/capture'> = {}, options?: CallOptions): Promise<Answer<'POST', '/v1/payments/{id}/capture'>> =>
        request('POST', '/v1/payments/{id}/capture', { ...options, path: { id }, body }),
      /** Cancel before capture (`POST /v1/payments/{id}/cancel`). */
      cancel: (id: string, options?: CallOptions): Promise<Answer<'POST', '/v1/payments/{id}/cancel'>> =>
        request('POST', '/v1/payments/{id}/cancel', { ...options, path: { id } }),
      /** A payment and its refunds; `refresh` asks the provider first (`GET /v1/payments/{id}`). */
      get: (id: string, query?: Query<'GET', '/v1/payments/{id}'>, options?: CallOptions): Promise<Answer<'GET', '/v1/payments/{id}'>> =>
        request('GET', '/v1/payments/{id}', { ...options, path: { id }, query }),
      /** Refund part or all of a captured payment (`POST /v1/payments/{id}/refunds`, idempotent). */
      refund: (id: string, body: Body<'POST', '/v1/payments/{id}/refunds'>, options?: CallOptions): Promise<Answer<'POST', '/v1/payments/{id}/refunds'>> =>
        request('POST', '/v1/payments/{id}/refunds', { ...options, path: { id }, body }),
    },
    labels: {
      /** Buy a carrier label for a parcel (`POST /v1/admin/orders/{number}/shipments/{position}/label`). */
      create: (number: string, position: number, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/orders/{number}/shipments/{position}/label'>> =>
        request('POST', '/v1/admin/orders/{number}/shipments/{position}/label', { ...options, path: { number, position } }),
      /** Void a parcel's label (`DELETE /v1/admin/orders/{number}/shipments/{position}/label`). */
      void: (number: string, position: number, options?: CallOptions): Promise<Answer<'DELETE', '/v1/admin/orders/{number}/shipments/{position}/label'>> =>
        request('DELETE', '/v1/admin/orders/{number}/shipments/{position}/label', { ...options, path: { number, position } }),
      /** Tracking of every parcel of an order, for the merchant (`GET /v1/admin/orders/{number}/tracking`). */
      tracking: (number: string, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/orders/{number}/tracking'>> =>
        request('GET', '/v1/admin/orders/{number}/tracking', { ...options, path: { number } }),
    },
    documents: {
      /** The commercial invoice as PDF bytes (`GET /v1/orders/{number}/documents/commercial-invoice`). */
      commercialInvoice: (number: string, query?: Query<'GET', '/v1/orders/{number}/documents/commercial-invoice'>, options?: CallOptions): Promise<Answer<'GET', '/v1/orders/{number}/documents/commercial-invoice'>> =>
        request('GET', '/v1/orders/{number}/documents/commercial-invoice', { ...options, path: { number }, query }),
      /** The pro forma invoice as PDF bytes (`GET /v1/orders/{number}/documents/proforma-invoice`). */
      proformaInvoice: (number: string, query?: Query<'GET', '/v1/orders/{number}/documents/proforma-invoice'>, options?: CallOptions): Promise<Answer<'GET', '/v1/orders/{number}/documents/proforma-invoice'>> =>
        request('GET', '/v1/orders/{number}/documents/proforma-invoice', { ...options, path: { number }, query }),
    },
    returns: {
      /** Open a return for some units of an order (`POST /v1/orders/{number}/returns`). */
      create: (number: string, body: Body<'POST', '/v1/orders/{number}/returns'>, options?: CallOptions): Promise<Answer<'POST', '/v1/orders/{number}/returns'>> =>
        request('POST', '/v1/orders/{number}/returns', { ...options, path: { number }, body }),
      /** A buyer's returns of one order (`GET /v1/orders/{number}/returns`). */
      forOrder: (number: string, email: string, options?: CallOptions): Promise<Answer<'GET', '/v1/orders/{number}/returns'>> =>
        request('GET', '/v1/orders/{number}/returns', { ...options, path: { number }, query: { email } }),
      /** One page of returns (`GET /v1/admin/returns`); `paginate('/v1/admin/returns')` walks them all. */
      list: (query?: Query<'GET', '/v1/admin/returns'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/returns'>> =>
        request('GET', '/v1/admin/returns', { ...options, query }),
      /** One return (`GET /v1/admin/returns/{id}`). */
      get: (id: string, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/returns/{id}'>> => request('GET', '/v1/admin/returns/{id}', { ...options, path: { id } }),
      /** Approve a requested return (`POST /v1/admin/returns/{id}/approve`). */
      approve: (id: string, body: Body<'POST', '/v1/admin/returns/{id}/approve'> = {}, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/returns/{id}/approve'>> =>
        request('POST', '/v1/admin/returns/{id}/approve', { ...options, path: { id }, body }),
      /** Reject a requested return (`POST /v1/admin/returns/{id}/reject`). */
      reject: (id: string, body: Body<'POST', '/v1/admin/returns/{id}/reject'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/returns/{id}/reject'>> =>
        request('POST', '/v1/admin/returns/{id}/reject', { ...options, path: { id }, body }),
      /** Cancel a return (`POST /v1/admin/returns/{id}/cancel`). */
      cancel: (id: string, body: Body<'POST', '/v1/admin/returns/{id}/cancel'> = {}, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/returns/{id}/cancel'>> =>
        request('POST', '/v1/admin/returns/{id}/cancel', { ...options, path: { id }, body }),
      /** Record the units received and their condition (`POST /v1/admin/returns/{id}/receive`). */
      receive: (id: string, body: Body<'POST', '/v1/admin/returns/{id}/receive'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/returns/{id}/receive'>> =>
        request('POST', '/v1/admin/returns/{id}/receive', { ...options, path: { id }, body }),
      /** Refund a received return (`POST /v1/admin/returns/{id}/refund`). */
      refund: (id: string, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/returns/{id}/refund'>> =>
        request('POST', '/v1/admin/returns/{id}/refund', { ...options, path: { id } }),
      /** The return policy (`GET /v1/admin/return-policy`). */
      policy: (options?: CallOptions): Promise<Answer<'GET', '/v1/admin/return-policy'>> => request('GET', '/v1/admin/return-policy', { ...options }),
      /** Replace the return policy (`PUT /v1/admin/return-policy`). */
      setPolicy: (body: Body<'PUT', '/v1/admin/return-policy'>, options?: CallOptions): Promise<Answer<'PUT', '/v1/admin/return-policy'>> =>
        request('PUT', '/v1/admin/return-policy', { ...options, body }),
    },
  };
}
