import type { CallOptions, LandfallAnswer as Answer, LandfallBody as Body, LandfallQuery as Query, Requester } from '../types.js';

/** Webhook endpoints, deliveries and events, and the reports dashboard. */
export function adminResources(request: Requester) {
  return {
    webhooks: {
      /** Register an endpoint; the answer's `secret` (shown this once) is what `verifyWebhook` needs (`POST /v1/admin/webhooks`). */
      createEndpoint: (body: Body<'POST', '/v1/admin/webhooks'>, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/webhooks'>> =>
        request('POST', '/v1/admin/webhooks', { ...options, body }),
      /** Registered endpoints, without their secrets (`GET /v1/admin/webhooks`). */
      listEndpoints: (options?: CallOptions): Promise<Answer<'GET', '/v1/admin/webhooks'>> => request('GET', '/v1/admin/webhooks', { ...options }),
      /** Remove an endpoint and its pending deliveries (`DELETE /v1/admin/webhooks/{id}`). */
      deleteEndpoint: (id: string, options?: CallOptions): Promise<Answer<'DELETE', '/v1/admin/webhooks/{id}'>> =>
        request('DELETE', '/v1/admin/webhooks/{id}', { ...options, path: { id } }),
      /** One page of deliveries with their attempts (`GET /v1/admin/webhooks/deliveries`). */
      deliveries: (query?: Query<'GET', '/v1/admin/webhooks/deliveries'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/webhooks/deliveries'>> =>
        request('GET', '/v1/admin/webhooks/deliveries', { ...options, query }),
      /** Send a delivery again within seconds (`POST /v1/admin/webhooks/deliveries/{id}/replay`). */
      replayDelivery: (id: string, options?: CallOptions): Promise<Answer<'POST', '/v1/admin/webhooks/deliveries/{id}/replay'>> =>
        request('POST', '/v1/admin/webhooks/deliveries/{id}/replay', { ...options, path: { id } }),
      /** One page of the event outbox, newest first (`GET /v1/admin/events`). */
      events: (query?: Query<'GET', '/v1/admin/events'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/events'>> =>
        request('GET', '/v1/admin/events', { ...options, query }),
    },
    reports: {
      /** Sales, duties and taxes by market and currency over a period (`GET /v1/admin/reports/dashboard`). */
      dashboard: (query?: Query<'GET', '/v1/admin/reports/dashboard'>, options?: CallOptions): Promise<Answer<'GET', '/v1/admin/reports/dashboard'>> =>
        request('GET', '/v1/admin/reports/dashboard', { ...options, query }),
    },
  };
}
