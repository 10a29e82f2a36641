import { isCountry } from '../geo/countries.js';
import { isCurrency } from '../money/currencies.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { normalizePostalCode } from '../shipping/postal-code.js';

/**
 * The bodies of the cart operations, checked once so that HTTP, the library and the storefront name
 * bad fields alike. Every problem is reported at once with its path.
 */
export type AddressInput = { name: string; lines: string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };
export type CartLineInput = { sku: string; quantity: number };
export type CreateCartInput = {
  market: string;
  country: string | undefined;
  currency: string | undefined;
  locale: string | undefined;
  email: string | undefined;
  address: AddressInput | undefined;
  lines: CartLineInput[];
};
/** A change to a cart; a field set to null clears it (discount code, delivery option). */
export type CartPatchInput = {
  email?: string;
  address?: AddressInput;
  locale?: string;
  discountCode?: string | null;
  deliveryOption?: string | null;
};

/** The most units of one SKU in one cart line, and the most lines in a cart. */
export const MAX_LINE_QUANTITY = 999;
export const MAX_CART_LINES = 100;

type Add = (field: string, message: string) => void;

function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

function collect(): { issues: FieldIssue[]; add: Add } {
  const issues: FieldIssue[] = [];
  return { issues, add: (field, message) => void issues.push({ field, message }) };
}

function failed(issues: FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

function unknownFields(body: Record<string, unknown>, known: readonly string[], at: string, add: Add): void {
  for (const key of Object.keys(body)) if (!known.includes(key)) add(at ? `${at}.${key}` : key, 'is not a field of this request');
}

/** Printable text of min..max characters (no control characters), trimmed. */
function textAt(value: unknown, field: string, min: number, max: number, add: Add): string | undefined {
  if (typeof value !== 'string' || /[\u0000-\u001f\u007f]/.test(value) || value.trim().length < min || value.trim().length > max) {
    add(field, `must be text of ${min} to ${max} characters`);
    return undefined;
  }
  return value.trim();
}

const EMAIL = /^[^\s@"<>()[\],;:\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function checkEmail(value: unknown, field: string, add: Add): string | undefined {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value.trim())) {
    add(field, 'must be an email address like ana@example.com');
    return undefined;
  }
  const [local, domain] = value.trim().split('@') as [string, string];
  return `${local}@${domain.toLowerCase()}`;
}

export function checkSku(value: unknown, field: string, add: Add): string | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(value)) {
    add(field, 'must be a SKU: 1 to 64 letters, digits, dots, dashes or underscores');
    return undefined;
  }
  return value;
}

export function checkQuantity(value: unknown, field: string, add: Add, min = 1): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_LINE_QUANTITY) {
    add(field, `must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`);
    return undefined;
  }
  return value;
}

function checkLocale(value: unknown, field: string, add: Add): string | undefined {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(value)) {
    add(field, 'must be a language tag like de or pt-BR');
    return undefined;
  }
  return value;
}

/** A delivery address: name, 1 to 3 street lines, city, postal code (where the country has them), region, country, phone. */
export function checkAddress(value: unknown, field: string, add: Add): AddressInput | undefined {
  const a = asObject(value);
  if (!a) {
    add(field, 'must be an object with name, lines, city, postalCode and country');
    return undefined;
  }
  let bad = false;
  const note: Add = (f, m) => {
    bad = true;
    add(f, m);
  };
  unknownFields(a, ['name', 'lines', 'city', 'postalCode', 'region', 'country', 'phone'], field, note);
  const name = textAt(a.name, `${field}.name`, 1, 100, note);
  let lines: string[] | undefined;
  if (!Array.isArray(a.lines) || a.lines.length < 1 || a.lines.length > 3) note(`${field}.lines`, 'must be 1 to 3 lines of street address');
  else lines = a.lines.map((l, i) => textAt(l, `${field}.lines[${i}]`, 1, 100, note) ?? '');
  const city = textAt(a.city, `${field}.city`, 1, 80, note);
  let postalCode: string | null = null;
  if (a.postalCode !== undefined && a.postalCode !== null) {
    if (typeof a.postalCode !== 'string' || normalizePostalCode(a.postalCode) === undefined) note(`${field}.postalCode`, 'must be a postal code: letters, digits, spaces and dashes, up to 10 characters without them');
    else postalCode = a.postalCode.trim().toUpperCase();
  }
  let region: string | null = null;
  if (a.region !== undefined && a.region !== null) {
    if (typeof a.region !== 'string' || !/^[A-Za-z0-9]{1,10}$/.test(a.region)) note(`${field}.region`, 'must be a region code like CA or ON (1 to 10 letters and digits)');
    else region = a.region.toUpperCase();
  }
  const country = typeof a.country === 'string' ? a.country.toUpperCase() : '';
  if (!isCountry(country)) note(`${field}.country`, 'must be an ISO 3166-1 alpha-2 country code like DE');
  let phone: string | null = null;
  if (a.phone !== undefined && a.phone !== null) {
    if (typeof a.phone !== 'string' || !/^\+?[0-9 ()./-]{5,25}$/.test(a.phone)) note(`${field}.phone`, 'must be a phone number like +49 30 1234567');
    else phone = a.phone.trim();
  }
  if (bad || !name || !lines || !city) return undefined;
  return { name, lines, city, postalCode, region, country, phone };
}

function checkLines(value: unknown, add: Add): CartLineInput[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_CART_LINES) {
    add('lines', `must be an array of at most ${MAX_CART_LINES} lines`);
    return [];
  }
  const out: CartLineInput[] = [];
  const seen = new Map<string, number>();
  value.forEach((raw, i) => {
    const line = parseLineAt(raw, `lines[${i}]`, add);
    if (!line) return;
    const first = seen.get(line.sku);
    if (first !== undefined) add(`lines[${i}].sku`, `repeats lines[${first}]; give one line per SKU with the total quantity`);
    else {
      seen.set(line.sku, i);
      out.push(line);
    }
  });
  return out;
}

function parseLineAt(raw: unknown, at: string, add: Add): CartLineInput | undefined {
  const l = asObject(raw);
  if (!l) {
    add(at, 'must be an object like { "sku": "COF-ROB-250", "quantity": 2 }');
    return undefined;
  }
  unknownFields(l, ['sku', 'quantity'], at, add);
  const sku = checkSku(l.sku, `${at}.sku`, add);
  const quantity = checkQuantity(l.quantity, `${at}.quantity`, add);
  return sku !== undefined && quantity !== undefined ? { sku, quantity } : undefined;
}

/** POST /v1/carts: the market (required), and optionally the country, currency, locale, email, address and first lines. */
export function parseCreateCart(input: unknown): Result<CreateCartInput, 'VALIDATION_FAILED'> {
  const body = input === undefined ? {} : asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const { issues, add } = collect();
  unknownFields(body, ['market', 'country', 'currency', 'locale', 'email', 'address', 'lines'], '', add);
  const market = typeof body.market === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(body.market) ? body.market : undefined;
  if (!market) add('market', 'is required: a market id like eu');
  let country: string | undefined;
  if (body.country !== undefined) {
    country = typeof body.country === 'string' ? body.country.toUpperCase() : '';
    if (!isCountry(country)) add('country', 'must be an ISO 3166-1 alpha-2 country code like DE');
  }
  let currency: string | undefined;
  if (body.currency !== undefined) {
    currency = typeof body.currency === 'string' ? body.currency : '';
    if (!isCurrency(currency)) add('currency', 'must be an ISO 4217 currency code like EUR');
  }
  const locale = body.locale === undefined ? undefined : checkLocale(body.locale, 'locale', add);
  const email = body.email === undefined ? undefined : checkEmail(body.email, 'email', add);
  const address = body.address === undefined ? undefined : checkAddress(body.address, 'address', add);
  const lines = checkLines(body.lines, add);
  if (issues.length > 0) return failed(issues);
  return ok({ market: market!, country, currency, locale, email, address, lines });
}

/** POST /v1/carts/{id}/lines: one SKU and how many to add. */
export function parseCartLine(input: unknown): Result<CartLineInput, 'VALIDATION_FAILED'> {
  const { issues, add } = collect();
  const line = parseLineAt(input, 'body', add);
  if (!line || issues.length > 0) return failed(issues.map((i) => ({ ...i, field: i.field.replace(/^body\.?/, '') || 'body' })));
  return ok(line);
}

/** PUT /v1/carts/{id}/lines/{sku}: the new quantity (0 removes the line). */
export function parseLineQuantity(input: unknown): Result<number, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object like { "quantity": 2 }' }]);
  const { issues, add } = collect();
  unknownFields(body, ['quantity'], '', add);
  const quantity = checkQuantity(body.quantity, 'quantity', add, 0);
  if (issues.length > 0) return failed(issues);
  return ok(quantity!);
}

/** PATCH /v1/carts/{id}: email, address, locale, discount code, delivery option. */
export function parseCartPatch(input: unknown): Result<CartPatchInput, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const { issues, add } = collect();
  unknownFields(body, ['email', 'address', 'locale', 'discountCode', 'deliveryOption'], '', add);
  const patch: CartPatchInput = {};
  if (body.email !== undefined) {
    const email = checkEmail(body.email, 'email', add);
    if (email) patch.email = email;
  }
  if (body.address !== undefined) {
    const address = checkAddress(body.address, 'address', add);
    if (address) patch.address = address;
  }
  if (body.locale !== undefined) {
    const locale = checkLocale(body.locale, 'locale', add);
    if (locale) patch.locale = locale;
  }
  if (body.discountCode !== undefined) {
    if (body.discountCode === null) patch.discountCode = null;
    else if (typeof body.discountCode !== 'string' || !/^[A-Za-z0-9_-]{3,32}$/.test(body.discountCode.trim())) add('discountCode', 'must be a discount code (3 to 32 letters, digits, dashes or underscores) or null to remove it');
    else patch.discountCode = body.discountCode.trim().toUpperCase();
  }
  if (body.deliveryOption !== undefined) {
    if (body.deliveryOption === null) patch.deliveryOption = null;
    else if (typeof body.deliveryOption !== 'string' || !/^[a-z0-9:+_-]{3,200}$/.test(body.deliveryOption)) add('deliveryOption', "must be the id of one of the cart's delivery options, or null for the cheapest");
    else patch.deliveryOption = body.deliveryOption;
  }
  if (issues.length > 0) return failed(issues);
  if (Object.keys(patch).length === 0) return failed([{ field: 'body', message: 'names nothing to change (email, address, locale, discountCode, deliveryOption)' }]);
  return ok(patch);
}
