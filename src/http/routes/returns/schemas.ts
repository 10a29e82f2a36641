import { RETURN_REASONS } from '../../../core/returns/return-reasons.js';
import { RETURN_STATUSES } from '../../../core/returns/return-status.js';
import { SHIPPING_REFUND_POLICIES } from '../../../core/returns/return-policy.js';

const amount = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['29.32'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;
const nullable = <T extends object>(s: T) => ({ anyOf: [s, { type: 'null' }] }) as const;
const when = { type: ['string', 'null'], format: 'date-time' } as const;

const line = {
  type: 'object',
  required: ['sku', 'orderLine', 'quantity', 'reason', 'note', 'receivedQuantity', 'restockedQuantity'],
  properties: {
    sku: { type: 'string' },
    orderLine: { type: 'integer', description: "the order line's position" },
    quantity: { type: 'integer' },
    reason: { type: 'string', enum: [...RETURN_REASONS] },
    note: { type: ['string', 'null'] },
    receivedQuantity: { type: 'integer' },
    restockedQuantity: { type: 'integer', description: 'units put back on the shelf (damaged ones are received, not restocked)' },
  },
} as const;

const rule = {
  type: 'object',
  required: ['id', 'refundable', 'note', 'source', 'skus'],
  properties: {
    id: { type: 'string', examples: ['refund.EU.IOSS'] },
    refundable: { type: 'boolean', description: 'whether this rule lets the part go back' },
    note: { type: 'string' },
    source: { type: ['string', 'null'], description: 'the law or notice the rule rests on (null for the store policy)' },
    skus: { type: 'array', items: { type: 'string' } },
  },
} as const;

const reliefLine = {
  type: 'object',
  required: ['sku', 'title', 'hsCode', 'originCountry', 'quantity', 'value', 'duties', 'taxes', 'taxScheme'],
  properties: { sku: { type: 'string' }, title: { type: 'string' }, hsCode: { type: ['string', 'null'] }, originCountry: { type: ['string', 'null'] }, quantity: { type: 'integer' }, value: amount, duties: amount, taxes: amount, taxScheme: { type: ['string', 'null'] } },
} as const;

const relief = {
  type: 'object',
  description: 'what duty drawback and returned-goods relief claims need: the original order, the export (tracking number and carrier dates), the received date, per line HS code, origin, units, customs value, duties and taxes paid',
  required: ['shipmentId', 'orderNumber', 'exportTrackingNumber', 'carrier', 'exportCountry', 'importCountry', 'incoterm', 'paidBy', 'shippedAt', 'shippedSource', 'deliveredAt', 'deliveredSource', 'receivedAt', 'lines'],
  properties: {
    shipmentId: { type: 'string' },
    orderNumber: { type: 'string' },
    exportTrackingNumber: { type: ['string', 'null'] },
    carrier: { type: 'string' },
    exportCountry: { type: 'string' },
    importCountry: { type: 'string' },
    incoterm: { type: 'string' },
    paidBy: { type: 'string', enum: ['seller', 'buyer'] },
    shippedAt: when,
    shippedSource: { type: ['string', 'null'], enum: ['carrier', 'operator', null] },
    deliveredAt: when,
    deliveredSource: { type: ['string', 'null'], enum: ['carrier', 'operator', null] },
    receivedAt: { type: 'string', format: 'date-time' },
    lines: { type: 'array', items: reliefLine },
  },
} as const;

export const returnSchema = {
  type: 'object',
  required: ['id', 'order', 'status', 'warehouse', 'currency', 'lines', 'label', 'rejectReason', 'cancelReason', 'refund', 'relief', 'createdAt', 'approvedAt', 'inTransitAt', 'receivedAt', 'refundedAt', 'rejectedAt', 'cancelledAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    order: { type: 'string', examples: ['LF-100420'] },
    status: { type: 'string', enum: [...RETURN_STATUSES] },
    warehouse: { type: 'string' },
    currency: { type: 'string' },
    lines: { type: 'array', items: line },
    label: nullable({
      type: 'object',
      required: ['carrier', 'service', 'trackingNumber', 'cost', 'pdf'],
      properties: { carrier: { type: 'string' }, service: { type: ['string', 'null'] }, trackingNumber: { type: 'string' }, cost: nullable(amount), pdf: { type: 'string', description: 'path of the label PDF (GET, admin key)' } },
    }),
    rejectReason: { type: ['string', 'null'] },
    cancelReason: { type: ['string', 'null'] },
    refund: nullable({
      type: 'object',
      required: ['id', 'total', 'parts'],
      properties: {
        id: { type: 'string', description: 'the order refund that paid it' },
        total: amount,
        parts: { type: 'array', items: { type: 'object', required: ['part', 'refunded', 'keptBack', 'rules'], properties: { part: { type: 'string', enum: ['goods', 'duties', 'taxes', 'shipping', 'fees'] }, refunded: amount, keptBack: amount, rules: { type: 'array', items: rule } } } },
      },
    }),
    relief: { type: 'array', items: relief },
    createdAt: { type: 'string', format: 'date-time' },
    approvedAt: when,
    inTransitAt: when,
    receivedAt: when,
    refundedAt: when,
    rejectedAt: when,
    cancelledAt: when,
    tracking: { type: 'array', description: 'the return parcel as the carrier reports it (detail only)', items: { type: 'object', required: ['status', 'at', 'location'], properties: { status: { type: 'string' }, at: { type: 'string' }, location: { type: ['string', 'null'] } } } },
  },
} as const;

export const buyerReturnSchema = {
  type: 'object',
  required: ['id', 'order', 'status', 'lines', 'label', 'rejectReason', 'refund', 'createdAt', 'receivedAt', 'refundedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    order: { type: 'string' },
    status: { type: 'string', enum: [...RETURN_STATUSES] },
    lines: { type: 'array', items: line },
    label: nullable({ type: 'object', required: ['carrier', 'trackingNumber'], properties: { carrier: { type: 'string' }, trackingNumber: { type: 'string' } } }),
    rejectReason: { type: ['string', 'null'] },
    refund: nullable({ type: 'object', required: ['total'], properties: { total: amount } }),
    createdAt: { type: 'string', format: 'date-time' },
    receivedAt: when,
    refundedAt: when,
  },
} as const;

export const returnRequestBody = {
  type: 'object',
  required: ['email', 'lines'],
  properties: {
    email: { type: 'string', examples: ['ana@example.com'] },
    lines: {
      type: 'array',
      items: { type: 'object', required: ['sku', 'quantity', 'reason'], properties: { sku: { type: 'string' }, quantity: { type: 'integer', minimum: 1 }, reason: { type: 'string', enum: [...RETURN_REASONS] }, note: { type: 'string', maxLength: 500, description: 'free text; required with reason other' } } },
    },
  },
} as const;

export const receiveBody = {
  type: 'object',
  properties: { lines: { type: 'array', items: { type: 'object', required: ['sku', 'quantity', 'restock'], properties: { sku: { type: 'string' }, quantity: { type: 'integer', minimum: 1 }, restock: { type: 'boolean' } } } } },
} as const;

export const returnPolicySchema = {
  type: 'object',
  required: ['refundShipping', 'isDefault', 'updatedAt'],
  properties: { refundShipping: { type: 'string', enum: [...SHIPPING_REFUND_POLICIES] }, isDefault: { type: 'boolean' }, updatedAt: when },
} as const;
