/**
 * Number formatting for explanations: plain, locale-independent (a dot for decimals, commas between
 * thousands), so the same sentence comes out in the browser, the CLI and a test.
 */

/** `x` with `decimals` places (JavaScript's toFixed rounding) and commas between thousands: 56115.7 -> "56,116". */
export function formatNumber(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Places that keep about three significant digits for small numbers and none for large ones. */
function autoDecimals(x: number): number {
  const a = Math.abs(x);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(a)));
}

/**
 * A value with its unit: '%' after with one decimal ("92.5 %"), a currency code before with two
 * ("EUR 41.20"), any other unit after ("3.2 days"), none: just the number. Without a unit or with
 * another unit, about three significant digits and no trailing zeros: 56115.7 -> "56,116", 30 -> "30".
 */
export function formatValue(value: number, unit: string | undefined): string {
  if (unit === '%') return `${formatNumber(value, 1)} %`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${unit} ${formatNumber(value, 2)}`;
  const text = formatNumber(value, autoDecimals(value)).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return unit ? `${text} ${unit}` : text;
}

/** A share 0..1 as a percentage with at most one decimal: 0.15 -> "15 %", 0.125 -> "12.5 %". */
export function formatShare(share: number): string {
  const p = Math.round(share * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)} %`;
}

/** Points with one decimal and no sign: 4.26 -> "4.3". */
export function formatPoints(points: number): string {
  return Math.abs(points).toFixed(1);
}

/** The name inside a sentence: "Internet use" -> "internet use", but "GDP per capita" stays. */
export function inSentence(name: string): string {
  const second = name.charAt(1);
  return second && second === second.toLowerCase() && second !== second.toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The first letter in capitals, for a name that starts a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
