/**
 * ISO 4217 active currency codes and their minor-unit exponents (digits after the decimal point).
 * Source: ISO 4217 List One (current currency and funds), as maintained by SIX Financial
 * Information for ISO; includes the 2024-2025 amendments (ZWG, XCG, SLE, VED). A few historic
 * codes that reference data still carries (BGN, HRK, ANG) are kept so that old rates parse.
 * Codes not listed default to nothing: an unknown code is an input error.
 */
const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW ' +
  'CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ' +
  'ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR ' +
  'MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN ' +
  'SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...ZERO.split(' ').map((c) => [c, 0] as const),
  ...TWO.split(' ').map((c) => [c, 2] as const),
  ...THREE.split(' ').map((c) => [c, 3] as const),
  ...FOUR.split(' ').map((c) => [c, 4] as const),
]);

/** The minor-unit exponent of an ISO 4217 code, or undefined for an unknown code. */
export function currencyExponent(code: string): number | undefined {
  // Formatting asks for the same currency many times in a row; remembering the last answer is cheaper
  // than hashing the code each time.
  if (code === lastCode) return lastExponent;
  const exponent = EXPONENTS.get(code);
  lastCode = code;
  lastExponent = exponent;
  return exponent;
}

let lastCode = '';
let lastExponent: number | undefined;

export function isCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

export function currencyCodes(): string[] {
  return [...EXPONENTS.keys()].sort();
}
