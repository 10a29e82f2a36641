/**
 * The VAT identification numbers of the EU member states, as the One-Stop Shop's union scheme uses
 * them (the seller is identified by the VAT number of its member state of identification). Pure.
 *
 * Formats: the prefix of each member state (Greece: EL) and the shape of the number after it, as
 * the European Commission lists them for VIES ("VIES VAT number validation", format table).
 * Check digits: where the member state's algorithm is public and one rule covers its numbers it is
 * written out below with its name. BG, CY, CZ, ES, IE, LT and LV issue several kinds of number with
 * different checks (persons, companies, foreigners), and French alphanumeric keys have none
 * published: for those only the format is checked, and the result says so. The algorithms were
 * cross-checked on 2026-11-27 against the independent implementations of python-stdnum (its npm
 * port `stdnum`, not a dependency) on generated numbers; the tests in registration-number.test.ts
 * compute their check digits independently of this file.
 */
import { fail, ok, type Result } from '../result/result.js';

export type EuVatNumber = {
  /** Prefix + number, without separators (`DE471100126`, `ATU47110013`, `NL123456789B01`). */
  readonly normalized: string;
  /** ISO 3166 alpha-2 code of the member state (GR for Greece, whose VAT prefix is EL). */
  readonly state: string;
  readonly checked: 'check_digit' | 'format';
  /** The check applied, in words (`ISO 7064 MOD 11,10`), or why only the format was checked. */
  readonly check: string;
};

type Rule = {
  /** The number after the prefix. */
  readonly shape: RegExp;
  /** The shape in words, for the refusal. */
  readonly format: string;
  /** The check digit algorithm's name and test; absent: no public algorithm, format only. */
  readonly check?: { readonly name: string; readonly test: (body: string) => boolean };
  /** Rewrites an accepted legacy form (Belgium's 9-digit and Greece's 8-digit numbers gain a leading 0). */
  readonly upgrade?: (body: string) => string;
};

const digits = (s: string): number[] => [...s].map(Number);
/** Sum of digit x weight over the first weights.length digits. */
const weighted = (s: string, weights: readonly number[]): number => weights.reduce((sum, w, i) => sum + Number(s[i]) * w, 0);
const last = (s: string): number => Number(s[s.length - 1]);

/** Luhn (ISO/IEC 7812-1): from the right, every second digit doubled and its digits summed; valid when 0 mod 10. */
function isLuhnValid(s: string): boolean {
  let sum = 0;
  [...s].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10 (pure system): the last digit checks the ones before it. */
function isMod11_10Valid(s: string): boolean {
  let product = 10;
  for (const d of digits(s.slice(0, -1))) {
    const sum = (d + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === last(s);
}

/** ISO 7064 MOD 97-10 over letters and digits (A=10 ... Z=35): valid when the remainder is 1. */
function mod97(s: string): number {
  let r = 0;
  for (const c of s) {
    const v = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** "11 - weighted sum mod 11", 10 read as 0 where the state says so; null where no digit is issued. */
function elevenMinus(s: string, weights: readonly number[], onTen: 0 | null, onEleven: 0 | null): number | null {
  const c = 11 - (weighted(s, weights) % 11);
  return c === 10 ? onTen : c === 11 ? onEleven : c;
}

/**
 * By VAT prefix. Check-digit algorithms as published by each tax administration:
 * AT BMF (UID, Luhn-like with +4), BE SPF Finances (97 - first 8 mod 97), DE BZSt (ISO 7064 MOD
 * 11,10), DK Skattestyrelsen (CVR, weights 2,7,6,5,4,3,2,1 mod 11), EE Maksu- ja Tolliamet (KMKR,
 * weights 3,7,1 mod 10), EL AADE (AFM, powers of 2 mod 11 mod 10), FI Verohallinto (Y-tunnus,
 * weights 7,9,10,5,8,4,2 mod 11), FR DGFiP (key = (12 + 3 x (SIREN mod 97)) mod 97), HR Porezna
 * uprava (OIB, ISO 7064 MOD 11,10), HU NAV (weights 9,7,3,1 mod 10), IT Agenzia delle Entrate
 * (partita IVA, Luhn), LU AED (first 6 mod 89), MT CfR (weights 3,4,6,7,8,9,10,1 mod 37), NL
 * Belastingdienst (the "elfproef" of the old numbers, or ISO 7064 MOD 97-10 over NL + number for
 * those issued from 2020), PL KAS (NIP, weights 6,5,7,2,3,4,5,6,7 mod 11), PT AT (NIF, weights
 * 9..2 mod 11), RO ANAF (CIF, weights 7,5,3,2,1,7,5,3,2, x 10 mod 11), SE Skatteverket
 * (organisationsnummer, Luhn, + 01), SI FURS (weights 8..2 mod 11), SK Financna sprava (mod 11).
 */
const RULES: Readonly<Record<string, Rule>> = {
  AT: { shape: /^U\d{8}$/, format: 'ATU + 8 digits', check: { name: 'UID check digit (BMF)', test: (b) => {
    const s = digits(b.slice(1, 8)).reduce((sum, d, i) => sum + (i % 2 === 1 ? Math.floor((2 * d) / 10) + ((2 * d) % 10) : d), 0);
    return (10 - ((s + 4) % 10)) % 10 === last(b);
  } } },
  BE: {
    shape: /^[01]\d{9}$/,
    format: 'BE + 10 digits starting with 0 or 1 (a 9-digit number takes a leading 0)',
    check: { name: 'mod 97', test: (b) => 97 - (Number(b.slice(0, 8)) % 97) === Number(b.slice(8)) },
    upgrade: (b) => (/^\d{9}$/.test(b) ? `0${b}` : b),
  },
  BG: { shape: /^\d{9,10}$/, format: 'BG + 9 or 10 digits' },
  CY: { shape: /^\d{8}[A-Z]$/, format: 'CY + 8 digits + a check letter' },
  CZ: { shape: /^\d{8,10}$/, format: 'CZ + 8, 9 or 10 digits' },
  DE: { shape: /^[1-9]\d{8}$/, format: 'DE + 9 digits, the first not 0', check: { name: 'ISO 7064 MOD 11,10', test: isMod11_10Valid } },
  DK: { shape: /^[1-9]\d{7}$/, format: 'DK + 8 digits, the first not 0', check: { name: 'mod 11 (CVR)', test: (b) => weighted(b, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 } },
  EE: { shape: /^\d{9}$/, format: 'EE + 9 digits', check: { name: 'mod 10 (KMKR)', test: (b) => (10 - (weighted(b, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10 === last(b) } },
  EL: {
    shape: /^\d{9}$/,
    format: 'EL + 9 digits (an 8-digit number takes a leading 0)',
    check: { name: 'mod 11 (AFM)', test: (b) => (weighted(b, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === last(b) },
    upgrade: (b) => (/^\d{8}$/.test(b) ? `0${b}` : b),
  },
  ES: { shape: /^[0-9A-Z]\d{7}[0-9A-Z]$/, format: 'ES + a letter or digit, 7 digits and a letter or digit' },
  FI: { shape: /^\d{8}$/, format: 'FI + 8 digits', check: { name: 'mod 11 (Y-tunnus)', test: (b) => elevenMinus(b, [7, 9, 10, 5, 8, 4, 2], null, 0) === last(b) } },
  FR: {
    shape: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
    format: 'FR + a 2-character key + the 9-digit SIREN',
    // Only numeric keys are verified; the alphanumeric ones (I and O left out) pass as format only.
    check: { name: 'the key: (12 + 3 x (SIREN mod 97)) mod 97', test: (b) => !/^\d{2}/.test(b) || (12 + 3 * (Number(b.slice(2)) % 97)) % 97 === Number(b.slice(0, 2)) },
  },
  HR: { shape: /^\d{11}$/, format: 'HR + 11 digits', check: { name: 'ISO 7064 MOD 11,10 (OIB)', test: isMod11_10Valid } },
  HU: { shape: /^\d{8}$/, format: 'HU + 8 digits', check: { name: 'mod 10', test: (b) => weighted(b, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0 } },
  IE: { shape: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, format: 'IE + 7 digits + 1 or 2 letters (or the old form: a digit, a letter, 5 digits and a letter)' },
  IT: { shape: /^(?!0{7})\d{11}$/, format: 'IT + 11 digits', check: { name: 'Luhn', test: isLuhnValid } },
  LT: { shape: /^(\d{9}|\d{12})$/, format: 'LT + 9 or 12 digits' },
  LU: { shape: /^\d{8}$/, format: 'LU + 8 digits', check: { name: 'first 6 digits mod 89', test: (b) => Number(b.slice(0, 6)) % 89 === Number(b.slice(6)) } },
  LV: { shape: /^\d{11}$/, format: 'LV + 11 digits' },
  MT: { shape: /^[1-9]\d{7}$/, format: 'MT + 8 digits, the first not 0', check: { name: 'mod 37', test: (b) => weighted(b, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0 } },
  NL: {
    shape: /^\d{9}B\d{2}$/,
    format: 'NL + 9 digits + B + 2 digits',
    check: { name: 'mod 11 ("elfproef") or, for numbers issued from 2020, ISO 7064 MOD 97-10', test: (b) => (weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(b[8])) % 11 === 0 || mod97(`NL${b}`) === 1 },
  },
  PL: { shape: /^\d{10}$/, format: 'PL + 10 digits', check: { name: 'mod 11 (NIP)', test: (b) => weighted(b, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === last(b) } },
  PT: { shape: /^[1-9]\d{8}$/, format: 'PT + 9 digits, the first not 0', check: { name: 'mod 11 (NIF)', test: (b) => elevenMinus(b, [9, 8, 7, 6, 5, 4, 3, 2], 0, 0) === last(b) } },
  RO: {
    shape: /^[1-9]\d{1,9}$/,
    format: 'RO + 2 to 10 digits, the first not 0',
    check: { name: 'mod 11 (CIF)', test: (b) => ((10 * weighted(b.padStart(10, '0'), [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10 === last(b) },
  },
  SE: { shape: /^\d{10}01$/, format: 'SE + 10 digits + 01', check: { name: 'Luhn on the first 10 digits', test: (b) => isLuhnValid(b.slice(0, 10)) } },
  SI: { shape: /^[1-9]\d{7}$/, format: 'SI + 8 digits, the first not 0', check: { name: 'mod 11', test: (b) => elevenMinus(b, [8, 7, 6, 5, 4, 3, 2], 0, null) === last(b) } },
  SK: { shape: /^[1-9]\d{9}$/, format: 'SK + 10 digits, the first not 0', check: { name: 'mod 11', test: (b) => Number(b) % 11 === 0 } },
};

/** The VAT prefixes of the member states (EL for Greece). */
export const EU_VAT_PREFIXES: readonly string[] = Object.keys(RULES);

type Outcome = Result<EuVatNumber, 'VALIDATION_FAILED'>;
const bad = (message: string): Outcome => fail('VALIDATION_FAILED', message, { field: 'number' });

/**
 * Validate a member state's VAT number given without separators and upper-cased (`DE471100126`).
 * GR is read as EL. Refuses with VALIDATION_FAILED on `number`, saying which format or check failed.
 *
 * @example validateEuVatNumber('ATU47110013') // -> ok({ normalized: 'ATU47110013', state: 'AT', checked: 'check_digit', check: 'AT: UID check digit (BMF)' })
 */
export function validateEuVatNumber(compacted: string): Outcome {
  const given = compacted.slice(0, 2);
  const prefix = given === 'GR' ? 'EL' : given;
  const rule = RULES[prefix];
  if (!rule) return bad(`an EU VAT number starts with a member state's prefix (${EU_VAT_PREFIXES.join(', ')}); '${given}' is not one`);
  const body = rule.upgrade ? rule.upgrade(compacted.slice(2)) : compacted.slice(2);
  if (!rule.shape.test(body)) return bad(`a ${prefix} VAT number is ${rule.format}`);
  const state = prefix === 'EL' ? 'GR' : prefix;
  if (!rule.check) return ok({ normalized: `${prefix}${body}`, state, checked: 'format', check: `${prefix}: the check digit is not verified here, format only` });
  if (!rule.check.test(body)) return bad(`${prefix} VAT number check digit does not add up (${rule.check.name})`);
  if (prefix === 'FR' && !/^\d{2}/.test(body)) {
    return ok({ normalized: `${prefix}${body}`, state, checked: 'format', check: 'FR: an alphanumeric key is not verified here, format only' });
  }
  return ok({ normalized: `${prefix}${body}`, state, checked: 'check_digit', check: `${prefix}: ${rule.check.name}` });
}
