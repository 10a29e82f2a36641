import type { paths } from './generated/api.js';

/** The HTTP methods the Landfall API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type PathItem<P extends keyof paths> = paths[P];

/** The path templates (`/v1/payments/{id}`) that have an operation for `M`. */
export type PathsFor<M extends HttpMethod> = {
  [P in keyof paths]: [NonNullable<PathItem<P>[Lowercase<M> & keyof PathItem<P>]>] extends [never] ? never : P;
}[keyof paths];

/** The OpenAPI operation of `M P`, as generated in `generated/api.ts`. */
export type Operation<M extends HttpMethod, P extends PathsFor<M>> = NonNullable<PathItem<P>[Lowercase<M> & keyof PathItem<P>]>;

type ParametersOf<Op> = Op extends { parameters: infer T } ? T : {};
type Present<T> = [NonNullable<T>] extends [never] ? false : true;

/** Path parameters of an operation (`{ id: string }`), or never when it has none. */
export type PathParams<Op> = ParametersOf<Op> extends { path?: infer T } ? (Present<T> extends true ? NonNullable<T> : never) : never;
/** Query parameters of an operation, or never when it has none. */
export type QueryParams<Op> = ParametersOf<Op> extends { query?: infer T } ? (Present<T> extends true ? NonNullable<T> : never) : never;
/** The JSON request body of an operation, or never when it takes none. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? (NonNullable<B> extends { content: { 'application/json': infer J } } ? J : never) : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type ContentOf<R> = R extends { content: infer C } ? ('application/json' extends keyof C ? C['application/json'] : ArrayBuffer) : undefined;
/** What a successful call answers: the JSON body (a union when several 2xx are documented), `ArrayBuffer` for PDFs, undefined for 204. */
export type SuccessBody<Op> = Op extends { responses: infer R } ? { [S in keyof R]: S extends SuccessStatus ? ContentOf<R[S]> : never }[keyof R] : never;

/** Options every call takes, besides its parameters and body. */
export type CallOptions = {
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * The Idempotency-Key of this logical operation. Routes that take one get a fresh UUID per call
   * when this is not given; every retry of the call sends the same key.
   */
  idempotencyKey?: string;
  /** Cancels the call (including any wait between retries). */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /** Overrides the client's number of retries for this call (0: no retry). */
  retries?: number;
};

type PathPart<Op> = [PathParams<Op>] extends [never] ? { path?: undefined } : { path: PathParams<Op> };
type QueryPart<Op> = [QueryParams<Op>] extends [never]
  ? { query?: undefined }
  : ParametersOf<Op> extends { query: unknown }
    ? { query: QueryParams<Op> }
    : { query?: QueryParams<Op> };
type BodyPart<Op> = [RequestBody<Op>] extends [never] ? { body?: undefined } : Op extends { requestBody: unknown } ? { body: RequestBody<Op> } : { body?: RequestBody<Op> };

/** Everything one call of an operation takes: `path` and `query` parameters, `body`, and the call options. */
export type RequestOptions<Op> = PathPart<Op> & QueryPart<Op> & BodyPart<Op> & CallOptions;

/** `[options]` when an operation needs path parameters, a query or a body; `[options?]` otherwise. */
export type OptionsArgs<Op> = {} extends RequestOptions<Op> ? [options?: RequestOptions<Op>] : [options: RequestOptions<Op>];

/** Request body of `M P`: `LandfallBody<'POST', '/v1/payments'>`. */
export type LandfallBody<M extends HttpMethod, P extends PathsFor<M>> = RequestBody<Operation<M, P>>;
/** Query parameters of `M P`. */
export type LandfallQuery<M extends HttpMethod, P extends PathsFor<M>> = QueryParams<Operation<M, P>>;
/** Successful answer of `M P`: `LandfallAnswer<'GET', '/v1/payments/{id}'>`. */
export type LandfallAnswer<M extends HttpMethod, P extends PathsFor<M>> = SuccessBody<Operation<M, P>>;

/** GET paths whose answer is a page: `{ items: T[], nextCursor: string | null }`. */
export type PaginatedPath = {
  [P in PathsFor<'GET'>]: SuccessBody<Operation<'GET', P>> extends { items: ReadonlyArray<unknown>; nextCursor: string | null } ? P : never;
}[PathsFor<'GET'>];

/** One item of a paginated list. */
export type PageItem<P extends PaginatedPath> = SuccessBody<Operation<'GET', P>> extends { items: ReadonlyArray<infer T> } ? T : never;

/** A successful answer with what the response said besides its body. */
export type LandfallResponse<T> = {
  data: T;
  status: number;
  headers: Headers;
  /** `x-request-id` of the answer: quote it when asking about a call. */
  requestId: string | undefined;
  /** The Idempotency-Key sent (given or generated), if the call had one. */
  idempotencyKey: string | undefined;
  /** True when the server answered from a stored result (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** Attempts made, 1 when the first one succeeded. */
  attempts: number;
};

/** The typed `request` of the client, as the resource groups use it. */
export type Requester = <M extends HttpMethod, P extends PathsFor<M>>(method: M, path: P, ...args: OptionsArgs<Operation<M, P>>) => Promise<SuccessBody<Operation<M, P>>>;
