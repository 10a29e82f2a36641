import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Failure, FieldIssue } from '../core/result/result.js';

/**
 * The one table from error codes to HTTP statuses. Services return these codes in typed results;
 * the HTTP layer answers them as application/problem+json (RFC 9457) with the code in `code`.
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  EMPTY_BODY: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  MARKET_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  INSUFFICIENT_STOCK: 409,
  RESERVATION_EXPIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  // Request limits (src/http/security): rates, URL and header sizes, JSON shape.
  RATE_LIMITED: 429,
  URI_TOO_LONG: 414,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
  JSON_TOO_COMPLEX: 400,
  FX_RATE_MISSING: 422,
  FX_RATE_STALE: 422,
  NO_WAREHOUSE_FOR_MARKET: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DATABASE_UNAVAILABLE: 503,
  HS_MODEL_MISSING: 503,
  INTERNAL: 500,
  // Payments (src/services/payments) and Idempotency-Key (src/services/idempotency).
  PAYMENT_NOT_FOUND: 404,
  PROVIDER_NOT_FOUND: 404,
  PAYMENT_STATE_CONFLICT: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  PAYMENT_METHOD_NOT_AVAILABLE: 422,
  REFUND_EXCEEDS_CAPTURED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  PROVIDER_REJECTED: 422,
  SIGNATURE_INVALID: 400,
  WEBHOOK_INVALID: 400,
  CART_NOT_FOUND: 404,
  ORDER_NOT_FOUND: 404,
  CART_EXPIRED: 410,
  CART_CLOSED: 409,
  CHECKOUT_BLOCKED: 409,
  QUOTE_CHANGED: 409,
  ORDER_STATE_CONFLICT: 409,
  CURRENCY_MISMATCH: 422,
  VARIANT_NOT_FOUND: 422,
  DISCOUNT_NOT_APPLICABLE: 422,
  REFUND_EXCEEDS_PAID: 422,
  NOTHING_TO_REFUND: 422,
  PROVIDER_ERROR: 502,
  PROVIDER_UNAVAILABLE: 503,
  ASSESSMENT_NOT_FOUND: 404,
  RULE_NOT_FOUND: 404,
  REVIEW_ALREADY_DECIDED: 409,
  NOT_ENOUGH_LABELS: 409,
  NO_LISTS: 409,
  PARTY_BLOCKED: 451,
  ORDER_DECLINED: 402,
  ORDER_UNDER_REVIEW: 409,
  GOODS_RESTRICTED: 422,
  // Customs documents, packing slips and pick lists (src/services/documents).
  SHIPMENT_NOT_FOUND: 404,
  WAREHOUSE_NOT_FOUND: 404,
  CUSTOMS_DATA_MISSING: 422,
  CUSTOMS_FORM_NOT_APPLICABLE: 422,
  // Carriers, labels and tracking (src/services/carriers).
  CARRIER_NOT_FOUND: 404,
  LABEL_NOT_FOUND: 404,
  LABEL_STATE_CONFLICT: 409,
  CARRIER_REFUSED: 422,
  CARRIER_UNAVAILABLE: 503,
  WEBHOOK_UNAUTHENTICATED: 401,
  WEBHOOK_REPLAYED: 409,
  TRACKING_NUMBER_UNKNOWN: 404,
  // Returns (src/services/returns).
  RETURN_NOT_FOUND: 404,
  EMAIL_NOT_FOUND: 404,
  TEMPLATE_NOT_FOUND: 404,
  CONVERSATION_NOT_FOUND: 404,
  CONVERSATION_CLOSED: 409,
  ATTACHMENT_NOT_FOUND: 404,
  TEAM_NOT_FOUND: 404,
  SAVED_REPLY_NOT_FOUND: 404,
  RETURN_STATE_CONFLICT: 409,
  RETURN_NOT_RETURNABLE: 422,
  // Freight shipments (src/services/freight); an Incoterm the mode cannot use is INCOTERM_NOT_APPLICABLE.
  FREIGHT_SHIPMENT_NOT_FOUND: 404,
  FREIGHT_STATE_CONFLICT: 409,
  // Distributors (src/services/b2b): companies, buyers, wholesale price lists.
  COMPANY_NOT_FOUND: 404,
  BUYER_NOT_FOUND: 404,
  PRICE_LIST_NOT_FOUND: 404,
  BELOW_MINIMUM_ORDER: 422,
  // Distributor quotes (src/services/b2b/quotes).
  INCOTERM_NOT_APPLICABLE: 422,
  QUOTE_NOT_FOUND: 404,
  QUOTE_STATE_CONFLICT: 409,
  QUOTE_EXPIRED: 409,
  CREDIT_LIMIT_EXCEEDED: 422,
  // Distributor bank transfers (src/services/b2b/payments).
  TRANSFER_EXCEEDS_OPEN: 422,
  TRANSFER_REFERENCE_USED: 409,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldIssue[];
};

/** JSON schema of a problem document, shared by every route's error responses in the OpenAPI document. */
export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people.',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', description: 'URI reference naming the problem type' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', examples: ['VALIDATION_FAILED'] },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' }, reason: { type: 'string', description: "for the buyer, in the cart's language, where there is one (GOODS_RESTRICTED)" } },
      },
    },
  },
} as const;

export function statusForCode(code: string): number {
  return HTTP_STATUS_BY_CODE[code] ?? 500;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: readonly FieldIssue[],
): FastifyReply {
  const problem: Problem = {
    type: `urn:landfall:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors: [...errors] } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Answer a service's expected failure. */
export function sendFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure): FastifyReply {
  const errors = failure.details ?? (failure.field ? [{ field: failure.field, message: failure.message }] : undefined);
  return sendProblem(request, reply, statusForCode(failure.code), failure.code, failure.message, errors);
}

/** Fastify's own errors (validation, body parsing, limits) and unexpected throws, as problems. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      field: fieldOf(error.validationContext ?? 'body', v.instancePath, v.params as Record<string, unknown>),
      message: v.message ?? 'is invalid',
    }));
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ');
    return sendProblem(request, reply, 400, 'VALIDATION_FAILED', detail, errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(request, reply, 415, 'UNSUPPORTED_MEDIA_TYPE', `content type ${JSON.stringify(request.headers['content-type'] ?? '')} is not accepted; send application/json`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = request.routeOptions.bodyLimit;
      return sendProblem(request, reply, 413, 'PAYLOAD_TOO_LARGE', `request body is larger than the ${limit} bytes this route accepts`, [{ field: 'body', message: `must be at most ${limit} bytes` }]);
    }
    case 'LANDFALL_JSON_TOO_COMPLEX': {
      const e = error as FastifyError & { field?: string; reason?: string };
      return sendProblem(request, reply, 400, 'JSON_TOO_COMPLEX', `request body is too complex: ${e.message}`, [{ field: e.field ?? 'body', message: e.reason ?? e.message }]);
    }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(request, reply, 400, 'EMPTY_BODY', 'body is empty but content-type is application/json');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendProblem(request, reply, 400, 'MALFORMED_JSON', `body is not valid JSON: ${error.message}`);
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return sendProblem(request, reply, 400, 'MALFORMED_JSON', `body is not valid JSON: ${error.message}`);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return sendProblem(request, reply, 503, 'DATABASE_UNAVAILABLE', 'the database is not answering; try again shortly');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendProblem(request, reply, status, 'BAD_REQUEST', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 500, 'INTERNAL', 'an unexpected error occurred; the request id identifies it in the server log');
}

/** Connection-level failures (refused, reset, PostgreSQL class 08 and 57P0x, a closed PGlite): 503, not 500. */
/** The query builder wraps driver errors, so the whole `cause` chain is inspected. */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(08...|57P0[1-3]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/PGlite is closed|Connection terminated|Cannot use a pool after calling end/i.test(message)) return true;
  }
  return false;
}

function fieldOf(context: string, instancePath: string, params: Record<string, unknown>): string {
  const parts = instancePath.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = params.missingProperty ?? params.additionalProperty;
  if (typeof extra === 'string') parts.push(extra);
  const path = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  if (context === 'headers') return path ? `headers.${path}` : 'headers';
  return path || context;
}
