import { TRANSPORT_MODES, INCOTERM_CODES } from '../../../core/b2b/incoterms.js';
import { FREIGHT_DOCUMENT_KINDS } from '../../../core/freight/document-kinds.js';
import { FREIGHT_STATUSES } from '../../../core/freight/freight-status.js';

const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;

const addressIn = {
  type: 'object',
  required: ['lines', 'city', 'country'],
  properties: { lines: { type: 'array', items: text, minItems: 1, maxItems: 4 }, city: text, postalCode: text, region: text, country: { type: 'string', examples: ['DE'] }, phone: text },
} as const;

const partyIn = {
  type: 'object',
  required: ['name', 'address'],
  properties: { name: text, address: addressIn, contact: text, taxNumber: text, eori: { type: 'string', examples: ['DE123456789012345'] } },
} as const;

const packageIn = {
  type: 'object',
  required: ['count', 'kind', 'marks', 'description', 'grossWeightG'],
  properties: {
    count: { type: 'integer', minimum: 1 },
    kind: { type: 'string', description: 'UN/ECE Recommendation 21 package code', examples: ['CT', 'PX', 'CN'] },
    marks: { type: 'string', description: 'marks and numbers as printed on the packages; container numbers (ISO 6346) are checked', examples: ['KHN/HAM 1-40'] },
    description: text,
    grossWeightG: { type: 'integer', minimum: 1, description: 'gross weight of all the line\'s packages, grams' },
    volumeCm3: { type: 'integer', minimum: 1 },
    hsCode: { type: 'string', examples: ['090121'] },
  },
} as const;

/** The body of POST .../freight-shipments, for OpenAPI (the core checks it and names every bad field). */
export const freightShipmentBody = {
  type: 'object',
  required: ['mode', 'portOfLoading', 'portOfDischarge', 'packages'],
  properties: {
    mode: { type: 'string', enum: [...TRANSPORT_MODES] },
    documentKind: { type: 'string', enum: [...FREIGHT_DOCUMENT_KINDS], description: 'default: bill_of_lading by sea, air_waybill by air, cmr by road, cim by rail' },
    documentNumber: { type: 'string', description: 'air waybill numbers are checked (3-digit prefix + 8-digit serial, check digit mod 7)', examples: ['176-12345675'] },
    carrier: text,
    voyage: { type: 'string', description: 'vessel and voyage, or flight number by air', examples: ['MAERSK ESSEN 245W', 'VN 31'] },
    shipper: { ...partyIn, description: 'default: the store at the warehouse the order ships from' },
    consignee: { ...partyIn, description: "default: the order's company, else its buyer at the delivery address" },
    notifyParty: partyIn,
    placeOfReceipt: text,
    portOfLoading: { type: 'string', description: 'UN/LOCODE; IATA airport code by air', examples: ['VNSGN'] },
    portOfDischarge: { type: 'string', examples: ['DEHAM'] },
    placeOfDelivery: text,
    packages: { type: 'array', minItems: 1, maxItems: 99, items: packageIn },
    grossWeightG: { type: 'integer', minimum: 1, description: "default: the packages' sum; when given, within 500 g per line of it" },
    marks: text,
  },
} as const;

export const freightPatchBody = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: [...FREIGHT_STATUSES], description: 'booked -> shipped (needs the document number) -> arrived; cancelled while booked' },
    documentNumber: text,
    carrier: nullableText,
    voyage: nullableText,
  },
} as const;

const party = {
  type: 'object',
  required: ['name', 'address', 'contact', 'taxNumber', 'eori'],
  properties: {
    name: text,
    address: { type: 'object', required: ['name', 'lines', 'city', 'postalCode', 'region', 'country', 'phone'], properties: { name: text, lines: { type: 'array', items: text }, city: text, postalCode: nullableText, region: nullableText, country: text, phone: nullableText } },
    contact: nullableText,
    taxNumber: nullableText,
    eori: nullableText,
  },
} as const;

export const freightShipmentSchema = {
  type: 'object',
  required: ['id', 'orderNumber', 'mode', 'documentKind', 'documentNumber', 'carrier', 'voyage', 'shipper', 'consignee', 'notifyParty', 'placeOfReceipt', 'portOfLoading', 'portOfDischarge', 'placeOfDelivery', 'packages', 'packageCount', 'grossWeightG', 'marks', 'status', 'incoterm', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    orderNumber: { type: 'string', examples: ['LF-100420'] },
    mode: { type: 'string', enum: [...TRANSPORT_MODES] },
    documentKind: { type: 'string', enum: [...FREIGHT_DOCUMENT_KINDS] },
    documentNumber: nullableText,
    carrier: nullableText,
    voyage: nullableText,
    shipper: party,
    consignee: party,
    notifyParty: { anyOf: [party, { type: 'null' }] },
    placeOfReceipt: nullableText,
    portOfLoading: text,
    portOfDischarge: text,
    placeOfDelivery: nullableText,
    packages: {
      type: 'array',
      items: { type: 'object', required: ['count', 'kind', 'marks', 'description', 'grossWeightG', 'volumeCm3', 'hsCode'], properties: { count: { type: 'integer' }, kind: text, marks: text, description: text, grossWeightG: { type: 'integer' }, volumeCm3: { type: ['integer', 'null'] }, hsCode: nullableText } },
    },
    packageCount: { type: 'integer' },
    grossWeightG: { type: 'integer', description: 'grams' },
    marks: nullableText,
    status: { type: 'string', enum: [...FREIGHT_STATUSES] },
    incoterm: { type: 'object', required: ['code', 'name', 'place', 'text'], properties: { code: { type: 'string', enum: [...INCOTERM_CODES] }, name: text, place: text, text: { type: 'string', examples: ['FOB VNSGN (Incoterms 2020)'] } } },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;
