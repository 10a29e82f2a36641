import { readClientOptions, type ClientConfig, type LandfallOptions } from './client-options.js';
import { LandfallError } from './errors.js';
import { adminResources } from './resources/admin.js';
import { catalogResources } from './resources/catalog.js';
import { checkoutResources } from './resources/checkout.js';
import { crossBorderResources } from './resources/cross-border.js';
import { send } from './send.js';
import type { HttpMethod, LandfallResponse, Operation, OptionsArgs, PageItem, PaginatedPath, PathsFor, RequestOptions, SuccessBody } from './types.js';

/**
 * A client of one Landfall server.
 *
 * @example
 * const landfall = new Landfall({ baseUrl: 'https://shop.example.com', apiKey: process.env.LANDFALL_API_KEY! });
 * const quote = await landfall.landedCost.quote({ destination: 'DE', currency: 'EUR', items: [...] });
 */
export class Landfall {
  readonly #config: ClientConfig;

  readonly landedCost;
  readonly hs;
  readonly screening;
  readonly restrictions;
  readonly shipping;
  readonly risk;
  readonly products;
  readonly markets;
  readonly store;
  readonly carts;
  readonly orders;
  readonly payments;
  readonly labels;
  readonly documents;
  readonly returns;
  readonly webhooks;
  readonly reports;

  constructor(options: LandfallOptions) {
    this.#config = readClientOptions(options);
    const request = this.request.bind(this);
    ({ landedCost: this.landedCost, hs: this.hs, screening: this.screening, restrictions: this.restrictions, shipping: this.shipping, risk: this.risk } = crossBorderResources(request));
    ({ products: this.products, markets: this.markets, store: this.store } = catalogResources(request));
    ({ carts: this.carts, orders: this.orders, payments: this.payments, labels: this.labels, documents: this.documents, returns: this.returns } = checkoutResources(request));
    ({ webhooks: this.webhooks, reports: this.reports } = adminResources(request));
  }

  /** The base URL calls go to (without a trailing slash). */
  get baseUrl(): string {
    return this.#config.baseUrl;
  }

  /**
   * Call any operation of the API by method and path template, typed by the OpenAPI document:
   * `request('GET', '/v1/payments/{id}', { path: { id } })`. Answers the body of a 2xx answer;
   * throws a `LandfallError` subclass for anything else.
   */
  async request<M extends HttpMethod, P extends PathsFor<M>>(method: M, path: P, ...args: OptionsArgs<Operation<M, P>>): Promise<SuccessBody<Operation<M, P>>> {
    return (await this.requestWithResponse(method, path, ...args)).data;
  }

  /** As `request`, with the status, headers, request id, Idempotency-Key, replay flag and attempts of the answer. */
  async requestWithResponse<M extends HttpMethod, P extends PathsFor<M>>(method: M, path: P, ...args: OptionsArgs<Operation<M, P>>): Promise<LandfallResponse<SuccessBody<Operation<M, P>>>> {
    const options = (args[0] ?? {}) as RequestOptions<Operation<M, P>>;
    const { path: pathParams, query, body, ...call } = options as { path?: Record<string, string | number>; query?: Record<string, unknown>; body?: unknown } & RequestOptions<Operation<M, P>>;
    const answer = await send(this.#config, { method, path, pathParams, query, body, options: call });
    return answer as LandfallResponse<SuccessBody<Operation<M, P>>>;
  }

  /**
   * Every item of a keyset-paginated list, fetching page after page by `nextCursor` as the loop asks:
   * `for await (const order of landfall.paginate('/v1/admin/orders', { query: { status: 'paid' } }))`.
   * `query.limit` sets the page size (1 to 100); `query.cursor` starts from a page already seen.
   */
  async *paginate<P extends PaginatedPath>(path: P, ...args: OptionsArgs<Operation<'GET', P>>): AsyncGenerator<PageItem<P>, void, undefined> {
    const options = (args[0] ?? {}) as { query?: Record<string, unknown> } & Record<string, unknown>;
    let cursor = options.query?.cursor as string | undefined;
    for (;;) {
      const query = { ...options.query, ...(cursor !== undefined ? { cursor } : {}) };
      const page = (await send(this.#config, { method: 'GET', path, pathParams: options.path as Record<string, string> | undefined, query, options: withoutParts(options) })).data as {
        items: Array<PageItem<P>>;
        nextCursor: string | null;
      };
      yield* page.items;
      if (page.nextCursor === null || page.nextCursor === undefined) return;
      if (page.nextCursor === cursor) {
        throw new LandfallError({ code: 'PAGINATION_STUCK', detail: `the server answered the same nextCursor twice (${cursor})`, method: 'GET', path });
      }
      cursor = page.nextCursor;
    }
  }

  /** Every item of a paginated list in one array (all pages fetched): `await landfall.listAll('/v1/admin/returns')`. */
  async listAll<P extends PaginatedPath>(path: P, ...args: OptionsArgs<Operation<'GET', P>>): Promise<Array<PageItem<P>>> {
    const items: Array<PageItem<P>> = [];
    for await (const item of this.paginate(path, ...args)) items.push(item);
    return items;
  }
}

function withoutParts(options: Record<string, unknown>): Record<string, unknown> {
  const { path: _path, query: _query, body: _body, ...rest } = options;
  return rest;
}
