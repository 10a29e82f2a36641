/**
 * Format and check-digit validation of the merchant's tax and customs registration numbers.
 * Pure: each rule is written out below with where it is published (the member states' VAT numbers,
 * used by the OSS union scheme, in eu-vat-number.ts). Where a scheme has no public
 * check-digit algorithm only the format is checked, and the result says so (`checked: 'format'`).
 */
import { fail, ok, type Result } from '../result/result.js';
import { EU_VAT_PREFIXES, validateEuVatNumber } from './eu-vat-number.js';

/**
 * The scheme ids used by the landed-cost rules, plus the EU/UK customs EORI, the EU One-Stop Shop
 * for intra-EU distance sales (EU_OSS) and US state permits.
 */
export const REGISTRATION_SCHEMES = [
  'EORI',
  'IOSS',
  'EU_OSS',
  'UK_VAT',
  'AU_GST',
  'NZ_GST',
  'NO_VOEC',
  'SG_OVR',
  'CH_VAT',
  'US_SALES_TAX',
] as const;

export type RegistrationScheme = (typeof REGISTRATION_SCHEMES)[number];

export type ValidRegistrationNumber = {
  /** The number as it should be stored and printed (e.g. `GB123456782`, `CHE-123.456.789 MWST`). */
  readonly normalized: string;
  /** Whether a check digit was verified, or only the format (no public algorithm). */
  readonly checked: 'check_digit' | 'format';
  readonly note: string | null;
};

export type RegistrationNumberOptions = {
  /** US state (USPS two-letter code, e.g. 'CA') for US_SALES_TAX; ignored by the other schemes. */
  readonly region?: string;
};

type Outcome = Result<ValidRegistrationNumber, 'VALIDATION_FAILED'>;

/** Longer input than this is refused before any parsing (no real number comes close). */
const MAX_INPUT_LENGTH = 64;

/** EU member states (ISO 3166 alpha-2) with their ISO 3166 numeric codes, used by EORI, IOSS and EU OSS. */
const EU_MEMBER_STATES: Readonly<Record<string, string>> = {
  AT: '040', BE: '056', BG: '100', HR: '191', CY: '196', CZ: '203', DK: '208', EE: '233', FI: '246',
  FR: '250', DE: '276', GR: '300', HU: '348', IE: '372', IT: '380', LV: '428', LT: '440', LU: '442',
  MT: '470', NL: '528', PL: '616', PT: '620', RO: '642', SK: '703', SI: '705', ES: '724', SE: '752',
};
const EU_BY_NUMERIC = new Map(Object.entries(EU_MEMBER_STATES).map(([alpha, num]) => [num, alpha]));

/**
 * States that levy a statewide sales tax, plus DC (USPS codes). AK, DE, MT, NH and OR have none;
 * Alaska's local taxes are registered with the Alaska Remote Seller Sales Tax Commission instead.
 */
const US_SALES_TAX_STATES = new Set([
  'AL', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'NE', 'NV', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);

const bad = (message: string, field = 'number'): Outcome => fail('VALIDATION_FAILED', message, { field });
const valid = (normalized: string, checked: ValidRegistrationNumber['checked'], note: string | null = null): Outcome =>
  ok({ normalized, checked, note });

/** Trim, upper-case, and drop the spaces, dots and dashes people type as group separators. */
function compact(raw: string): string {
  return raw.trim().toUpperCase().replace(/[\s.\-]/g, '');
}

/** Sum of digit × weight, position by position. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return sum;
}

// EORI: the issuing country's ISO code + up to 15 alphanumerics, as published by the European
// Commission (DG TAXUD, "EORI number" guidance under the Union Customs Code, Reg. (EU) 952/2013
// art. 9). GB and XI (Northern Ireland) EORIs are the prefix + 12 digits, as published by HMRC.
// No check digit is defined: format only.
function validateEori(raw: string): Outcome {
  const n = compact(raw);
  const country = n.slice(0, 2);
  if (country === 'GB' || country === 'XI') {
    if (!/^\d{12}$/.test(n.slice(2))) return bad(`a ${country} EORI number is ${country} + 12 digits (often the VAT number + 000)`);
    return valid(n, 'format');
  }
  if (!(country in EU_MEMBER_STATES)) {
    return bad(`an EORI number starts with the issuing country's code (an EU member state, GB or XI); '${country}' is not one`);
  }
  if (!/^[A-Z0-9]{1,15}$/.test(n.slice(2))) {
    return bad('an EORI number is a 2-letter country code + 1 to 15 letters or digits');
  }
  return valid(n, 'format');
}

// IOSS: "IM" + the ISO 3166 numeric code of the member state of identification + 7 digits, the
// last a check digit, as published by the European Commission (VAT e-commerce Explanatory Notes,
// Council Implementing Regulation (EU) 2019/2026). The check-digit algorithm is not published:
// format only. "IN..." numbers identify intermediaries, not the seller's registration.
function validateIoss(raw: string): Outcome {
  const n = compact(raw);
  const shape = 'an IOSS number is IM + 3-digit EU member state code (ISO 3166 numeric, e.g. 276 for DE) + 7 digits';
  if (/^IN\d{10}$/.test(n)) return bad(`${n} is an IOSS intermediary number (IN...); ${shape}`);
  const m = /^IM(\d{3})(\d{7})$/.exec(n);
  if (!m) return bad(shape);
  const state = EU_BY_NUMERIC.get(m[1]!);
  if (!state) return bad(`${m[1]} is not the numeric code of an EU member state; ${shape}`);
  return valid(n, 'format', `identified in ${state}; the check digit algorithm is not published, so only the format was checked`);
}

// EU OSS (Council Directive 2006/112/EC Title XII ch. 6, as amended by Directive (EU) 2017/2455;
// Council Implementing Regulation (EU) 282/2011 ch. XI (special schemes); the Commission's "Guide
// to the VAT One Stop Shop"). Two schemes, told apart by the number:
// - the union scheme (art. 369a-369k), which covers intra-EU distance sales of goods: the seller is
//   identified by the VAT identification number of its member state of identification, checked
//   by eu-vat-number.ts (the member state's check digit where one is verified, else the format);
// - the non-union scheme (art. 358a-369), for services by businesses not established in the EU:
//   "EU" + the ISO 3166 numeric code of the member state of identification + 5 digits + a check
//   digit, whose algorithm is not published: format only. It does not cover sales of goods.
/** Which OSS scheme a stored EU_OSS number belongs to: `EU...` numbers are the non-union scheme's. */
export type OssScheme = 'union' | 'non-union';

function validateEuOss(raw: string): Outcome {
  const n = compact(raw);
  if (n.startsWith('EU')) {
    const shape = 'a non-union OSS number is EU + 3-digit EU member state code (ISO 3166 numeric, e.g. 372 for IE) + 6 digits';
    const m = /^EU(\d{3})\d{6}$/.exec(n);
    if (!m) return bad(shape);
    const state = EU_BY_NUMERIC.get(m[1]!);
    if (!state) return bad(`${m[1]} is not the numeric code of an EU member state; ${shape}`);
    return valid(n, 'format', `non-union scheme (services by businesses not established in the EU), identified in ${state}; it does not cover distance sales of goods; the check digit algorithm is not published, so only the format was checked`);
  }
  if (n.startsWith('IM') || n.startsWith('IN')) return bad(`${n.slice(0, 2)}... is an IOSS number: register it under IOSS; an OSS number is a member state's VAT number (union scheme) or EU + 9 digits (non-union scheme)`);
  const prefix = n.slice(0, 2);
  if (!EU_VAT_PREFIXES.includes(prefix) && prefix !== 'GR') {
    return bad(`an OSS number is the VAT number of the member state of identification, starting with its prefix (${EU_VAT_PREFIXES.join(', ')}), for the union scheme, or EU + 9 digits for the non-union scheme; '${prefix}' is not one`);
  }
  const vat = validateEuVatNumber(n);
  if (!vat.ok) return bad(vat.message);
  return valid(vat.value.normalized, vat.value.checked, `union scheme, identified in ${vat.value.state}; ${vat.value.check}`);
}

/**
 * The OSS scheme of a stored EU_OSS number (`union` or `non-union`); null for other schemes.
 *
 * @example ossSchemeOf('EU_OSS', 'EU372000041') // -> 'non-union'; ossSchemeOf('EU_OSS', 'DE471100126') // -> 'union'
 */
export function ossSchemeOf(scheme: string, normalized: string): OssScheme | null {
  if (scheme !== 'EU_OSS') return null;
  return normalized.startsWith('EU') ? 'non-union' : 'union';
}

// UK VAT: GB + 9 digits, or GB + 12 for a branch (the first 9 carry the check), GBGD + 000-499
// for government departments and GBHA + 500-999 for health authorities, as published by HMRC
// (VAT Notice 700, VAT registration number formats). Check: weights 8..2 on the first 7 digits,
// plus the last two as a number; valid when the sum is 0 mod 97, or (sum + 55) is 0 mod 97 for the
// series issued from November 2010 ("mod 9755"), as published by HMRC to software developers.
function validateUkVat(raw: string): Outcome {
  let n = compact(raw);
  if (/^\d{9}(\d{3})?$/.test(n)) n = `GB${n}`;
  if (n.startsWith('XI')) return bad('a Northern Ireland (XI) VAT number: register the GB form of the same number');
  const shape = 'a UK VAT number is GB + 9 digits, GB + 12 digits (branch), GBGD + 3 digits or GBHA + 3 digits';
  const special = /^GB(GD|HA)(\d{3})$/.exec(n);
  if (special) {
    const [, kind, digits] = special;
    const isGovernment = kind === 'GD';
    if (isGovernment !== Number(digits) < 500) {
      return bad(isGovernment ? 'a GBGD (government department) number is GBGD + 000 to 499' : 'a GBHA (health authority) number is GBHA + 500 to 999');
    }
    return valid(n, 'format', isGovernment ? 'government department' : 'health authority');
  }
  const m = /^GB(\d{9})(\d{3})?$/.exec(n);
  if (!m) return bad(shape);
  const digits = m[1]!;
  if (/^0+$/.test(digits)) return bad('GB000000000 is not an issued VAT number');
  const sum = weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) + Number(digits.slice(7));
  if (sum % 97 !== 0 && (sum + 55) % 97 !== 0) return bad('UK VAT check digits do not add up (HMRC mod 97)');
  return valid(n, 'check_digit', m[2] ? 'branch trader number; the check digits of the first 9 digits were verified' : null);
}

// AU GST: the ABN, 11 digits: subtract 1 from the first digit, weight the digits 10,1,3,5,...,19,
// valid when the sum is 0 mod 89, as published by the Australian Business Register ("Format of
// the ABN"). Non-residents in simplified GST get an ATO reference number (ARN), 12 digits starting
// with 3, with no published check: format only.
function validateAuGst(raw: string): Outcome {
  const n = compact(raw);
  if (/^3\d{11}$/.test(n)) return valid(n, 'format', 'ATO reference number (ARN) for simplified GST; format only');
  if (!/^\d{11}$/.test(n)) {
    return bad('an Australian GST registration is an ABN (11 digits) or, for simplified GST, an ARN (12 digits starting with 3)');
  }
  if (n[0] === '0') return bad('an ABN does not start with 0');
  const adjusted = String(Number(n[0]) - 1) + n.slice(1);
  if (weightedSum(adjusted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 !== 0) {
    return bad('ABN check digits do not add up (mod 89)');
  }
  return valid(n, 'check_digit');
}

// NZ GST: the IRD number, 8 or 9 digits (8 padded with a leading 0), within 10-000-000 and
// 150-000-000; check digit mod 11 with weights 3,2,7,6,5,4,3,2, and when that gives 10 a second
// pass with 7,4,3,2,5,2,7,6 (10 again: invalid), as published by Inland Revenue in its software
// specifications ("IRD number validation").
function irdCheckDigit(base: string, weights: readonly number[]): number {
  const remainder = weightedSum(base, weights) % 11;
  return remainder === 0 ? 0 : 11 - remainder;
}

function validateNzGst(raw: string): Outcome {
  const n = compact(raw);
  if (!/^\d{8,9}$/.test(n)) return bad('an IRD (GST) number is 8 or 9 digits, e.g. 123-456-789');
  const padded = n.padStart(9, '0');
  const value = Number(padded);
  if (value < 10_000_000 || value > 150_000_000) return bad('an IRD number lies between 10-000-000 and 150-000-000');
  let check = irdCheckDigit(padded, [3, 2, 7, 6, 5, 4, 3, 2]);
  if (check === 10) check = irdCheckDigit(padded, [7, 4, 3, 2, 5, 2, 7, 6]);
  if (check === 10 || check !== Number(padded[8])) return bad('IRD number check digit does not add up (mod 11)');
  return valid(padded, 'check_digit', n.length === 8 ? 'padded to 9 digits with a leading 0' : null);
}

// NO VOEC: "VOEC" + 7 digits, as published by the Norwegian Tax Administration (Skatteetaten,
// VOEC register). No check digit: format only.
function validateNoVoec(raw: string): Outcome {
  const n = compact(raw);
  if (!/^VOEC\d{7}$/.test(n)) return bad('a VOEC number is VOEC + 7 digits');
  return valid(n, 'format');
}

// SG OVR: a GST registration number M + 8 digits + check letter for those without a UEN, or the
// UEN: 8 digits + letter (businesses), 9 digits + letter (local companies), or T/S/R + 2 digits +
// 2-letter entity type + 4 digits + letter (other entities), as published by IRAS (GST
// registration numbers) and the UEN registry (uen.gov.sg, "UEN format"). The check letters'
// algorithms are not published: format only.
function validateSgOvr(raw: string): Outcome {
  const n = compact(raw);
  if (/^M\d{8}[A-Z]$/.test(n)) return valid(n, 'format', 'IRAS GST registration number; the check letter is not verified');
  if (/^(\d{8}|\d{9}|[TSR]\d{2}[A-Z]{2}\d{4})[A-Z]$/.test(n)) return valid(n, 'format', 'UEN; the check letter is not verified');
  return bad('a Singapore GST number is M + 8 digits + a check letter, or a UEN (8 or 9 digits + a letter, or T/S/R + 2 digits + 2 letters + 4 digits + a letter)');
}

// CH VAT: the UID, CHE + 9 digits, the last a mod-11 check digit with weights 5,4,3,2,7,6,5,4
// (11 - sum mod 11; 11 means 0; 10 is never issued), followed by MWST/TVA/IVA for a VAT
// registration, as published by the Swiss Federal Statistical Office (UID, eCH-0097) and the
// Federal Tax Administration. Stored as "CHE-123.456.789 MWST".
function validateChVat(raw: string): Outcome {
  const n = compact(raw);
  if (/^CHE\d{9}HR$/.test(n)) return bad('the HR suffix marks the commercial register entry; a VAT registration ends in MWST, TVA or IVA');
  const m = /^(?:CHE)?(\d{9})(MWST|TVA|IVA)?$/.exec(n);
  if (!m) return bad('a Swiss VAT number is CHE + 9 digits + MWST/TVA/IVA, e.g. CHE-123.456.789 MWST');
  const digits = m[1]!;
  const remainder = weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4]) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  if (check === 10 || check !== Number(digits[8])) return bad('UID check digit does not add up (mod 11)');
  const normalized = `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)} MWST`;
  return valid(normalized, 'check_digit', m[2] ? null : 'no MWST/TVA/IVA suffix given; stored with MWST');
}

// US state sales tax permits: each state issues its own format and publishes no common check, so
// only a plausible shape is accepted (letters, digits and dashes) and the state is required.
function validateUsSalesTax(raw: string, region: string | undefined): Outcome {
  const state = (region ?? '').trim().toUpperCase();
  if (state === '') return bad('a US sales tax permit needs the state that issued it (e.g. CA)', 'region');
  if (!US_SALES_TAX_STATES.has(state)) {
    return bad(`'${state}' is not a US state with a statewide sales tax (two-letter code, e.g. CA)`, 'region');
  }
  const n = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z0-9-]{1,20}$/.test(n) || !/[A-Z0-9]/.test(n)) {
    return bad('a US sales tax permit number is 1 to 20 letters, digits and dashes');
  }
  return valid(n, 'format', 'state permits have state-specific formats; not checked');
}

/**
 * Validate and normalize a registration number for a scheme. Refuses with VALIDATION_FAILED and
 * the field at fault (`number`, `region` or `scheme`); the message names the rule broken.
 *
 * @example validateRegistrationNumber('CH_VAT', 'che 123456788 tva')
 *   // -> ok({ normalized: 'CHE-123.456.788 MWST', checked: 'check_digit', note: null })
 */
export function validateRegistrationNumber(
  scheme: RegistrationScheme,
  number: string,
  options: RegistrationNumberOptions = {},
): Outcome {
  if (!(REGISTRATION_SCHEMES as readonly string[]).includes(scheme)) {
    return bad(`unknown registration scheme '${String(scheme)}' (one of ${REGISTRATION_SCHEMES.join(', ')})`, 'scheme');
  }
  if (typeof number !== 'string' || number.trim() === '') return bad('the registration number is empty');
  if (number.length > MAX_INPUT_LENGTH) return bad(`the registration number is too long (${number.length} characters; at most ${MAX_INPUT_LENGTH})`);
  switch (scheme) {
    case 'EORI': return validateEori(number);
    case 'IOSS': return validateIoss(number);
    case 'EU_OSS': return validateEuOss(number);
    case 'UK_VAT': return validateUkVat(number);
    case 'AU_GST': return validateAuGst(number);
    case 'NZ_GST': return validateNzGst(number);
    case 'NO_VOEC': return validateNoVoec(number);
    case 'SG_OVR': return validateSgOvr(number);
    case 'CH_VAT': return validateChVat(number);
    case 'US_SALES_TAX': return validateUsSalesTax(number, options.region);
  }
}
