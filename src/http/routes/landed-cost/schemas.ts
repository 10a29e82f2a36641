/**
 * JSON schemas of the landed-cost request and answer, for the OpenAPI document and for fast
 * serialization of answers. The request is validated by the core (parseLandedCostRequest), the
 * same validation the library and the CLI use, so every entry point names fields alike.
 */
const money = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', examples: ['25.00'] }, currency: { type: 'string', examples: ['EUR'] } } } as const;
const ruleRef = {
  type: 'object',
  required: ['id', 'version', 'source', 'effectiveFrom'],
  properties: { id: { type: 'string' }, version: { type: 'string' }, source: { type: 'string' }, effectiveFrom: { type: 'string' }, effectiveTo: { type: 'string' } },
} as const;

export const quoteRequestSchema = {
  $id: 'LandedCostRequest',
  type: 'object',
  description: 'Amounts are decimal strings in major units with no more decimals than their currency has.',
  required: ['date', 'currency', 'shipFrom', 'shipTo', 'items'],
  properties: {
    date: { type: 'string', format: 'date', description: 'The rules and rates of this date apply' },
    currency: { type: 'string', description: 'ISO 4217 currency of the answer' },
    incoterm: { type: 'string', enum: ['DDP', 'DAP'], default: 'DDP' },
    shipFrom: { type: 'object', required: ['country'], properties: { country: { type: 'string' } } },
    shipTo: { type: 'object', required: ['country'], properties: { country: { type: 'string' }, region: { type: 'string' }, postalCode: { type: 'string' } } },
    channel: { type: 'string', enum: ['courier', 'postal'], default: 'courier' },
    shipping: { $ref: 'Money#' },
    insurance: { $ref: 'Money#' },
    seller: {
      type: 'object',
      properties: {
        registrations: {
          type: 'array',
          items: { type: 'object', required: ['scheme', 'number'], properties: { scheme: { type: 'string', examples: ['IOSS', 'UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC', 'SG_OVR', 'CH_VAT'] }, number: { type: 'string' } } },
        },
      },
    },
    items: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        required: ['sku', 'originCountry', 'unitPrice', 'quantity'],
        properties: {
          sku: { type: 'string' },
          description: { type: 'string' },
          hsCode: { type: 'string', description: '6 to 10 digits; the longest matching tariff line wins' },
          originCountry: { type: 'string' },
          unitPrice: { $ref: 'Money#' },
          quantity: { type: 'integer', minimum: 1 },
          unitWeightKg: { type: ['number', 'string'] },
          unitVolumeLitres: { type: ['number', 'string'] },
          claimPreference: { type: 'boolean' },
          dutyRate: { type: 'string', description: 'A known rate used instead of the tariff: "12%", "3.50 EUR/kg"' },
        },
      },
    },
  },
} as const;

const chargeLine = {
  type: 'object',
  required: ['type', 'name', 'amount', 'currency', 'rate', 'basis', 'baseAmount', 'formula', 'program', 'payer', 'due', 'sku', 'rule'],
  properties: {
    type: { type: 'string', enum: ['duty', 'tax', 'fee'] },
    name: { type: 'string' },
    amount: { type: 'string' },
    currency: { type: 'string' },
    local: { $ref: 'Money#' },
    rate: { type: 'string' },
    basis: { type: 'string' },
    baseAmount: { $ref: 'Money#' },
    formula: { type: 'string' },
    program: { type: 'string', enum: ['MFN', 'agreement', 'additional', 'declared', 'low-value duty', 'low-value scheme', 'import tax', 'fee'] },
    agreement: { type: 'string' },
    payer: { type: 'string', enum: ['seller', 'buyer'] },
    due: { type: 'string', enum: ['checkout', 'delivery'] },
    sku: { type: ['string', 'null'] },
    rule: ruleRef,
    note: { type: 'string' },
  },
} as const;

// Nullable objects as a type list, not anyOf: the serializer then needs no schema matching per value.
const nullableMoney = { type: ['object', 'null'], required: ['amount', 'currency'], properties: money.properties } as const;

export const quoteAnswerSchema = {
  $id: 'LandedCostAnswer',
  type: 'object',
  required: ['currency', 'incoterm', 'date', 'destination', 'totals', 'payableAtCheckout', 'payableOnDelivery', 'duties', 'taxes', 'fees', 'deMinimis', 'remittance', 'items', 'fx', 'rulesVersion', 'complete', 'warnings'],
  properties: {
    currency: { type: 'string' },
    incoterm: { type: 'string', enum: ['DDP', 'DAP'] },
    date: { type: 'string' },
    destination: {
      type: 'object',
      required: ['country', 'customsTerritory', 'currency'],
      properties: { country: { type: 'string' }, customsTerritory: { type: ['string', 'null'] }, currency: { type: ['string', 'null'] } },
    },
    totals: {
      type: 'object',
      required: ['items', 'shipping', 'insurance', 'duties', 'taxes', 'fees', 'landedCost'],
      properties: Object.fromEntries(['items', 'shipping', 'insurance', 'duties', 'taxes', 'fees', 'landedCost'].map((k) => [k, { type: 'string' }])),
    },
    payableAtCheckout: { type: 'string' },
    payableOnDelivery: { type: 'string' },
    duties: { type: 'array', items: chargeLine },
    taxes: { type: 'array', items: chargeLine },
    fees: { type: 'array', items: chargeLine },
    deMinimis: {
      type: 'array',
      items: {
        type: 'object',
        required: ['appliesTo', 'threshold', 'valueTested', 'basis', 'outcome', 'note', 'rule'],
        properties: {
          appliesTo: { type: 'string', enum: ['duty', 'tax'] },
          threshold: nullableMoney,
          valueTested: nullableMoney,
          basis: { type: 'string' },
          outcome: { type: 'string', enum: ['below', 'above', 'none'] },
          note: { type: 'string' },
          rule: { ...ruleRef, type: ['object', 'null'] },
        },
      },
    },
    remittance: {
      type: 'array',
      items: {
        type: 'object',
        required: ['scheme', 'registration', 'number', 'amount', 'currency', 'note'],
        properties: { scheme: { type: 'string' }, registration: { type: 'string' }, number: { type: ['string', 'null'] }, amount: { type: 'string' }, currency: { type: 'string' }, note: { type: 'string' } },
      },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['sku', 'calculable', 'reasons', 'customsValue'],
        properties: {
          sku: { type: 'string' },
          calculable: { type: 'boolean' },
          reasons: { type: 'array', items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
          customsValue: nullableMoney,
        },
      },
    },
    fx: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to', 'rate', 'rateDate', 'source', 'legs'],
        properties: {
          from: { type: 'string' },
          to: { type: 'string' },
          rate: { type: 'string' },
          rateDate: { type: 'string' },
          source: { type: 'string' },
          legs: { type: 'array', items: { type: 'object', required: ['base', 'quote', 'rate', 'date'], properties: { base: { type: 'string' }, quote: { type: 'string' }, rate: { type: 'string' }, date: { type: 'string' } } } },
        },
      },
    },
    rulesVersion: { type: 'string' },
    complete: { type: 'boolean' },
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const moneySchema = { $id: 'Money', ...money } as const;
