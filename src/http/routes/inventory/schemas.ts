/** JSON schemas of the inventory API: they document it in OpenAPI and shape the answers. */

const addressSchema = {
  type: 'object',
  required: ['lines', 'city', 'postalCode'],
  properties: {
    lines: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', maxLength: 100 } },
    city: { type: 'string', maxLength: 100 },
    postalCode: { type: 'string', maxLength: 20 },
    region: { type: 'string', maxLength: 100 },
  },
} as const;

export const warehouseInputSchema = {
  type: 'object',
  required: ['name', 'country', 'address', 'markets'],
  properties: {
    name: { type: 'string', maxLength: 100, examples: ['Venlo fulfilment'] },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2', examples: ['NL'] },
    address: addressSchema,
    markets: { type: 'array', items: { type: 'string' }, description: 'ids of the markets it ships to', examples: [['eu', 'uk']] },
    active: { type: 'boolean', default: true },
    position: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 },
  },
} as const;

export const warehouseSchema = {
  type: 'object',
  required: ['code', 'name', 'country', 'address', 'markets', 'active', 'position', 'createdAt', 'updatedAt'],
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    address: addressSchema,
    markets: { type: 'array', items: { type: 'string' } },
    active: { type: 'boolean' },
    position: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const stockLevelSchema = {
  type: 'object',
  required: ['sku', 'variantId', 'warehouse', 'onHand', 'reserved', 'available', 'updatedAt'],
  properties: {
    sku: { type: 'string' },
    variantId: { type: 'string', format: 'uuid' },
    warehouse: { type: 'string', description: 'warehouse code' },
    onHand: { type: 'integer', description: 'units in the warehouse' },
    reserved: { type: 'integer', description: 'units held by checkouts' },
    available: { type: 'integer', description: 'onHand - reserved: what can still be sold' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const movementSchema = {
  type: 'object',
  required: ['id', 'sku', 'variantId', 'warehouse', 'kind', 'quantity', 'onHandAfter', 'reason', 'reference', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    sku: { type: 'string' },
    variantId: { type: ['string', 'null'], description: 'null once the variant is deleted' },
    warehouse: { type: 'string' },
    kind: { type: 'string', enum: ['receipt', 'adjustment', 'sale', 'return'] },
    quantity: { type: 'integer', description: 'signed change of on-hand units' },
    onHandAfter: { type: 'integer' },
    reason: { type: ['string', 'null'] },
    reference: { type: ['string', 'null'], description: 'purchase order, order number, ...' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const movementInputSchema = {
  type: 'object',
  required: ['sku', 'warehouse', 'kind', 'quantity'],
  properties: {
    sku: { type: 'string', examples: ['COF-ROB-250'] },
    warehouse: { type: 'string', examples: ['vn-hoian'] },
    kind: { type: 'string', enum: ['receipt', 'adjustment', 'return'], description: 'sales come from converted reservations, not from here' },
    quantity: { type: 'integer', description: 'receipts and returns: positive; adjustments: signed. At most 1,000,000 either way.', examples: [120] },
    reason: { type: 'string', maxLength: 500 },
    reference: { type: 'string', maxLength: 100 },
  },
} as const;

/** Query of the two inventory lists (besides limit and cursor). */
export const INVENTORY_FILTER_QUERY = {
  sku: { type: 'string', minLength: 1, maxLength: 64 },
  warehouse: { type: 'string', minLength: 1, maxLength: 40, description: 'warehouse code' },
} as const;

export const pageOf = (items: object) =>
  ({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items }, nextCursor: { type: ['string', 'null'] } } }) as const;
