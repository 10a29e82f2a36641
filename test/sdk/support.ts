import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/create-db.js';
import { payments, refunds } from '../../src/db/schema/index.js';
import { Landfall, type LandfallOptions } from '../../packages/sdk/src/index.js';
import { startCheckoutServer, type CheckoutServer } from '../checkout/support.js';

export { CARD_OK, readyCart } from '../checkout/support.js';

/** One request as the client sent it, seen by a fetch wrapper. */
export type Sent = { method: string; path: string; idempotencyKey: string | null; at: number };

/**
 * What a wrapper does with request `n` (1-based): undefined passes it to the server; a Response
 * answers it without the server; 'drop' passes it to the server, lets the server act, then loses
 * the answer as a cut connection would.
 */
export type Step = (sent: Sent, n: number) => Response | 'drop' | undefined | Promise<Response | 'drop' | undefined>;

/** A fetch that records every request and lets `step` drop or replace answers. */
export function wrappedFetch(step: Step = () => undefined): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    const entry: Sent = { method: init?.method ?? 'GET', path: url.pathname + url.search, idempotencyKey: headers.get('idempotency-key'), at: performance.now() };
    sent.push(entry);
    const action = await step(entry, sent.length);
    if (action instanceof Response) return action;
    const response = await fetch(input, init);
    if (action === 'drop') {
      await response.arrayBuffer();
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    }
    return response;
  };
  return { fetch: wrapped, sent };
}

/** A problem document answer, as Landfall would send it. */
export function problemAnswer(status: number, code: string, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: `urn:landfall:problem:${code.toLowerCase().replace(/_/g, '-')}`, title: 'Error', status, code, detail, requestId: 'synthetic' }), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'x-request-id': 'synthetic', ...headers },
  });
}

export type SdkServer = CheckoutServer & {
  /** A client with the admin key. */
  admin: Landfall;
  /** A client with the api-scope key (what a shop's backend holds). */
  api: Landfall;
  /** A client with the admin key and other options (a wrapped fetch, fast backoff). */
  client(options?: Partial<LandfallOptions>, key?: string): Landfall;
  /** Payments stored with this reference. */
  paymentCount(reference: string): Promise<number>;
  /** Refunds stored for one payment. */
  refundCount(paymentId: string): Promise<number>;
};

/** The demo store on a free port (see startCheckoutServer) with SDK clients pointed at it. */
export async function startSdkServer(db: Database): Promise<SdkServer> {
  const s = await startCheckoutServer(db);
  const client = (options: Partial<LandfallOptions> = {}, key = s.adminKey) => new Landfall({ baseUrl: s.base, apiKey: key, backoff: { initialMs: 20, maxMs: 100 }, ...options });
  return Object.assign(s, {
    admin: client(),
    api: client({}, s.apiKey),
    client,
    async paymentCount(reference: string) {
      const [row] = await db.orm.select({ n: count() }).from(payments).where(eq(payments.reference, reference));
      return Number(row!.n);
    },
    async refundCount(paymentId: string) {
      const [row] = await db.orm.select({ n: count() }).from(refunds).where(eq(refunds.paymentId, paymentId));
      return Number(row!.n);
    },
  });
}
