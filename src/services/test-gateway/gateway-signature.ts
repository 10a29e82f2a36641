import { createHmac } from 'node:crypto';

/** The header carrying a webhook's signature. */
export const GATEWAY_SIGNATURE_HEADER = 'TestGateway-Signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the webhook secret>`.
 * Signing the time with the body lets a receiver refuse an old delivery replayed by someone who
 * captured it; signing the raw bytes means the receiver must check before parsing.
 */
export function signGatewayWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
