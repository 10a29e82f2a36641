/**
 * Landfall's rate and label requests as the body of EasyPost's "create a Shipment" call
 * (POST /shipments, docs.easypost.com: Shipments, Addresses, Parcels, CustomsInfo, CustomsItems,
 * Options, TaxIdentifiers). The request is checked first; a bad input is refused here, naming the
 * field of the Landfall request, before anything is sent.
 */
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import type { CarrierAddress, LabelRequest, ParcelContent, RateRequest } from '../../../core/carriers/carrier.js';
import { isCurrency } from '../../../core/money/currencies.js';
import { formatTenths, gramsToTenthsOfOunce, millimetresToTenthsOfInch, minorToMajorText } from './units.js';

type Json = Record<string, unknown>;

/** US exports: no EEI filing under 15 CFR 30.37(a) when each Schedule B line is worth $2,500 or less. */
const NOEEI_LIMIT_USD_CENTS = 250_000;

/**
 * The `shipment` object for rating (no reference, no label options).
 * @example rateShipmentBody({ from, to, parcel }) // ok({ shipment: { from_address, to_address, parcel, customs_info? } })
 */
export function rateShipmentBody(request: RateRequest): Result<Json, 'VALIDATION_FAILED'> {
  const issues = checkRateRequest(request);
  if (issues.length > 0) return refuse(issues);
  return ok({ shipment: baseShipment(request) });
}

/**
 * The `shipment` object for a label: the same as for rating, plus our shipment id as `reference`, a
 * PDF label (`options.label_format`), the Incoterm (`options.incoterm`) and the merchant's tax and
 * customs registrations (`tax_identifiers`).
 */
export function labelShipmentBody(request: LabelRequest): Result<Json, 'VALIDATION_FAILED'> {
  const issues = checkRateRequest(request);
  if (typeof request.reference !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(request.reference)) issues.push({ field: 'reference', message: 'must be 1 to 100 printable characters without spaces' });
  if (request.incoterm !== 'DDP' && request.incoterm !== 'DAP') issues.push({ field: 'incoterm', message: 'must be DDP or DAP' });
  const taxIdentifiers = readRegistrations(request, issues);
  if (issues.length > 0) return refuse(issues);
  return ok({
    shipment: {
      ...baseShipment(request),
      reference: request.reference,
      options: { label_format: 'PDF', incoterm: request.incoterm },
      ...(taxIdentifiers.length > 0 ? { tax_identifiers: taxIdentifiers } : {}),
    },
  });
}

export function isInternational(request: RateRequest): boolean {
  return request.from.country.toUpperCase() !== request.to.country.toUpperCase();
}

function baseShipment(request: RateRequest): Json {
  const { parcel } = request;
  const dims = parcel.dimensionsMm;
  return {
    from_address: addressBody(request.from),
    to_address: addressBody(request.to),
    parcel: {
      ...(dims
        ? {
            length: formatTenths(millimetresToTenthsOfInch(dims.length)),
            width: formatTenths(millimetresToTenthsOfInch(dims.width)),
            height: formatTenths(millimetresToTenthsOfInch(dims.height)),
          }
        : {}),
      weight: formatTenths(gramsToTenthsOfOunce(parcel.weightG)),
    },
    ...(isInternational(request) ? { customs_info: customsInfo(request) } : {}),
  };
}

function addressBody(a: CarrierAddress): Json {
  const [street1, ...more] = a.lines.map((l) => l.trim()).filter((l) => l !== '');
  return {
    name: a.name.trim(),
    ...(a.company ? { company: a.company.trim() } : {}),
    street1,
    ...(more.length > 0 ? { street2: more.join(', ') } : {}),
    city: a.city.trim(),
    ...(a.region ? { state: a.region.trim() } : {}),
    ...(a.postalCode ? { zip: a.postalCode.trim() } : {}),
    country: a.country.toUpperCase(),
    ...(a.phone ? { phone: a.phone.trim() } : {}),
    ...(a.email ? { email: a.email.trim() } : {}),
  };
}

/** CustomsInfo with one CustomsItem per content line: total value and total weight of the line. */
function customsInfo(request: RateRequest): Json {
  const contents = request.parcel.contents;
  return {
    customs_certify: true,
    customs_signer: request.from.name.trim(),
    contents_type: 'merchandise',
    contents_explanation: '',
    restriction_type: 'none',
    restriction_comments: '',
    non_delivery_option: 'return',
    ...(request.from.country.toUpperCase() === 'US' && noEeiApplies(contents) ? { eel_pfc: 'NOEEI 30.37(a)' } : {}),
    customs_items: contents.map((c) => ({
      description: c.description.trim(),
      quantity: c.quantity,
      value: minorToMajorText(c.valueMinor, c.currency),
      currency: c.currency,
      weight: formatTenths(gramsToTenthsOfOunce(c.netWeightG)),
      hs_tariff_number: c.hsCode.replace(/[\s.]/g, ''),
      origin_country: c.originCountry.toUpperCase(),
      code: c.sku,
    })),
  };
}

/** Every line in USD and each HS code's total at most $2,500 (otherwise the carrier needs an ITN). */
function noEeiApplies(contents: readonly ParcelContent[]): boolean {
  if (contents.some((c) => c.currency !== 'USD')) return false;
  const byCode = new Map<string, number>();
  for (const c of contents) {
    const code = c.hsCode.replace(/[\s.]/g, '');
    byCode.set(code, (byCode.get(code) ?? 0) + c.valueMinor);
  }
  return [...byCode.values()].every((v) => v <= NOEEI_LIMIT_USD_CENTS);
}

function checkRateRequest(request: RateRequest): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkAddress(request.from, 'from', issues);
  checkAddress(request.to, 'to', issues);
  const parcel = request.parcel;
  if (!isPositiveInteger(parcel?.weightG)) issues.push({ field: 'parcel.weightG', message: 'must be a whole number of grams above zero' });
  const dims = parcel?.dimensionsMm;
  if (dims) {
    for (const side of ['length', 'width', 'height'] as const) {
      if (!isPositiveInteger(dims[side])) issues.push({ field: `parcel.dimensionsMm.${side}`, message: 'must be a whole number of millimetres above zero' });
    }
  }
  if (issues.length === 0 && isInternational(request)) checkContents(parcel.contents, issues);
  return issues;
}

function checkAddress(a: CarrierAddress | undefined, at: string, issues: FieldIssue[]): void {
  if (!a) {
    issues.push({ field: at, message: 'is required' });
    return;
  }
  if (!text(a.name, 100)) issues.push({ field: `${at}.name`, message: 'is required (at most 100 characters)' });
  if (!Array.isArray(a.lines) || !text(a.lines[0], 200)) issues.push({ field: `${at}.lines[0]`, message: 'the first street line is required (at most 200 characters)' });
  if (!text(a.city, 100)) issues.push({ field: `${at}.city`, message: 'is required (at most 100 characters)' });
  if (typeof a.country !== 'string' || !/^[A-Za-z]{2}$/.test(a.country)) issues.push({ field: `${at}.country`, message: 'must be an ISO 3166-1 alpha-2 country code' });
}

/** Customs needs every line complete: the error names the line and the field. */
function checkContents(contents: readonly ParcelContent[] | undefined, issues: FieldIssue[]): void {
  if (!Array.isArray(contents) || contents.length === 0) {
    issues.push({ field: 'parcel.contents', message: 'an international parcel needs its contents for the customs declaration' });
    return;
  }
  contents.forEach((c, i) => {
    const at = `parcel.contents[${i}]`;
    if (!text(c.description, 200)) issues.push({ field: `${at}.description`, message: 'is required for customs (at most 200 characters)' });
    const digits = typeof c.hsCode === 'string' ? c.hsCode.replace(/[\s.]/g, '') : '';
    if (!/^\d{6,14}$/.test(digits)) issues.push({ field: `${at}.hsCode`, message: `line ${c.sku ?? i} needs an HS code of at least 6 digits for customs` });
    if (typeof c.originCountry !== 'string' || !/^[A-Za-z]{2}$/.test(c.originCountry)) issues.push({ field: `${at}.originCountry`, message: `line ${c.sku ?? i} needs its country of origin (ISO 3166-1 alpha-2) for customs` });
    if (!isPositiveInteger(c.quantity)) issues.push({ field: `${at}.quantity`, message: 'must be a whole number above zero' });
    if (typeof c.currency !== 'string' || !isCurrency(c.currency)) issues.push({ field: `${at}.currency`, message: 'must be an ISO 4217 currency code' });
    if (!isPositiveInteger(c.valueMinor)) issues.push({ field: `${at}.valueMinor`, message: 'customs value must be a whole number of minor units above zero' });
    if (!isPositiveInteger(c.netWeightG)) issues.push({ field: `${at}.netWeightG`, message: 'customs weight must be a whole number of grams above zero' });
  });
}

/** EU member states by ISO 3166 numeric code: an IOSS number is IM + that code + 7 digits. */
const EU_BY_NUMERIC: Readonly<Record<string, string>> = {
  '040': 'AT', '056': 'BE', '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '246': 'FI',
  '250': 'FR', '276': 'DE', '300': 'GR', '348': 'HU', '372': 'IE', '380': 'IT', '428': 'LV', '440': 'LT', '442': 'LU',
  '470': 'MT', '528': 'NL', '616': 'PL', '620': 'PT', '642': 'RO', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE',
};

/**
 * Landfall's registration schemes as EasyPost TaxIdentifiers of the sender (tax_id_type names as in
 * EasyPost's list of carrier tax ID types). A scheme with no customs meaning is refused, not dropped.
 */
function readRegistrations(request: LabelRequest, issues: FieldIssue[]): Json[] {
  const out: Json[] = [];
  for (const [scheme, raw] of Object.entries(request.registrations ?? {})) {
    const field = `registrations.${scheme}`;
    const number = typeof raw === 'string' ? raw.replace(/\s/g, '').toUpperCase() : '';
    if (!/^[A-Z0-9-]{4,40}$/.test(number)) {
      issues.push({ field, message: 'must be a registration number (4 to 40 letters and digits)' });
      continue;
    }
    const prefix = /^[A-Z]{2}/.test(number) ? number.slice(0, 2) : undefined;
    const entry = (type: string, country: string | undefined) => {
      if (!country) issues.push({ field, message: `cannot tell which country issued ${number}` });
      else out.push({ entity: 'SENDER', tax_id: number, tax_id_type: type, issuing_country: country });
    };
    switch (scheme) {
      case 'IOSS':
        entry('IOSS', EU_BY_NUMERIC[number.slice(2, 5)]);
        break;
      case 'EORI':
        entry('EORI', prefix === 'XI' ? 'GB' : prefix);
        break;
      case 'UK_VAT':
        entry('VAT', 'GB');
        break;
      case 'NO_VOEC':
        entry('VOEC', 'NO');
        break;
      case 'CH_VAT':
        entry('VAT', 'CH');
        break;
      case 'AU_GST':
        entry('GST', 'AU');
        break;
      case 'NZ_GST':
        entry('GST', 'NZ');
        break;
      case 'SG_OVR':
        entry('GST', 'SG');
        break;
      default:
        issues.push({ field, message: `EasyPost has no tax identifier for the ${scheme} scheme (IOSS, EORI, UK_VAT, NO_VOEC, CH_VAT, AU_GST, NZ_GST, SG_OVR)` });
    }
  }
  return out;
}

function refuse(issues: FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  const message = issues.map((i) => `${i.field} ${i.message}`).join('; ');
  return fail('VALIDATION_FAILED', message, { field: issues[0]!.field, details: issues });
}

function text(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.trim() !== '' && v.length <= max;
}

function isPositiveInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}
