import type { CallOptions, LandfallAnswer as Answer, LandfallBody as Body, LandfallQuery as Query, Requester } from '../types.js';

/** Products, markets and the public store API. */
export function catalogResources(request: Requester) {
  return {
    products: {
      /** One page of products (`GET /v1/admin/products`); `paginate('/v1/admin/products')` walks them all. */
      list: (query?: Query<'GET', '/v1/admin/products'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/products'>> =>
        request('GET', '/v1/admin/products', { ...options, query }),
      /** A product by id or handle (`GET /v1/admin/products/{idOrHandle}`). */
      get: (idOrHandle: string, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/products/{idOrHandle}'>> =>
        request('GET', '/v1/admin/products/{idOrHandle}', { ...options, path: { idOrHandle } }),
      /** Create a product with its variants (`POST /v1/admin/products`). */
      create: (body: Body<'POST', '/v1/admin/products'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/products'>> =>
        request('POST', '/v1/admin/products', { ...options, body }),
      /** Change some fields of a product (`PATCH /v1/admin/products/{id}`). */
      update: (id: string, body: Body<'PATCH', '/v1/admin/products/{id}'>, options?: CallOptions): Promise<Answer<'PATCH', '/v1/admin/products/{id}'>> =>
        request('PATCH', '/v1/admin/products/{id}', { ...options, path: { id }, body }),
      /** Archive a product (`POST /v1/admin/products/{id}/archive`). */
      archive: (id: string, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/products/{id}/archive'>> =>
        request('POST', '/v1/admin/products/{id}/archive', { ...options, path: { id } }),
    },
    markets: {
      /** Every market (`GET /v1/admin/markets`). */
      list: (options?: CallOptions): Promise<Answer<'GET', '/v1/admin/markets'>> => request('GET', '/v1/admin/markets', { ...options }),
      /** Create or replace a market (`PUT /v1/admin/markets/{id}`). */
      put: (id: string, body: Body<'PUT', '/v1/admin/markets/{id}'>, options?: CallOptions): Promise<Answer<'PUT', '/v1/admin/markets/{id}'>> =>
        request('PUT', '/v1/admin/markets/{id}', { ...options, path: { id }, body }),
    },
    store: {
      /** The store's name, locales and markets (`GET /v1/store`). */
      get: (options?: CallOptions): Promise<Answer<'GET', '/v1/store'>> => request('GET', '/v1/store', { ...options }),
      /** The markets buyers can shop in (`GET /v1/store/markets`). */
      markets: (options?: CallOptions): Promise<Answer<'GET', '/v1/store/markets'>> => request('GET', '/v1/store/markets', { ...options }),
      /** The market a buyer is in, by country or path (`GET /v1/store/market`). */
      market: (query?: Query<'GET', '/v1/store/market'>, options?: CallOptions): Promise<Answer<'GET', '/v1/store/market'>> =>
        request('GET', '/v1/store/market', { ...options, query }),
      /** Products priced for a market and buyer country, one page (`GET /v1/store/products`). */
      products: (query?: Query<'GET', '/v1/store/products'>, options?: CallOptions): Promise<Answer<'GET', '/v1/store/products'>> =>
        request('GET', '/v1/store/products', { ...options, query }),
      /** One product priced for a market (`GET /v1/store/products/{handle}`). */
      product: (handle: string, query?: Query<'GET', '/v1/store/products/{handle}'>, options?: CallOptions): Promise<Answer<'GET', '/v1/store/products/{handle}'>> =>
        request('GET', '/v1/store/products/{handle}', { ...options, path: { handle }, query }),
    },
  };
}
