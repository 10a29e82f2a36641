import { EU_VAT_PREFIXES, validateEuVatNumber } from '../compliance/eu-vat-number.js';
import { validateRegistrationNumber, type RegistrationScheme } from '../compliance/registration-number.js';
import { fail, ok, type Result } from '../result/result.js';

/**
 * A distributor's tax number checked by its country, and its EORI number. EU member states: the VAT
 * number with the member state's check digits (eu-vat-number.ts); GB: the UK VAT number (HMRC mod 97
 * / 9755), or its Northern Ireland XI form; AU, NZ, CH and SG: the schemes registration-number.ts
 * knows. Any other country: the format only, and the result says so. A wrong check digit is refused
 * with the digit that would fit (`DE123456788: the check digit should be 9 (ISO 7064 MOD 11,10)`).
 */

export type TaxNumberScheme = 'EU_VAT' | 'UK_VAT' | 'AU_GST' | 'NZ_GST' | 'CH_VAT' | 'SG_OVR' | 'OTHER';
export type TaxNumber = {
  /** As stored and printed: `DE136695976`, `GB980780684`, `CHE-116.281.710 MWST`. */
  readonly normalized: string;
  readonly scheme: TaxNumberScheme;
  readonly checked: 'check_digit' | 'format';
  /** What was checked, in words. */
  readonly note: string;
};

/** Countries whose tax number a registration scheme checks (the scheme of its VAT/GST number). */
const SCHEME_BY_COUNTRY: Readonly<Record<string, RegistrationScheme>> = { GB: 'UK_VAT', AU: 'AU_GST', NZ: 'NZ_GST', CH: 'CH_VAT', SG: 'SG_OVR' };

/** Where the check digits sit in a compact number, for saying which digits would fit: [start, length]. */
const EU_CHECK_POSITION: Readonly<Record<string, readonly [number, number]>> = { BE: [10, 2], LU: [8, 2], MT: [8, 2], FR: [2, 2], NL: [10, 1], SE: [11, 1] };

const compact = (raw: string): string => raw.trim().toUpperCase().replace(/[\s.\-/]/g, '');

/**
 * The replacements of `length` characters at `start` of `number` that `isValid` accepts, up to two
 * (the UK's two series can both fit). Pure enumeration: at most 100 tries.
 */
function fittingCheckDigits(number: string, start: number, length: number, isValid: (candidate: string) => boolean): string[] {
  const fits: string[] = [];
  for (let n = 0; n < 10 ** length && fits.length < 2; n++) {
    const digits = String(n).padStart(length, '0');
    const candidate = number.slice(0, start) + digits + number.slice(start + length);
    if (candidate !== number && isValid(candidate)) fits.push(digits);
  }
  return fits;
}

/** "N: the check digit should be 9 (rule)", or that no check digit fits the other digits. */
function checkDigitRefusal(number: string, start: number, length: number, isValid: (candidate: string) => boolean, rule: string, field: string) {
  const fits = fittingCheckDigits(number, start, length, isValid);
  const noun = length === 1 ? 'the check digit' : 'the check digits';
  const message =
    fits.length > 0
      ? `${number}: ${noun} should be ${fits.join(' or ')}${rule ? ` (${rule})` : ''}`
      : `${number}: ${noun} do${length === 1 ? 'es' : ''} not fit the other digits${rule ? ` (${rule})` : ''}: one of them is mistyped`;
  return fail('VALIDATION_FAILED', message, { field });
}

/** The rule named in brackets at the end of a core refusal ("... do not add up (HMRC mod 97)"). */
const ruleOf = (message: string): string => /not add up \((.*)\)$/.exec(message)?.[1] ?? '';

function checkEuVat(country: string, number: string, field: string): Result<TaxNumber, 'VALIDATION_FAILED'> {
  const prefix = country === 'GR' ? 'EL' : country;
  let n = number;
  // Two leading letters are a prefix only when they are one (a French key or a Spanish letter may lead a number typed without it).
  const given = /^[A-Z]{2}/.test(n) && [...EU_VAT_PREFIXES, 'GR', 'GB', 'XI'].includes(n.slice(0, 2)) ? n.slice(0, 2) : '';
  if (given === '') n = `${prefix}${n}`;
  else if ((given === 'GR' ? 'EL' : given) !== prefix) {
    return fail('VALIDATION_FAILED', `a company in ${country} has a VAT number starting ${prefix}; ${number} starts with ${given}`, { field });
  }
  if (given === 'GR') n = `EL${n.slice(2)}`;
  // Legacy lengths the core upgrades (BE 9 digits, EL 8): upgraded here too, so positions are right.
  if (prefix === 'BE' && /^BE\d{9}$/.test(n)) n = `BE0${n.slice(2)}`;
  if (prefix === 'EL' && /^EL\d{8}$/.test(n)) n = `EL0${n.slice(2)}`;
  const vat = validateEuVatNumber(n);
  if (vat.ok) return ok({ normalized: vat.value.normalized, scheme: 'EU_VAT', checked: vat.value.checked, note: vat.value.check });
  if (!/check digit/.test(vat.message)) return fail('VALIDATION_FAILED', `${number}: ${vat.message}`, { field });
  const [start, length] = EU_CHECK_POSITION[prefix] ?? [n.length - 1, 1];
  return checkDigitRefusal(n, start, length, (c) => validateEuVatNumber(c).ok, ruleOf(vat.message), field);
}

/** Where a scheme's check digits sit in the compact number, when it has some. */
function schemeCheckPosition(scheme: RegistrationScheme, n: string): readonly [number, number] | null {
  switch (scheme) {
    case 'UK_VAT': return /^GB\d{9}(\d{3})?$/.test(n) ? [9, 2] : null;
    case 'AU_GST': return /^\d{11}$/.test(n) ? [0, 2] : null;
    case 'NZ_GST': return /^\d{8,9}$/.test(n) ? [n.length - 1, 1] : null;
    case 'CH_VAT': {
      const m = /^(CHE)?\d{9}/.exec(n);
      return m ? [(m[1] ? 3 : 0) + 8, 1] : null;
    }
    default: return null;
  }
}

function checkByScheme(scheme: RegistrationScheme, number: string, field: string): Result<TaxNumber, 'VALIDATION_FAILED'> {
  // A Northern Ireland business shows its UK VAT number with XI for trade in goods with the EU.
  const isXi = scheme === 'UK_VAT' && number.startsWith('XI');
  let n = isXi ? `GB${number.slice(2)}` : number;
  if (scheme === 'UK_VAT' && /^\d{9}(\d{3})?$/.test(n)) n = `GB${n}`;
  const r = validateRegistrationNumber(scheme, n);
  if (r.ok) {
    const normalized = isXi ? `XI${r.value.normalized.slice(2)}` : r.value.normalized;
    const note = [isXi ? 'Northern Ireland (XI) form of the UK VAT number' : null, r.value.checked === 'check_digit' ? `${scheme}: check digits verified` : `${scheme}: format only`, r.value.note].filter(Boolean).join('; ');
    return ok({ normalized, scheme: scheme as TaxNumberScheme, checked: r.value.checked, note });
  }
  const position = /check digit/i.test(r.message) ? schemeCheckPosition(scheme, n) : null;
  if (!position) return fail('VALIDATION_FAILED', `${number}: ${r.message}`, { field });
  const shown = isXi ? `XI${n.slice(2)}` : n;
  const refusal = checkDigitRefusal(n, position[0], position[1], (c) => validateRegistrationNumber(scheme, c).ok, ruleOf(r.message), field);
  return isXi ? fail('VALIDATION_FAILED', refusal.message.replace(n, shown), { field }) : refusal;
}

/**
 * Check a company's tax number by its country (ISO 3166 alpha-2). The number may be typed with
 * spaces, dots, dashes or slashes; an EU VAT number may omit its prefix (`136695976` in DE is
 * `DE136695976`). Refused with VALIDATION_FAILED on `field`, saying why.
 *
 * @example checkTaxNumber('DE', 'DE 136 695 976') // -> ok({ normalized: 'DE136695976', scheme: 'EU_VAT', checked: 'check_digit', ... })
 */
export function checkTaxNumber(country: string, input: unknown, field = 'taxNumber'): Result<TaxNumber, 'VALIDATION_FAILED'> {
  if (typeof input !== 'string' || input.length > 64) return fail('VALIDATION_FAILED', 'a tax number is text of at most 64 characters', { field });
  const number = compact(input);
  if (number === '') return fail('VALIDATION_FAILED', 'the tax number is empty: leave it out or give one', { field });
  const vatPrefix = country === 'GR' ? 'EL' : country;
  if (EU_VAT_PREFIXES.includes(vatPrefix)) return checkEuVat(country, number, field);
  const scheme = SCHEME_BY_COUNTRY[country];
  if (scheme) return checkByScheme(scheme, number, field);
  if (!/^[A-Z0-9]{2,30}$/.test(number)) return fail('VALIDATION_FAILED', 'a tax number is 2 to 30 letters and digits (spaces, dots, dashes and slashes are dropped)', { field });
  return ok({ normalized: number, scheme: 'OTHER', checked: 'format', note: `no check is known here for tax numbers of ${country}: only the format was checked` });
}

/** How one issuer's EORI numbers look (src/data/b2b/eori-formats.ts). */
export type EoriFormat = {
  readonly body: 'alphanumeric' | 'digits';
  /** Allowed lengths of the part after the country code: a range or a list. */
  readonly lengths: { readonly min: number; readonly max: number } | readonly number[];
  /** Whether a VAT-registered business's number is derived from its VAT number (GB, XI). */
  readonly vatDerived: boolean;
  readonly source: string;
};
export type EoriFormats = Readonly<Record<string, EoriFormat>>;
export type Eori = { readonly normalized: string; readonly issuer: string; readonly vatDerived: boolean };

function lengthsInWords(lengths: EoriFormat['lengths']): string {
  return Array.isArray(lengths) ? lengths.join(' or ') : `1 to ${(lengths as { max: number }).max}`;
}

/**
 * Check an EORI number: the issuer's code (an EU member state, GB or XI) and the shape it issues.
 * EORI numbers carry no check digit, so the format is what can be checked.
 *
 * @example checkEori('gb 123456789 000', EORI_FORMATS) // -> ok({ normalized: 'GB123456789000', issuer: 'GB', vatDerived: true })
 */
export function checkEori(input: unknown, formats: EoriFormats, field = 'eori'): Result<Eori, 'VALIDATION_FAILED'> {
  if (typeof input !== 'string' || input.length > 40) return fail('VALIDATION_FAILED', 'an EORI number is text like DE1234567890123 or GB123456789000', { field });
  const n = compact(input);
  const issuer = n.slice(0, 2);
  const format = /^[A-Z]{2}$/.test(issuer) ? formats[issuer] : undefined;
  if (!format) {
    return fail('VALIDATION_FAILED', `an EORI number starts with the code of the country that issued it (an EU member state, GB or XI); ${n.slice(0, 2) || 'nothing'} is not one`, { field });
  }
  const body = n.slice(2);
  const lengths = format.lengths;
  const lengthOk = Array.isArray(lengths) ? lengths.includes(body.length) : body.length >= (lengths as { min: number }).min && body.length <= (lengths as { max: number }).max;
  const charsOk = format.body === 'digits' ? /^\d*$/.test(body) : /^[A-Z0-9]*$/.test(body);
  if (!lengthOk || !charsOk) {
    const what = format.body === 'digits' ? 'digits' : 'letters and digits';
    return fail('VALIDATION_FAILED', `${n}: an EORI number issued by ${issuer} is ${issuer} + ${lengthsInWords(lengths)} ${what}; this one has ${body.length} after ${issuer}${charsOk ? '' : ' and other characters'}`, { field });
  }
  return ok({ normalized: n, issuer, vatDerived: format.vatDerived });
}

/**
 * A GB or XI EORI of a VAT-registered business mirrors its UK VAT number: the VAT number's nine digits
 * then a suffix (000 for a single registration, another for a VAT group member), as HMRC issues them.
 * Refused on `field` when both are given and they do not match.
 */
export function checkEoriMatchesVat(eori: Eori, taxNumber: TaxNumber | null, field = 'eori'): Result<null, 'VALIDATION_FAILED'> {
  if (!eori.vatDerived || taxNumber === null || taxNumber.scheme !== 'UK_VAT') return ok(null);
  const vat = /^(?:GB|XI)(\d{9})(\d{3})?$/.exec(taxNumber.normalized);
  if (!vat) return ok(null); // GBGD / GBHA numbers: no EORI is derived from them
  if (eori.normalized.slice(2, 11) === vat[1]) return ok(null);
  return fail(
    'VALIDATION_FAILED',
    `${eori.normalized}: the ${eori.issuer} EORI of a VAT-registered business is its VAT number's nine digits and a suffix, like ${eori.issuer}${vat[1]}000 for VAT number ${taxNumber.normalized}`,
    { field },
  );
}
