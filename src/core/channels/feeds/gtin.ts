/**
 * Whether a barcode is a GTIN: 8, 12, 13 or 14 digits (GTIN-8, UPC-A, EAN-13, GTIN-14) whose last
 * digit is the GS1 check digit (GS1 General Specifications, 7.9.1: digits weighted 3 and 1 from the
 * right, excluding the check digit; the check digit brings the sum to a multiple of 10).
 * @example isGtin('4006381333931') // true; isGtin('4006381333932') // false
 */
export function isGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  let sum = 0;
  for (let i = code.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(code[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(code[code.length - 1]);
}
