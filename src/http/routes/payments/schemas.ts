import type { FastifySchemaCompiler } from 'fastify';
import { objectBodyOnly } from '../../validate-in-core.js';

/**
 * Like `objectBodyOnly` (the core checks the fields), but an absent body is fine too: confirming a
 * voucher payment or capturing all of an authorization needs no input.
 */
export const optionalObjectBody: FastifySchemaCompiler<unknown> = (route) => {
  const check = objectBodyOnly(route) as (data: unknown) => unknown;
  return (data: unknown) => (data === undefined || data === null ? { value: {} } : check(data)) as never;
};

const moneyView = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['25.90'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;

export const refundSchema = {
  type: 'object',
  required: ['id', 'paymentId', 'providerRefundId', 'amount', 'status', 'reason', 'parts', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    paymentId: { type: 'string', format: 'uuid' },
    providerRefundId: { type: 'string' },
    amount: moneyView,
    status: { type: 'string', enum: ['pending', 'succeeded', 'failed'] },
    reason: { type: ['string', 'null'] },
    parts: { type: ['object', 'null'], additionalProperties: { type: 'string' }, description: 'goods, shipping, duty, tax, fees as decimal strings' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const paymentSchema = {
  type: 'object',
  required: ['id', 'reference', 'provider', 'providerPaymentId', 'method', 'status', 'amount', 'captured', 'refunded', 'refundStatus', 'nextAction', 'failure', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    reference: { type: 'string', description: 'the checkout or order this payment is for' },
    provider: { type: 'string', examples: ['test'] },
    providerPaymentId: { type: 'string' },
    method: { type: 'string', examples: ['card', 'ideal', 'konbini'] },
    status: { type: 'string', enum: ['requires_action', 'processing', 'authorized', 'succeeded', 'failed', 'cancelled'] },
    amount: moneyView,
    captured: moneyView,
    refunded: moneyView,
    refundStatus: { type: 'string', enum: ['none', 'partial', 'full'] },
    nextAction: {
      type: ['object', 'null'],
      additionalProperties: true,
      description: 'confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details)',
      properties: { type: { type: 'string', enum: ['confirm', 'redirect', 'display_instructions'] } },
    },
    failure: { type: ['object', 'null'], properties: { code: { type: 'string', examples: ['card_declined', 'insufficient_funds'] }, message: { type: 'string' } } },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    refunds: { type: 'array', items: refundSchema },
  },
} as const;

const moneyInput = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['25.90'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;

export const createPaymentBody = {
  type: 'object',
  required: ['reference', 'amount', 'method', 'country'],
  properties: {
    reference: { type: 'string', description: 'the checkout or order, 1 to 200 characters' },
    amount: moneyInput,
    method: { type: 'string', examples: ['card'] },
    country: { type: 'string', description: "the buyer's country (ISO 3166-1 alpha-2)", examples: ['NL'] },
    market: { type: 'string', description: 'when given, the method must be one the market offers', examples: ['eu'] },
    capture: { type: 'string', enum: ['automatic', 'manual'], default: 'automatic', description: 'manual: authorize now, capture later (cards, wallets, PayPal, Klarna, Afterpay)' },
    threeDSecure: { type: 'string', enum: ['automatic', 'required'], default: 'automatic', description: 'required: authenticate the card payment with 3-D Secure whatever the card (what fraud screening asks with a challenge decision)' },
  },
} as const;

export const confirmPaymentBody = {
  type: 'object',
  properties: {
    card: {
      type: 'object',
      description: 'card methods (test provider only: a real provider takes a token from its hosted fields)',
      required: ['number', 'expMonth', 'expYear', 'cvc'],
      properties: { number: { type: 'string', examples: ['4242424242424242'] }, expMonth: { type: 'integer' }, expYear: { type: 'integer' }, cvc: { type: 'string' } },
    },
    returnUrl: { type: 'string', description: 'where the buyer comes back after a redirect (required for redirect methods; with Stripe, for cards too)' },
    paymentMethod: {
      type: 'string',
      description: "Stripe payments: the PaymentMethod id (pm_...) made by Stripe's hosted fields in the buyer's browser; required for cards, which refuse card details. Optional for other methods (iDEAL, PayNow, ...: Stripe makes one)",
      examples: ['pm_1Q0PsIJvEtkwdCNYMSaVuRz6'],
    },
  },
} as const;

export const refundBody = {
  type: 'object',
  required: ['amount'],
  properties: {
    amount: moneyInput,
    reason: { type: 'string', maxLength: 500 },
    parts: { type: 'object', additionalProperties: { type: 'string' }, description: 'goods, shipping, duty, tax, fees as decimal strings adding up to amount' },
  },
} as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
