import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../../core/result/result.js';
import { GATEWAY_ERRORS, type GatewayErrorCode } from '../../../services/test-gateway/gateway-errors.js';

/** Answer a gateway result as its API does: the object, or `{ error: { type, code, message, param } }`. */
export function sendGateway<T>(reply: FastifyReply, result: Result<T, GatewayErrorCode>, status = 200): FastifyReply {
  if (result.ok) return reply.code(status).send(result.value);
  return sendGatewayError(reply, result.code, result.message, result.field);
}

export function sendGatewayError(reply: FastifyReply, code: GatewayErrorCode, message: string, param?: string): FastifyReply {
  const { status, type } = GATEWAY_ERRORS[code];
  return reply.code(status).send({ error: { type, code, message, ...(param ? { param } : {}) } });
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** An onRequest hook admitting only `Authorization: Bearer <the gateway's key>` (compared in constant time). */
export function requireGatewayKey(key: () => string) {
  return async function checkGatewayKey(request: FastifyRequest, reply: FastifyReply) {
    const given = request.headers.authorization ?? '';
    const token = given.startsWith('Bearer ') ? given.slice(7) : '';
    if (!timingSafeEqual(digest(token), digest(key()))) {
      reply.header('www-authenticate', 'Bearer realm="test-gateway"');
      return sendGatewayError(reply, 'api_key_invalid', token === '' ? 'no API key: send Authorization: Bearer <key>' : 'the API key is not valid');
    }
  };
}

/** Fastify's own errors (validation, body parsing) in the gateway's error format; `card.number` becomes `card[number]`. */
export function gatewayErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) {
    const first = error.validation[0]!;
    const params = first.params as Record<string, unknown>;
    const parts = first.instancePath.split('/').filter(Boolean);
    if (typeof params.missingProperty === 'string') parts.push(params.missingProperty);
    if (typeof params.additionalProperty === 'string') parts.push(params.additionalProperty);
    const param = parts.length === 0 ? undefined : parts[0] + parts.slice(1).map((p) => `[${p}]`).join('');
    const code = typeof params.missingProperty === 'string' ? 'parameter_missing' : 'parameter_invalid';
    return sendGatewayError(reply, code, `${param ?? error.validationContext ?? 'request'} ${first.message ?? 'is invalid'}`, param);
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendGatewayError(reply, 'unsupported_media_type', 'send application/json (or a form for the challenge page)');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return sendGatewayError(reply, 'parameter_invalid', error.message);
  request.log.error({ err: error }, 'test gateway error');
  return sendGatewayError(reply, 'api_error', 'the test gateway failed; the request id is in x-request-id');
}
