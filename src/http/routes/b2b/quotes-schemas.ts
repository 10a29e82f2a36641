import { INCOTERM_CODES, TRANSPORT_MODES } from '../../../core/b2b/incoterms.js';
import { QUOTE_COST_FIELDS } from '../../../core/b2b/quote-input.js';
import { QUOTE_STATUSES } from '../../../core/b2b/quote-status.js';

const minor = { type: 'integer', minimum: 0, description: 'minor units of the quote currency (cents)' } as const;
const open = { type: 'object', additionalProperties: true } as const;

/** The body of POST /v1/admin/quotes, as documented (the core checks it and names every bad field). */
export const quoteRequestBody = {
  type: 'object',
  required: ['companyId', 'incoterm', 'transportMode', 'namedPlace', 'lines'],
  properties: {
    companyId: { type: 'string', format: 'uuid' },
    buyerId: { type: ['string', 'null'], format: 'uuid' },
    incoterm: { type: 'string', enum: [...INCOTERM_CODES], description: 'one of the eleven Incoterms 2020 rules; FAS, FOB, CFR and CIF only by sea or inland waterway' },
    transportMode: { type: 'string', enum: [...TRANSPORT_MODES] },
    namedPlace: { type: 'string', examples: ['Hamburg, DE'] },
    warehouse: { type: 'string', description: 'warehouse code the goods leave from (default: the first active one with the stock)' },
    lines: { type: 'array', maxItems: 200, items: { type: 'object', required: ['sku', 'quantity'], properties: { sku: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } } } },
    costs: { type: 'object', description: "the forwarder's figures", properties: Object.fromEntries(QUOTE_COST_FIELDS.map((f) => [f, minor])) },
    insuranceRatePercent: { type: 'string', examples: ['0.35'], description: 'premium in percent of the insured value; the premium is computed on the minimum cover (110 % of the CIF value)' },
    validDays: { type: 'integer', minimum: 1, maximum: 180, default: 30 },
    note: { type: 'string', maxLength: 2000 },
  },
} as const;

export const quoteSchema = {
  type: 'object',
  required: ['id', 'number', 'status', 'incoterm', 'currency', 'goodsMinor', 'totalMinor', 'calculation', 'validUntil'],
  properties: {
    id: { type: 'string' },
    number: { type: 'string', examples: ['Q-1001'] },
    status: { type: 'string', enum: [...QUOTE_STATUSES] },
    company: { type: 'object', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] }, country: { type: ['string', 'null'] } } },
    buyerId: { type: ['string', 'null'] },
    incoterm: { type: 'string' },
    transportMode: { type: 'string' },
    namedPlace: { type: 'string' },
    currency: { type: 'string' },
    warehouse: { type: 'string' },
    lines: { type: 'array', items: open },
    goodsMinor: minor,
    totalMinor: { ...minor, description: "the seller's price under the rule (goods + the costs the seller bears)" },
    calculation: { ...open, description: 'cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates' },
    validUntil: { type: 'string', format: 'date' },
    proForma: { type: ['object', 'null'], properties: { number: { type: 'string' }, issuedAt: { type: 'string' }, url: { type: 'string' } } },
    buyerLinkSentAt: { type: ['string', 'null'], description: 'when the distributor was last sent its link' },
    acceptedBy: { type: ['string', 'null'], description: "who accepted: `operator`, or the buyer's email through the link" },
    order: { type: ['object', 'null'], properties: { id: { type: 'string' }, number: { type: ['string', 'null'] } } },
    note: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

export const quoteListSchema = { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: quoteSchema }, nextCursor: { type: ['string', 'null'] } } } as const;

export const acceptBody = {
  type: 'object',
  properties: { payTo: { type: 'object', description: "the account the distributor pays into; default the store's bank account", required: ['accountHolder', 'iban', 'bic'], properties: { accountHolder: { type: 'string' }, iban: { type: 'string' }, bic: { type: 'string' } } } },
} as const;

/** The answer of /send: the quote and, this once, the distributor's link (only its hash is kept). */
export const sentQuoteSchema = {
  ...quoteSchema,
  required: [...quoteSchema.required, 'buyerLink', 'sentTo'],
  properties: { ...quoteSchema.properties, buyerLink: { type: 'string', format: 'uri', examples: ['https://shop.example/quotes/Q-1001?t=…'] }, sentTo: { type: 'string', description: 'the email address the link was sent to' } },
} as const;

export const orderBody = { type: 'object', properties: { holdDays: { type: 'integer', minimum: 1, maximum: 60, default: 14 } } } as const;

export const quoteOrderSchema = { type: 'object', required: ['quote', 'order'], properties: { quote: quoteSchema, order: open } } as const;
