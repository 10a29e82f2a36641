/** JSON schemas of the distributor company routes, for validation and the OpenAPI document. */

const nullableString = { type: ['string', 'null'] } as const;

export const addressSchema = {
  type: 'object',
  required: ['name', 'lines', 'city', 'country'],
  properties: {
    name: { type: 'string' },
    lines: { type: 'array', items: { type: 'string' } },
    city: { type: 'string' },
    postalCode: nullableString,
    region: nullableString,
    country: { type: 'string', examples: ['DE'] },
    phone: nullableString,
  },
} as const;

export const buyerSchema = {
  type: 'object',
  required: ['id', 'companyId', 'name', 'email', 'phone', 'role', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    companyId: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    email: { type: 'string' },
    phone: nullableString,
    role: { type: 'string', enum: ['buyer', 'approver'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const buyerInputSchema = {
  type: 'object',
  required: ['name', 'email'],
  properties: { name: { type: 'string' }, email: { type: 'string' }, phone: nullableString, role: { type: 'string', enum: ['buyer', 'approver'], default: 'buyer' } },
} as const;

const summaryProperties = {
  id: { type: 'string', format: 'uuid' },
  name: { type: 'string' },
  country: { type: 'string' },
  email: { type: 'string' },
  taxNumber: { ...nullableString, description: 'normalized: EU VAT with its prefix (DE136695976), GB VAT, ABN, ...' },
  eori: nullableString,
  priceList: nullableString,
  paymentTerms: { type: 'string', enum: ['prepayment', 'net_30', 'net_60'] },
  creditLimitMinor: { type: ['integer', 'null'], description: "minor units of the price list's currency; null: no limit" },
  status: { type: 'string', enum: ['active', 'suspended'] },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
} as const;

export const companySummarySchema = { type: 'object', required: Object.keys(summaryProperties), properties: summaryProperties } as const;

export const companySchema = {
  type: 'object',
  required: [...Object.keys(summaryProperties), 'address', 'bankDetails', 'note', 'buyers'],
  properties: {
    ...summaryProperties,
    address: addressSchema,
    bankDetails: {
      type: ['object', 'null'],
      required: ['iban', 'ibanPrinted', 'bic', 'accountHolder'],
      properties: { iban: { type: 'string', description: 'compact' }, ibanPrinted: { type: 'string', description: 'in groups of four' }, bic: { type: 'string' }, accountHolder: nullableString },
    },
    note: nullableString,
    buyers: { type: 'array', items: buyerSchema },
  },
} as const;

/** The body of POST (all of it) and PATCH (the fields to change; null clears an optional one). */
export const companyInputSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    country: { type: 'string', description: 'ISO 3166-1 alpha-2' },
    email: { type: 'string' },
    address: addressSchema,
    taxNumber: { ...nullableString, description: 'checked by the country: EU VAT with check digits, GB VAT, AU ABN, NZ IRD, CH UID, SG GST/UEN; others format only' },
    eori: { ...nullableString, description: 'an EU member state, GB or XI EORI; a GB/XI EORI must carry the GB VAT number\'s nine digits' },
    priceList: nullableString,
    paymentTerms: { type: 'string', enum: ['prepayment', 'net_30', 'net_60'] },
    creditLimitMinor: { type: ['integer', 'null'] },
    iban: { ...nullableString, description: 'checked: registry length and ISO 7064 MOD 97-10; given with bic' },
    bic: { ...nullableString, description: 'ISO 9362; its country must be the IBAN\'s' },
    accountHolder: nullableString,
    status: { type: 'string', enum: ['active', 'suspended'] },
    note: nullableString,
    buyers: { type: 'array', items: buyerInputSchema, description: 'POST only' },
  },
} as const;
