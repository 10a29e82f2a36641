/**
 * EasyPost's error answers as Landfall carrier failures. EasyPost answers 4xx/5xx with
 * `{ "error": { "code", "message", "errors": [FieldError | string] } }`, a FieldError being
 * `{ field, message, suggestion }` (docs.easypost.com/docs/errors). A refusal that names fields of
 * our request is VALIDATION_FAILED with the field translated to Landfall's request path; a key,
 * billing or rule refusal is CARRIER_REFUSED; EasyPost down or busy is CARRIER_UNAVAILABLE.
 */
import { fail, type Failure, type FieldIssue } from '../../../core/result/result.js';
import type { CarrierFailure } from '../../../core/carriers/carrier.js';

type EasyPostFieldError = { field: string | null; message: string; suggestion: string | null };

/** The failure for an EasyPost answer with a non-2xx status. `what` names the call ("POST /shipments"). */
export function easyPostFailure(status: number, body: Record<string, unknown> | undefined, what: string): Failure<CarrierFailure> {
  const error = typeof body?.error === 'object' && body.error !== null ? (body.error as Record<string, unknown>) : undefined;
  const code = typeof error?.code === 'string' ? error.code.slice(0, 100) : undefined;
  const message = typeof error?.message === 'string' ? oneLine(error.message) : undefined;
  const said = [code, message].filter((x) => x !== undefined).join(': ') || 'no error details';
  const fieldErrors = readFieldErrors(error?.errors);

  if (status === 401) return fail('CARRIER_REFUSED', `EasyPost refused the API key (${status} ${said}); check LANDFALL_EASYPOST_API_KEY`);
  if (status === 402) return fail('CARRIER_REFUSED', `EasyPost refused ${what}: the account cannot pay for it (${status} ${said})`);
  if (status === 403) return fail('CARRIER_REFUSED', `EasyPost refused ${what} for this API key (${status} ${said})`);
  if (status === 404) return fail('LABEL_NOT_FOUND', `EasyPost has no such object (${what}: ${said})`);
  if (status === 429) return fail('CARRIER_UNAVAILABLE', `EasyPost is rate-limiting requests (${said}); try again shortly`);
  if (status >= 500) return fail('CARRIER_UNAVAILABLE', `EasyPost answered ${status} to ${what} (${said}); try again`);

  if ((status === 400 || status === 422) && fieldErrors.length > 0) {
    const details: FieldIssue[] = fieldErrors.map((e) => ({
      field: (e.field !== null ? landfallField(e.field) : undefined) ?? `easypost.${e.field ?? 'request'}`,
      message: `${e.message}${e.field !== null ? ` (EasyPost field ${e.field})` : ''}${e.suggestion ? `; suggestion: ${e.suggestion}` : ''}`,
    }));
    const list = fieldErrors.map((e) => `${e.field ?? 'request'}: ${e.message}`).join('; ');
    return fail('VALIDATION_FAILED', `EasyPost refused ${what}: ${said} (${list})`, { field: details[0]!.field, details });
  }
  return fail('CARRIER_REFUSED', `EasyPost refused ${what} (${status} ${said})`);
}

/** `errors` holds FieldError objects or plain strings (both documented). */
function readFieldErrors(raw: unknown): EasyPostFieldError[] {
  if (!Array.isArray(raw)) return [];
  const out: EasyPostFieldError[] = [];
  for (const item of raw.slice(0, 20)) {
    if (typeof item === 'string') out.push({ field: null, message: oneLine(item), suggestion: null });
    else if (typeof item === 'object' && item !== null) {
      const e = item as Record<string, unknown>;
      if (typeof e.message !== 'string') continue;
      out.push({
        field: typeof e.field === 'string' && e.field !== '' ? e.field.slice(0, 200) : null,
        message: oneLine(e.message),
        suggestion: typeof e.suggestion === 'string' && e.suggestion !== '' ? oneLine(e.suggestion) : null,
      });
    }
  }
  return out;
}

const ADDRESS_FIELDS: Readonly<Record<string, string>> = {
  name: 'name', company: 'company', street1: 'lines[0]', street2: 'lines[1]', city: 'city', state: 'region', zip: 'postalCode', country: 'country', phone: 'phone', email: 'email',
};
const PARCEL_FIELDS: Readonly<Record<string, string>> = { weight: 'weightG', length: 'dimensionsMm.length', width: 'dimensionsMm.width', height: 'dimensionsMm.height' };
const ITEM_FIELDS: Readonly<Record<string, string>> = {
  description: 'description', quantity: 'quantity', value: 'valueMinor', weight: 'netWeightG', hs_tariff_number: 'hsCode', origin_country: 'originCountry', code: 'sku', currency: 'currency',
};

/**
 * An EasyPost request field as the path of the Landfall request it came from:
 * `to_address.street1` -> `to.lines[0]`, `customs_info.customs_items.1.hs_tariff_number` ->
 * `parcel.contents[1].hsCode`. Undefined when it cannot be placed (a bare `street1`: which address?).
 */
export function landfallField(field: string): string | undefined {
  const parts = field.replace(/^shipment\./, '').replace(/\[(\d+)\]/g, '.$1').split('.');
  const [head, ...rest] = parts;
  if ((head === 'to_address' || head === 'from_address') && rest.length === 1) {
    const sub = ADDRESS_FIELDS[rest[0]!];
    return sub ? `${head === 'to_address' ? 'to' : 'from'}.${sub}` : undefined;
  }
  if (head === 'parcel' && rest.length === 1) {
    const sub = PARCEL_FIELDS[rest[0]!];
    return sub ? `parcel.${sub}` : undefined;
  }
  const items = head === 'customs_info' && rest[0] === 'customs_items' ? rest.slice(1) : head === 'customs_items' ? rest : undefined;
  if (items && items.length === 2 && /^\d{1,4}$/.test(items[0]!)) {
    const sub = ITEM_FIELDS[items[1]!];
    return sub ? `parcel.contents[${Number(items[0])}].${sub}` : undefined;
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
