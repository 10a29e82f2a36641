import type { CallOptions, LandfallAnswer as Answer, LandfallBody as Body, LandfallQuery as Query, Requester } from '../types.js';

/** Landed cost, HS classification, denied-party screening, restricted goods, shipping rates and fraud scoring: the headless API. */
export function crossBorderResources(request: Requester) {
  return {
    landedCost: {
      /** Duties, import taxes and fees of one shipment, every line with its formula, basis, source and rule version (`POST /v1/landed-cost/quotes`). */
      quote: (body: Body<'POST', '/v1/landed-cost/quotes'>, options?: CallOptions): Promise<Answer<'POST', '/v1/landed-cost/quotes'>> =>
        request('POST', '/v1/landed-cost/quotes', { ...options, body }),
      /** Many quotes in one call; each answers on its own (`POST /v1/landed-cost/quotes/batch`). */
      quoteBatch: (body: Body<'POST', '/v1/landed-cost/quotes/batch'>, options?: CallOptions): Promise<Answer<'POST', '/v1/landed-cost/quotes/batch'>> =>
        request('POST', '/v1/landed-cost/quotes/batch', { ...options, body }),
    },
    hs: {
      /** Ranked HS6 candidates for a product description, with confidence and reasons (`POST /v1/hs/classify`). */
      classify: (body: Body<'POST', '/v1/hs/classify'>, options?: CallOptions): Promise<Answer<'POST', '/v1/hs/classify'>> =>
        request('POST', '/v1/hs/classify', { ...options, body }),
      /** Record the code a merchant confirmed for a description (`POST /v1/hs/confirmations`). */
      confirm: (body: Body<'POST', '/v1/hs/confirmations'>, options?: CallOptions): Promise<Answer<'POST', '/v1/hs/confirmations'>> =>
        request('POST', '/v1/hs/confirmations', { ...options, body }),
    },
    screening: {
      /** Screen a party against the active denied-party lists (`POST /v1/screening`). */
      screen: (body: Body<'POST', '/v1/screening'>, options?: CallOptions): Promise<Answer<'POST', '/v1/screening'>> =>
        request('POST', '/v1/screening', { ...options, body }),
      /** Screen an address (`POST /v1/screening/addresses`). */
      screenAddress: (body: Body<'POST', '/v1/screening/addresses'>, options?: CallOptions): Promise<Answer<'POST', '/v1/screening/addresses'>> =>
        request('POST', '/v1/screening/addresses', { ...options, body }),
      /** Past screenings, newest first, one page (`GET /v1/admin/screening/history`); `paginate` walks them all. */
      history: (query?: Query<'GET', '/v1/admin/screening/history'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/screening/history'>> =>
        request('GET', '/v1/admin/screening/history', { ...options, query }),
    },
    restrictions: {
      /** Whether goods may be sold to a destination: prohibited, restricted (with what is needed) or allowed (`POST /v1/restrictions/check`). */
      check: (body: Body<'POST', '/v1/restrictions/check'>, options?: CallOptions): Promise<Answer<'POST', '/v1/restrictions/check'>> =>
        request('POST', '/v1/restrictions/check', { ...options, body }),
    },
    shipping: {
      /** Shipping options and prices from each warehouse (`POST /v1/shipping/rates`). */
      rates: (body: Body<'POST', '/v1/shipping/rates'>, options?: CallOptions): Promise<Answer<'POST', '/v1/shipping/rates'>> =>
        request('POST', '/v1/shipping/rates', { ...options, body }),
    },
    risk: {
      /** Score an order for fraud: decision, score and ranked reasons (`POST /v1/risk/assessments`). */
      assess: (body: Body<'POST', '/v1/risk/assessments'>, options?: CallOptions & { query?: Query<'POST', '/v1/risk/assessments'> }): Promise<Answer<'POST', '/v1/risk/assessments'>> =>
        request('POST', '/v1/risk/assessments', { ...options, body }),
      /** One assessment (`GET /v1/risk/assessments/{id}`). */
      get: (id: string, options?: CallOptions): Promise<Answer<'GET', '/v1/risk/assessments/{id}'>> =>
        request('GET', '/v1/risk/assessments/{id}', { ...options, path: { id } }),
      /** Report how an assessed order turned out (`POST /v1/risk/assessments/{id}/outcome`). */
      reportOutcome: (id: string, body: Body<'POST', '/v1/risk/assessments/{id}/outcome'>, options?: CallOptions): Promise<Answer<'POST', '/v1/risk/assessments/{id}/outcome'>> =>
        request('POST', '/v1/risk/assessments/{id}/outcome', { ...options, path: { id }, body }),
    },
  };
}
