import { isCountry } from '../geo/countries.js';
import { fail, ok, type Result } from '../result/result.js';

/**
 * Bank transfer details a distributor pays to: an IBAN (ISO 13616) and a BIC (ISO 9362), checked
 * before they are printed on a pro forma invoice. A refusal says why (length for the country, check
 * digits, characters), so a mistyped digit is caught here and not by a returned transfer.
 */

/** An IBAN without spaces, upper case; as printed, in groups of four. */
export type Iban = { compact: string; printed: string; country: string };

/** mod 97 of a long digit string, taken in chunks so no number exceeds 2^53. */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

/** Letters as numbers (A = 10 ... Z = 35), as ISO 7064 MOD 97-10 reads them. */
function numeric(text: string): string {
  return [...text].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');
}

/**
 * Check an IBAN: country with an IBAN, the registry's length for it, letters and digits only, and
 * the ISO 7064 MOD 97-10 check digits (the number with its first four characters moved to the end
 * is 1 mod 97). `lengths` is the registry (src/data/banking/iban-registry.ts).
 */
export function parseIban(input: unknown, lengths: Readonly<Record<string, number>>, field = 'iban'): Result<Iban, 'VALIDATION_FAILED'> {
  if (typeof input !== 'string' || input.length > 64) return fail('VALIDATION_FAILED', 'an IBAN is text like DE89 3704 0044 0532 0130 00', { field });
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return fail('VALIDATION_FAILED', 'an IBAN is two letters of country, two check digits, then letters and digits', { field });
  const country = compact.slice(0, 2);
  const length = lengths[country];
  if (length === undefined) return fail('VALIDATION_FAILED', `${country} has no IBAN: give the account number and BIC instead`, { field });
  if (compact.length !== length) return fail('VALIDATION_FAILED', `an IBAN of ${country} has ${length} characters; this one has ${compact.length}`, { field });
  if (mod97(numeric(compact.slice(4) + compact.slice(0, 4))) !== 1) return fail('VALIDATION_FAILED', 'the IBAN\'s check digits do not match: a character is mistyped', { field });
  return ok({ compact, printed: compact.replace(/(.{4})(?=.)/g, '$1 '), country });
}

export type Bic = { bic: string; bank: string; country: string; location: string; branch: string | null; test: boolean };

/**
 * Check a BIC (ISO 9362): four letters of institution, the ISO 3166 country, two letters or digits
 * of location and an optional three of branch (`XXX` is the head office). A location whose second
 * character is 0 is a test BIC, said so.
 */
export function parseBic(input: unknown, field = 'bic'): Result<Bic, 'VALIDATION_FAILED'> {
  if (typeof input !== 'string' || input.length > 20) return fail('VALIDATION_FAILED', 'a BIC is 8 or 11 letters and digits like DEUTDEFF or DEUTDEFF500', { field });
  const bic = input.replace(/\s/g, '').toUpperCase();
  const m = /^([A-Z0-9]{4})([A-Z]{2})([A-Z0-9]{2})([A-Z0-9]{3})?$/.exec(bic);
  if (!m) return fail('VALIDATION_FAILED', 'a BIC is 8 or 11 letters and digits: institution (4), country (2), location (2), branch (3, optional)', { field });
  if (!/^[A-Z]{4}$/.test(m[1]!)) return fail('VALIDATION_FAILED', 'a BIC starts with four letters of institution', { field });
  if (!isCountry(m[2]!)) return fail('VALIDATION_FAILED', `${m[2]} in a BIC must be an ISO 3166 country code`, { field });
  return ok({ bic, bank: m[1]!, country: m[2]!, location: m[3]!, branch: m[4] ?? null, test: m[3]![1] === '0' });
}

/** An IBAN and a BIC that belong together: the same country (the BIC of a bank in the IBAN's country). */
export function checkBankDetails(input: { iban?: unknown; bic?: unknown }, lengths: Readonly<Record<string, number>>): Result<{ iban: Iban; bic: Bic }, 'VALIDATION_FAILED'> {
  const iban = parseIban(input.iban, lengths);
  if (!iban.ok) return iban;
  const bic = parseBic(input.bic);
  if (!bic.ok) return bic;
  if (bic.value.country !== iban.value.country) return fail('VALIDATION_FAILED', `the BIC is of a bank in ${bic.value.country} and the IBAN of an account in ${iban.value.country}`, { field: 'bic' });
  return ok({ iban: iban.value, bic: bic.value });
}
