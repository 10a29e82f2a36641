import { createRequire } from 'node:module';
import type { Party, PostalAddress } from '../../core/customs-docs/document-input.js';
import { formatAmount } from '../../core/money/money.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { getName(code: string, lang: string): string | undefined };

/** "Germany (DE)": the English name customs reads, with the ISO code. */
export function countryName(code: string): string {
  const name = countries.getName(code, 'en');
  return name ? `${name} (${code})` : code;
}

/** "EUR 64.18". */
export function money(amountMinor: number, currency: string): string {
  return `${currency} ${formatAmount({ amount: amountMinor, currency })}`;
}

/** "64.18" (the currency is in the column header). */
export function amount(amountMinor: number, currency: string): string {
  return formatAmount({ amount: amountMinor, currency });
}

/** Grams as kilograms with 3 decimals: 840 -> "0.840". */
export function kg(grams: number): string {
  return `${Math.trunc(grams / 1000)}.${String(grams % 1000).padStart(3, '0')}`;
}

/** An address as printed lines: street lines, "postcode city", region, country. */
export function addressLines(a: PostalAddress): string[] {
  return [...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), ...(a.region ? [a.region] : []), countryName(a.country)];
}

/** A party as printed lines: name, address, then phone and email where known. */
export function partyLines(p: Party): string[] {
  return [p.name, ...addressLines(p.address), ...(p.phone ? [`Phone: ${p.phone}`] : []), ...(p.email ? [`Email: ${p.email}`] : [])];
}
