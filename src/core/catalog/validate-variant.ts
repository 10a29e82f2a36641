import { isCurrency } from '../money/currencies.js';
import { parseMoney, type Money } from '../money/money.js';
import { checkText, fieldKey, isObject, isReservedKey, scaledQuantity, type AddIssue } from './field-checks.js';
import type { ValidVariant } from './valid-product.js';

export const VARIANT_LIMITS = {
  skuLength: 64,
  options: 10,
  optionName: 30,
  optionValue: 100,
  /** Kilograms, with at most 3 decimals (whole grams). */
  maxWeightKg: 1000,
  /** Centimetres, with at most 1 decimal (whole millimetres). */
  maxDimensionCm: 1000,
  barcodeLength: 64,
} as const;

const KNOWN = new Set(['sku', 'options', 'price', 'weightKg', 'dimensionsCm', 'barcode']);
const SKU = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Check one variant of a ProductInput (see validateProductInput for the rules), reporting problems
 * under `at` (`variants[2]`). Undefined when anything is wrong.
 */
export function validateVariant(raw: unknown, at: string, add: AddIssue, options: { baseCurrency?: string | undefined }): ValidVariant | undefined {
  if (!isObject(raw)) {
    add(at, 'must be an object with sku, price and weightKg');
    return undefined;
  }
  let bad = false;
  const issue: AddIssue = (field, message) => {
    bad = true;
    add(field, message);
  };
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) issue(`${at}${fieldKey(key)}`, 'is not a known field');

  const sku = typeof raw.sku === 'string' && SKU.test(raw.sku) ? raw.sku : undefined;
  if (!sku) issue(`${at}.sku`, 'must be 1 to 64 letters, digits, dots, dashes or underscores');
  const variantOptions = checkOptions(raw.options, `${at}.options`, issue);
  const price = checkPrice(raw.price, `${at}.price`, issue, options.baseCurrency);

  const weightG = scaledQuantity(raw.weightKg, 3, VARIANT_LIMITS.maxWeightKg);
  if (weightG === undefined) issue(`${at}.weightKg`, 'must be a weight in kilograms above 0 and up to 1,000, with at most 3 decimals (whole grams), e.g. "0.25"');

  let dimensionsMm: ValidVariant['dimensionsMm'] = null;
  if (raw.dimensionsCm !== undefined && raw.dimensionsCm !== null) {
    const d = raw.dimensionsCm;
    if (!isObject(d)) issue(`${at}.dimensionsCm`, 'must be an object with length, width and height in centimetres');
    else {
      for (const key of Object.keys(d)) if (key !== 'length' && key !== 'width' && key !== 'height') issue(`${at}.dimensionsCm${fieldKey(key)}`, 'is not a known field');
      const mm = (side: 'length' | 'width' | 'height') => {
        const v = scaledQuantity(d[side], 1, VARIANT_LIMITS.maxDimensionCm);
        if (v === undefined) issue(`${at}.dimensionsCm.${side}`, 'must be centimetres above 0 and up to 1,000, with at most 1 decimal (whole millimetres)');
        return v;
      };
      const length = mm('length');
      const width = mm('width');
      const height = mm('height');
      if (length !== undefined && width !== undefined && height !== undefined) dimensionsMm = { length, width, height };
    }
  }

  let barcode: string | null = null;
  if (raw.barcode !== undefined && raw.barcode !== null && raw.barcode !== '') {
    const problem = typeof raw.barcode === 'string' ? barcodeProblem(raw.barcode) : 'must be text';
    if (problem) issue(`${at}.barcode`, problem);
    else barcode = raw.barcode as string;
  }

  if (bad || !sku || !variantOptions || !price || weightG === undefined) return undefined;
  return { sku, options: variantOptions, price, weightG, dimensionsMm, barcode };
}

function checkOptions(value: unknown, at: string, add: AddIssue): Record<string, string> | undefined {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    add(at, 'must be an object of option names and values, e.g. {"size": "500 g"}');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > VARIANT_LIMITS.options) {
    add(at, `must have at most ${VARIANT_LIMITS.options} options`);
    return undefined;
  }
  const out: Array<[string, string]> = [];
  let bad = false;
  const issue: AddIssue = (field, message) => {
    bad = true;
    add(field, message);
  };
  for (const [name, v] of entries) {
    const field = `${at}${fieldKey(name)}`;
    const trimmed = name.trim();
    if (isReservedKey(trimmed)) {
      issue(field, 'is not allowed as an option name');
      continue;
    }
    const cleanName = checkText(name, field, (f, m) => issue(f, `name ${m}`), { min: 1, max: VARIANT_LIMITS.optionName });
    const cleanValue = checkText(v, field, issue, { min: 1, max: VARIANT_LIMITS.optionValue });
    if (cleanName === undefined || cleanValue === undefined) continue;
    if (out.some(([n]) => n.toLowerCase() === cleanName.toLowerCase())) issue(field, `repeats the option "${cleanName}"`);
    else out.push([cleanName, cleanValue]);
  }
  // Object.fromEntries defines own properties, so even an unusual name cannot reach a prototype.
  return bad ? undefined : Object.fromEntries(out);
}

function checkPrice(value: unknown, at: string, add: AddIssue, baseCurrency: string | undefined): Money | undefined {
  if (!isObject(value)) {
    add(at, 'must be an object like {"amount": "12.50", "currency": "USD"}');
    return undefined;
  }
  for (const key of Object.keys(value)) if (key !== 'amount' && key !== 'currency') add(`${at}${fieldKey(key)}`, 'is not a known field');
  const currency = value.currency;
  if (typeof currency !== 'string' || !isCurrency(currency)) {
    add(`${at}.currency`, `must be an ISO 4217 currency code, got ${typeof currency === 'string' ? JSON.stringify(currency.slice(0, 10)) : typeof currency}`);
    return undefined;
  }
  if (baseCurrency !== undefined && currency !== baseCurrency) {
    add(`${at}.currency`, `must be the store's base currency ${baseCurrency} (prices in other currencies come from the markets' price rules)`);
    return undefined;
  }
  if (typeof value.amount !== 'string') {
    add(`${at}.amount`, 'must be a decimal string like "12.50"');
    return undefined;
  }
  const parsed = parseMoney(value.amount.trim(), currency);
  if (!parsed.ok) {
    add(`${at}.amount`, parsed.message.length > 200 ? `is not a decimal amount like 12.50` : parsed.message);
    return undefined;
  }
  if (parsed.value.amount < 0) {
    add(`${at}.amount`, 'must not be negative');
    return undefined;
  }
  return parsed.value;
}

/**
 * Barcodes are kept as given, but an all-digit code of a GTIN length (8, 12, 13, 14) must carry a
 * valid GS1 check digit: a typo in an EAN is caught at entry rather than at the warehouse scanner.
 */
function barcodeProblem(code: string): string | undefined {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(code)) return 'must be 1 to 64 letters, digits, dots, dashes or underscores';
  if (/^\d+$/.test(code) && [8, 12, 13, 14].includes(code.length) && !hasValidGtinCheckDigit(code)) {
    return `has a wrong check digit for a GTIN-${code.length} (GS1 mod 10)`;
  }
  return undefined;
}

/** GS1 General Specifications 7.9.1: weights 3 and 1 alternate from the rightmost data digit. */
export function hasValidGtinCheckDigit(code: string): boolean {
  let sum = 0;
  for (let i = code.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += (code.charCodeAt(i) - 48) * weight;
  return (10 - (sum % 10)) % 10 === code.charCodeAt(code.length - 1) - 48;
}
