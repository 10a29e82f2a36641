import { validateRegistrationNumber } from '../compliance/registration-number.js';
import { isCountry } from '../geo/countries.js';
import { normalizePostalCode } from '../shipping/postal-code.js';
import { asObject, optionalText, textAt, unknownFields, type Add } from './check-text.js';

/** A party on a transport document as the carrier prints it (the shape freight_shipments stores). */
export type FreightPartyData = {
  name: string;
  address: { name: string; lines: string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };
  contact: string | null;
  taxNumber: string | null;
  eori: string | null;
};

/**
 * Check a shipper, consignee or notify party: `{ name, address: { lines, city, postalCode?,
 * region?, country, phone? }, contact?, taxNumber?, eori? }`. Problems are named under `field`
 * (`consignee.address.country`). The EORI number is checked as the compliance registrations are.
 */
export function checkFreightParty(value: unknown, field: string, add: Add): FreightPartyData | undefined {
  const p = asObject(value);
  if (!p) {
    add(field, 'must be an object with name and address (lines, city, country), and optionally contact, taxNumber and eori');
    return undefined;
  }
  let bad = false;
  const note: Add = (f, m) => {
    bad = true;
    add(f, m);
  };
  unknownFields(p, ['name', 'address', 'contact', 'taxNumber', 'eori'], field, note);
  const name = textAt(p.name, `${field}.name`, 1, 100, note);
  const address = checkAddress(p.address, `${field}.address`, note);
  const contact = optionalText(p.contact, `${field}.contact`, 1, 100, note);
  let taxNumber: string | null = null;
  if (p.taxNumber !== undefined && p.taxNumber !== null) {
    if (typeof p.taxNumber !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9 ./-]{1,39}$/.test(p.taxNumber.trim())) note(`${field}.taxNumber`, 'must be a tax number of 2 to 40 letters, digits, spaces, dots, slashes and dashes');
    else taxNumber = p.taxNumber.trim();
  }
  let eori: string | null = null;
  if (p.eori !== undefined && p.eori !== null) {
    const checked = typeof p.eori === 'string' ? validateRegistrationNumber('EORI', p.eori) : undefined;
    if (!checked?.ok) note(`${field}.eori`, checked ? checked.message : 'must be an EORI number like DE123456789012345');
    else eori = checked.value.normalized;
  }
  if (bad || !name || !address) return undefined;
  return { name, address: { ...address, name }, contact, taxNumber, eori };
}

function checkAddress(value: unknown, field: string, add: Add): Omit<FreightPartyData['address'], 'name'> | undefined {
  const a = asObject(value);
  if (!a) {
    add(field, 'must be an object with lines, city and country (and postalCode, region, phone where there are)');
    return undefined;
  }
  let bad = false;
  const note: Add = (f, m) => {
    bad = true;
    add(f, m);
  };
  unknownFields(a, ['lines', 'city', 'postalCode', 'region', 'country', 'phone'], field, note);
  let lines: string[] | undefined;
  if (!Array.isArray(a.lines) || a.lines.length < 1 || a.lines.length > 4) note(`${field}.lines`, 'must be 1 to 4 lines of street address');
  else lines = a.lines.map((l, i) => textAt(l, `${field}.lines[${i}]`, 1, 100, note) ?? '');
  const city = textAt(a.city, `${field}.city`, 1, 80, note);
  let postalCode: string | null = null;
  if (a.postalCode !== undefined && a.postalCode !== null) {
    if (typeof a.postalCode !== 'string' || normalizePostalCode(a.postalCode) === undefined) note(`${field}.postalCode`, 'must be a postal code: letters, digits, spaces and dashes, up to 10 characters without them');
    else postalCode = a.postalCode.trim().toUpperCase();
  }
  const region = optionalText(a.region, `${field}.region`, 1, 60, note);
  const country = typeof a.country === 'string' ? a.country.trim().toUpperCase() : '';
  if (!isCountry(country)) note(`${field}.country`, 'must be an ISO 3166-1 alpha-2 country code like DE');
  let phone: string | null = null;
  if (a.phone !== undefined && a.phone !== null) {
    if (typeof a.phone !== 'string' || !/^\+?[0-9 ()./-]{5,25}$/.test(a.phone)) note(`${field}.phone`, 'must be a phone number like +49 30 1234567');
    else phone = a.phone.trim();
  }
  if (bad || !lines || !city) return undefined;
  return { lines, city, postalCode, region, country, phone };
}
