import { fail, ok, type Result } from '../result/result.js';

/**
 * The test carrier's courier waybill numbers: `TC`, a 9-digit serial and a check digit that is the
 * serial modulo 7, the scheme express couriers use for 10-digit waybills (DHL Express documents its
 * waybill check digit as the first nine digits mod 7). It catches every single mistyped digit whose
 * error is not a multiple of 7 and most swaps of two digits; S10 (s10.ts) is the postal format.
 */
const COURIER = /^TC(\d{9})(\d)$/;

/** @example courierCheckDigit('123456789') // 1 (123456789 = 7 x 17636684 + 1) */
export function courierCheckDigit(serial: string): number {
  if (!/^\d{9}$/.test(serial)) throw new Error(`a courier serial is 9 digits, got "${serial}"`);
  return Number(serial) % 7;
}

/** @example makeCourierNumber(123456789) // ok('TC1234567891') */
export function makeCourierNumber(serial: number): Result<string, 'VALIDATION_FAILED'> {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > 999_999_999) return fail('VALIDATION_FAILED', 'the serial must be a whole number from 0 to 999999999', { field: 'serial' });
  const digits = String(serial).padStart(9, '0');
  return ok(`TC${digits}${courierCheckDigit(digits)}`);
}

/** Read and check a courier number; fails naming the shape or the check digit expected. */
export function parseCourierNumber(text: string): Result<{ serial: string; checkDigit: number }, 'VALIDATION_FAILED'> {
  const m = COURIER.exec(text.replace(/\s+/g, '').toUpperCase());
  if (!m) return fail('VALIDATION_FAILED', 'a test courier number is TC and 10 digits, like TC1234567891', { field: 'trackingNumber' });
  const expected = courierCheckDigit(m[1]!);
  if (Number(m[2]) !== expected) return fail('VALIDATION_FAILED', `check digit ${m[2]} should be ${expected}`, { field: 'trackingNumber' });
  return ok({ serial: m[1]!, checkDigit: expected });
}
