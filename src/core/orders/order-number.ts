import { fail, ok, type Result } from '../result/result.js';

/**
 * Buyer-facing order numbers: "LF-" then the order's sequence number then one Luhn check digit, so
 * that a mistyped digit or two swapped neighbours in a support request or a return form is caught
 * before anything is looked up (the Luhn scheme of ISO/IEC 7812-1, as on payment cards).
 */
const PREFIX = 'LF-';
const ORDER_NUMBER = /^LF-?([1-9][0-9]*)$/;
const MAX_TEXT = 40;

/**
 * The order number for a sequence (a positive safe integer).
 * @example formatOrderNumber(10042) // "LF-100420"
 */
export function formatOrderNumber(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence <= 0) throw new RangeError(`an order sequence must be a positive whole number, got ${sequence}`);
  const digits = String(sequence);
  return `${PREFIX}${digits}${luhnDigit(digits)}`;
}

/**
 * Read an order number as a buyer types it: any case, spaces around it, with or without the dash.
 * Returns the number in its one canonical form and the sequence inside it.
 * @example parseOrderNumber(' lf-100420 ') // ok({ number: 'LF-100420', sequence: 10042 })
 * @example parseOrderNumber('LF-100421')   // VALIDATION_FAILED (field number): the number has a typo
 */
export function parseOrderNumber(text: unknown): Result<{ number: string; sequence: number }, 'VALIDATION_FAILED'> {
  const shape = () => fail('VALIDATION_FAILED', 'an order number looks like LF-100420', { field: 'number' });
  if (typeof text !== 'string' || text.length > MAX_TEXT) return shape();
  const m = ORDER_NUMBER.exec(text.trim().toUpperCase());
  // At least two digits: the sequence and its check digit.
  if (!m || m[1]!.length < 2) return shape();
  const digits = m[1]!;
  const sequenceDigits = digits.slice(0, -1);
  const sequence = Number(sequenceDigits);
  if (!Number.isSafeInteger(sequence)) return shape();
  const number = `${PREFIX}${digits}`;
  if (luhnDigit(sequenceDigits) !== digits.slice(-1)) {
    return fail('VALIDATION_FAILED', `${number} has a typo: please check the order number in your confirmation email`, { field: 'number' });
  }
  return ok({ number, sequence });
}

/** The Luhn check digit for a string of decimal digits. */
function luhnDigit(digits: string): string {
  let sum = 0;
  // From the right, every other digit starting with the last is doubled (the check digit will sit to its right).
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
