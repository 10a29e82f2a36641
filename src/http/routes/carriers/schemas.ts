const amount = { type: ['object', 'null'], required: ['amount', 'currency'], properties: { amount: { type: 'string' }, currency: { type: 'string' } } } as const;

export const labelSchema = {
  type: 'object',
  required: ['id', 'order', 'shipment', 'carrier', 'service', 'trackingNumber', 'carrierShipmentId', 'status', 'cost', 'pdf', 'createdAt', 'voidedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    order: { type: 'string', examples: ['LF-100420'] },
    shipment: { type: 'object', required: ['id', 'position'], properties: { id: { type: 'string' }, position: { type: 'integer' } } },
    carrier: { type: 'string', description: 'the adapter that sold the label', examples: ['test'] },
    service: { type: 'string', examples: ['nl-postal-economy'] },
    trackingNumber: { type: 'string', examples: ['CP000000015NL'] },
    carrierShipmentId: { type: 'string' },
    status: { type: 'string', enum: ['active', 'voided'] },
    cost: amount,
    pdf: { type: 'string', description: 'path of the label PDF (GET with an admin key)' },
    createdAt: { type: 'string', format: 'date-time' },
    voidedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

const trackingEvent = {
  type: 'object',
  required: ['status', 'at', 'location', 'amountDue'],
  properties: {
    status: { type: 'string', description: 'label_created, picked_up, in_transit, customs_hold, customs_released, out_for_delivery, delivered, delivery_failed, returned_to_sender' },
    at: { type: 'string', format: 'date-time' },
    location: { type: ['string', 'null'] },
    amountDue: amount,
    description: { type: ['string', 'null'], description: "the carrier's words (admin only)" },
    receivedAt: { type: 'string', format: 'date-time', description: 'admin only' },
  },
} as const;

export const trackingSchema = {
  type: 'object',
  required: ['order', 'status', 'shipments'],
  properties: {
    order: { type: 'string' },
    status: { type: 'string' },
    shipments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['position', 'status', 'carrier', 'service', 'trackingNumber', 'latest', 'awaitingPayment', 'events'],
        properties: {
          position: { type: 'integer' },
          status: { type: 'string', enum: ['planned', 'labelled', 'shipped', 'delivered', 'returned'] },
          carrier: { type: 'string' },
          service: { type: 'string' },
          trackingNumber: { type: ['string', 'null'] },
          latest: { type: ['string', 'null'] },
          awaitingPayment: { ...amount, description: 'duties and taxes the buyer pays the carrier before delivery (DAP customs hold)' },
          events: { type: 'array', items: trackingEvent },
        },
      },
    },
  },
} as const;

export const receiptSchema = {
  type: 'object',
  required: ['received', 'deliveryId', 'events', 'stored', 'duplicates', 'applied', 'notes'],
  properties: {
    received: { type: 'boolean' },
    deliveryId: { type: 'string' },
    events: { type: 'integer' },
    stored: { type: 'integer' },
    duplicates: { type: 'integer', description: 'events received before (by the carrier event id), dropped' },
    applied: { type: 'array', items: { type: 'string' } },
    notes: { type: 'array', items: { type: 'string' } },
  },
} as const;
