/**
 * @landfall/sdk: a typed client of the Landfall HTTP API.
 *
 * - `new Landfall({ baseUrl, apiKey })`: typed methods per resource, `request()` for any operation,
 *   `paginate()` and `listAll()` over keyset-paginated lists;
 * - errors as `LandfallError` subclasses by status and code;
 * - `verifyWebhook()` to check a webhook delivery's signature and read its event.
 */
export { Landfall } from './landfall.js';
export type { LandfallOptions } from './client-options.js';
export {
  AuthenticationError,
  ConflictError,
  errorClassFor,
  IdempotencyError,
  LandfallError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UsageError,
  ValidationError,
  type FieldIssue,
  type Problem,
} from './errors.js';
export type { Backoff } from './retry.js';
export { takesIdempotencyKey } from './send.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
  type HeadersLike,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookFailure,
} from './webhooks.js';
export type {
  CallOptions,
  HttpMethod,
  LandfallAnswer,
  LandfallBody,
  LandfallQuery,
  LandfallResponse,
  Operation,
  PageItem,
  PaginatedPath,
  PathsFor,
  RequestOptions,
} from './types.js';
export type { components, paths } from './generated/api.js';
export { IDEMPOTENT_OPERATIONS } from './generated/idempotency.js';
