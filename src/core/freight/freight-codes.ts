import { isCountry } from '../geo/countries.js';
import { fail, ok, type Result } from '../result/result.js';

/**
 * The identifiers a transport document carries, checked by their published rules: air waybill
 * numbers (IATA), ISO 6346 freight container numbers, UN/LOCODEs for ports and places, and IATA
 * location codes for airports. Pure: the UN/LOCODE list itself (over 100,000 entries) is not
 * shipped, so a LOCODE is checked for its shape and its ISO 3166-1 country only.
 */

const AWB = /^(\d{3})[\s-]?(\d{4})\s?(\d{4})$/;

/**
 * The check digit of an air waybill serial: the first seven digits of the 8-digit serial, read as
 * a number, modulo 7 (IATA Resolution 600a, the air waybill number: a 3-digit airline prefix and an
 * 8-digit serial whose last digit is this check).
 * @example awbCheckDigit('1234567') // 5 (1234567 = 176366 x 7 + 5): AWB 176-12345675
 */
export function awbCheckDigit(sevenDigits: string): number {
  if (!/^\d{7}$/.test(sevenDigits)) throw new Error(`an air waybill serial's first part is 7 digits, got "${sevenDigits}"`);
  return Number(sevenDigits) % 7;
}

/**
 * Read an air waybill number as printed ("176-12345675", "176 1234 5675", "17612345675") and check
 * its check digit. Returns it as `176-12345675`; a wrong check digit is refused naming the one expected.
 * @example parseAwbNumber('176-12345675') // ok({ number: '176-12345675', prefix: '176', serial: '12345675' })
 * @example parseAwbNumber('176-12345674') // VALIDATION_FAILED: the check digit 4 should be 5
 */
export function parseAwbNumber(text: string): Result<{ number: string; prefix: string; serial: string }, 'VALIDATION_FAILED'> {
  const m = AWB.exec(text.trim());
  if (!m) return fail('VALIDATION_FAILED', 'an air waybill number is the airline\'s 3-digit prefix and an 8-digit serial, like 176-12345675');
  const serial = `${m[2]}${m[3]}`;
  const expected = awbCheckDigit(serial.slice(0, 7));
  const given = Number(serial[7]);
  if (given !== expected) return fail('VALIDATION_FAILED', `air waybill ${m[1]}-${serial} has check digit ${given}, but ${serial.slice(0, 7)} mod 7 is ${expected}: the number is mistyped (IATA air waybill check digit)`);
  return ok({ number: `${m[1]}-${serial}`, prefix: m[1]!, serial });
}

/** ISO 6346 letter values: A = 10 upwards, skipping 11, 22, 33 (multiples of 11). */
function letterValue(ch: string): number {
  let v = 10;
  for (let c = 65; c < ch.charCodeAt(0); c++) {
    v++;
    if (v % 11 === 0) v++;
  }
  return v;
}

const CONTAINER = /^([A-Z]{3})([UJZ])\s?(\d{6})\s?(\d)$/;

/**
 * The ISO 6346 check digit of a container number's first ten characters (owner code, category
 * identifier, serial): each character's value (letters A = 10 ... Z = 38 skipping multiples of 11,
 * digits as they are) times 2^position, summed, modulo 11, and 10 read as 0.
 * @example containerCheckDigit('CSQU305438') // 3 (CSQU 305438 3)
 */
export function containerCheckDigit(first10: string): number {
  if (!/^[A-Z]{4}\d{6}$/.test(first10)) throw new Error(`a container number's first ten characters are 4 letters and 6 digits, got "${first10}"`);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = first10[i]!;
    sum += (/\d/.test(ch) ? Number(ch) : letterValue(ch)) * 2 ** i;
  }
  return (sum % 11) % 10;
}

/**
 * Read a freight container number (ISO 6346: 3-letter owner code, category U, J or Z, 6-digit
 * serial, check digit; "MSKU 123456 7" or "MSKU1234567") and check its check digit.
 * @example parseContainerNumber('CSQU 305438 3') // ok('CSQU3054383')
 */
export function parseContainerNumber(text: string): Result<string, 'VALIDATION_FAILED'> {
  const m = CONTAINER.exec(text.trim().toUpperCase());
  if (!m) return fail('VALIDATION_FAILED', 'a container number is a 3-letter owner code, U, J or Z, 6 digits and a check digit, like CSQU3054383 (ISO 6346)');
  const first10 = `${m[1]}${m[2]}${m[3]}`;
  const expected = containerCheckDigit(first10);
  if (Number(m[4]) !== expected) return fail('VALIDATION_FAILED', `container ${first10}${m[4]} has check digit ${m[4]}, but ISO 6346 gives ${expected}: the number is mistyped`);
  return ok(`${first10}${m[4]}`);
}

/** Words in free text (marks) shaped like container numbers: 4 letters ending U, J or Z, then 7 digits. */
export function containerNumbersIn(text: string): string[] {
  return [...text.toUpperCase().matchAll(/\b[A-Z]{3}[UJZ]\s?\d{6}\s?\d\b/g)].map((m) => m[0]);
}

/**
 * A UN/LOCODE as written ("DEHAM", "DE HAM"): the ISO 3166-1 alpha-2 country and a 3-character
 * location of letters and digits 2-9 (UNECE Recommendation 16). Only the shape and the country are
 * checked; whether the location exists needs the UN/LOCODE list, which is not shipped.
 * @example parseLocode('de ham') // ok('DEHAM')
 */
export function parseLocode(text: string): Result<string, 'VALIDATION_FAILED'> {
  const m = /^([A-Z]{2})\s?([A-Z2-9]{3})$/.exec(text.trim().toUpperCase());
  if (!m) return fail('VALIDATION_FAILED', 'must be a UN/LOCODE: the 2-letter country and 3 letters or digits 2-9, like DEHAM or VNSGN');
  if (!isCountry(m[1]!)) return fail('VALIDATION_FAILED', `must be a UN/LOCODE, which starts with an ISO 3166-1 country code; ${m[1]} is not one`);
  return ok(`${m[1]}${m[2]}`);
}

/**
 * An IATA airport (location) code: 3 letters, like FRA or SGN (IATA Airline Coding Directory).
 * Only the shape is checked.
 */
export function parseIataAirport(text: string): Result<string, 'VALIDATION_FAILED'> {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return fail('VALIDATION_FAILED', 'must be an IATA airport code: 3 letters, like FRA or SGN');
  return ok(code);
}
