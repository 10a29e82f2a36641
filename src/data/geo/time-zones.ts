/**
 * The IANA time zones of a country (countries-and-timezones, MIT, from the IANA tz database):
 * to tell a support team the buyer's local time when only their country is known.
 */
import ct from 'countries-and-timezones';

/** The country's time zones (`DE` -> Europe/Berlin, Europe/Busingen), canonical names only; none for an unknown code. */
export function countryTimeZones(country: string): string[] {
  const c = ct.getCountry(country.toUpperCase());
  return c ? c.timezones.filter((z) => ct.getTimezone(z)?.aliasOf == null) : [];
}
