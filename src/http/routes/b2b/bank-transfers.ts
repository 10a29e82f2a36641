import { listBankTransfers } from '../../../services/b2b/payments/list-bank-transfers.js';
import { recordBankTransfer } from '../../../services/b2b/payments/record-bank-transfer.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

type NumberRoute = { Params: { number: string } };
const tags = ['distributors'];
const params = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;
const money = { $ref: 'Money#' } as const;

const transferSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: "the transfer's payment id" },
    order: { type: 'string' },
    reference: { type: 'string', description: "the bank's reference, as compared: trimmed, spaces collapsed, upper case" },
    amount: money,
    receivedOn: { type: 'string', format: 'date' },
    refunded: money,
  },
} as const;

const accountSchema = {
  type: 'object',
  properties: {
    order: { type: 'string' },
    status: { type: 'string' },
    paymentTerms: { type: ['string', 'null'] },
    paymentDueOn: { type: ['string', 'null'], format: 'date' },
    total: money,
    received: { ...money, description: 'the sum of the transfers recorded' },
    open: { ...money, description: 'total - received, never below zero' },
    paidAt: { type: ['string', 'null'], format: 'date-time' },
    transfers: { type: 'array', items: transferSchema },
  },
} as const;

const recordedSchema = {
  type: 'object',
  properties: { created: { type: 'boolean', description: 'false: this transfer was already recorded, and this is what is stored' }, transfer: transferSchema, account: accountSchema },
} as const;

const body = {
  type: 'object',
  required: ['amount', 'reference', 'receivedOn'],
  properties: {
    amount: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['1523.73'] }, currency: { type: 'string', examples: ['EUR'] } } },
    reference: { type: 'string', description: "the bank's reference for this transfer, at most 140 characters", examples: ['PF-Q-1001 / 2026-12-01'] },
    receivedOn: { type: 'string', description: 'the day the transfer arrived, YYYY-MM-DD, not after today', examples: ['2026-12-01'] },
  },
} as const;

/**
 * A distributor's bank transfers against its order (admin scope): record one (operator) and list
 * them (read_only). Refusals are problem+json naming the field: a transfer over what is open 422
 * TRANSFER_EXCEEDS_OPEN (`amount.amount`), another currency 422 CURRENCY_MISMATCH
 * (`amount.currency`), a reference already used for another transfer 409 TRANSFER_REFERENCE_USED
 * (`reference`), a cancelled or paid order 409 ORDER_STATE_CONFLICT (`status`), an order not on
 * bank-transfer terms 422 PAYMENT_METHOD_NOT_AVAILABLE (`number`).
 */
export const bankTransferRoutes: RouteRegistrar = (app, deps) => {
  app.post<NumberRoute>('/v1/admin/orders/:number/bank-transfers', {
    onRequest: requireScope(deps, 'admin', 'operator'),
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: "Record a distributor's bank transfer against its order: parts add up, and the order is paid when they reach its total",
      description: '201 with the transfer and the order account; the same transfer (same reference, amount and day) again answers 200 with what is stored and changes nothing.',
      security: bearerSecurity,
      params,
      body,
      response: { 200: recordedSchema, 201: recordedSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const r = await recordBankTransfer(deps, request.params.number, request.body);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.code(r.value.created ? 201 : 200).send(r.value);
  });

  app.get<NumberRoute>('/v1/admin/orders/:number/bank-transfers', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: { tags, summary: 'The bank transfers recorded for an order, with its total, what was received and what is open', security: bearerSecurity, params, response: { 200: accountSchema, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const r = await listBankTransfers(deps, request.params.number);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });
};
