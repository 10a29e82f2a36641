import { checkOptionalText, checkText, isObject } from '../catalog/field-checks.js';
import { isCountry } from '../geo/countries.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { CODE_PATTERN } from './limits.js';

/** A postal address as a warehouse keeps it: one to three street lines, city, postal code, region. */
export type WarehouseAddress = { lines: string[]; city: string; postalCode: string; region?: string };

/** A warehouse as it is stored: checked, trimmed, NFC-normalized. */
export type ValidWarehouse = {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  address: WarehouseAddress;
  /** Ids of the markets it ships to (none: it ships nowhere yet). */
  markets: string[];
  active: boolean;
  /** Sort position in lists (0 to 10,000, default 0). */
  position: number;
};

const MAX_MARKETS = 50;

/**
 * Check a warehouse as it arrives (admin API `PUT /v1/admin/warehouses/{code}`, seed data). Every
 * problem names its field (`address.lines[1]`, `markets[0]`), all at once. Whether the markets
 * exist is for the caller to check against the store's markets.
 * @example validateWarehouseInput({ code: 'nl-venlo', name: 'Venlo', country: 'NL', address: { lines: ['Celsiusweg 20'], city: 'Venlo', postalCode: '5928 PR' }, markets: ['eu'] })
 */
export function validateWarehouseInput(input: unknown): Result<ValidWarehouse, 'VALIDATION_FAILED'> {
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'warehouse must be a JSON object', { field: 'body', details: [{ field: 'body', message: 'must be a JSON object' }] });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });

  const code = typeof input.code === 'string' && CODE_PATTERN.test(input.code) ? input.code : undefined;
  if (!code) add('code', 'must be 1 to 40 lowercase letters, digits or dashes, starting with a letter or digit');
  const name = checkText(input.name, 'name', add, { min: 1, max: 100 });
  const country = typeof input.country === 'string' && /^[A-Z]{2}$/.test(input.country) && isCountry(input.country) ? input.country : undefined;
  if (!country) add('country', 'must be an ISO 3166-1 alpha-2 code in upper case, such as VN or NL');
  const address = checkAddress(input.address, add);
  const markets = checkMarkets(input.markets, add);

  let active = true;
  if (input.active !== undefined) {
    if (typeof input.active === 'boolean') active = input.active;
    else add('active', 'must be true or false');
  }
  let position = 0;
  if (input.position !== undefined) {
    if (typeof input.position === 'number' && Number.isInteger(input.position) && input.position >= 0 && input.position <= 10_000) position = input.position;
    else add('position', 'must be a whole number from 0 to 10,000');
  }

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ code: code!, name: name!, country: country!, address: address!, markets: markets!, active, position });
}

function checkAddress(value: unknown, add: (field: string, message: string) => void): WarehouseAddress | undefined {
  if (!isObject(value)) {
    add('address', 'must be an object with lines, city and postalCode');
    return undefined;
  }
  let bad = false;
  const note = (field: string, message: string) => {
    bad = true;
    add(field, message);
  };
  const lines: string[] = [];
  if (!Array.isArray(value.lines) || value.lines.length < 1 || value.lines.length > 3) {
    note('address.lines', 'must be a list of 1 to 3 street lines');
  } else {
    value.lines.forEach((line: unknown, i: number) => {
      const text = checkText(line, `address.lines[${i}]`, note, { min: 1, max: 100 });
      if (text !== undefined) lines.push(text);
    });
  }
  const city = checkText(value.city, 'address.city', note, { min: 1, max: 100 });
  const postalCode = checkText(value.postalCode, 'address.postalCode', note, { min: 1, max: 20 });
  const region = checkOptionalText(value.region, 'address.region', note, 100);
  for (const key of Object.keys(value)) {
    if (!['lines', 'city', 'postalCode', 'region'].includes(key)) note(`address.${key.length > 40 ? `${key.slice(0, 40)}…` : key}`, 'is not an address field (lines, city, postalCode, region)');
  }
  if (bad) return undefined;
  return { lines, city: city!, postalCode: postalCode!, ...(region ? { region } : {}) };
}

function checkMarkets(value: unknown, add: (field: string, message: string) => void): string[] | undefined {
  if (!Array.isArray(value)) {
    add('markets', 'must be a list of market ids (an empty list ships nowhere)');
    return undefined;
  }
  if (value.length > MAX_MARKETS) {
    add('markets', `must list at most ${MAX_MARKETS} markets`);
    return undefined;
  }
  let bad = false;
  const seen = new Set<string>();
  value.forEach((m: unknown, i: number) => {
    if (typeof m !== 'string' || !CODE_PATTERN.test(m)) {
      bad = true;
      add(`markets[${i}]`, 'must be a market id (lowercase letters, digits, dashes)');
    } else if (seen.has(m)) {
      bad = true;
      add(`markets[${i}]`, `repeats the market ${m}`);
    } else {
      seen.add(m);
    }
  });
  return bad ? undefined : [...seen];
}
