/**
 * Schemas of carts, checkout and orders for OpenAPI. The bodies are checked by the core (every bad
 * field named); answers are documented at the top level, with the nested quote parts described and
 * passed through as they are.
 */
const money = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['25.90'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;
const open = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;
const openArray = (description: string) => ({ type: 'array', items: { type: 'object', additionalProperties: true }, description }) as const;

export const addressInput = {
  type: 'object',
  required: ['name', 'lines', 'city', 'country'],
  properties: {
    name: { type: 'string', maxLength: 100 },
    lines: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', maxLength: 100 } },
    city: { type: 'string', maxLength: 80 },
    postalCode: { type: ['string', 'null'], examples: ['10115'] },
    region: { type: ['string', 'null'], examples: ['CA'] },
    country: { type: 'string', examples: ['DE'] },
    phone: { type: ['string', 'null'] },
  },
} as const;

const lineInput = { type: 'object', required: ['sku', 'quantity'], properties: { sku: { type: 'string', examples: ['COF-ROB-250'] }, quantity: { type: 'integer', minimum: 1, maximum: 999 } } } as const;

export const createCartBody = {
  type: 'object',
  required: ['market'],
  properties: {
    market: { type: 'string', examples: ['eu'] },
    country: { type: 'string', description: "the buyer's country (default: the edge's country header when the market sells there, else the market's first)" },
    currency: { type: 'string', description: "optional; must be the market's currency (422 CURRENCY_MISMATCH otherwise)" },
    locale: { type: 'string', examples: ['de'] },
    email: { type: 'string', format: 'email' },
    address: addressInput,
    lines: { type: 'array', items: lineInput },
  },
} as const;

export const lineBody = lineInput;
export const quantityBody = { type: 'object', required: ['quantity'], properties: { quantity: { type: 'integer', minimum: 0, maximum: 999, description: '0 removes the line' } } } as const;

export const patchCartBody = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email' },
    address: addressInput,
    locale: { type: 'string' },
    discountCode: { type: ['string', 'null'], description: 'a code to apply, or null to remove it' },
    deliveryOption: { type: ['string', 'null'], description: 'the id of one of deliveryOptions, or null for the cheapest' },
  },
} as const;

export const checkoutBody = {
  type: 'object',
  properties: {
    payment: { type: 'object', required: ['method'], properties: { method: { type: 'string', examples: ['card', 'ideal'] }, capture: { type: 'string', enum: ['automatic', 'manual'] } } },
    expectedTotal: { ...money, description: 'the amount due now that the buyer was shown; 409 QUOTE_CHANGED when it is no longer so' },
    risk: {
      type: 'object',
      description: "the buyer's session for fraud screening, in the shape of a risk order (POST /v1/risk/assessments): ip {address, country, isProxy, isHosting}, device {id, language, timezone, userAgent}, session {secondsOnSite, pagesViewed}, card {bin, last4, issuerCountry, fingerprint, funding}, customer {id, createdAt}, billing {...}; all optional, what is missing is stated in the assessment",
      additionalProperties: true,
    },
  },
} as const;

export const cartSchema = {
  type: 'object',
  required: ['id', 'status', 'version', 'market', 'country', 'currency', 'incoterm', 'lines', 'deliveryOptions', 'totals', 'statement', 'problems', 'checkoutReady'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['open', 'ordered'] },
    version: { type: 'integer', description: 'goes up with every change' },
    expiresAt: { type: 'string', format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    date: { type: 'string', format: 'date' },
    market: { type: 'string' },
    country: { type: 'string' },
    currency: { type: 'string' },
    incoterm: { type: 'string', enum: ['DDP', 'DAP'] },
    locale: { type: ['string', 'null'] },
    email: { type: ['string', 'null'] },
    address: { ...addressInput, type: ['object', 'null'] },
    discountCode: { type: ['string', 'null'] },
    deliveryOption: { type: ['string', 'null'] },
    order: { type: ['object', 'null'], properties: { number: { type: 'string' } } },
    lines: openArray('each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions)'),
    discount: { ...open('the code and what it takes off, or why it does not apply'), type: ['object', 'null'] },
    deliveryOptions: openArray('ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals'),
    routing: { ...open('why the chosen warehouses: the plans weighed with their totals and verdicts'), type: ['object', 'null'] },
    totals: {
      type: ['object', 'null'],
      properties: { goods: money, discount: money, shipping: money, duties: money, taxes: money, taxesIncluded: money, fees: money, total: money, payableAtCheckout: money, payableOnDelivery: money },
    },
    statement: { type: 'string', description: 'DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery' },
    paymentMethods: openArray("the payment methods offered in the buyer's country"),
    fx: openArray('the reference rates used, with stale: true when older than the store allows'),
    rulesVersion: { type: 'string' },
    warnings: { type: 'array', items: { type: 'string' } },
    problems: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, field: { type: 'string' }, message: { type: 'string' }, reason: { type: 'string', description: "for the buyer, in the cart's language (GOODS_RESTRICTED)" } } }, description: 'what stops a checkout, each naming the field to fix' },
    checkoutReady: { type: 'boolean' },
  },
} as const;

export const cartSummarySchema = {
  type: 'object',
  required: ['id', 'status', 'version', 'lines'],
  description: 'the answer to a change sent with Prefer: return=minimal',
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['open', 'ordered'] },
    version: { type: 'integer' },
    expiresAt: { type: 'string', format: 'date-time' },
    lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } } },
  },
} as const;

export const orderSchema = {
  type: 'object',
  required: ['id', 'number', 'status', 'market', 'currency', 'totals', 'lines', 'shipments'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'string', examples: ['LF-100420'] },
    status: { type: 'string', enum: ['pending_payment', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded', 'partially_refunded'] },
    market: { type: 'string' },
    country: { type: 'string' },
    currency: { type: 'string' },
    locale: { type: ['string', 'null'] },
    email: { type: 'string' },
    address: addressInput,
    incoterm: { type: 'string', enum: ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'], description: 'DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule' },
    salesChannel: { type: 'string', description: 'storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order', examples: ['storefront'] },
    channelOrderId: { type: ['string', 'null'], description: "the marketplace's own order id" },
    companyId: { type: ['string', 'null'], description: 'the distributor company of a b2b order' },
    quoteId: { type: ['string', 'null'], description: 'the quote a b2b order came from' },
    paymentTerms: { type: ['string', 'null'], enum: ['prepayment', 'net_30', 'net_60', null] },
    paymentDueOn: { type: ['string', 'null'], format: 'date', description: 'when a b2b order on net terms is due' },
    totals: {
      type: 'object',
      properties: { goods: money, discount: money, shipping: money, duties: money, taxes: money, taxesIncluded: money, fees: money, total: money, dueOnDelivery: money, captured: money, refunded: money },
    },
    discountCode: { type: ['string', 'null'] },
    paymentMethod: { type: ['string', 'null'] },
    rulesVersion: { type: 'string' },
    stockHold: { type: ['string', 'null'], description: 'why paid stock could not be taken (raised to the operator)' },
    risk: {
      type: 'object',
      required: ['status', 'assessmentId'],
      properties: {
        status: { type: 'string', enum: ['approved', 'challenge', 'review', 'released', 'declined', 'unassessed'], description: 'fraud screening at checkout; review holds the order from shipping until a person decides' },
        assessmentId: { type: ['string', 'null'] },
      },
    },
    cancelReason: { type: ['string', 'null'] },
    lines: openArray('lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity'),
    shipments: openArray('parcels as routed at checkout: planned, shipped (tracking number), delivered'),
    refunds: openArray('refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why'),
    payments: openArray('the payments of this order (merchant view)'),
    quote: open('the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines'),
    createdAt: { type: 'string', format: 'date-time' },
    paidAt: { type: ['string', 'null'], format: 'date-time' },
    cancelledAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const checkoutAnswerSchema = {
  type: 'object',
  required: ['order', 'payment', 'paymentError'],
  properties: {
    order: orderSchema,
    payment: { ...open('the payment started for the order (see /v1/payments)'), type: ['object', 'null'] },
    paymentError: { type: ['object', 'null'], properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } } },
    risk: {
      type: ['object', 'null'],
      description: 'fraud screening before payment (a decline is answered 402 ORDER_DECLINED and places no order)',
      properties: { assessmentId: { type: ['string', 'null'] }, decision: { type: 'string', enum: ['approve', 'challenge', 'review'] }, score: { type: 'integer' } },
    },
  },
} as const;

export const refundBody = {
  type: 'object',
  properties: {
    lines: { type: 'array', items: lineInput },
    shipping: { type: 'boolean', description: 'refund what is left of the shipping (and the tax on it)' },
    fees: { type: 'boolean' },
    reason: { type: 'string', maxLength: 500 },
  },
} as const;

export const discountCodeBody = {
  type: 'object',
  required: ['code', 'kind'],
  properties: {
    code: { type: 'string', examples: ['WELCOME10'] },
    market: { type: ['string', 'null'] },
    kind: { type: 'string', enum: ['percentage', 'fixed'] },
    percent: { type: 'string', examples: ['10'] },
    amount: money,
    minSubtotal: money,
    validFrom: { type: 'string', format: 'date' },
    validTo: { type: 'string', format: 'date' },
    maxRedemptions: { type: 'integer' },
    active: { type: 'boolean' },
    note: { type: 'string' },
  },
} as const;

export const discountCodeSchema = { ...open('a discount code with its redemptions'), properties: { code: { type: 'string' }, kind: { type: 'string' }, redemptions: { type: 'integer' } } } as const;
