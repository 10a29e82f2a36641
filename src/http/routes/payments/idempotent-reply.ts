import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure, Result } from '../../../core/result/result.js';
import { hashRequest } from '../../../services/idempotency/request-hash.js';
import { IDEMPOTENCY_HEADER, withIdempotency } from '../../../services/idempotency/with-idempotency.js';
import type { Deps } from '../../../services/deps.js';
import { sendFailure, statusForCode } from '../../errors.js';

/** OpenAPI description of the Idempotency-Key header. */
export function idempotencyHeaderSchema(required: boolean) {
  return {
    type: 'object',
    ...(required ? { required: ['idempotency-key'] } : {}),
    properties: {
      'idempotency-key': {
        type: 'string',
        minLength: 1,
        maxLength: 255,
        description: `${required ? 'Required' : 'Optional'}. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE.`,
      },
    },
  } as const;
}

/**
 * Answer a request that moves money under its Idempotency-Key: run the service once per key (for
 * this API key and operation), keep its answer, replay it to retries. Failures the service returns
 * are kept too (a retry gets the same 4xx), except 5xx ones, which a retry may fix.
 */
export async function replyIdempotently<T>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { operation: string; required: boolean; successStatus: number },
  run: (providerKey: string | undefined) => Promise<Result<T, string>>,
): Promise<FastifyReply> {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined && options.required) {
    return sendFailure(request, reply, { ok: false, code: 'VALIDATION_FAILED', message: `the ${IDEMPOTENCY_HEADER} header is required on this request, so that a retry cannot act twice`, field: 'headers.idempotency-key' });
  }
  const scope = `${request.principal?.keyId ?? 'anonymous'}:${options.operation}`;
  const path = request.url.split('?')[0];
  const outcome = await withIdempotency(deps, { scope, key, requestHash: hashRequest({ method: request.method, path, body: request.body ?? null }) }, async (providerKey) => {
    const r = await run(providerKey);
    return r.ok ? { status: options.successStatus, body: r.value } : { status: statusForCode(r.code), body: { ok: false, code: r.code, message: r.message, field: r.field, details: r.details } };
  });
  if (!outcome.ok) return sendFailure(request, reply, outcome);
  if (outcome.value.replayed) reply.header('idempotent-replayed', 'true');
  const { status, body } = outcome.value;
  if (status >= 400) return sendFailure(request, reply, body as Failure);
  return reply.code(status).send(body);
}
