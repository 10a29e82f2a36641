/**
 * JSON schemas of the shipping routes, for the OpenAPI document and the serialization of answers.
 * Bodies are validated by the core and the services (so every entry point names fields alike);
 * Fastify only checks that a body is a JSON object.
 */
const amount = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['12.40'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;
const date = { type: 'string', format: 'date' } as const;

export const shippingServiceSchema = {
  type: 'object',
  required: ['code', 'carrier', 'name', 'channel'],
  properties: {
    code: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$', examples: ['nl-express'] },
    carrier: { type: 'string', examples: ['Express courier'] },
    name: { type: 'string', examples: ['European express'] },
    channel: { type: 'string', enum: ['postal', 'courier'], description: 'How parcels clear customs; the landed-cost engine applies postal or courier rules' },
  },
} as const;

export const shippingServiceBody = {
  type: 'object',
  required: ['carrier', 'name', 'channel'],
  properties: { carrier: shippingServiceSchema.properties.carrier, name: shippingServiceSchema.properties.name, channel: shippingServiceSchema.properties.channel },
} as const;

const zone = {
  type: 'object',
  required: ['id', 'countries', 'transitDays', 'breaks'],
  properties: {
    id: { type: 'string', examples: ['eu'] },
    countries: { type: 'array', items: { type: 'string' }, examples: [['DE', 'FR']] },
    transitDays: { type: 'object', required: ['min', 'max'], properties: { min: { type: 'integer' }, max: { type: 'integer' } }, description: 'Business days (Mon-Fri)' },
    breaks: {
      type: 'array',
      description: 'Ascending; the first break whose upToG is at least the chargeable weight sets the price; prices never decrease',
      items: { type: 'object', required: ['upToG', 'price'], properties: { upToG: { type: 'integer', description: 'grams' }, price: { type: 'integer', description: 'minor units of the card currency' } } },
    },
    additional: {
      type: 'object',
      required: ['stepG', 'price'],
      description: 'Above the last break: this price per started step',
      properties: { stepG: { type: 'integer', enum: [500, 1000] }, price: { type: 'integer', description: 'minor units' } },
    },
  },
} as const;

/** The card itself: what validateRateCard checks. */
const cardProperties = {
  currency: { type: 'string', examples: ['USD'] },
  weightStepG: { type: 'integer', default: 1, description: 'the chargeable weight is rounded up to a multiple of this (500 for half-kilo steps)' },
  volumetricDivisor: { type: 'integer', description: 'cm³ per kg (5000 or 6000); absent: actual weight only' },
  fuelSurchargePercent: { type: 'string', default: '0', examples: ['18.5'], description: 'percent of the base freight' },
  maxWeightG: { type: 'integer', description: 'heaviest parcel taken (actual weight, grams)' },
  zones: { type: 'array', items: zone },
  remoteAreas: {
    type: 'array',
    description: 'Flat surcharges by postal-code range: the first N letters and digits of the code (spaces and hyphens dropped, upper case) between from and to (N letters and digits each)',
    items: {
      type: 'object',
      required: ['country', 'from', 'to', 'amount'],
      properties: { country: { type: 'string' }, from: { type: 'string', examples: ['25980'] }, to: { type: 'string', examples: ['25999'] }, amount: { type: 'integer', description: 'minor units' } },
    },
  },
} as const;

export const rateCardSchema = {
  type: 'object',
  required: ['currency', 'weightStepG', 'fuelSurchargePercent', 'zones', 'remoteAreas'],
  properties: cardProperties,
} as const;

export const rateCardBody = {
  type: 'object',
  required: ['service', 'warehouse', 'effectiveFrom', 'source', 'currency', 'zones'],
  description: 'A rate card of a service from a warehouse between two dates; amounts in minor units of currency, weights in grams',
  properties: {
    service: { type: 'string', examples: ['nl-express'] },
    warehouse: { type: 'string', examples: ['nl-venlo'] },
    effectiveFrom: date,
    effectiveTo: { type: ['string', 'null'], format: 'date', description: 'exclusive; null or absent: open-ended' },
    source: { type: 'string', description: 'where the prices come from (contract, published tariff)' },
    ...cardProperties,
  },
} as const;

export const rateCardViewSchema = {
  type: 'object',
  required: ['id', 'service', 'warehouse', 'currency', 'effectiveFrom', 'effectiveTo', 'source', 'card'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    service: { type: 'string' },
    warehouse: { type: 'string' },
    currency: { type: 'string' },
    effectiveFrom: date,
    effectiveTo: { type: ['string', 'null'], format: 'date' },
    source: { type: 'string' },
    card: rateCardSchema,
  },
} as const;

export const shippingRatesRequestSchema = {
  type: 'object',
  required: ['market', 'destination', 'lines'],
  properties: {
    market: { type: 'string', examples: ['eu'] },
    destination: { type: 'object', required: ['country'], properties: { country: { type: 'string', examples: ['DE'] }, postalCode: { type: 'string', examples: ['10115'] } } },
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { type: 'object', required: ['sku', 'quantity'], properties: { sku: { type: 'string', examples: ['COF-ROB-500'] }, quantity: { type: 'integer', minimum: 1, maximum: 1000 } } },
    },
    date: { ...date, description: 'Cards and FX rates of this date (default today, UTC); when given, delivery dates are returned too' },
  },
} as const;

const option = {
  type: 'object',
  required: ['service', 'carrier', 'name', 'channel', 'price', 'cardPrice', 'breakdown', 'weight', 'zone', 'deliveryWindow', 'fx', 'rateCard', 'explanation'],
  properties: {
    service: { type: 'string' },
    carrier: { type: 'string' },
    name: { type: 'string' },
    channel: { type: 'string', enum: ['postal', 'courier'] },
    price: { ...amount, description: "In the market's currency: converted at the ECB reference rate, half-up to the minor unit" },
    cardPrice: { ...amount, description: "In the rate card's currency" },
    breakdown: {
      type: 'object',
      required: ['baseFreight', 'fuelSurcharge', 'remoteSurcharge', 'currency'],
      properties: { baseFreight: { type: 'string' }, fuelSurcharge: { type: 'string' }, remoteSurcharge: { type: 'string' }, currency: { type: 'string' } },
    },
    weight: { type: 'object', required: ['actualG', 'volumetricG', 'chargeableG'], properties: { actualG: { type: 'integer' }, volumetricG: { type: ['integer', 'null'] }, chargeableG: { type: 'integer' } } },
    zone: { type: 'string' },
    deliveryWindow: {
      type: 'object',
      required: ['minDays', 'maxDays'],
      description: 'Business days (Mon-Fri, no holidays) after the quote date; earliest and latest only when the request gave a date',
      properties: { minDays: { type: 'integer' }, maxDays: { type: 'integer' }, earliest: date, latest: date },
    },
    fx: { type: ['object', 'null'], required: ['rate', 'rateDate', 'source'], properties: { rate: { type: 'string' }, rateDate: date, source: { type: 'string' } } },
    rateCard: { type: 'object', required: ['id', 'effectiveFrom', 'effectiveTo', 'source'], properties: { id: { type: 'string' }, effectiveFrom: date, effectiveTo: { type: ['string', 'null'] }, source: { type: 'string' } } },
    explanation: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const shippingRatesSchema = {
  type: 'object',
  required: ['market', 'currency', 'date', 'destination', 'parcel', 'warehouses'],
  properties: {
    market: { type: 'string' },
    currency: { type: 'string' },
    date,
    destination: { type: 'object', required: ['country', 'postalCode'], properties: { country: { type: 'string' }, postalCode: { type: ['string', 'null'], description: 'normalized' } } },
    parcel: {
      type: 'object',
      required: ['weightG', 'volumeCm3', 'units'],
      description: 'Weight: variant weights x quantities; volume: packed sizes x quantities',
      properties: { weightG: { type: 'integer' }, volumeCm3: { type: 'string' }, units: { type: 'integer' } },
    },
    warehouses: {
      type: 'array',
      items: {
        type: 'object',
        required: ['warehouse', 'options', 'unavailable'],
        properties: {
          warehouse: { type: 'object', required: ['code', 'name', 'country'], properties: { code: { type: 'string' }, name: { type: 'string' }, country: { type: 'string' } } },
          options: { type: 'array', items: option, description: 'Cheapest first' },
          unavailable: { type: 'array', items: { type: 'object', required: ['service', 'code', 'reason'], properties: { service: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } } } },
        },
      },
    },
  },
} as const;
