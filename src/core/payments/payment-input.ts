import { isCountry } from '../geo/countries.js';
import { parseMoney, type Money } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { checkCard, type CardDetails } from './card.js';
import type { PaymentFlow } from './payment-method.js';
import { checkRefundParts } from './refund-check.js';

/**
 * The inputs of the payment operations, checked once here so that HTTP, the library and later the
 * checkout name bad fields alike. Money is `{ amount: "25.00", currency: "EUR" }`: a decimal string
 * with no more fraction digits than the currency has (JPY "1980", EUR "19.90").
 */
export type CreatePaymentInput = {
  reference: string;
  amount: Money;
  method: string;
  country: string;
  market: string | undefined;
  capture: 'automatic' | 'manual';
  /** required: authenticate the buyer with 3-D Secure whatever the card (card methods only). */
  threeDSecure: 'automatic' | 'required';
};

export type ConfirmPaymentInput = { card: CardDetails | undefined; returnUrl: string | undefined; paymentMethod?: string | undefined };

/**
 * What the payment's provider takes at confirmation: `card` details (the test provider), or a
 * `paymentMethod` token made by its hosted fields (a real provider: card numbers are refused).
 */
export type ConfirmOptions = { provider?: string; input?: 'card' | 'paymentMethod' };

/** A provider's payment method token: Stripe's `pm_...` ids (letters, digits, underscores). */
const PAYMENT_METHOD_TOKEN = /^pm_[A-Za-z0-9_]{1,250}$/;

export type RefundInput = { amount: Money; reason: string | undefined; parts: Record<string, number> | undefined };

type Issues = FieldIssue[];

function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

function rejectUnknown(body: Record<string, unknown>, known: readonly string[], issues: Issues): void {
  for (const key of Object.keys(body)) if (!known.includes(key)) issues.push({ field: key, message: 'is not a field of this request' });
}

function failed(issues: Issues): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/** A money object `{ amount, currency }` in exact minor units; `positive` refuses zero and below. */
export function parseMoneyField(value: unknown, field: string, issues: Issues, options: { currency?: string } = {}): Money | undefined {
  const m = asObject(value);
  if (!m || typeof m.amount !== 'string' || typeof m.currency !== 'string') {
    issues.push({ field, message: 'must be an object like { "amount": "25.00", "currency": "EUR" }' });
    return undefined;
  }
  if (options.currency !== undefined && m.currency !== options.currency) {
    issues.push({ field: `${field}.currency`, message: `must be ${options.currency}, the payment's currency` });
    return undefined;
  }
  const parsed = parseMoney(m.amount, m.currency);
  if (!parsed.ok) {
    issues.push({ field: parsed.error === 'UNKNOWN_CURRENCY' ? `${field}.currency` : `${field}.amount`, message: parsed.message });
    return undefined;
  }
  if (parsed.value.amount <= 0) {
    issues.push({ field: `${field}.amount`, message: 'must be more than zero' });
    return undefined;
  }
  return parsed.value;
}

/** A payment for a checkout or order: what, how much, how, and for a buyer where. */
export function parseCreatePaymentInput(input: unknown): Result<CreatePaymentInput, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const issues: Issues = [];
  rejectUnknown(body, ['reference', 'amount', 'method', 'country', 'market', 'capture', 'threeDSecure'], issues);
  const reference = typeof body.reference === 'string' ? body.reference.trim() : '';
  if (!/^[\x21-\x7e][\x20-\x7e]{0,199}$/.test(reference)) issues.push({ field: 'reference', message: 'is required: 1 to 200 printable characters naming the checkout or order' });
  const amount = parseMoneyField(body.amount, 'amount', issues);
  const method = body.method;
  if (typeof method !== 'string' || !/^[a-z][a-z0-9_]{1,30}$/.test(method)) issues.push({ field: 'method', message: 'is required: a payment method id like card or ideal' });
  const country = typeof body.country === 'string' ? body.country.toUpperCase() : '';
  if (!isCountry(country)) issues.push({ field: 'country', message: "is required: the buyer's country as an ISO 3166-1 alpha-2 code like NL" });
  const market = body.market;
  if (market !== undefined && (typeof market !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(market))) issues.push({ field: 'market', message: 'must be a market id like eu' });
  const capture = body.capture ?? 'automatic';
  if (capture !== 'automatic' && capture !== 'manual') issues.push({ field: 'capture', message: 'must be automatic or manual' });
  const threeDSecure = body.threeDSecure ?? 'automatic';
  if (threeDSecure !== 'automatic' && threeDSecure !== 'required') issues.push({ field: 'threeDSecure', message: 'must be automatic or required' });
  if (issues.length > 0) return failed(issues);
  return ok({ reference, amount: amount!, method: method as string, country, market: market as string | undefined, capture: capture as 'automatic' | 'manual', threeDSecure: threeDSecure as 'automatic' | 'required' });
}

/**
 * What confirming needs for the method's flow: card details for card methods (checked against
 * `today`), a return URL for redirect methods (where the buyer comes back to), nothing for offline
 * methods. A return URL is optional for cards: it is used only if a 3-D Secure challenge is needed.
 */
export function parseConfirmInput(input: unknown, flow: PaymentFlow, today: { year: number; month: number }, options: ConfirmOptions = {}): Result<ConfirmPaymentInput, 'VALIDATION_FAILED'> {
  const body = asObject(input ?? {});
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  if (options.input === 'paymentMethod') return parseTokenConfirm(body, flow, options.provider ?? 'this provider');
  const issues: Issues = [];
  rejectUnknown(body, ['card', 'returnUrl', 'paymentMethod'], issues);
  if (body.paymentMethod !== undefined) issues.push({ field: 'paymentMethod', message: `is a token of a provider's hosted card fields; ${options.provider ?? 'this'} payments take card details` });
  let card: CardDetails | undefined;
  if (flow === 'card') {
    if (body.card === undefined) issues.push({ field: 'card', message: 'is required for a card payment: number, expMonth, expYear and cvc' });
    else {
      const checked = checkCard(body.card, today);
      if (checked.ok) card = checked.value;
      else issues.push(...(checked.details ?? [{ field: 'card', message: checked.message }]));
    }
  } else if (body.card !== undefined) issues.push({ field: 'card', message: 'is only for card payments' });
  const returnUrl = body.returnUrl;
  if (returnUrl !== undefined && !isHttpUrl(returnUrl)) issues.push({ field: 'returnUrl', message: 'must be an http:// or https:// URL' });
  else if (returnUrl === undefined && flow === 'redirect') issues.push({ field: 'returnUrl', message: 'is required: where the buyer comes back to after authorizing the payment' });
  if (issues.length > 0) return failed(issues);
  return ok({ card, returnUrl: returnUrl as string | undefined });
}

/**
 * Confirming with a provider whose hosted fields make the payment method (Stripe): `paymentMethod`
 * (required for card flows, optional otherwise) and `returnUrl` (required for card and redirect
 * flows: where the buyer comes back after 3-D Secure or the bank's page). Card numbers are refused
 * outright, naming `card`: they must never reach the server.
 */
function parseTokenConfirm(body: Record<string, unknown>, flow: PaymentFlow, provider: string): Result<ConfirmPaymentInput, 'VALIDATION_FAILED'> {
  const issues: Issues = [];
  rejectUnknown(body, ['card', 'returnUrl', 'paymentMethod'], issues);
  if (body.card !== undefined) issues.push({ field: 'card', message: `card details are not accepted for ${provider} payments: send paymentMethod, the id (pm_...) made by ${provider}'s hosted card fields in the buyer's browser` });
  const paymentMethod = body.paymentMethod;
  if (paymentMethod !== undefined && (typeof paymentMethod !== 'string' || !PAYMENT_METHOD_TOKEN.test(paymentMethod))) issues.push({ field: 'paymentMethod', message: `must be a ${provider} PaymentMethod id like pm_1Q0PsIJvEtkwdCNY` });
  else if (paymentMethod === undefined && flow === 'card' && body.card === undefined) issues.push({ field: 'paymentMethod', message: `is required for a card payment: the id (pm_...) made by ${provider}'s hosted card fields` });
  const returnUrl = body.returnUrl;
  if (returnUrl !== undefined && !isHttpUrl(returnUrl)) issues.push({ field: 'returnUrl', message: 'must be an http:// or https:// URL' });
  else if (returnUrl === undefined && flow !== 'offline') issues.push({ field: 'returnUrl', message: `is required: where the buyer comes back to after ${flow === 'card' ? 'a 3-D Secure challenge' : 'authorizing the payment'}` });
  if (issues.length > 0) return failed(issues);
  return ok({ card: undefined, returnUrl: returnUrl as string | undefined, paymentMethod: paymentMethod as string | undefined });
}

/** The amount to capture from an authorization, in the payment's currency (default: all of it). */
export function parseCaptureInput(input: unknown, currency: string): Result<{ amount: Money | undefined }, 'VALIDATION_FAILED'> {
  const body = asObject(input ?? {});
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const issues: Issues = [];
  rejectUnknown(body, ['amount'], issues);
  const amount = body.amount === undefined ? undefined : parseMoneyField(body.amount, 'amount', issues, { currency });
  if (issues.length > 0) return failed(issues);
  return ok({ amount });
}

/**
 * A refund: an amount in the payment's currency, an optional reason (up to 500 characters) and
 * optional parts (goods, shipping, duty, tax, fees as decimal strings) that add up to the amount.
 * Whether the amount fits what was paid is `checkRefund`'s question, asked with the payment's figures.
 */
export function parseRefundInput(input: unknown): Result<RefundInput, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const issues: Issues = [];
  rejectUnknown(body, ['amount', 'reason', 'parts'], issues);
  const amount = parseMoneyField(body.amount, 'amount', issues);
  const reason = body.reason;
  if (reason !== undefined && (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > 500)) issues.push({ field: 'reason', message: 'must be text of 1 to 500 characters' });
  let parts: Record<string, number> | undefined;
  if (body.parts !== undefined) {
    const given = asObject(body.parts);
    if (!given || Object.keys(given).length === 0) issues.push({ field: 'parts', message: 'must be an object like { "goods": "20.00", "shipping": "5.00" }' });
    else if (amount) {
      parts = {};
      for (const [name, value] of Object.entries(given)) {
        const parsed = typeof value === 'string' ? parseMoneyAmount(value, amount.currency) : undefined;
        if (parsed === undefined) issues.push({ field: `parts.${name}`, message: `must be a decimal amount in ${amount.currency} like "5.00"` });
        else parts[name] = parsed;
      }
      if (issues.length === 0) {
        const checked = checkRefundParts(parts, amount);
        if (!checked.ok) issues.push({ field: checked.field ?? 'parts', message: checked.message });
      }
    }
  }
  if (issues.length > 0) return failed(issues);
  return ok({ amount: amount!, reason: typeof reason === 'string' ? reason.trim() : undefined, parts });
}

function parseMoneyAmount(text: string, currency: string): number | undefined {
  const r = parseMoney(text, currency);
  return r.ok ? r.value.amount : undefined;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2000) return false;
  return /^https?:\/\/[^\s/?#]+(?:[/?#][^\s]*)?$/i.test(value);
}
