/**
 * Postal codes for remote-area ranges. A code is normalized by upper-casing it and dropping spaces
 * and hyphens ("5928 pr" -> "5928PR", "900-0001" -> "9000001", "ze1 0aa" -> "ZE10AA"); what is left
 * must be 1 to 10 letters and digits.
 *
 * A range { from, to } has bounds of one length N (after normalizing). A code is in the range when
 * its first N characters, compared as text (digits before letters, as in ASCII), fall between the
 * bounds inclusive. For all-digit codes of a fixed length that is numeric order, and a short range
 * is a prefix range: "995".."999" is US ZIP codes 99500 to 99999, "20".."20" every French code of
 * Corsica, "ZE".."ZE" every UK code of the Shetland area. A code shorter than N is in no range.
 * UK outward codes vary in length once spaces are gone, so UK ranges should name whole areas
 * (two letters) rather than districts.
 */
const WRITTEN = /^[A-Za-z0-9 -]{1,20}$/;

/** The normalized code, or undefined when the text is not a postal code (other characters, too long, empty). */
export function normalizePostalCode(text: string): string | undefined {
  // Checked before upper-casing: toUpperCase turns some letters into others ("ß" into "SS").
  if (!WRITTEN.test(text)) return undefined;
  const code = text.replace(/[ -]+/g, '').toUpperCase();
  return code.length >= 1 && code.length <= 10 ? code : undefined;
}

/** Whether a normalized code falls in a range of normalized bounds of equal length (see above). */
export function isInPostalRange(code: string, from: string, to: string): boolean {
  if (code.length < from.length) return false;
  const prefix = code.length === from.length ? code : code.slice(0, from.length);
  return prefix >= from && prefix <= to;
}
