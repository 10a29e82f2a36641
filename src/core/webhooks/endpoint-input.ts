import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

export type WebhookEndpointInput = { url: string; description: string | null; eventTypes: string[] };

/** `order.paid`, a family `order.*`, or everything `*`. */
const EVENT_PATTERN = /^(?:\*|[a-z][a-z_]*(?:\.[a-z][a-z_]*)*\.\*|[a-z][a-z_]*(?:\.[a-z][a-z_]*)+)$/;

/**
 * Check a webhook endpoint as an operator registers it: an http(s) URL without credentials in it
 * (the signature authenticates Landfall to the receiver; http is allowed for local development),
 * an optional description, and the event types it subscribes to (1 to 50 patterns).
 */
export function validateEndpointInput(input: unknown): Result<WebhookEndpointInput, 'VALIDATION_FAILED'> {
  const body = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(body)) if (!['url', 'description', 'eventTypes'].includes(key)) issues.push({ field: key, message: 'is not a field of a webhook endpoint' });
  let url = '';
  if (typeof body.url !== 'string' || body.url.length > 2000) issues.push({ field: 'url', message: 'must be a URL of at most 2,000 characters' });
  else {
    const parsed = parseUrl(body.url);
    if (!parsed) issues.push({ field: 'url', message: 'must be an absolute http:// or https:// URL' });
    else if (parsed.username !== '' || parsed.password !== '') issues.push({ field: 'url', message: 'must not carry a user name or password (deliveries are signed instead)' });
    else if (parsed.hash !== '') issues.push({ field: 'url', message: 'must not have a #fragment' });
    else url = parsed.href;
  }
  let description: string | null = null;
  if (body.description !== undefined && body.description !== null) {
    if (typeof body.description !== 'string' || body.description.length > 200) issues.push({ field: 'description', message: 'must be text of at most 200 characters' });
    else description = body.description.trim() || null;
  }
  const eventTypes: string[] = [];
  if (!Array.isArray(body.eventTypes) || body.eventTypes.length === 0 || body.eventTypes.length > 50) issues.push({ field: 'eventTypes', message: 'must list 1 to 50 event types, such as "order.paid", "order.*" or "*"' });
  else
    body.eventTypes.forEach((t, i) => {
      if (typeof t !== 'string' || !EVENT_PATTERN.test(t)) issues.push({ field: `eventTypes[${i}]`, message: 'must be an event type ("order.paid"), a family ("order.*") or "*"' });
      else if (!eventTypes.includes(t)) eventTypes.push(t);
    });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ url, description, eventTypes });
}

function parseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an endpoint subscribed to `patterns` wants an event of `type`. */
export function wantsEvent(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}
