/** The admin's client of the Landfall HTTP API: bearer key, JSON in and out, problem+json as ApiError. */
import type {
  Dashboard,
  DestinationRules,
  Market,
  Money,
  Movement,
  MovementInput,
  Order,
  OrderTracking,
  Page,
  QuoteAnswer,
  RefundRequest,
  RulesSummary,
  ShipmentLabel,
  StockLevel,
  Warehouse,
  WebhookDelivery,
  WebhookEndpoint,
} from './api-types.js';

export type FieldIssue = { field: string; message: string };
export type Problem = { status: number; code: string; title: string; detail: string; errors?: FieldIssue[] };

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
  /** The message for one field, when the server named it. */
  forField(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export type { Money } from './api-types.js';
export type Variant = { id: string; sku: string; options: Record<string, string>; price: Money; weightKg: string };
export type Translation = { title: string; description?: string | null; customsDescription?: string | null };
export type Product = {
  id: string;
  handle: string;
  status: 'draft' | 'active' | 'archived';
  hsCode: string;
  originCountry: string;
  material: string | null;
  categories: string[];
  tags: string[];
  translations: Record<string, Translation>;
  variants: Variant[];
  updatedAt: string;
};
export type ProductPage = { items: Product[]; nextCursor: string | null };
export type HsCandidate = { hs6: string; confidence: number; heading: string; chapter: string; description: string; matchedTerms: string[] };
export type HsClassification = { candidates: HsCandidate[]; abstained: boolean; modelId: string };

/** Tariff lines of a territory in effect on a date (GET /v1/rules/tariffs). */
export type TariffLines = {
  territory: string;
  hs: string | null;
  date: string;
  total: number;
  items: Array<{ id: string; hsPrefix: string; program: string; agreement: string | null; rate: string; origins: string[] | null; exceptOrigins: string[] | null; description: string | null; effectiveFrom: string; effectiveTo: string | null; source: string }>;
};

/** One reference-data import: where from, how far it got, the first rows it rejected. */
export type ImportRun = {
  id: string;
  kind: string;
  source: string;
  sha256: string;
  byteSize: number;
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  written: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  errors: Array<{ line: number; field?: string; message: string }>;
  failure: string | null;
};

export type CatalogCounts = { inserted: number; updated: number; unchanged: number };
export type CatalogRowError = { line: number; field?: string; message: string };
/** The last line of a catalog import: what was written, or with dryRun what would be. */
export type CatalogImportSummary =
  | { dryRun: false; format: string; source: string; sha256: string; read: { rows: number; products: number }; products: CatalogCounts; variants: CatalogCounts; rejected: { rows: number; products: number }; errors: CatalogRowError[]; batches: number; durationMs: number }
  | { dryRun: true; format: string; source: string; sha256: string; read: { rows: number; products: number }; valid: { products: number; variants: number }; rejected: { rows: number; products: number }; errors: CatalogRowError[] };
/** One line of the import's NDJSON answer. */
export type CatalogImportEvent =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'summary' } & CatalogImportSummary)
  | { type: 'error'; code: string; message: string; done: number; total: number };

export type Api = ReturnType<typeof createApi>;

/** A query string of the parameters that have a value. */
function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

const seg = encodeURIComponent;

/**
 * A JSON caller with the tab's key: the answer parsed, or an ApiError from the problem+json (a lone
 * `field` becomes the one entry of `errors`).
 */
export function createCaller(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  return async function call<T>(method: string, url: string, body?: unknown, options: { contentType?: string; headers?: Record<string, string> } = {}): Promise<T> {
    const response = await fetcher(url, {
      method,
      headers: { authorization: `Bearer ${key}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }), ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const p = (json ?? {}) as Partial<Problem> & { field?: string };
      const errors = p.errors ?? (p.field ? [{ field: p.field, message: p.detail ?? '' }] : undefined);
      throw new ApiError({ status: response.status, code: p.code ?? 'HTTP_ERROR', title: p.title ?? response.statusText, detail: p.detail ?? `${method} ${url} answered ${response.status}`, ...(errors ? { errors } : {}) });
    }
    return json as T;
  };
}

export function createApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const withKey = (idempotencyKey: string) => ({ headers: { 'idempotency-key': idempotencyKey } });
  return {
    listProducts: (params: { cursor?: string | null; q?: string; limit?: number }) => call<ProductPage>('GET', `/v1/admin/products${query({ cursor: params.cursor, q: params.q, limit: params.limit ?? 25 })}`),
    getProduct: (id: string) => call<Product>('GET', `/v1/admin/products/${seg(id)}`),
    patchProduct: (id: string, patch: Record<string, unknown>) => call<Product>('PATCH', `/v1/admin/products/${seg(id)}`, patch, { contentType: 'application/merge-patch+json' }),
    classify: (item: { text: string; material?: string; category?: string }) => call<HsClassification>('POST', '/v1/hs/classify', { ...item, limit: 5 }),
    confirmHsCode: (body: { text: string; hs6: string; productId: string }) => call<{ text: string; hs6: string }>('POST', '/v1/hs/confirmations', body),

    listOrders: (params: { status?: string; cursor?: string | null; limit?: number }) => call<Page<Order>>('GET', `/v1/admin/orders${query({ status: params.status, cursor: params.cursor, limit: params.limit ?? 20 })}`),
    getOrder: (number: string) => call<Order>('GET', `/v1/admin/orders/${seg(number)}`),
    shipShipment: (number: string, position: number, body: { trackingNumber: string; carrier?: string }) => call<Order>('POST', `/v1/admin/orders/${seg(number)}/shipments/${position}/ship`, body),
    deliverShipment: (number: string, position: number) => call<Order>('POST', `/v1/admin/orders/${seg(number)}/shipments/${position}/deliver`),
    buyLabel: (number: string, position: number) => call<ShipmentLabel>('POST', `/v1/admin/orders/${seg(number)}/shipments/${position}/label`, {}),
    voidLabel: (number: string, position: number) => call<unknown>('DELETE', `/v1/admin/orders/${seg(number)}/shipments/${position}/label`),
    orderTracking: (number: string) => call<OrderTracking>('GET', `/v1/admin/orders/${seg(number)}/tracking`),
    /** Refunds move money: the key makes a retried request refund once. */
    refundOrder: (number: string, body: RefundRequest, idempotencyKey: string) => call<Order>('POST', `/v1/admin/orders/${seg(number)}/refunds`, body, withKey(idempotencyKey)),
    cancelOrder: (number: string, body: { reason?: string }, idempotencyKey: string) => call<Order>('POST', `/v1/admin/orders/${seg(number)}/cancel`, body, withKey(idempotencyKey)),

    getDashboard: (params: { from?: string; to?: string; channel?: string }) => call<Dashboard>('GET', `/v1/admin/reports/dashboard${query(params)}`),

    listWarehouses: () => call<{ items: Warehouse[] }>('GET', '/v1/admin/warehouses'),
    listStock: (params: { sku?: string; warehouse?: string; cursor?: string | null; limit?: number }) => call<Page<StockLevel>>('GET', `/v1/admin/inventory${query({ ...params, limit: params.limit ?? 50 })}`),
    listMovements: (params: { sku?: string; warehouse?: string; cursor?: string | null; limit?: number }) => call<Page<Movement>>('GET', `/v1/admin/inventory/movements${query({ ...params, limit: params.limit ?? 20 })}`),
    recordMovement: (body: MovementInput) => call<{ movement: Movement; level: Omit<StockLevel, 'variantId' | 'updatedAt'> }>('POST', '/v1/admin/inventory/movements', body),

    listImportRuns: (params: { kind?: string; limit?: number }) => call<{ items: ImportRun[] }>('GET', `/v1/admin/import-runs${query({ kind: params.kind, limit: params.limit ?? 50 })}`),
    listWebhooks: () => call<{ items: WebhookEndpoint[] }>('GET', '/v1/admin/webhooks'),
    createWebhook: (body: { url: string; description?: string; eventTypes: string[] }) => call<WebhookEndpoint & { secret: string }>('POST', '/v1/admin/webhooks', body),
    deleteWebhook: (id: string) => call<void>('DELETE', `/v1/admin/webhooks/${seg(id)}`),
    listDeliveries: (params: { status?: string; endpoint?: string; cursor?: string | null; limit?: number }) => call<Page<WebhookDelivery>>('GET', `/v1/admin/webhooks/deliveries${query({ ...params, limit: params.limit ?? 20 })}`),
    replayDelivery: (id: string) => call<WebhookDelivery>('POST', `/v1/admin/webhooks/deliveries/${seg(id)}/replay`),

    listMarkets: () => call<{ items: Market[] }>('GET', '/v1/admin/markets'),
    saveMarket: (id: string, body: Record<string, unknown>) => call<Market>('PUT', `/v1/admin/markets/${seg(id)}`, body),

    getRules: () => call<RulesSummary>('GET', '/v1/rules'),
    getDestinationRules: (country: string, date: string) => call<DestinationRules>('GET', `/v1/rules/destinations/${seg(country)}${query({ date })}`),
    getRule: (id: string) => call<{ kind: string; rule: Record<string, unknown> }>('GET', `/v1/rules/${seg(id)}`),
    listTariffLines: (params: { territory: string; hs?: string; date?: string; limit?: number }) => call<TariffLines>('GET', `/v1/rules/tariffs${query({ territory: params.territory, hs: params.hs, date: params.date, limit: params.limit ?? 200 })}`),
    quote: (body: Record<string, unknown>) => call<QuoteAnswer>('POST', '/v1/landed-cost/quotes', body),
    /**
     * Upload a catalog file; `onEvent` gets each NDJSON line (progress, then the summary or an
     * error) as it arrives. A file refused before any writing throws an ApiError.
     */
    importCatalog: async (file: Blob, options: { format: 'csv' | 'json'; dryRun: boolean; name?: string }, onEvent: (event: CatalogImportEvent) => void): Promise<void> => {
      const url = `/v1/admin/catalog/imports${query({ format: options.format, dryRun: String(options.dryRun), name: options.name })}`;
      const response = await fetcher(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, accept: 'application/x-ndjson, application/problem+json', 'content-type': options.format === 'csv' ? 'text/csv' : 'application/json' },
        body: file,
      });
      if (!response.ok || !response.body) {
        const text = await response.text();
        let p: Partial<Problem> = {};
        try {
          p = JSON.parse(text) as Partial<Problem>;
        } catch {
          // Not a problem document (a proxy's page, say): the status says enough.
        }
        throw new ApiError({ status: response.status, code: p.code ?? 'HTTP_ERROR', title: p.title ?? response.statusText, detail: p.detail ?? `POST ${url} answered ${response.status}`, ...(p.errors ? { errors: p.errors } : {}) });
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (value) pending += value;
        // A chunk may end mid-line: only whole lines are read, the rest waits for the next chunk.
        const lines = pending.split('\n');
        pending = done ? '' : lines.pop()!;
        for (const line of lines) if (line.trim() !== '') onEvent(JSON.parse(line) as CatalogImportEvent);
        if (done) return;
      }
    },
  };
}
