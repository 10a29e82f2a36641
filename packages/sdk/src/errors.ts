/** One named problem with the request, as the `errors` array of a problem document lists them. */
export type FieldIssue = { field: string; message: string; reason?: string };

/**
 * An error answer as Landfall sends it: `application/problem+json` (RFC 9457) with a stable `code`.
 * The field a validation error is about is the first of `errors`; there is no top-level `field`.
 */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldIssue[];
};

type ErrorInit = {
  code: string;
  detail: string;
  status?: number | undefined;
  field?: string | undefined;
  errors?: FieldIssue[] | undefined;
  requestId?: string | undefined;
  problem?: Problem | undefined;
  method?: string | undefined;
  path?: string | undefined;
  retryAfter?: number | undefined;
  attempts?: number | undefined;
  cause?: unknown;
};

/**
 * Every error this SDK throws. Errors from an answer carry its `status`, `code`, `detail`, the
 * `field` it names and the request id; errors raised before any answer (bad options, network,
 * timeout, webhook verification) have no status.
 */
export class LandfallError extends Error {
  /** HTTP status of the answer; undefined when there was none. */
  readonly status: number | undefined;
  /** Stable code: the problem's `code` (`VALIDATION_FAILED`), or one of this SDK's (`NETWORK_ERROR`). */
  readonly code: string;
  /** What went wrong, in words. */
  readonly detail: string;
  /** The field the error is about (`amount.currency`, `headers.idempotency-key`, `apiKey`), when one is named. */
  readonly field: string | undefined;
  /** Every field named, in order. */
  readonly errors: FieldIssue[];
  /** `x-request-id` of the answer (or the problem's `requestId`): quote it when asking about a call. */
  readonly requestId: string | undefined;
  /** The problem document as received. */
  readonly problem: Problem | undefined;
  /** The call that failed: `POST`, `/v1/payments`. */
  readonly method: string | undefined;
  readonly path: string | undefined;
  /** Seconds the server asked to wait (`Retry-After`), when it did. */
  readonly retryAfter: number | undefined;
  /** Attempts made before giving up (1 without retries). */
  readonly attempts: number;

  constructor(init: ErrorInit) {
    const where = init.method && init.path ? `${init.method} ${init.path}: ` : '';
    const status = init.status === undefined ? '' : `${init.status} `;
    super(`${where}${status}${init.code}: ${init.detail}${init.requestId ? ` (request ${init.requestId})` : ''}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? (init.field ? [{ field: init.field, message: init.detail }] : []);
    this.field = init.field ?? this.errors[0]?.field;
    this.requestId = init.requestId;
    this.problem = init.problem;
    this.method = init.method;
    this.path = init.path;
    this.retryAfter = init.retryAfter;
    this.attempts = init.attempts ?? 1;
  }
}

/** 400, 413, 415 or 422: the request is wrong; `field` names what (`amount.currency`). Do not retry it unchanged. */
export class ValidationError extends LandfallError {}
/** 401: no API key, a malformed one, or one revoked. */
export class AuthenticationError extends LandfallError {}
/** 403 (the key lacks the scope) or 451 (a party is blocked by screening). */
export class PermissionError extends LandfallError {}
/** 404 or 410: no such resource (or no longer: an expired cart). */
export class NotFoundError extends LandfallError {}
/** 409: the resource is not in a state that allows this (`PAYMENT_STATE_CONFLICT`, `INSUFFICIENT_STOCK`). */
export class ConflictError extends LandfallError {}
/**
 * An Idempotency-Key problem: `IDEMPOTENCY_KEY_IN_USE` (409: the first request with this key is still
 * running; retried by the client) or `IDEMPOTENCY_KEY_REUSED` (422: the key was used with another body).
 */
export class IdempotencyError extends LandfallError {}
/** 429: too many requests; `retryAfter` says how many seconds to wait. */
export class RateLimitError extends LandfallError {}
/** 5xx: the server or a provider behind it failed; 502, 503 and 504 are retried by the client. */
export class ServerError extends LandfallError {}
/** No answer: the connection failed or was cut. */
export class NetworkError extends LandfallError {}
/** No answer within `timeoutMs`. */
export class TimeoutError extends NetworkError {}
/** The client was called wrongly (a missing `apiKey`, a bad `baseUrl`, an empty path parameter); nothing was sent. */
export class UsageError extends LandfallError {}

/** The error class for an answer's status and code. */
export function errorClassFor(status: number, code: string): typeof LandfallError {
  if (code === 'IDEMPOTENCY_KEY_IN_USE' || code === 'IDEMPOTENCY_KEY_REUSED') return IdempotencyError;
  if (status === 400 || status === 413 || status === 415 || status === 422) return ValidationError;
  if (status === 401) return AuthenticationError;
  if (status === 403 || status === 451) return PermissionError;
  if (status === 404 || status === 410) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return LandfallError;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.detail === 'string';
}

/** Turn a non-2xx answer into its typed error. `body` is the text of the answer. */
export function errorFromAnswer(
  answer: { status: number; statusText: string; headers: Headers; body: string },
  call: { method: string; path: string; attempts: number; retryAfter: number | undefined },
): LandfallError {
  let parsed: unknown;
  try {
    parsed = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    parsed = undefined;
  }
  const problem = isProblem(parsed) ? parsed : undefined;
  const code = problem?.code ?? `HTTP_${answer.status}`;
  const detail = problem?.detail ?? (answer.body.trim().slice(0, 300) || answer.statusText || `the server answered ${answer.status}`);
  const errors = Array.isArray(problem?.errors) ? problem.errors.filter((e): e is FieldIssue => typeof e?.field === 'string') : undefined;
  const ErrorClass = errorClassFor(answer.status, code);
  return new ErrorClass({
    status: answer.status,
    code,
    detail,
    errors,
    requestId: answer.headers.get('x-request-id') ?? problem?.requestId,
    problem,
    method: call.method,
    path: call.path,
    retryAfter: call.retryAfter,
    attempts: call.attempts,
  });
}
