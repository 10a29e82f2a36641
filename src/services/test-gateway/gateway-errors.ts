import { fail, type Failure, type Result } from '../../core/result/result.js';

/**
 * The test gateway's error codes, as its API answers them: `{ "error": { "type", "code",
 * "message", "param" } }` with the HTTP status below. Kept apart from Landfall's own codes, as a
 * real provider's are.
 */
export const GATEWAY_ERRORS = {
  parameter_missing: { status: 400, type: 'invalid_request_error' },
  parameter_invalid: { status: 400, type: 'invalid_request_error' },
  payment_method_unsupported: { status: 400, type: 'invalid_request_error' },
  payment_intent_unexpected_state: { status: 400, type: 'invalid_request_error' },
  amount_too_large: { status: 400, type: 'invalid_request_error' },
  idempotency_key_reused: { status: 400, type: 'idempotency_error' },
  api_key_invalid: { status: 401, type: 'authentication_error' },
  resource_missing: { status: 404, type: 'invalid_request_error' },
  route_missing: { status: 404, type: 'invalid_request_error' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error' },
  api_error: { status: 500, type: 'api_error' },
} as const;

export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS;
export type GatewayFailure = Failure<GatewayErrorCode>;

export function gatewayFail(code: GatewayErrorCode, message: string, param?: string): GatewayFailure {
  return fail(code, message, param === undefined ? {} : { field: param });
}

export function missingIntent(id: string): GatewayFailure {
  return gatewayFail('resource_missing', `no such payment_intent: '${id}'`, 'id');
}

export function unexpectedState(id: string, status: string, action: string): GatewayFailure {
  return gatewayFail('payment_intent_unexpected_state', `payment_intent ${id} is ${status} and cannot be ${action}`);
}

export type GatewayResult<T> = Result<T, GatewayErrorCode>;
