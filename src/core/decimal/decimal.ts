import { divRound, type RoundingMode } from './rounding.js';

/**
 * An exact decimal: `coef / 10^scale`, with `coef` a safe integer. Used for rates (duty and VAT
 * percentages, FX rates) and quantities (kilograms, litres), never for money totals, which are
 * integer minor units.
 */
export type Decimal = { readonly coef: number; readonly scale: number };

const DECIMAL_TEXT = /^(-)?(\d+)(?:\.(\d+))?$/;
export const MAX_DECIMAL_SCALE = 12;

/**
 * Parse "12", "8.1", "0.000125", "-3.5" exactly. No exponents, signs other than a leading minus,
 * separators or spaces. Undefined when the text is not such a number or has too many digits.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  if (fraction.length > MAX_DECIMAL_SCALE) return undefined;
  const digits = (m[2]! + fraction).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return undefined;
  const coef = Number(digits) * (m[1] ? -1 : 1);
  return normalize({ coef: coef === 0 ? 0 : coef, scale: fraction.length });
}

/** A decimal from a JSON number that is written exactly as its shortest decimal form (0.25, 12, 1.5). */
export function decimalFromNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  // Fast path: the fewest decimals (up to 6) whose integer maps back to exactly this double is the
  // number's shortest decimal form; printing the double and parsing the text gives the same answer.
  for (let scale = 0, unit = 1; scale <= 6; scale++, unit *= 10) {
    const coef = Math.round(value * unit);
    if (!Number.isSafeInteger(coef)) break;
    if (coef / unit === value) return normalize({ coef: coef === 0 ? 0 : coef, scale });
  }
  const text = String(value);
  return /e/i.test(text) ? undefined : parseDecimal(text);
}

export function decimal(coef: number, scale = 0): Decimal {
  return { coef, scale };
}

/** Drop trailing zeros of the fraction so that equal values have one form (1.50 -> 1.5). */
export function normalize(d: Decimal): Decimal {
  let { coef, scale } = d;
  while (scale > 0 && coef % 10 === 0) {
    coef /= 10;
    scale--;
  }
  return scale === d.scale ? d : { coef, scale };
}

export function formatDecimal(d: Decimal): string {
  const negative = d.coef < 0;
  const digits = String(Math.abs(d.coef)).padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = d.scale > 0 ? `.${digits.slice(digits.length - d.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export function isZero(d: Decimal): boolean {
  return d.coef === 0;
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = BigInt(a.coef) * 10n ** BigInt(scale - a.scale);
  const y = BigInt(b.coef) * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const coef = a.coef * 10 ** (scale - a.scale) + b.coef * 10 ** (scale - b.scale);
  if (!Number.isSafeInteger(coef)) throw new RangeError('decimal sum out of range');
  return normalize({ coef, scale });
}

export function mulDecimal(a: Decimal, b: Decimal): Decimal {
  const coef = a.coef * b.coef;
  if (!Number.isSafeInteger(coef) || a.scale + b.scale > 2 * MAX_DECIMAL_SCALE) throw new RangeError('decimal product out of range');
  return normalize({ coef, scale: a.scale + b.scale });
}

/** Round to `scale` fraction digits with the given mode. */
export function roundDecimal(d: Decimal, scale: number, mode: RoundingMode): Decimal {
  if (d.scale <= scale) return d;
  return normalize({ coef: divRound(d.coef, 10 ** (d.scale - scale), mode), scale });
}
