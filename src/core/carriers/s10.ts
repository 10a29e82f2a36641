import { fail, ok, type Result } from '../result/result.js';

/**
 * UPU S10 item identifiers (UPU standard S10, "Identification of postal items, 13-character
 * identifier"): two letters for the service (E* EMS, C* parcels, R* registered, L* tracked letters,
 * ...), an 8-digit serial number, a check digit over the serial, and the ISO 3166-1 alpha-2 code of
 * the posting operator's country: `RR123456785GB`.
 *
 * Check digit (S10 clause 5): multiply the serial's digits by 8 6 4 2 3 5 9 7, add the products,
 * take the remainder r of the sum divided by 11; the digit is 11 - r, except that 10 gives 0 and 11
 * (r = 0) gives 5.
 */
export const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

/**
 * The S10 check digit of an 8-digit serial.
 * @example s10CheckDigit('12345678') // 5 (RR123456785GB)
 * @example s10CheckDigit('00000000') // 5 (r = 0: 11 becomes 5)
 * @example s10CheckDigit('00000008') // 0 (r = 1: 10 becomes 0)
 */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error(`an S10 serial is 8 digits, got "${serial}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export type S10Parts = { service: string; serial: string; checkDigit: number; country: string };

/**
 * An S10 identifier from its parts; the serial is a whole number below 10^8, zero-padded.
 * @example makeS10('CP', 1, 'NL') // ok('CP000000015NL')
 */
export function makeS10(service: string, serial: number, country: string): Result<string, 'VALIDATION_FAILED'> {
  if (!/^[A-Z]{2}$/.test(service)) return fail('VALIDATION_FAILED', 'the service indicator must be two capital letters', { field: 'service' });
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > 99_999_999) return fail('VALIDATION_FAILED', 'the serial must be a whole number from 0 to 99999999', { field: 'serial' });
  if (!/^[A-Z]{2}$/.test(country)) return fail('VALIDATION_FAILED', 'the country must be an ISO 3166-1 alpha-2 code', { field: 'country' });
  const digits = String(serial).padStart(8, '0');
  return ok(`${service}${digits}${s10CheckDigit(digits)}${country}`);
}

/**
 * Read and check an S10 identifier (spaces allowed, as printed: "RR 123 456 785 GB"; lower case
 * accepted). Fails naming what is wrong: the shape, or the check digit (with the one expected).
 * @example parseS10('RR123456785GB') // ok({ service: 'RR', serial: '12345678', checkDigit: 5, country: 'GB' })
 * @example parseS10('RR123456784GB') // VALIDATION_FAILED: check digit 4 should be 5
 */
export function parseS10(text: string): Result<S10Parts, 'VALIDATION_FAILED'> {
  const m = S10.exec(text.replace(/\s+/g, '').toUpperCase());
  if (!m) return fail('VALIDATION_FAILED', 'an S10 number is 2 letters, 8 digits, a check digit and a 2-letter country, like RR123456785GB', { field: 'trackingNumber' });
  const [, service, serial, check, country] = m as unknown as [string, string, string, string, string];
  const expected = s10CheckDigit(serial);
  if (Number(check) !== expected) return fail('VALIDATION_FAILED', `check digit ${check} should be ${expected}`, { field: 'trackingNumber' });
  return ok({ service, serial, checkDigit: expected, country });
}

/** Whether `text` is a valid S10 identifier. */
export function isS10(text: string): boolean {
  return parseS10(text).ok;
}
